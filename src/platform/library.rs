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
    let promise = web_sys::window()?.fetch_with_str(&url);
    let response: web_sys::Response = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
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
