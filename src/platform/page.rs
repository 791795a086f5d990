//! Document title and focus: what a screen reader user needs on each route.

use std::sync::atomic::{AtomicBool, Ordering};

const APP_NAME: &str = "Sense it. Spot it. Stop it.";
/// Discreet mode's name: what an onlooker reads in the tab and the header.
pub const DISCREET_NAME: &str = "Visit checklist";
/// The quick exit's cover page.
pub use crate::render::cover::TITLE as COVER_TITLE;

static DISCREET: AtomicBool = AtomicBool::new(false);

/// Discreet mode changes the name in every title from now on.
pub fn set_discreet(on: bool) {
    DISCREET.store(on, Ordering::Relaxed);
}

pub fn app_name() -> &'static str {
    if DISCREET.load(Ordering::Relaxed) {
        DISCREET_NAME
    } else {
        APP_NAME
    }
}

/// Sets the tab title: "Page – App", with "Error: " first when a form has errors.
pub fn set_title(page: &str, error: bool) {
    let prefix = if error { "Error: " } else { "" };
    let title = if page.is_empty() {
        format!("{prefix}{}", app_name())
    } else {
        format!("{prefix}{page} – {}", app_name())
    };
    leptos::prelude::document().set_title(&title);
}

static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);

/// After an in-app navigation, move focus to the new page's heading so screen
/// readers announce it. On the first load focus stays at the top, where the
/// skip link is the first stop.
pub fn focus_heading_after_navigation() {
    if !FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed) {
        return;
    }
    // Focusing forces style and layout; in the frame's animation callback
    // that work held back the new page's first paint (69 ms a slide at 4x
    // CPU throttle). In the task after that frame it is done once the page
    // is painted, a few milliseconds later for a screen reader.
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::set_timeout(
            || focus_now("main h1", true, false),
            std::time::Duration::ZERO,
        )
    });
}

/// Moves focus to a heading kept on screen while its text changed (the next
/// question in the same frame), as to a new page's heading. Focus already on
/// it leaves first: focusing the element that has focus is not announced.
pub fn focus_changed_heading(selector: &str) {
    focus_with(selector, true, true);
}

/// Focuses an element and scrolls it into view if it is not: for an error
/// summary, which must be seen wherever the user was on the page.
pub fn focus_and_reveal(selector: &str) {
    focus_with(selector, false, false);
}

/// Focuses an element (made focusable first if need be).
pub fn focus_selector(selector: &str) {
    focus_with(selector, true, false);
}

fn focus_with(selector: &str, prevent_scroll: bool, again: bool) {
    let selector = selector.to_string();
    leptos::prelude::request_animation_frame(move || focus_now(&selector, prevent_scroll, again));
}

/// The id of the focused button, if it has one: what `keep_focus` needs to
/// find the same control once it has been drawn again.
pub fn focused_button_id() -> Option<String> {
    let el = leptos::prelude::document().active_element()?;
    (el.tag_name() == "BUTTON" && !el.id().is_empty()).then(|| el.id())
}

/// A control drawn again after it was pressed (a panel rebuilt from new
/// state) takes the keyboard focus with it, leaving it on the page itself:
/// a keyboard user would start again from the top. Once the page has been
/// updated, focus goes to the new control with the same id, if focus was
/// lost and that control is there.
pub fn keep_focus(id: String) {
    leptos::prelude::set_timeout(
        move || {
            let doc = leptos::prelude::document();
            let body = doc.body().map(web_sys::Element::from);
            let lost = doc.active_element().is_none() || doc.active_element() == body;
            if lost {
                focus_now(&format!("#{id}"), true, false);
            }
        },
        std::time::Duration::ZERO,
    );
}

fn focus_now(selector: &str, prevent_scroll: bool, again: bool) {
    use wasm_bindgen::JsCast;
    let doc = leptos::prelude::document();
    if let Ok(Some(el)) = doc.query_selector(selector) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            if again && doc.active_element().as_ref() == Some(el.as_ref()) {
                let _ = el.blur();
            }
            if el.get_attribute("tabindex").is_none() {
                let _ = el.set_attribute("tabindex", "-1");
            }
            // After a route change the router has already scrolled to the
            // top: do not scroll again.
            let opts = web_sys::FocusOptions::new();
            opts.set_prevent_scroll(prevent_scroll);
            let _ = el.focus_with_options(&opts);
        }
    }
}

static PAGES_LOADING: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// While a page's code is being fetched, the previous page stays on screen:
/// `aria-busy` on `<main>` says it is about to change. Dropping the guard
/// clears it once the new page has been drawn.
pub struct MainBusy(());

impl MainBusy {
    pub fn start() -> Self {
        PAGES_LOADING.fetch_add(1, Ordering::Relaxed);
        set_main_busy(true);
        MainBusy(())
    }
}

