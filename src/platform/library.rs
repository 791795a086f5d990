//! Reads the library's build-time files (pages, glossary, search text) from
//! the app's own origin. Each file is read once per session: the nation
//! switch and going back to a page then show it at once.

use std::{cell::RefCell, collections::BTreeMap, rc::Rc};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static READ: RefCell<BTreeMap<String, Rc<str>>> = RefCell::default();
}

/// The file's text, or `None` when it cannot be had (offline before the app
/// was kept on the device, or a server error). Failures are not remembered,
/// so trying again asks again.
pub async fn fetch_text(url: String) -> Option<Rc<str>> {
    if let Some(text) = READ.with(|r| r.borrow().get(&url).cloned()) {
        return Some(text);
    }
    let response = stored_or_fetched(&url).await?;
    if !response.ok() {
        return None;
    }
    let text: Rc<str> = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?
        .into();
    READ.with(|r| r.borrow_mut().insert(url, text.clone()));
    Some(text)
}

/// This build's copy from the service worker's store, read with no request,
/// or else the network (through the worker). The app reads these files soon
/// after it opens, and Firefox logs an error for every request the worker is
/// still answering when the page is left, even from its store. The files'
/// addresses carry the build's hash, so a stored copy is the right one. No
/// store (plain http, some private windows): the network.
async fn stored_or_fetched(url: &str) -> Option<web_sys::Response> {
    let window = web_sys::window()?;
    let caches = js_sys::Reflect::get(&window, &"caches".into()).unwrap_or_default();
    if !caches.is_undefined() && !caches.is_null() {
        let caches: web_sys::CacheStorage = caches.unchecked_into();
        if let Ok(hit) = JsFuture::from(caches.match_with_str(url)).await {
            if let Ok(response) = hit.dyn_into::<web_sys::Response>() {
                return Some(response);
            }
        }
    }
    JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()
}
