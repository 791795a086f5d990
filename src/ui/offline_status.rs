//! One calm line under the header: whether the app works offline on this
//! device, and that nothing entered is ever sent. Announced politely when it
//! changes (going offline, or the first visit's files all stored).

use crate::platform::service_worker::{use_offline, Readiness};
use leptos::prelude::*;

#[component]
pub fn OfflineStatus() -> impl IntoView {
    let offline = use_offline();
    let text = move || match (offline.readiness.get(), offline.online.get()) {
        (Readiness::Ready, true) => "Everything in this app works offline.",
        (Readiness::Ready, false) => "You are offline. Everything in this app still works.",
        (Readiness::Preparing, true) => "Getting the app ready to work offline.",
        (Readiness::Unavailable, true) => "This browser does not keep the app for offline use.",
        (Readiness::Preparing | Readiness::Unavailable, false) => {
            "You are offline. The app keeps working while this page stays open."
        }
    };
    let readiness = move || match offline.readiness.get() {
        Readiness::Preparing => "preparing",
        Readiness::Ready => "ready",
        Readiness::Unavailable => "unavailable",
    };
    view! {
        <div
            class="app-offline-status"
            data-testid="offline-status"
            data-readiness=readiness
            data-online=move || offline.online.get().to_string()
        >
            // The sentence that never changes comes first: the one that
            // changes (when the worker is ready, or the network goes) is last,
            // so no words after it move (layout shift 0).
            <p class="app-width-container app-offline-status__text" role="status">
                "Nothing you enter is ever sent. "{text}
            </p>
        </div>
    }
}
