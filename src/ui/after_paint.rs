//! Work that must follow a change on screen but need not delay it: the
//! browser address, the tab title, saving a place to resume. Moving to the
//! next screen draws it first and does these once the frame is painted.

use std::{cell::Cell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// How long the browser may hold the work back when it is never idle.
const AT_THE_LATEST_MS: u32 = 300;

/// Runs `f` once the next frame is drawn and the browser is idle, or within
/// [`AT_THE_LATEST_MS`] of that frame. Where the browser has no idle
/// callbacks (WebKit), it runs in the task after the next frame.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let once = Rc::new(Cell::new(Some(f)));
    let run = move || {
        if let Some(f) = once.take() {
            f();
        }
    };
    // A hidden page draws no frames: nothing to wait for.
    if leptos::prelude::document().hidden() {
        leptos::prelude::set_timeout(run, std::time::Duration::ZERO);
        return;
    }
    // Asked from the next frame's callback, so never before that frame.
    leptos::prelude::request_animation_frame(move || {
        if !request_idle(run.clone()) {
            leptos::prelude::set_timeout(run, std::time::Duration::ZERO);
        }
    });
}

/// `requestIdleCallback(run, { timeout })`, if the browser has it.
fn request_idle(run: impl FnOnce() + 'static) -> bool {
    let window = leptos::prelude::window();
    let Ok(ric) = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback")) else {
        return false;
    };
    let Some(ric) = ric.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("timeout"),
        &JsValue::from(AT_THE_LATEST_MS),
    );
    let callback = Closure::once_into_js(run);
    ric.call2(&window, &callback, &options).is_ok()
}
