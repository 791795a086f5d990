//! Work that must follow a change on screen but need not delay it: the
//! browser address, the tab title, saving a place to resume. Moving to the
//! next screen draws it first and does these once the frame is painted.

use crate::platform::idle::when_idle;

/// How long the browser may hold the work back when it is never idle.
const AT_THE_LATEST_MS: u32 = 300;

/// Runs `f` once the next frame is drawn and the browser is idle, or within
/// [`AT_THE_LATEST_MS`] of that frame. Where the browser has no idle
/// callbacks (WebKit), it runs in the task after the next frame.
pub fn after_paint(f: impl FnOnce() + 'static) {
    // A hidden page draws no frames: nothing to wait for.
    if leptos::prelude::document().hidden() {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
        return;
    }
    // Asked from the next frame's callback, so never before that frame.
    leptos::prelude::request_animation_frame(move || when_idle(f, AT_THE_LATEST_MS));
}
