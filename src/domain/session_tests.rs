use super::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// The device's storage: a map that can be made full.
#[derive(Default)]
struct FakeStore {
    saved: BTreeMap<String, Visit>,
    full: bool,
    index_writes: usize,
}

impl VisitStore for FakeStore {
    fn save(&mut self, visit: &Visit) -> Result<(), StorageError> {
        if self.full {
            return Err(StorageError::Full);
        }
        self.saved.insert(visit.id.clone(), visit.clone());
        Ok(())
    }

    fn refresh_index(&mut self, _visits: &[Visit]) {
        self.index_writes += 1;
    }

    fn read(&mut self, id: &str) -> Stored {
        match self.saved.get(id) {
            Some(v) => Stored::Visit(Box::new(v.clone())),
            None => Stored::Missing,
        }
    }
}

fn visit(id: &str, notes: &str) -> Visit {
    let mut v = Visit::new(id.into(), 0, false);
    v.general_notes = notes.into();
    v
}

fn type_into(s: &mut Session, visits: &mut Vec<Visit>, id: &str, text: &str) -> bool {
    match visits.iter_mut().find(|v| v.id == id) {
        Some(v) => v.general_notes.push_str(text),
        None => visits.push(visit(id, text)),
    }
    s.changed(id)
}

#[test]
fn a_change_schedules_one_save_and_the_save_clears_it() {
    let (mut s, mut store, mut visits) =
        (Session::new(LockState::Off), FakeStore::default(), vec![]);
    assert!(type_into(&mut s, &mut visits, "a", "x"));
    assert_eq!(s.save_status(), &SaveStatus::Saving);
    // Typing on does not push the save back.
    assert!(!type_into(&mut s, &mut visits, "a", "y"));
    s.flush(&visits, &mut store);
    assert_eq!(s.save_status(), &SaveStatus::Saved);
    assert_eq!(store.saved["a"].general_notes, "xy");
    assert!(!s.save_due() && !s.is_dirty("a") && s.unsaved().is_none());
    assert!(type_into(&mut s, &mut visits, "a", "z"));
}

#[test]
fn a_failed_save_keeps_the_change_and_says_why() {
    let (mut s, mut store, mut visits) =
        (Session::new(LockState::Off), FakeStore::default(), vec![]);
    store.full = true;
    type_into(&mut s, &mut visits, "a", "x");
    s.flush(&visits, &mut store);
    assert_eq!(s.save_status(), &SaveStatus::NotSaved(StorageError::Full));
    assert_eq!(s.unsaved(), Some(Unsaved::Failed(StorageError::Full)));
    store.full = false;
    s.flush(&visits, &mut store);
    assert_eq!(store.saved["a"].general_notes, "x");
    assert_eq!(s.unsaved(), None);
}

#[test]
fn another_tabs_change_is_taken_unless_this_tab_has_unsaved_typing() {
    let (mut s, mut store, mut visits) =
        (Session::new(LockState::Off), FakeStore::default(), vec![]);
    type_into(&mut s, &mut visits, "a", "mine");
    s.flush(&visits, &mut store);
    store.saved.insert("a".into(), visit("a", "theirs"));
    s.other_tab_wrote("a", &mut visits, &mut store);
    assert_eq!(visits[0].general_notes, "theirs");

    type_into(&mut s, &mut visits, "a", " and mine");
    store.saved.insert("a".into(), visit("a", "theirs again"));
    s.other_tab_wrote("a", &mut visits, &mut store);
    assert_eq!(s.save_status(), &SaveStatus::Conflict);
    assert_eq!(s.conflict(), Some("a"));
    // Never written over the other tab's copy without the user's say.
    s.flush(&visits, &mut store);
    assert_eq!(store.saved["a"].general_notes, "theirs again");
    assert_eq!(s.unsaved(), Some(Unsaved::Conflict));
    s.resolve_conflict(true, &mut visits, &mut store);
    assert_eq!(store.saved["a"].general_notes, "theirs and mine");
    assert_eq!(s.save_status(), &SaveStatus::Saved);
}

#[test]
fn choosing_the_other_version_replaces_this_tabs_copy() {
    let (mut s, mut store, mut visits) =
        (Session::new(LockState::Off), FakeStore::default(), vec![]);
    type_into(&mut s, &mut visits, "a", "mine");
    store.saved.insert("a".into(), visit("a", "theirs"));
    s.other_tab_wrote("a", &mut visits, &mut store);
    s.resolve_conflict(false, &mut visits, &mut store);
    assert_eq!(visits[0].general_notes, "theirs");
    assert_eq!(s.save_status(), &SaveStatus::Saved);
    assert!(!s.is_dirty("a"));
}

