//! Keeps the presenter and audience windows in step on one device: a
//! BroadcastChannel between same-origin windows (no server, works offline),
//! and the live state in localStorage so a window opened later, or
//! reloaded, starts from where the session is.

use crate::domain::workshop::facilitator::Live;
use gloo_storage::{LocalStorage, Storage};
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast};

const CHANNEL: &str = "sss.train.live";
const LIVE_KEY: &str = "sss.train.live";

/// The open channel and its listener, dropped together.
type Open = (
    web_sys::BroadcastChannel,
    Closure<dyn FnMut(web_sys::MessageEvent)>,
);

thread_local! {
    static OPEN: RefCell<Option<Open>> = const { RefCell::new(None) };
}

/// The session as last saved, if any.
pub fn load() -> Option<Live> {
    LocalStorage::get(LIVE_KEY).ok()
}

/// Saves the session and tells the other windows. A full store only loses
/// the resume-after-reload; the other window still hears the change.
pub fn publish(live: &Live) {
    let _ = LocalStorage::set(LIVE_KEY, live);
    OPEN.with(|o| {
        if let Some((channel, _)) = o.borrow().as_ref() {
            if let Ok(text) = serde_json::to_string(live) {
                let _ = channel.post_message(&text.into());
            }
        }
    });
}

/// Opens the channel for this page, replacing any earlier listener.
/// `on_live` receives each state another window sends.
pub fn listen(on_live: impl Fn(Live) + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(live) = e
                .data()
                .as_string()
                .and_then(|t| serde_json::from_str::<Live>(&t).ok())
            {
                on_live(live);
            }
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    OPEN.with(|o| {
        if let Some((old, _)) = o.borrow_mut().replace((channel, on_message)) {
            old.close();
        }
    });
}

/// Closes the channel when the page goes.
pub fn close() {
    OPEN.with(|o| {
        if let Some((channel, _)) = o.borrow_mut().take() {
            channel.set_onmessage(None);
            channel.close();
        }
    });
}
