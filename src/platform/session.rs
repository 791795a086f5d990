//! Locking and unlocking the app as a whole: what happens to the visits in
//! memory, the timer that locks after a time without use, and the quick exit.

use super::{autosave, clock::now_ms, lock, settings, storage};
use crate::app::AppState;
use crate::domain::visit::Visit;
use leptos::prelude::*;
use std::time::Duration;

/// Whether the visits can be seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockState {
    /// No passphrase set: visits are stored in the clear.
    Off,
    Locked,
    Unlocked,
}

impl LockState {
    pub fn at_start() -> LockState {
        if lock::is_set() {
            LockState::Locked
        } else {
            LockState::Off
        }
    }
}

/// Locks now: saves what can be saved, then forgets the key and every visit.
/// A visit whose save failed (storage full) is kept in memory, out of sight,
/// and saved after the next unlock, so locking never loses typing.
pub fn lock_now(state: AppState) {
    if state.lock.get_untracked() != LockState::Unlocked {
        return;
    }
    autosave::flush(state);
    hold_unsaved(state);
    lock::forget_key();
    state.lock.set(LockState::Locked);
}

/// Moves visits with unsaved changes out of sight and clears the list.
fn hold_unsaved(state: AppState) {
    let dirty = state.dirty.get_value();
    let unsaved: Vec<Visit> = state.visits.with_untracked(|vs| {
        vs.iter()
            .filter(|v| dirty.contains(&v.id))
            .cloned()
            .collect()
    });
    state.held.update_value(|h| h.extend(unsaved));
    if let Some(t) = state.save_timer.get_value() {
        t.clear();
    }
    state.save_timer.set_value(None);
    state.dirty.set_value(Vec::new());
    // A clash with another tab stays open across the lock: after unlocking,
    // the held copy is not saved over the other tab's until the user chooses.
    state.visits.set(Vec::new());
}

/// After a right passphrase: reads the visits, and puts back and saves any
/// held since the lock.
pub fn after_unlock(state: AppState) {
    reload_with_held(state);
    state.lock.set(LockState::Unlocked);
    touch(state);
}

/// Another tab set, changed or removed the lock. This tab locks without
/// saving (its key may no longer be the right one); unsaved changes are held
/// and saved after unlocking. If the lock was removed, the visits there are
/// in the clear: read them again.
pub fn on_other_tab_lock_change(state: AppState) {
    let before = state.lock.get_untracked();
    lock::forget_key();
    if before == LockState::Unlocked || before == LockState::Off {
        hold_unsaved(state);
    }
    if lock::is_set() {
        state.lock.set(LockState::Locked);
    } else {
        state.lock.set(LockState::Off);
        reload_with_held(state);
    }
}

/// Reads every visit from storage, puts back those held since the lock (they
/// are newer than what storage has) and marks them to be saved.
fn reload_with_held(state: AppState) {
    let retention = state.retention_days.get_untracked();
    let report = storage::load_all(now_ms(), retention);
    let notices = report.notices(retention);
    if !notices.is_empty() {
        state.notices.update(|n| n.extend(notices));
    }
    let mut visits = report.visits;
    let held = std::mem::take(&mut *state.held.write_value());
    let held_ids: Vec<String> = held.iter().map(|v| v.id.clone()).collect();
    for h in held {
        match visits.iter_mut().find(|v| v.id == h.id) {
            Some(v) => *v = h,
            None => visits.push(h),
        }
    }
    state.visits.set(visits);
    for id in held_ids {
        autosave::mark_dirty(state, &id);
    }
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
    document().set_title(super::page::COVER_TITLE);
    if state.lock.get_untracked() == LockState::Unlocked {
        lock_now(state);
    } else {
        autosave::flush(state);
    }
}
