//! The page's side of the service worker (public/sw.js): registers it, says
//! whether the app can open with no network, notices a new build waiting, and
//! moves to it only when the user asks. The app never reloads by itself.

use super::page;
use leptos::{prelude::*, task::spawn_local};
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

const SCRIPT: &str = "/sw.js";

/// How long registering may wait for the browser to be idle once the page is
/// on screen.
const REGISTER_AT_THE_LATEST_MS: u32 = 2000;

/// A build left open all day still hears of a new one.
const UPDATE_CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// Whether the app can be opened on this device with no network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// First visit: the worker is still storing the app's files.
    Preparing,
    /// Every file of a build is stored: the app opens with no network.
    Ready,
    /// This browser keeps no service worker (some private modes, or an
    /// address that is neither https nor localhost).
    Unavailable,
}

/// App-wide offline state, provided as context by `app.rs`.
#[derive(Clone, Copy)]
pub struct OfflineState {
    pub readiness: RwSignal<Readiness>,
    pub online: RwSignal<bool>,
    /// A newer build is stored and waits for the user's Reload.
    pub update_ready: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// The user asked for the new build: reload once it controls the page.
    reload_requested: StoredValue<bool>,
    /// A worker controlled this page when it last looked.
    controlled: StoredValue<bool>,
}

impl OfflineState {
    /// The page came from the worker's store, so fetching more of the
    /// build's files costs no network.
    pub fn served_from_store(&self) -> bool {
        self.controlled.get_value()
    }
}

pub fn use_offline() -> OfflineState {
    expect_context::<OfflineState>()
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    // Absent outside secure contexts: calling into it would throw.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker and starts listening. Call once, from the app root.
pub fn start() -> OfflineState {
    let container = container();
    let state = OfflineState {
        readiness: RwSignal::new(if container.is_some() {
            Readiness::Preparing
        } else {
            Readiness::Unavailable
        }),
        online: RwSignal::new(window().navigator().on_line()),
        update_ready: RwSignal::new(false),
        registration: StoredValue::new_local(None),
        reload_requested: StoredValue::new(false),
        controlled: StoredValue::new(container.as_ref().is_some_and(|c| c.controller().is_some())),
    };
    let _ = window_event_listener_untyped("offline", move |_| state.online.set(false));
    let _ = window_event_listener_untyped("online", move |_| {
        state.online.set(true);
        // Back in signal: the moment a new build can be fetched.
        check_for_update(state);
    });
    let Some(container) = container else {
        return state;
    };
    on_controller_change(&container, state);
    spawn_local(async move {
        // The first install fetches and stores every file of the build: on
        // a two-core tablet that took as much processor time as the page's
        // own start and slowed it (Lighthouse's blocking time on a first
        // visit). It starts once the page is on screen and loaded, when the
        // browser is next idle; a later visit only asks whether sw.js changed.
        page::settled(REGISTER_AT_THE_LATEST_MS).await;
        match JsFuture::from(container.register(SCRIPT)).await {
            // A browser that blocks workers may resolve with nothing.
            Ok(reg) if reg.is_object() => {
                let reg: ServiceWorkerRegistration = reg.unchecked_into();
                watch(&reg, state);
                state.registration.set_value(Some(reg));
                if let Ok(ready) = container.ready() {
                    // Resolves once a worker is active, which is after its
                    // install stored every file.
                    if JsFuture::from(ready).await.is_ok() {
                        state.readiness.set(Readiness::Ready);
                    }
                }
            }
            _ => state.readiness.set(Readiness::Unavailable),
        }
    });
    let _ = set_interval_with_handle(move || check_for_update(state), UPDATE_CHECK_EVERY);
    let on_visible = Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            check_for_update(state);
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_visible.forget();
    state
}

/// Asks the browser to fetch sw.js again; a changed one installs and waits.
fn check_for_update(state: OfflineState) {
    if !window().navigator().on_line() {
        return;
    }
    let Some(reg) = state.registration.get_value() else {
        return;
    };
    if let Ok(promise) = reg.update() {
        // A failed check (the network dropped) is not worth a word: the next
        // one will try again. Awaiting it keeps the rejection handled.
        spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Shows the banner when a new build has installed while an older one is
/// active: the first install has nothing to replace and stays silent.
fn watch(reg: &ServiceWorkerRegistration, state: OfflineState) {
    if reg.waiting().is_some() && reg.active().is_some() {
        state.update_ready.set(true);
    }
    // The browser looks for a new sw.js on every navigation, so a new build
    // may already be installing before the app got here (its updatefound has
    // fired): watch that one too, or its banner would never show.
    if let Some(worker) = reg.installing() {
        watch_installing(reg, &worker, state);
    }
    let reg_in = reg.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        if let Some(worker) = reg_in.installing() {
            watch_installing(&reg_in, &worker, state);
        }
    });
    let _ = reg.add_event_listener_with_callback("updatefound", on_found.as_ref().unchecked_ref());
    on_found.forget();
}

/// Shows the banner once `worker` has installed next to an active build.
fn watch_installing(reg: &ServiceWorkerRegistration, worker: &ServiceWorker, state: OfflineState) {
    let reg_now = reg.clone();
    let worker_in = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if worker_in.state() == ServiceWorkerState::Installed && reg_now.active().is_some() {
            state.update_ready.set(true);
        }
    });
    let _ =
        worker.add_event_listener_with_callback("statechange", on_state.as_ref().unchecked_ref());
    on_state.forget();
}

fn on_controller_change(container: &ServiceWorkerContainer, state: OfflineState) {
    let on_change = Closure::<dyn Fn()>::new(move || {
        if state.reload_requested.get_value() {
            let _ = window().location().reload();
            return;
        }
        // Another tab moved to a new build: this page still runs the old one,
        // so offer the same Reload.
        if state.controlled.get_value() {
            state.update_ready.set(true);
        }
        state.controlled.set_value(true);
    });
    let _ = container
        .add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
    on_change.forget();
}

/// Moves to the new build. The caller must have saved everything first.
/// The reload happens when the new worker controls the page, so the page
/// never loads half of one build and half of another.
pub fn reload_into_new_version(state: OfflineState) {
    let waiting: Option<ServiceWorker> = state
        .registration
        .with_value(|r| r.as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            state.reload_requested.set_value(true);
            if worker
                .post_message(&JsValue::from_str("SKIP_WAITING"))
                .is_err()
            {
                // The old build reloads and offers the new one again.
                let _ = window().location().reload();
            }
        }
        // The new build is already active (another tab took it).
        None => {
            let _ = window().location().reload();
        }
    }
}
