use crate::platform::page::{focus_heading_after_navigation, set_title};
use crate::{state::AppState, ui::after_paint::after_paint};
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
    /// False where the page moves focus itself (a question frame kept from
    /// one question to the next).
    #[prop(default = true)]
    focus_heading: bool,
) -> impl IntoView {
    // A new page's title follows once the page is painted: setting it costs
    // a frame's worth of time on a slow tablet. A change on the page (an
    // error) shows at once. Never over the quick exit's cover, which has
    // its own.
    let covered = use_context::<AppState>().map(|s| s.covered);
    // Set by the page since: a later title wins over the one held back.
    let changed = StoredValue::new(false);
    Effect::new(move |shown: Option<()>| {
        let (title, error) = (title.get(), error.get());
        if shown.is_some() {
            changed.set_value(true);
            set_title(&title, error);
            return;
        }
        after_paint(move || {
            let covered = covered.is_some_and(|c| c.try_get_untracked().unwrap_or(true));
            if changed.try_get_value() == Some(false) && !covered {
                set_title(&title, error);
            }
        });
    });
    if focus_heading {
        focus_heading_after_navigation();
    }
}