#[test]
fn locking_with_storage_full_holds_the_typing_and_unlocking_saves_it() {
    let mut s = Session::new(LockState::Unlocked);
    let (mut store, mut visits) = (FakeStore::default(), vec![]);
    type_into(&mut s, &mut visits, "a", "typed");
    store.full = true;
    assert!(s.lock(&mut visits, &mut store));
    assert!(visits.is_empty(), "nothing is left in sight");
    assert_eq!(s.lock_state(), LockState::Locked);
    assert_eq!(s.unsaved(), Some(Unsaved::Held));
    assert!(!s.lock(&mut visits, &mut store), "already locked");
    store.full = false;
    store.saved.insert("a".into(), visit("a", "older"));
    let loaded = store.saved.values().cloned().collect();
    assert!(s.unlocked(loaded, &mut visits));
    assert_eq!(visits[0].general_notes, "typed");
    s.flush(&visits, &mut store);
    assert_eq!(store.saved["a"].general_notes, "typed");
}

#[test]
fn another_tab_setting_the_lock_holds_unsaved_typing_without_saving() {
    let (mut s, mut store, mut visits) =
        (Session::new(LockState::Off), FakeStore::default(), vec![]);
    type_into(&mut s, &mut visits, "a", "typed");
    assert!(!s.other_tab_changed_lock(true, &mut visits, Vec::new));
    assert_eq!(s.lock_state(), LockState::Locked);
    assert!(store.saved.is_empty() && visits.is_empty());
    // The other tab removes it again: the visits are in the clear, re-read.
    assert!(s.other_tab_changed_lock(false, &mut visits, || vec![visit("b", "b")]));
    assert_eq!(s.lock_state(), LockState::Off);
    assert_eq!(visits.len(), 2);
    s.flush(&visits, &mut store);
    assert_eq!(store.saved["a"].general_notes, "typed");
}

#[test]
fn deleting_forgets_pending_saves() {
    let (mut s, mut store, mut visits) =
        (Session::new(LockState::Off), FakeStore::default(), vec![]);
    type_into(&mut s, &mut visits, "a", "x");
    type_into(&mut s, &mut visits, "b", "y");
    visits.retain(|v| v.id != "a");
    s.deleted("a");
    s.flush(&visits, &mut store);
    assert!(!store.saved.contains_key("a"));
    type_into(&mut s, &mut visits, "b", "z");
    s.deleted_all(true);
    assert_eq!(s.unsaved(), None);
    assert_eq!(s.lock_state(), LockState::Off);
}

/// What can happen to a tab, in any order.
#[derive(Debug, Clone)]
enum Event {
    Type(usize, char),
    /// The autosave timer fired, or the page was hidden.
    Flush,
    StorageFull(bool),
    OtherTabWrites(usize, char),
    Resolve(bool),
    Lock,
    Unlock,
    TurnOnLock,
    OtherTabLock(bool),
    Delete(usize),
}

const IDS: [&str; 3] = ["a", "b", "c"];

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        4 => (0..IDS.len(), proptest::char::range('a', 'e')).prop_map(|(i, c)| Event::Type(i, c)),
        2 => Just(Event::Flush),
        1 => any::<bool>().prop_map(Event::StorageFull),
        2 => (0..IDS.len(), proptest::char::range('V', 'Z')).prop_map(|(i, c)| Event::OtherTabWrites(i, c)),
        1 => any::<bool>().prop_map(Event::Resolve),
        1 => Just(Event::Lock),
        1 => Just(Event::Unlock),
        1 => Just(Event::TurnOnLock),
        1 => any::<bool>().prop_map(Event::OtherTabLock),
        1 => (0..IDS.len()).prop_map(Event::Delete),
    ]
}

/// A tab and the device, with what the user expects each visit to hold:
/// what they typed, unless they accepted another tab's copy (it came when
/// they had nothing unsaved, or they chose it) or deleted the visit.
struct World {
    s: Session,
    store: FakeStore,
    visits: Vec<Visit>,
    expected: BTreeMap<String, Visit>,
}

