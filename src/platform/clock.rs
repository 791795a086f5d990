//! Time and ids from the browser.

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A visit id: time plus randomness, unique on one device without a server.
pub fn new_id() -> String {
    let rand = (js_sys::Math::random() * 1e9) as u64;
    format!("{:x}{:x}", now_ms(), rand)
}

/// A date and time as people read it, in the device's own time zone.
pub fn format_time(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&opts, &"timeStyle".into(), &"short".into());
    d.to_locale_string("en-GB", &opts).into()
}
