//! Document title and focus: what a screen reader user needs on each route.

use std::sync::atomic::{AtomicBool, Ordering};

const APP_NAME: &str = "Sense it. Spot it. Stop it.";

/// Sets the tab title: "Page – App", with "Error: " first when a form has errors.
pub fn set_title(page: &str, error: bool) {
    let prefix = if error { "Error: " } else { "" };
    let title = if page.is_empty() {
        format!("{prefix}{APP_NAME}")
    } else {
        format!("{prefix}{page} – {APP_NAME}")
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
    focus_selector("main h1");
}

/// Focuses an element (made focusable first if need be).
pub fn focus_selector(selector: &str) {
    use wasm_bindgen::JsCast;
    let selector = selector.to_string();
    leptos::prelude::request_animation_frame(move || {
        let doc = leptos::prelude::document();
        if let Ok(Some(el)) = doc.query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                if el.get_attribute("tabindex").is_none() {
                    let _ = el.set_attribute("tabindex", "-1");
                }
                // The router has already scrolled to the top: do not scroll again.
                let opts = web_sys::FocusOptions::new();
                opts.set_prevent_scroll(true);
                let _ = el.focus_with_options(&opts);
            }
        }
    });
}
