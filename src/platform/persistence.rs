//! Asks the browser to keep this app's storage (navigator.storage.persist),
//! and reports whether it will.

use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen_futures::JsFuture;

static ASKED: AtomicBool = AtomicBool::new(false);

fn manager() -> Option<web_sys::StorageManager> {
    web_sys::window().map(|w| w.navigator().storage())
}

/// Once the first visit is saved: ask to keep storage. Browsers decide
/// silently; the result shows in Settings.
pub fn request_once() {
    if ASKED.swap(true, Ordering::Relaxed) {
        return;
    }
    if let Some(m) = manager() {
        if let Ok(p) = m.persist() {
            leptos::task::spawn_local(async move {
                let _ = JsFuture::from(p).await;
            });
        }
    }
}

/// Whether the browser has agreed to keep this app's storage.
pub async fn is_persisted() -> Option<bool> {
    let p = manager()?.persisted().ok()?;
    JsFuture::from(p).await.ok()?.as_bool()
}
