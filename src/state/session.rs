//! Runs the session core (`domain::session`) against the browser: its store
//! is the device's storage, its save is scheduled with a timer, and what it
//! decides is mirrored into the signals the page reads. No policy is decided
//! here.

use super::{
    store::{self, DeviceStore},
    AppState,
};
use crate::{
    domain::{
        session::{LockState, Session, Unsaved},
        visit::Visit,
    },
    platform::{clock::now_ms, lock, page, persistence, settings, storage},
};
use leptos::prelude::*;
use std::time::Duration;

/// The longest a change waits before it is written.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// The lock state when the app starts.
pub fn lock_at_start() -> LockState {
    if lock::is_set() {
        LockState::Locked
    } else {
        LockState::Off
    }
}

/// Runs `f` on the session with the visits read-only (no re-render).
fn run(state: AppState, f: impl FnOnce(&mut Session, &[Visit], &mut dyn DeviceStore)) {
    state.session.update_value(|s| {
        state
            .visits
            .with_untracked(|vs| store::with(|store| f(s, vs, store)))
    });
    mirror(state);
}

/// Runs `f` on the session with the visits changeable (the list re-renders).
fn run_mut(state: AppState, f: impl FnOnce(&mut Session, &mut Vec<Visit>, &mut dyn DeviceStore)) {
    state.session.update_value(|s| {
        state
            .visits
            .update_all(|vs| store::with(|store| f(s, vs, store)))
    });
    mirror(state);
}

/// Shows the session's status and lock, and starts or stops the save timer.
fn mirror(state: AppState) {
    let (save, lock, due) = state
        .session
        .with_value(|s| (s.save_status().clone(), s.lock_state(), s.save_due()));
    if state.save.get_untracked() != save {
        if save == crate::domain::session::SaveStatus::Saved {
            persistence::request_once();
        }
        state.save.set(save);
    }
    if state.lock.get_untracked() != lock {
        state.lock.set(lock);
    }
    match (due, state.save_timer.get_value().is_some()) {
        (true, false) => {
            let handle = set_timeout_with_handle(move || flush(state), SAVE_DELAY).ok();
            state.save_timer.set_value(handle);
        }
        (false, true) => {
            if let Some(h) = state.save_timer.get_value() {
                h.clear();
            }
            state.save_timer.set_value(None);
        }
        _ => {}
    }
}

/// A real visit changed: it is saved within `SAVE_DELAY`.
pub fn mark_dirty(state: AppState, id: &str) {
    state.session.update_value(|s| {
        s.changed(id);
    });
    mirror(state);
}

/// Writes every changed visit now.
pub fn flush(state: AppState) {
    // Whatever the timer was for is done now.
    if let Some(h) = state.save_timer.get_value() {
        h.clear();
    }
    state.save_timer.set_value(None);
    run(state, |s, vs, store| s.flush(vs, store));
}

/// Another tab wrote a visit.
pub fn on_other_tab_change(state: AppState, id: &str) {
    run_mut(state, |s, vs, store| s.other_tab_wrote(id, vs, store));
}

/// The user chose which copy to keep after a conflict.
pub fn resolve_conflict(state: AppState, keep_mine: bool) {
    run_mut(state, |s, vs, store| {
        s.resolve_conflict(keep_mine, vs, store)
    });
}

/// Locks now: saves what can be saved, holds the rest, forgets the key.
pub fn lock_now(state: AppState) {
    let mut locked = false;
    run_mut(state, |s, vs, store| locked = s.lock(vs, store));
    if locked {
        lock::forget_key();
    }
}

/// Reads every visit from storage and reports what it found.
fn load(state: AppState) -> Vec<Visit> {
    let retention = state.retention_days.get_untracked();
    let report = store::with(|store| store.load_all(now_ms(), retention));
    let notices = report.notices(retention);
    if !notices.is_empty() {
        state.notices.update(|n| n.extend(notices));
    }
    report.visits
}

/// The store has just opened with no lock set: the visits are read.
pub(super) fn load_after_open(state: AppState) {
    let loaded = load(state);
    run_mut(state, |_, vs, _| *vs = loaded);
}

/// After a right passphrase: reads the visits, and puts back and saves any
/// held since the lock.
pub fn after_unlock(state: AppState) {
    let loaded = load(state);
    run_mut(state, |s, vs, _| {
        s.unlocked(loaded, vs);
    });
    touch(state);
}

/// Another tab set, changed or removed the lock.
pub fn on_other_tab_lock_change(state: AppState) {
    lock::forget_key();
    let set = lock::is_set();
    run_mut(state, |s, vs, _| {
        s.other_tab_changed_lock(set, vs, || load(state));
    });
}

/// A lock was set in this tab (it is unlocked with the new key).
pub fn lock_turned_on(state: AppState) {
    run(state, |s, _, _| s.lock_turned_on());
    touch(state);
}

/// The lock was removed in this tab.
pub fn lock_turned_off(state: AppState) {
    run(state, |s, _, _| s.lock_turned_off());
}

/// The user deleted a visit.
pub fn delete_visit(state: AppState, id: &str) {
    storage::delete_visit(id);
    run_mut(state, |s, vs, store| {
        s.deleted(id);
        vs.retain(|v| v.id != id);
        store.refresh_index(vs);
    });
}

/// The user deleted every visit, or (with `wiped`) everything the app stored.
pub fn delete_all(state: AppState, wiped: bool) {
    if wiped {
        storage::wipe_everything();
        // The lock's record went with everything else.
        lock::forget_key();
        state.practice.update_all(Vec::clear);
    } else {
        storage::delete_all_visits();
    }
    run_mut(state, |s, vs, _| {
        s.deleted_all(wiped);
        vs.clear();
    });
}

/// Saves everything, then says why reloading would still lose something.
pub fn flush_and_check(state: AppState) -> Option<Unsaved> {
    flush(state);
    state.session.with_value(Session::unsaved)
}

/// Records use of the app, which restarts the time to the automatic lock.
pub fn touch(state: AppState) {
    state.last_used.set_value(now_ms());
}

/// How often the automatic lock looks at the clock.
const TICK: Duration = Duration::from_secs(1);

/// Locks after the set time without use. Checked every second, and at once
/// when the page is shown again (timers are slowed in hidden tabs).
pub fn start_idle_lock(state: AppState) {
    let check = move || {
        if state.lock.get_untracked() != LockState::Unlocked {
            return;
        }
        let idle = now_ms().saturating_sub(state.last_used.get_value());
        // Read at each tick (one small read, only while unlocked), so a
        // change made in Settings or in another tab applies at once.
        if idle >= u64::from(settings::load_lock_after_seconds()) * 1000 {
            lock_now(state);
        }
    };
    let _ = set_interval_with_handle(check, TICK);
    for event in ["pointerdown", "keydown", "input", "scroll"] {
        let _ = window_event_listener_untyped(event, move |_| touch(state));
    }
    let _ = window_event_listener_untyped("focus", move |_| check());
    let on_shown = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            check();
        }
    });
    let _ = document().add_event_listener_with_callback(
        "visibilitychange",
        wasm_bindgen::JsCast::unchecked_ref(on_shown.as_ref()),
    );
    // The listener lives as long as the page.
    on_shown.forget();
}

/// Quick exit: the cover goes up first, so nothing else is shown for even a
/// frame; then the visit is saved and the app locks if a lock is set.
pub fn quick_exit(state: AppState) {
    state.covered.set(true);
    document().set_title(page::COVER_TITLE);
    if state.lock.get_untracked() == LockState::Unlocked {
        lock_now(state);
    } else {
        flush(state);
    }
}
