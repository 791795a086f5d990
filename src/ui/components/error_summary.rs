use crate::platform::page::focus_and_reveal;
use leptos::prelude::*;

/// The GOV.UK error summary: "There is a problem", each error linked to its
/// field. Takes focus when it appears, so screen readers announce it.
#[component]
pub fn ErrorSummary(
    /// The message, or `None` when there is no error.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The id of the field to link to (the first radio or checkbox).
    #[prop(into)]
    field: Signal<&'static str>,
) -> impl IntoView {
    Effect::new(move |_| {
        if error.get().is_some() {
            focus_and_reveal(".app-error-summary");
        }
    });
    move || {
        error.get().map(|msg| {
            view! {
                <div class="app-error-summary" tabindex="-1" aria-labelledby="error-summary-title">
                    // role=alert sits on a child so focusing the box and announcing
                    // it do not race (as GOV.UK Frontend does).
                    <div role="alert">
                        <h2 class="app-error-summary__title" id="error-summary-title">
                            "There is a problem"
                        </h2>
                        <ul class="app-error-summary__list">
                            <li>
                                <a href=move || format!("#{}", field.get()) on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_and_reveal(&format!("#{}", field.get_untracked()));
                                }>{msg}</a>
                            </li>
                        </ul>
                    </div>
                </div>
            }
        })
    }
}
