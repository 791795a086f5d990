//! The app shell and router: header, "Get help now", navigation, and a route
//! per area (its pages share a wasm chunk). It creates the shared state
//! (`state::AppState`) and wires the page's events (hidden, closed, other
//! tabs) to `state::session`.

use crate::{
    domain::{
        session::{LockState, SaveStatus, Session},
        storage_codec::id_of_key,
        vault::LOCK_KEY,
    },
    platform::{clock::now_ms, page, service_worker, settings},
    state::{session, store, visits::Visits, AppState},
    ui::{
        components::later::Later,
        home::HomePage,
        lazy_routes as lazy,
        not_found::NotFoundPage,
        offline_status::OfflineStatus,
        protect::{
            cover_page::CoverPage,
            quick_exit::{QuickExit, QuickExitIntro},
        },
        shell::{Footer, Header, Notices},
        update_banner::UpdateBanner,
    },
};
use leptos::prelude::*;
use leptos_router::{
    components::{FlatRoutes, Route, Router},
    hooks::use_query_map,
    path, Lazy,
};

/// Draws the app. public/boot.js calls this in a task of its own, after the
/// one that instantiates the wasm: together they were one task of 100-200 ms
/// at 4x CPU, all of it counted in Lighthouse's total blocking time; apart,
/// each counts only its time over 50 ms.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = mountApp)]
pub fn mount() {
    console_error_panic_hook_lite();
    if let Some(el) = document().get_element_by_id("app-loading") {
        el.remove();
    }
    // A prerendered page (scripts/post-build.sh) stays on screen while the
    // app draws itself into the hidden #app-root; public/boot.js swaps them
    // once the app's page is complete.
    match document()
        .get_element_by_id("app-root")
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
    {
        Some(root) => leptos::mount::mount_to(root, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}

/// A panic would otherwise leave a blank page: say what happened instead.
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("{info}").into());
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-app-error", "panic");
        }
    }));
}

/// Whether the page was opened from "Check your answers" (`?from=check`).
///
/// Read at router level: `FlatRoutes` does not pass a new query string to a
/// route whose address changed only in its parameters.
#[derive(Clone, Copy)]
pub struct FromCheck(pub Memo<bool>);

