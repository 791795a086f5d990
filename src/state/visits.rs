//! A list of visits keyed by id, where each part of a visit wakes only what
//! shows that part. The visits stay one plain list (what the session core
//! reads and changes, and what is saved); beside it, each (visit, part) has a
//! trigger of its own. So a keystroke in a note wakes that note's field and the
//! save status, not every answer row, nor the other visits.
//!
//! A hand-made keyed store rather than `reactive_stores`: its `Store` derive
//! would have to sit on the domain's `Visit` (the domain names no UI
//! framework), and it links its own hash maps and key tables, where this is a
//! few triggers in a `BTreeMap` over code the app already has.

use crate::domain::{
    catalogue::Group,
    visit::{Answers, Visit},
};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The parts of a visit that change on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// The answers and the status: what the questions, the rows of Check your
    /// answers and the result are derived from.
    Record,
    Location,
    /// The note on one observation screen.
    Note(Group),
    GeneralNotes,
    /// Any change at all, including the edit time (the summary, the list).
    Whole,
}

/// Every part, for changes that may touch all of a visit.
fn parts_of_whole() -> impl Iterator<Item = Part> {
    [
        Part::Record,
        Part::Location,
        Part::GeneralNotes,
        Part::Whole,
    ]
    .into_iter()
    .chain(Group::ALL.iter().map(|g| Part::Note(*g)))
}

/// One list of visits (the real ones, or the practice ones), keyed by id.
#[derive(Clone, Copy)]
pub struct Visits {
    list: StoredValue<Vec<Visit>>,
    /// Which visits there are: wakes on an added or removed visit.
    members: Trigger,
    /// Any change to any visit (the list of visits shows edit times).
    any: Trigger,
    /// A trigger per (visit id, part), made when something first reads it.
    parts: StoredValue<BTreeMap<(String, Part), ArcTrigger>>,
}

impl Visits {
    pub fn new(list: Vec<Visit>) -> Self {
        Visits {
            list: StoredValue::new(list),
            members: Trigger::new(),
            any: Trigger::new(),
            parts: StoredValue::new(BTreeMap::new()),
        }
    }

    fn trigger(&self, id: &str, part: Part) -> ArcTrigger {
        if let Some(t) = self
            .parts
            .with_value(|m| m.get(&(id.to_string(), part)).cloned())
        {
            return t;
        }
        let t = ArcTrigger::new();
        self.parts.update_value(|m| {
            m.insert((id.to_string(), part), t.clone());
        });
        t
    }

    /// Reads one part of one visit, waking the reader when that part changes
    /// (or the visit comes or goes). `None` if there is no such visit.
    pub fn read<T>(&self, id: &str, part: Part, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        self.trigger(id, part).track();
        self.peek(id, f)
    }

    /// Reads one visit without waking the reader on changes (event handlers).
    pub fn peek<T>(&self, id: &str, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        self.list
            .with_value(|l| l.iter().find(|v| v.id == id).map(f))
    }

    /// Changes one part of one visit and wakes only that part's readers (and
    /// those of the whole visit, and of the list). `f` must change only
    /// `part`: the typed setters below say which part they change.
    fn change(&self, id: &str, part: Part, f: impl FnOnce(&mut Visit)) -> bool {
        let found = self
            .list
            .try_update_value(|l| l.iter_mut().find(|v| v.id == id).map(f).is_some())
            == Some(true);
        if found {
            for p in [part, Part::Whole] {
                self.trigger(id, p).notify();
            }
            self.any.notify();
        }
        found
    }

    /// Changes the answers (and with them the edit time).
    pub fn update_answers(&self, id: &str, now_ms: u64, f: impl FnOnce(&mut Answers)) -> bool {
        self.change(id, Part::Record, |v| {
            f(&mut v.answers);
            v.updated_ms = now_ms;
        })
    }

    /// Marks the visit complete.
    pub fn complete(&self, id: &str, now_ms: u64) -> bool {
        self.change(id, Part::Record, |v| {
            v.status = crate::domain::visit::Status::Complete;
            v.updated_ms = now_ms;
        })
    }

    pub fn set_location(&self, id: &str, now_ms: u64, text: String) -> bool {
        self.change(id, Part::Location, |v| {
            v.location = text;
            v.updated_ms = now_ms;
        })
    }

    /// Sets one screen's note; an empty note is removed.
    pub fn set_note(&self, id: &str, now_ms: u64, group: Group, text: String) -> bool {
        self.change(id, Part::Note(group), |v| {
            if text.is_empty() {
                v.notes.remove(&group);
            } else {
                v.notes.insert(group, text);
            }
            v.updated_ms = now_ms;
        })
    }

    pub fn set_general_notes(&self, id: &str, now_ms: u64, text: String) -> bool {
        self.change(id, Part::GeneralNotes, |v| {
            v.general_notes = text;
            v.updated_ms = now_ms;
        })
    }

    /// Adds a visit.
    pub fn push(&self, visit: Visit) {
        let id = visit.id.clone();
        self.list.update_value(|l| l.push(visit));
        self.wake_visit(&id);
        self.members.notify();
        self.any.notify();
    }

    /// Changes the list as a whole (a load, a conflict resolved, a lock, a
    /// delete): rare, so every reader of every visit is woken.
    pub fn update_all<T>(&self, f: impl FnOnce(&mut Vec<Visit>) -> T) -> T {
        let out = self.list.try_update_value(f);
        let all: Vec<ArcTrigger> = self.parts.with_value(|m| m.values().cloned().collect());
        for t in all {
            t.notify();
        }
        self.members.notify();
        self.any.notify();
        out.expect("the visits live as long as the app")
    }

    fn wake_visit(&self, id: &str) {
        for part in parts_of_whole() {
            self.trigger(id, part).notify();
        }
    }

    /// Reads the whole list, waking the reader on any change to any visit.
    pub fn with<T>(&self, f: impl FnOnce(&[Visit]) -> T) -> T {
        self.any.track();
        self.list.with_value(|l| f(l))
    }

    /// Reads the whole list without waking the reader on changes.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&[Visit]) -> T) -> T {
        self.list.with_value(|l| f(l))
    }

    /// How many visits there are, waking the reader only when one is added
    /// or removed.
    pub fn count(&self) -> usize {
        self.members.track();
        self.list.with_value(Vec::len)
    }

    /// Wakes the reader on any change to any visit.
    pub fn track(&self) {
        self.any.track();
    }
}