impl Drop for MainBusy {
    fn drop(&mut self) {
        leptos::prelude::request_animation_frame(|| {
            if PAGES_LOADING.fetch_sub(1, Ordering::Relaxed) == 1 {
                set_main_busy(false);
            }
        });
    }
}

fn set_main_busy(busy: bool) {
    if let Some(main) = leptos::prelude::document().get_element_by_id("main-content") {
        let _ = if busy {
            main.set_attribute("aria-busy", "true")
        } else {
            main.remove_attribute("aria-busy")
        };
    }
}

/// The Shift presses `public/early.js` counted before the app took over, as
/// event times (the page's time origin, as the app's own events), so that two
/// presses before the handover and one after still leave. Read once: the
/// attribute is removed so a later mount cannot count them again.
pub fn take_early_exit_presses() -> Vec<f64> {
    let Some(html) = leptos::prelude::document().document_element() else {
        return Vec::new();
    };
    let presses = html.get_attribute("data-exit-presses").unwrap_or_default();
    let _ = html.remove_attribute("data-exit-presses");
    // JavaScript's own parseFloat: Rust's float parsing would add about 15 KB
    // to the first load for a few numbers.
    presses
        .split_whitespace()
        .map(js_sys::Number::parse_float)
        .filter(|t| t.is_finite())
        .collect()
}

/// Adds a stylesheet of the app's own to the page once, for the pages that
/// need it, so it is not part of the home page's first load. The style
/// policy allows only the app's own files, which this is. A link already in
/// the page (a prerendered page's own, or one added before) is kept, so the
/// sheet is never there twice.
pub fn use_stylesheet(href: &str) {
    let _ = add_stylesheet(href);
}

/// Adds the stylesheet as [`use_stylesheet`] does, at once, and returns what
/// resolves once it has loaded (or failed: the page is then shown unstyled
/// rather than never). Not an `async fn`, whose body would wait for the first
/// poll: called before a page's code is fetched, the sheet comes in meanwhile,
/// so the page is never drawn without it. A link that was there already has
/// loaded: it was in the page's head, which the browser waits for.
pub fn load_stylesheet(href: &str) -> impl std::future::Future<Output = ()> {
    let loaded = add_stylesheet(href);
    async move {
        if let Some(loaded) = loaded {
            let _ = wasm_bindgen_futures::JsFuture::from(loaded).await;
        }
    }
}

/// The link's load as a promise, or `None` if the link was there already.
fn add_stylesheet(href: &str) -> Option<js_sys::Promise> {
    let doc = leptos::prelude::document();
    let selector = format!("link[rel=stylesheet][href=\"{href}\"]");
    if doc.query_selector(&selector).ok().flatten().is_some() {
        return None;
    }
    let (Ok(link), Ok(Some(head))) = (doc.create_element("link"), doc.query_selector("head"))
    else {
        return None;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", href);
    let loaded = js_sys::Promise::new(&mut |resolve, _| {
        let target: &web_sys::EventTarget = link.as_ref();
        let _ = target.add_event_listener_with_callback("load", &resolve);
        let _ = target.add_event_listener_with_callback("error", &resolve);
    });
    let _ = head.append_child(&link);
    Some(loaded)
}

/// Whether a prerendered page is still on screen while the app draws its
/// own copy out of sight (public/boot.js swaps them once it is complete).
pub fn taking_over() -> bool {
    leptos::prelude::document()
        .get_element_by_id("prerendered")
        .is_some()
}

/// What public/boot.js sends once the app's page is on screen (it also marks
/// `<html data-app="ready">`).
const APP_READY: &str = "app-ready";

/// Resolves once the app's page is on screen, the page has finished loading
/// and the browser is idle (or `at_the_latest_ms` after that); at once in a
/// hidden page, where nobody is waiting to read.
pub async fn settled(at_the_latest_ms: u32) {
    let doc = leptos::prelude::document();
    if doc.hidden() {
        return;
    }
    let on_screen = doc
        .document_element()
        .and_then(|html| html.get_attribute("data-app"))
        .is_some_and(|mark| mark == "ready");
    if !on_screen {
        event(doc.as_ref(), APP_READY).await;
    }
    if doc.ready_state() != "complete" {
        event(leptos::prelude::window().as_ref(), "load").await;
    }
    let idle = js_sys::Promise::new(&mut |resolve, _| {
        super::idle::when_idle(
            move || drop(resolve.call0(&wasm_bindgen::JsValue::NULL)),
            at_the_latest_ms,
        )
    });
    let _ = wasm_bindgen_futures::JsFuture::from(idle).await;
}

/// The next `name` event on `target`.
async fn event(target: &web_sys::EventTarget, name: &str) {
    let fired = js_sys::Promise::new(&mut |resolve, _| {
        let _ = target.add_event_listener_with_callback(name, &resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(fired).await;
}
