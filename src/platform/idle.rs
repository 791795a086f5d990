//! Work that can wait for a quiet moment: `requestIdleCallback` where the
//! browser has it (not WebKit), otherwise the next task.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Runs `f` when the browser is next idle, or after `at_the_latest_ms` if it
/// never is; in a task of its own where there are no idle callbacks.
pub fn when_idle(f: impl FnOnce() + 'static, at_the_latest_ms: u32) {
    let window = leptos::prelude::window();
    let ric = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|ric| ric.dyn_into::<js_sys::Function>().ok());
    let Some(ric) = ric else {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("timeout"),
        &JsValue::from(at_the_latest_ms),
    );
    let _ = ric.call2(&window, &Closure::once_into_js(f), &options);
}
