//! The presenter's keys, heard in either window of facilitator mode: after
//! "Full screen" on the projector the audience window has the focus, and a
//! clicker's presses go there.

use crate::domain::workshop::facilitator::{action_for_key, Action};
use leptos::prelude::*;

/// Calls `act` for each presenter key pressed in this window, until the
/// page goes. Keys typed into a box (a show-of-hands count) are left alone,
/// and so is anything held with Ctrl, Alt or the command key.
pub fn on_presenter_keys(act: impl Fn(Action) + 'static) {
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        let typing = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing || e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        if let Some(a) = action_for_key(&e.key()) {
            e.prevent_default();
            act(a);
        }
    });
    on_cleanup(move || keys.remove());
}
