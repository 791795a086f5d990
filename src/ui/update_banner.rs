//! "A new version is ready": a GOV.UK notification banner offering the build
//! the service worker has stored. Reload saves everything first, and does not
//! reload at all if a visit has changes that could not be saved.

use crate::{
    platform::service_worker::{reload_into_new_version, use_offline},
    state::use_app,
    ui::safe_reload::{reload_unless_it_loses_something, PracticeEndsOnReload},
};
use leptos::prelude::*;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let offline = use_offline();
    let app = use_app();
    let blocked = RwSignal::new(None::<String>);
    let reload = move |_| {
        reload_unless_it_loses_something(app, blocked, move || reload_into_new_version(offline))
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
                        <PracticeEndsOnReload/>
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
