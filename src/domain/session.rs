//! The policy for visits being edited: when a change is saved, what a failed
//! save or another tab's change does, what locking keeps out of sight and
//! puts back. A plain state machine with no signals and no browser: the
//! storage it saves to is a [`VisitStore`], so the whole policy is tested on
//! the host, including that no sequence of events loses a typed change.
//!
//! `state::session` owns one [`Session`], calls it from event handlers and
//! timers, and mirrors what the page shows (save status, lock) into signals.

use super::{storage_codec::StorageError, visit::Visit};

/// What the save indicator shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    NotSaved(StorageError),
    /// Another tab changed this visit while this tab had unsaved changes.
    Conflict,
}

/// Whether the visits can be seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockState {
    /// No passphrase set: visits are stored in the clear.
    Off,
    Locked,
    Unlocked,
}

/// What another tab left under a visit's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Visit(Box<Visit>),
    Missing,
    /// There, but not readable here (damaged, or sealed while locked).
    Unreadable,
}

/// Where visits are saved: the device's storage in the app, a map in tests.
pub trait VisitStore {
    fn save(&mut self, visit: &Visit) -> Result<(), StorageError>;
    /// Rewrites the list of visits (after any save).
    fn refresh_index(&mut self, visits: &[Visit]);
    fn read(&mut self, id: &str) -> Stored;
}

/// Why reloading the page now would lose something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsaved {
    /// Changes held in memory since the app locked (their save failed).
    Held,
    /// A save failed.
    Failed(StorageError),
    /// Another tab changed the visit: the user must choose a version.
    Conflict,
    /// A save is still due.
    Pending,
}

/// The save and lock state of this tab's real visits. (Practice visits are
/// never saved, so they never come here.)
#[derive(Debug, Clone)]
pub struct Session {
    /// Ids of visits changed since their last save, in order of change.
    dirty: Vec<String>,
    /// Visits whose changes could not be saved when the app locked, kept out
    /// of sight until it is unlocked.
    held: Vec<Visit>,
    /// A visit another tab changed while this one had unsaved changes.
    conflict: Option<String>,
    save: SaveStatus,
    lock: LockState,
    /// A save is scheduled (the caller's timer is running).
    save_due: bool,
}

impl Session {
    pub fn new(lock: LockState) -> Session {
        Session {
            dirty: Vec::new(),
            held: Vec::new(),
            conflict: None,
            save: SaveStatus::Saved,
            lock,
            save_due: false,
        }
    }

    pub fn save_status(&self) -> &SaveStatus {
        &self.save
    }

    pub fn lock_state(&self) -> LockState {
        self.lock
    }

    pub fn conflict(&self) -> Option<&str> {
        self.conflict.as_deref()
    }

    pub fn is_dirty(&self, id: &str) -> bool {
        self.dirty.iter().any(|d| d == id)
    }

    pub fn save_due(&self) -> bool {
        self.save_due
    }

    /// A visit in the list was changed. Returns true when the caller must
    /// schedule a save: one is not already due. Further typing does not
    /// push the save back, so nothing typed waits longer than the delay.
    pub fn changed(&mut self, id: &str) -> bool {
        if !self.is_dirty(id) {
            self.dirty.push(id.to_string());
        }
        if self.conflict.as_deref() != Some(id) {
            self.save = SaveStatus::Saving;
        }
        !std::mem::replace(&mut self.save_due, true)
    }

    /// Writes every changed visit now, except one in conflict with another
    /// tab: that is never written over the other tab's copy without the
    /// user's say.
    pub fn flush(&mut self, visits: &[Visit], store: &mut (impl VisitStore + ?Sized)) {
        self.save_due = false;
        if self.dirty.is_empty() {
            return;
        }
        let mut failed = None;
        let mut still_dirty = Vec::new();
        for id in std::mem::take(&mut self.dirty) {
            if self.conflict.as_deref() == Some(id.as_str()) {
                still_dirty.push(id);
                continue;
            }
            // Deleted since it changed: nothing to save.
            let Some(v) = visits.iter().find(|v| v.id == id) else {
                continue;
            };
            if let Err(e) = store.save(v) {
                failed = Some(e);
                still_dirty.push(id);
            }
        }
        store.refresh_index(visits);
        self.dirty = still_dirty;
        self.save = match (failed, &self.conflict) {
            (Some(e), _) => SaveStatus::NotSaved(e),
            (None, Some(_)) => SaveStatus::Conflict,
            (None, None) => SaveStatus::Saved,
        };
    }

    /// Another tab wrote a visit: take its copy, unless this tab has unsaved
    /// changes to the same visit, in which case the user chooses.
    pub fn other_tab_wrote(
        &mut self,
        id: &str,
        visits: &mut Vec<Visit>,
        store: &mut (impl VisitStore + ?Sized),
    ) {
        if self.is_dirty(id) {
            self.conflict = Some(id.to_string());
            self.save = SaveStatus::Conflict;
            return;
        }
        match store.read(id) {
            Stored::Visit(theirs) => match visits.iter_mut().find(|v| v.id == id) {
                Some(v) => *v = *theirs,
                None => visits.push(*theirs),
            },
            Stored::Missing => visits.retain(|v| v.id != id),
            // Damaged, or sealed while this tab is locked: keep what this tab has.
            Stored::Unreadable => {}
        }
    }

