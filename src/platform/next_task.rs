//! Work put off to a task of its own, after those already queued: the
//! browser can paint and answer input in between, and no one task grows
//! long (Lighthouse's total blocking time counts each task's time over
//! 50 ms). A message to a channel, not a timer: a test's paused clock holds
//! timers, and browsers delay nested ones.

use std::{cell::RefCell, collections::VecDeque};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::MessageChannel;

type Job = Box<dyn FnOnce()>;

thread_local! {
    /// One channel for the page's life: a port no longer referenced could
    /// be collected with its message still queued. A message per job.
    static CHANNEL: Option<MessageChannel> = channel();
    static JOBS: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
}

fn channel() -> Option<MessageChannel> {
    let channel = MessageChannel::new().ok()?;
    let run_one = Closure::<dyn Fn()>::new(|| {
        if let Some(job) = JOBS.with(|jobs| jobs.borrow_mut().pop_front()) {
            job();
        }
    });
    channel
        .port1()
        .set_onmessage(Some(run_one.as_ref().unchecked_ref()));
    // It serves the channel as long as the page lives.
    run_one.forget();
    Some(channel)
}

/// Runs `f` in a task of its own, after the tasks already queued; at once
/// where the browser has no message channels.
pub fn next_task(f: impl FnOnce() + 'static) {
    let posted = CHANNEL.with(|channel| {
        channel
            .as_ref()
            .is_some_and(|c| c.port2().post_message(&JsValue::NULL).is_ok())
    });
    if posted {
        JOBS.with(|jobs| jobs.borrow_mut().push_back(Box::new(f)));
    } else {
        f();
    }
}
