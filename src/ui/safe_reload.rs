//! Reloading never costs a note: everything is saved first, and if something
//! still could not be saved, the page stays and says why.

use crate::{
    app::{use_app, AppState},
    platform::autosave::{self, SaveStatus},
};
use leptos::prelude::*;

/// Saves every changed visit, then runs `reload` if nothing would be lost;
/// otherwise puts the reason in `blocked` for the page to show.
pub fn reload_unless_it_loses_something(
    app: AppState,
    blocked: RwSignal<Option<String>>,
    reload: impl FnOnce(),
) {
    autosave::flush(app);
    match unsaved_reason(app) {
        None => {
            blocked.set(None);
            reload();
        }
        Some(reason) => blocked.set(Some(reason)),
    }
}

/// Why reloading now would lose something, if it would: a visit whose
/// latest changes are still not saved after the flush, or held in memory
/// across a lock.
fn unsaved_reason(app: AppState) -> Option<String> {
    // Held since the app locked (their save failed): only memory has them.
    if app.held.with_value(|h| !h.is_empty()) {
        return Some(
            "A visit has changes that could not be saved before the app locked. Unlock the app so they can be saved, then reload."
                .into(),
        );
    }
    if app.dirty.with_value(|d| d.is_empty()) {
        return None;
    }
    let why = match app.save.get_untracked() {
        SaveStatus::NotSaved(e) => e.explain(),
        SaveStatus::Conflict => {
            "The visit was changed in another tab: choose which version to keep, then reload."
        }
        SaveStatus::Saved | SaveStatus::Saving => "Try again in a moment.",
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
        (!app.practice.with(|p| p.is_empty())).then(|| {
            view! {
                <p data-testid="practice-ends">
                    "Practice visits are never stored, so reloading ends the one you have open."
                </p>
            }
        })
    }
}