    /// The user chose which copy to keep after a conflict.
    pub fn resolve_conflict(
        &mut self,
        keep_mine: bool,
        visits: &mut Vec<Visit>,
        store: &mut (impl VisitStore + ?Sized),
    ) {
        let Some(id) = self.conflict.take() else {
            return;
        };
        if keep_mine {
            self.flush(visits, store);
        } else {
            self.dirty.retain(|d| *d != id);
            self.other_tab_wrote(&id, visits, store);
            self.save = SaveStatus::Saved;
        }
    }

    /// Locks, if unlocked: saves what can be saved, then clears the list.
    /// A visit whose save failed (storage full) is held in memory, out of
    /// sight, and saved after the next unlock, so locking never loses
    /// typing. Returns whether it locked (the caller forgets the key).
    pub fn lock(
        &mut self,
        visits: &mut Vec<Visit>,
        store: &mut (impl VisitStore + ?Sized),
    ) -> bool {
        if self.lock != LockState::Unlocked {
            return false;
        }
        self.flush(visits, store);
        self.hold_unsaved(visits);
        self.lock = LockState::Locked;
        true
    }

    /// Moves visits with unsaved changes out of sight and clears the list.
    /// A clash with another tab stays open across the lock: after unlocking,
    /// the held copy is not saved over the other tab's until the user chooses.
    fn hold_unsaved(&mut self, visits: &mut Vec<Visit>) {
        let dirty = std::mem::take(&mut self.dirty);
        for v in std::mem::take(visits) {
            if dirty.contains(&v.id) {
                self.held.retain(|h| h.id != v.id);
                self.held.push(v);
            }
        }
        self.save_due = false;
    }

    /// After a right passphrase: `loaded` is every visit read from storage.
    /// Those held since the lock are newer, so they replace what was read
    /// and are marked to be saved. Returns true when a save must be
    /// scheduled.
    pub fn unlocked(&mut self, loaded: Vec<Visit>, visits: &mut Vec<Visit>) -> bool {
        self.lock = LockState::Unlocked;
        self.put_back_held(loaded, visits)
    }

    fn put_back_held(&mut self, loaded: Vec<Visit>, visits: &mut Vec<Visit>) -> bool {
        *visits = loaded;
        let held = std::mem::take(&mut self.held);
        let mut schedule = false;
        for h in held {
            let id = h.id.clone();
            match visits.iter_mut().find(|v| v.id == h.id) {
                Some(v) => *v = h,
                None => visits.push(h),
            }
            schedule |= self.changed(&id);
        }
        schedule
    }

    /// Another tab set, changed or removed the lock. This tab locks without
    /// saving (its key may no longer be the right one); unsaved changes are
    /// held and saved after unlocking. If the lock was removed, the visits
    /// in storage are in the clear: `reload` reads them again. Returns true
    /// when a save must be scheduled.
    pub fn other_tab_changed_lock(
        &mut self,
        lock_is_set: bool,
        visits: &mut Vec<Visit>,
        reload: impl FnOnce() -> Vec<Visit>,
    ) -> bool {
        if self.lock != LockState::Locked {
            self.hold_unsaved(visits);
        }
        if lock_is_set {
            self.lock = LockState::Locked;
            false
        } else {
            self.lock = LockState::Off;
            self.put_back_held(reload(), visits)
        }
    }

    /// A lock was set in this tab, which is unlocked with the new key.
    pub fn lock_turned_on(&mut self) {
        self.lock = LockState::Unlocked;
    }

    /// The lock was removed in this tab.
    pub fn lock_turned_off(&mut self) {
        self.lock = LockState::Off;
    }

    /// The user deleted a visit: nothing of it is left to save.
    pub fn deleted(&mut self, id: &str) {
        self.dirty.retain(|d| d != id);
        self.held.retain(|h| h.id != id);
        if self.conflict.as_deref() == Some(id) {
            self.conflict = None;
            self.save = SaveStatus::Saved;
        }
    }

    /// The user deleted every visit (and, with `wiped`, the lock too).
    pub fn deleted_all(&mut self, wiped: bool) {
        self.dirty.clear();
        self.held.clear();
        self.conflict = None;
        self.save = SaveStatus::Saved;
        if wiped {
            self.lock = LockState::Off;
        }
    }

    /// Why reloading now would lose something, if it would. Call after a
    /// flush.
    pub fn unsaved(&self) -> Option<Unsaved> {
        if !self.held.is_empty() {
            return Some(Unsaved::Held);
        }
        if self.dirty.is_empty() {
            return None;
        }
        Some(match &self.save {
            SaveStatus::NotSaved(e) => Unsaved::Failed(e.clone()),
            SaveStatus::Conflict => Unsaved::Conflict,
            SaveStatus::Saved | SaveStatus::Saving => Unsaved::Pending,
        })
    }
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