/// `<main>` and the routes. All routes are flat, so `FlatRoutes`: it leaves out
/// the nested-route machinery, which costs about 13 KB of gzipped wasm. One
/// route per wasm chunk (an area, `ui/area.rs`), which picks its page from
/// the typed address; the first matching route serves, so the more specific
/// come first. tests/addresses.rs checks that every pattern in
/// `domain::address::ROUTE_PATTERNS` is served by the area that owns it.
#[component]
fn RoutedMain() -> impl IntoView {
    let query = use_query_map();
    provide_context(FromCheck(Memo::new(move |_| {
        query.read().get("from").as_deref() == Some("check")
    })));
    view! {
        <main class="app-main" id="main-content" tabindex="-1">
            // Chosen in a task after the shell is drawn (see App).
            <Later>
                <FlatRoutes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/sense/*page") view={Lazy::<lazy::Sense>::new()}/>
                    <Route path=path!("/spot/visit/*page") view={Lazy::<lazy::Visit>::new()}/>
                    <Route path=path!("/spot/practice/:id/*page") view={Lazy::<lazy::Visit>::new()}/>
                    <Route path=path!("/spot/*page") view={Lazy::<lazy::SpotPages>::new()}/>
                    <Route path=path!("/stop/*page") view={Lazy::<lazy::Stop>::new()}/>
                    <Route path=path!("/settings") view={Lazy::<lazy::Settings>::new()}/>
                    <Route path=path!("/chain/*page") view={Lazy::<lazy::Chain>::new()}/>
                    <Route path=path!("/train/*page") view={Lazy::<lazy::Train>::new()}/>
                </FlatRoutes>
            </Later>
        </main>
    }
}

/// Saves at once when the page is hidden or closed, and follows other tabs'
/// changes to visits.
fn watch_page_and_other_tabs(state: AppState) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let _ = window_event_listener(leptos::ev::pagehide, move |_| session::flush(state));
    let on_hidden = Closure::<dyn Fn()>::new(move || session::flush(state));
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_hidden.forget();
    let _ = window_event_listener(leptos::ev::storage, move |e| {
        let key = e.key();
        if key.as_deref() == Some(LOCK_KEY) {
            session::on_other_tab_lock_change(state);
        } else if let Some(id) = key.as_deref().and_then(id_of_key) {
            // A locked tab reads every visit again when it is unlocked.
            if state.lock.get_untracked() != LockState::Locked {
                session::on_other_tab_change(state, id);
            }
        }
    });
}

/// Printed pages show folded text (other nations, sources) in full: a
/// closed <details> prints only its summary.
fn open_folded_text_for_print() {
    let _ = window_event_listener_untyped("beforeprint", |_| {
        if let Ok(all) = document().query_selector_all("details:not([open])") {
            for i in 0..all.length() {
                if let Some(el) = all
                    .item(i)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                {
                    let _ = el.set_attribute("open", "");
                }
            }
        }
    });
}

/// The router would treat "#main-content" as a navigation: move focus instead.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::platform::page::focus_selector("#main-content");
}

#[component]
pub fn App() -> impl IntoView {
    // Registry entries past their review date say "check before use".
    crate::render::contact::set_today(&crate::platform::clock::today_iso());
    let retention = settings::load_retention_days();
    let lock = session::lock_at_start();
    // The visits are read when the store opens (`state::store`): at once
    // if there are any and no lock is set, otherwise when a page needs them.
    let state = AppState {
        nation: RwSignal::new(settings::load_nation()),
        visits: Visits::new(Vec::new()),
        practice: Visits::new(Vec::new()),
        retention_days: RwSignal::new(retention),
        session: StoredValue::new(Session::new(lock)),
        save: RwSignal::new(SaveStatus::Saved),
        lock: RwSignal::new(lock),
        save_timer: StoredValue::new(None),
        notices: RwSignal::new(Vec::new()),
        last_used: StoredValue::new(now_ms()),
        covered: RwSignal::new(false),
        discreet: RwSignal::new(settings::load_discreet()),
    };
    provide_context(state);
    store::open_at_start_if_needed(state);
    page::set_discreet(state.discreet.get_untracked());
    let offline = service_worker::start();
    provide_context(offline);
    if offline.served_from_store() {
        // After the first page is on screen: the rest of the app's code, from
        // the worker's store, so every page opens at once.
        set_timeout(
            move || {
                leptos::task::spawn_local(lazy::preload_all(move || !state.covered.get_untracked()))
            },
            std::time::Duration::from_millis(500),
        );
    }
    Effect::new(move |_| settings::save_nation(state.nation.get()));
    Effect::new(move |_| page::set_discreet(state.discreet.get()));
    watch_page_and_other_tabs(state);
    session::start_idle_lock(state);
    open_folded_text_for_print();

    // The quick exit's cover replaces everything, the header included, so
    // nothing of the app is left on screen or in the page. While the app
    // takes over a prerendered page, it is drawn in a task after the one
    // that set it up above: together they made one long task.
    view! {
        <Later>
            <Router>
                <QuickExit/>
                <Show when=move || !state.covered.get() fallback=CoverPage>
                    <a class="app-skip-link" href="#main-content" on:click=skip_to_main>"Skip to main content"</a>
                    <Header/>
                    <OfflineStatus/>
                    <div class="app-width-container">
                        <UpdateBanner/>
                        <QuickExitIntro/>
                        <Notices/>
                        <RoutedMain/>
                    </div>
                    <Footer/>
                </Show>
            </Router>
        </Later>
    }
}