impl World {
    fn apply(&mut self, e: &Event) {
        let locked = self.s.lock_state() == LockState::Locked;
        match *e {
            // Nothing of a visit is on screen while locked.
            Event::Type(i, c) if !locked => {
                type_into(&mut self.s, &mut self.visits, IDS[i], &c.to_string());
                let v = self.visits.iter().find(|v| v.id == IDS[i]).unwrap();
                self.expected.insert(IDS[i].into(), v.clone());
            }
            Event::Flush => self.s.flush(&self.visits, &mut self.store),
            Event::StorageFull(full) => self.store.full = full,
            Event::OtherTabWrites(i, c) => {
                let id = IDS[i];
                let mut theirs = self.store.saved.get(id).cloned().unwrap_or(visit(id, ""));
                theirs.general_notes.push(c);
                self.store.saved.insert(id.into(), theirs.clone());
                if locked {
                    // Read at unlock, where what is held wins.
                    if !self.s.held.iter().any(|h| h.id == id) {
                        self.expected.insert(id.into(), theirs);
                    }
                } else {
                    let ours_unsaved = self.s.is_dirty(id);
                    self.s
                        .other_tab_wrote(id, &mut self.visits, &mut self.store);
                    if !ours_unsaved {
                        self.expected.insert(id.into(), theirs);
                    }
                }
            }
            Event::Resolve(keep_mine) if !locked => {
                if let (Some(id), false) = (self.s.conflict().map(String::from), keep_mine) {
                    match self.store.saved.get(&id) {
                        Some(theirs) => self.expected.insert(id, theirs.clone()),
                        None => self.expected.remove(&id),
                    };
                }
                self.s
                    .resolve_conflict(keep_mine, &mut self.visits, &mut self.store);
            }
            Event::Lock => {
                self.s.lock(&mut self.visits, &mut self.store);
            }
            Event::Unlock if locked => self.unlock(),
            Event::TurnOnLock if self.s.lock_state() == LockState::Off => {
                self.s.flush(&self.visits, &mut self.store);
                self.s.lock_turned_on();
            }
            Event::OtherTabLock(set) => {
                let loaded: Vec<Visit> = self.store.saved.values().cloned().collect();
                self.s
                    .other_tab_changed_lock(set, &mut self.visits, || loaded);
            }
            Event::Delete(i) if !locked => {
                let id = IDS[i];
                self.store.saved.remove(id);
                self.visits.retain(|v| v.id != id);
                self.s.deleted(id);
                self.expected.remove(id);
            }
            _ => {}
        }
    }

    fn unlock(&mut self) {
        let loaded: Vec<Visit> = self.store.saved.values().cloned().collect();
        self.s.unlocked(loaded, &mut self.visits);
    }

    /// Every expected change is on the device, or in memory with a save
    /// still to come (pending, or held until unlock).
    fn nothing_lost(&self) -> Result<(), String> {
        for (id, want) in &self.expected {
            let stored = self.store.saved.get(id) == Some(want);
            let pending = self.s.is_dirty(id) && self.visits.iter().any(|v| v == want);
            let held = self.s.held.iter().any(|v| v == want);
            if !(stored || pending || held) {
                return Err(format!("{id}: {:?} is lost", want.general_notes));
            }
        }
        Ok(())
    }
}

proptest! {
    #[test]
    fn no_sequence_of_events_loses_a_typed_change(
        start_locked in any::<bool>(),
        events in proptest::collection::vec(event(), 0..40),
    ) {
        let start = if start_locked { LockState::Unlocked } else { LockState::Off };
        let mut w = World {
            s: Session::new(start),
            store: FakeStore::default(),
            visits: Vec::new(),
            expected: BTreeMap::new(),
        };
        for e in &events {
            w.apply(e);
            prop_assert!(w.nothing_lost().is_ok(), "after {:?}: {:?}", e, w.nothing_lost());
        }
        // Then the storage has room again, the user unlocks, keeps their own
        // version of any clash, and the autosave fires: everything expected
        // is on the device.
        w.store.full = false;
        if w.s.lock_state() == LockState::Locked {
            w.unlock();
        }
        w.s.resolve_conflict(true, &mut w.visits, &mut w.store);
        w.s.flush(&w.visits, &mut w.store);
        for (id, want) in &w.expected {
            prop_assert_eq!(w.store.saved.get(id), Some(want), "{}", id);
        }
        prop_assert_eq!(w.s.unsaved(), None);
    }
}
