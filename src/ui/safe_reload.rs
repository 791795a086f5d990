//! Reloading never costs a note: everything is saved first, and if something
//! still could not be saved, the page stays and says why.

use crate::{
    domain::session::Unsaved,
    state::{session, use_app, AppState},
};
use leptos::prelude::*;

/// Saves every changed visit, then runs `reload` if nothing would be lost;
/// otherwise puts the reason in `blocked` for the page to show.
pub fn reload_unless_it_loses_something(
    app: AppState,
    blocked: RwSignal<Option<String>>,
    reload: impl FnOnce(),
) {
    match unsaved_reason(session::flush_and_check(app)) {
        None => {
            blocked.set(None);
            reload();
        }
        Some(reason) => blocked.set(Some(reason)),
    }
}

/// Why reloading now would lose something, in words, if it would.
fn unsaved_reason(unsaved: Option<Unsaved>) -> Option<String> {
    let why = match unsaved? {
        Unsaved::Held => {
            return Some(
                "A visit has changes that could not be saved before the app locked. Unlock the app so they can be saved, then reload."
                    .into(),
            )
        }
        Unsaved::Failed(e) => e.explain(),
        Unsaved::Conflict => {
            "The visit was changed in another tab: choose which version to keep, then reload."
        }
        Unsaved::Pending => "Try again in a moment.",
    };
    Some(format!(
        "A change to a visit could not be saved on this device. {why}"
    ))
}

/// Practice visits live only in memory, by design, so a reload ends them:
/// say so before the user chooses to reload.
#[component]
pub fn PracticeEndsOnReload() -> impl IntoView {
    let app = use_app();
    move || {
        (app.practice.count() > 0).then(|| {
            view! {
                <p data-testid="practice-ends">
                    "Practice visits are never stored, so reloading ends the one you have open."
                </p>
            }
        })
    }
}
