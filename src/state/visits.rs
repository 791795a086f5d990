//! A list of visits keyed by id, where each part of a visit wakes only what
//! shows that part. The visits stay one plain list (what the session core
//! reads and changes, and what is saved); beside it, each (visit, part) has a
//! trigger of its own. So a keystroke in a note wakes that note's field and the
//! save status, not every answer row, nor the other visits.
//!
//! A hand-made keyed store rather than `reactive_stores`: its `Store` derive
//! would have to sit on the domain's `Visit` (the domain names no UI
//! framework), and it links its own hash maps and key tables, where this is a
//! list of triggers over code the app already has.

use crate::domain::{
    catalogue::Group,
    visit::{Answers, Visit},
};
use leptos::prelude::*;

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
pub struct Visits(StoredValue<Inner>);

struct Inner {
    /// The visits: plain data, what the session core reads and changes.
    list: Vec<Visit>,
    /// Which visits there are: wakes on an added or removed visit.
    members: ArcTrigger,
    /// Any change to any visit (the list of visits shows edit times).
    any: ArcTrigger,
    /// A trigger per (visit id, part), made when something first reads it. A
    /// list, not a map: a page reads a few dozen, and a map's code would
    /// weigh on the first load.
    parts: Vec<(String, Part, ArcTrigger)>,
}

impl Visits {
    pub fn new(list: Vec<Visit>) -> Self {
        Visits(StoredValue::new(Inner {
            list,
            members: ArcTrigger::new(),
            any: ArcTrigger::new(),
            parts: Vec::new(),
        }))
    }

    fn trigger(&self, id: &str, part: Part) -> ArcTrigger {
        let mut found = None;
        self.0.update_value(|inner| {
            let t = match inner.parts.iter().find(|(i, p, _)| i == id && *p == part) {
                Some((_, _, t)) => t.clone(),
                None => {
                    let t = ArcTrigger::new();
                    inner.parts.push((id.to_string(), part, t.clone()));
                    t
                }
            };
            found = Some(t);
        });
        found.unwrap_or_default()
    }

    fn list_triggers(&self) -> (ArcTrigger, ArcTrigger) {
        self.0
            .with_value(|inner| (inner.members.clone(), inner.any.clone()))
    }

    /// Reads one part of one visit, waking the reader when that part changes
    /// (or the visit comes or goes). `None` if there is no such visit.
    pub fn read<T>(&self, id: &str, part: Part, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        self.trigger(id, part).track();
        self.peek(id, f)
    }

    /// Reads one visit without waking the reader on changes (event handlers).
    pub fn peek<T>(&self, id: &str, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        self.0
            .with_value(|inner| inner.list.iter().find(|v| v.id == id).map(f))
    }

    /// Changes one part of one visit and wakes only that part's readers (and
    /// those of the whole visit, and of the list). `f` changes only `part`:
    /// the typed setters below say which part they change.
    fn change(&self, id: &str, part: Part, now_ms: u64, f: impl FnOnce(&mut Visit)) -> bool {
        let mut f = Some(f);
        self.change_dyn(id, part, now_ms, &mut |v| {
            if let Some(f) = f.take() {
                f(v)
            }
        })
    }

    /// `change` without a copy of its code for every caller.
    fn change_dyn(&self, id: &str, part: Part, now_ms: u64, f: &mut dyn FnMut(&mut Visit)) -> bool {
        let mut found = false;
        self.0.update_value(|inner| {
            if let Some(v) = inner.list.iter_mut().find(|v| v.id == id) {
                f(v);
                v.updated_ms = now_ms;
                found = true;
            }
        });
        if found {
            self.trigger(id, part).notify();
            self.trigger(id, Part::Whole).notify();
            self.list_triggers().1.notify();
        }
        found
    }

    /// Changes the answers (and with them the edit time).
    pub fn update_answers(&self, id: &str, now_ms: u64, f: impl FnOnce(&mut Answers)) -> bool {
        self.change(id, Part::Record, now_ms, |v| f(&mut v.answers))
    }

    /// Marks the visit complete.
    pub fn complete(&self, id: &str, now_ms: u64) -> bool {
        self.change(id, Part::Record, now_ms, |v| {
            v.status = crate::domain::visit::Status::Complete
        })
    }

    pub fn set_location(&self, id: &str, now_ms: u64, text: String) -> bool {
        self.change(id, Part::Location, now_ms, |v| v.location = text)
    }

    /// Sets one screen's note; an empty note is removed.
    pub fn set_note(&self, id: &str, now_ms: u64, group: Group, text: String) -> bool {
        self.change(id, Part::Note(group), now_ms, |v| {
            if text.is_empty() {
                v.notes.remove(&group);
            } else {
                v.notes.insert(group, text);
            }
        })
    }

    pub fn set_general_notes(&self, id: &str, now_ms: u64, text: String) -> bool {
        self.change(id, Part::GeneralNotes, now_ms, |v| v.general_notes = text)
    }

    /// Adds a visit.
    pub fn push(&self, visit: Visit) {
        let id = visit.id.clone();
        self.0.update_value(|inner| inner.list.push(visit));
        for part in parts_of_whole() {
            self.trigger(&id, part).notify();
        }
        let (members, any) = self.list_triggers();
        members.notify();
        any.notify();
    }

    /// Changes the list as a whole (a load, a conflict resolved, a lock, a
    /// delete): rare, so every reader of every visit is woken.
    pub fn update_all(&self, f: impl FnOnce(&mut Vec<Visit>)) {
        let mut wake = Vec::new();
        self.0.update_value(|inner| {
            f(&mut inner.list);
            wake.extend(inner.parts.iter().map(|(_, _, t)| t.clone()));
            wake.push(inner.members.clone());
            wake.push(inner.any.clone());
        });
        for t in wake {
            t.notify();
        }
    }

    /// Reads the whole list, waking the reader on any change to any visit.
    pub fn with<T>(&self, f: impl FnOnce(&[Visit]) -> T) -> T {
        self.list_triggers().1.track();
        self.with_untracked(f)
    }

    /// Reads the whole list without waking the reader on changes.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&[Visit]) -> T) -> T {
        self.0.with_value(|inner| f(&inner.list))
    }

    /// How many visits there are, waking the reader only when one is added
    /// or removed.
    pub fn count(&self) -> usize {
        self.list_triggers().0.track();
        self.with_untracked(<[Visit]>::len)
    }

    /// Wakes the reader on any change to any visit.
    pub fn track(&self) {
        self.list_triggers().1.track();
    }
}
