//! "A new version is ready": a GOV.UK notification banner offering the build
//! the service worker has stored. Reload saves everything first, and does not
//! reload at all if a visit has changes that could not be saved.

use crate::{
    app::{use_app, AppState},
    platform::{
        autosave::{self, SaveStatus},
        service_worker::{reload_into_new_version, use_offline},
    },
};
use leptos::prelude::*;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let offline = use_offline();
    let app = use_app();
    let blocked = RwSignal::new(None::<String>);
    let reload = move |_| {
        autosave::flush(app);
        match unsaved_reason(app) {
            None => {
                blocked.set(None);
                reload_into_new_version(offline);
            }
            Some(reason) => blocked.set(Some(reason)),
        }
    };
    view! {
        // Present from the start, so the banner's arrival is announced.
        <div aria-live="polite" data-testid="update">
            {move || offline.update_ready.get().then(|| view! {
                <div class="app-notification-banner" role="region" aria-labelledby="app-update-title" data-testid="update-banner">
                    <div class="app-notification-banner__header">
                        <h2 class="app-notification-banner__title" id="app-update-title">"Update"</h2>
                    </div>
                    <div class="app-notification-banner__content">
                        <p class="app-notification-banner__heading">"A new version is ready"</p>
                        <p>"Reload to start using it. Anything you have typed is saved first."</p>
                        {move || blocked.get().map(|reason| view! {
                            <p class="app-notification-banner__error" role="alert" data-testid="update-blocked">
                                <strong class="app-notification-banner__error-title">"Not reloaded, so that nothing is lost."</strong>
                                " "{reason}
                            </p>
                        })}
                        <button type="button" class="app-button" data-testid="update-reload" on:click=reload>"Reload"</button>
                    </div>
                </div>
            })}
        </div>
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
