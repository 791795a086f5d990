//! Data leaves the device only by the user's own action: print, copy, or a
//! file made in the page. Nothing here makes a network request.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Copies text to the clipboard. `Err` carries a plain message.
pub async fn copy_text(text: &str) -> Result<(), &'static str> {
    let refused = "The browser did not allow copying. Select the text and copy it instead.";
    let w = web_sys::window().ok_or("No window.")?;
    // Browsers give pages no `navigator.clipboard` outside a secure context
    // (the app opened by a plain-http address on a network): calling it
    // there would throw instead of saying so.
    let clipboard = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .ok_or(refused)?;
    let promise = clipboard
        .unchecked_into::<web_sys::Clipboard>()
        .write_text(text);
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| refused)
}

/// Saves text as a file, made in the page (a Blob), through a download link.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), &'static str> {
    let fail = "The browser did not allow the download.";
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|_| fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail)?;
    let doc = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(|_| fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Revoking at once can cancel the download in some browsers.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}
