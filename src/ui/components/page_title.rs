use crate::platform::page::{focus_heading_after_navigation, set_title};
use leptos::prelude::*;

/// Sets the document title for the page it sits in, and moves focus to the
/// page's heading after an in-app navigation.
#[component]
pub fn PageTitle(
    /// The page's own name; the app's name is added after it.
    #[prop(into)]
    title: Signal<String>,
    /// True while the page shows a form error: the title then starts "Error: ".
    #[prop(optional, into)]
    error: Signal<bool>,
) -> impl IntoView {
    Effect::new(move |_| set_title(&title.get(), error.get()));
    focus_heading_after_navigation();
}
