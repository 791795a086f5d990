//! Saves visits as the user types: at most 300 ms after a change, at once when
//! the page is hidden or closed, and never over another tab's newer copy.

use super::storage::{self, StorageError};
use crate::app::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// What the save indicator shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    NotSaved(StorageError),
    /// Another tab changed this visit while this tab had unsaved changes.
    Conflict,
}

/// The longest a change waits before it is written.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Records that a real visit changed and makes sure a save is due within
/// `SAVE_DELAY`. The timer is not restarted by further typing, so nothing
/// typed waits longer than that.
pub fn mark_dirty(state: AppState, id: &str) {
    state.dirty.update_value(|d| {
        if !d.iter().any(|x| x == id) {
            d.push(id.to_string());
        }
    });
    if state.conflict.get_untracked().as_deref() != Some(id) {
        state.save.set(SaveStatus::Saving);
    }
    if state.save_timer.get_value().is_none() {
        let handle = set_timeout_with_handle(move || flush(state), SAVE_DELAY).ok();
        state.save_timer.set_value(handle);
    }
}

/// Writes every changed visit now.
pub fn flush(state: AppState) {
    if let Some(h) = state.save_timer.get_value() {
        h.clear();
    }
    state.save_timer.set_value(None);
    let conflicted = state.conflict.get_untracked();
    let dirty = state.dirty.get_value();
    if dirty.is_empty() {
        return;
    }
    let mut failed = None;
    let mut still_dirty = Vec::new();
    state.visits.with_untracked(|visits| {
        for id in &dirty {
            if conflicted.as_deref() == Some(id.as_str()) {
                // Never overwrite the other tab's copy without the user's say.
                still_dirty.push(id.clone());
                continue;
            }
            let Some(v) = visits.iter().find(|v| &v.id == id) else {
                continue;
            };
            if let Err(e) = storage::save_visit(v) {
                failed = Some(e);
                still_dirty.push(id.clone());
            }
        }
        storage::refresh_index(visits);
    });
    state.dirty.set_value(still_dirty);
    state.save.set(match (failed, conflicted) {
        (Some(e), _) => SaveStatus::NotSaved(e),
        (None, Some(_)) => SaveStatus::Conflict,
        (None, None) => SaveStatus::Saved,
    });
    if state.save.get_untracked() == SaveStatus::Saved {
        super::persistence::request_once();
    }
}

/// Another tab wrote a visit: take its copy, unless this tab has unsaved
/// changes to the same visit, in which case the user chooses.
pub fn on_other_tab_change(state: AppState, id: &str) {
    let unsaved_here = state.dirty.with_value(|d| d.iter().any(|x| x == id));
    if unsaved_here {
        state.conflict.set(Some(id.to_string()));
        state.save.set(SaveStatus::Conflict);
        return;
    }
    match storage::read_visit(id) {
        storage::Stored::Visit(theirs) => {
            state
                .visits
                .update(|vs| match vs.iter_mut().find(|v| v.id == id) {
                    Some(v) => *v = *theirs,
                    None => vs.push(*theirs),
                })
        }
        storage::Stored::Missing => state.visits.update(|vs| vs.retain(|v| v.id != id)),
        // Damaged, or sealed while this tab is locked: keep what this tab has.
        storage::Stored::Unreadable => {}
    }
}

/// The user chose which copy to keep after a conflict.
pub fn resolve_conflict(state: AppState, keep_mine: bool) {
    let Some(id) = state.conflict.get_untracked() else {
        return;
    };
    state.conflict.set(None);
    if keep_mine {
        flush(state);
    } else {
        state.dirty.update_value(|d| d.retain(|x| x != &id));
        on_other_tab_change(state, &id);
        state.save.set(SaveStatus::Saved);
    }
}
