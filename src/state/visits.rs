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
// reactive_graph (what leptos re-exports), named directly so these tests
// run natively: this file is also compiled on the host for them (lib.rs).
use reactive_graph::{
    owner::StoredValue,
    signal::ArcTrigger,
    traits::{Notify, Track, UpdateValue, WithValue},
};

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
    /// A trigger per (visit id, part), made when something first reads a
    /// visit that is there, and dropped with the visit. A list, not a map: a
    /// page reads a few dozen, and a map's code would weigh on the first load.
    parts: Vec<(String, Part, ArcTrigger)>,
}

impl Inner {
    fn has(&self, id: &str) -> bool {
        self.list.iter().any(|v| v.id == id)
    }

    /// The triggers of one visit's parts that someone has read.
    fn triggers_of(&self, id: &str, part: Option<Part>) -> Vec<ArcTrigger> {
        self.parts
            .iter()
            .filter(|(i, p, _)| i == id && part.is_none_or(|part| *p == part))
            .map(|(_, _, t)| t.clone())
            .collect()
    }
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

    /// The trigger of one part of a visit that is there, made on first use.
    /// A visit that is not there has none: it would outlive the visit.
    fn trigger(&self, id: &str, part: Part) -> Option<ArcTrigger> {
        let mut found = None;
        self.0.update_value(|inner| {
            if !inner.has(id) {
                return;
            }
            found = Some(
                match inner.parts.iter().find(|(i, p, _)| i == id && *p == part) {
                    Some((_, _, t)) => t.clone(),
                    None => {
                        let t = ArcTrigger::new();
                        inner.parts.push((id.to_string(), part, t.clone()));
                        t
                    }
                },
            );
        });
        found
    }

    /// Wakes the readers of one part of a visit (every part with `None`).
    fn wake(&self, id: &str, part: Option<Part>) {
        for t in self.0.with_value(|inner| inner.triggers_of(id, part)) {
            t.notify();
        }
    }

    fn list_triggers(&self) -> (ArcTrigger, ArcTrigger) {
        self.0
            .with_value(|inner| (inner.members.clone(), inner.any.clone()))
    }

    /// Reads one part of one visit, waking the reader when that part changes
    /// (or the visit comes or goes). `None` if there is no such visit: the
    /// reader then wakes when a visit is added or removed.
    pub fn read<T>(&self, id: &str, part: Part, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        match self.trigger(id, part) {
            Some(t) => t.track(),
            None => self.list_triggers().0.track(),
        }
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
            self.wake(id, Some(part));
            self.wake(id, Some(Part::Whole));
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

    /// Adds a visit. Its readers so far waited on the list's members.
    pub fn push(&self, visit: Visit) {
        self.0.update_value(|inner| inner.list.push(visit));
        let (members, any) = self.list_triggers();
        members.notify();
        any.notify();
    }

    /// Changes the list as a whole (a load, a conflict resolved, a lock, a
    /// delete): rare, so every reader of every visit is woken. The triggers
    /// of visits no longer there are dropped: their readers wake, find no
    /// visit, and wait on the list's members instead.
    pub fn update_all(&self, f: impl FnOnce(&mut Vec<Visit>)) {
        let mut wake = Vec::new();
        self.0.update_value(|inner| {
            f(&mut inner.list);
            wake.extend(inner.parts.iter().map(|(_, _, t)| t.clone()));
            let Inner { list, parts, .. } = inner;
            parts.retain(|(id, _, _)| list.iter().any(|v| v.id == *id));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn visit(id: &str) -> Visit {
        Visit::new(id.to_string(), 1, false)
    }

    fn triggers(visits: &Visits) -> Vec<(String, Part)> {
        visits.0.with_value(|inner| {
            inner
                .parts
                .iter()
                .map(|(id, part, _)| (id.clone(), *part))
                .collect()
        })
    }

    fn read_every_part(visits: &Visits, id: &str) {
        for part in [
            Part::Record,
            Part::Location,
            Part::GeneralNotes,
            Part::Whole,
        ]
        .into_iter()
        .chain(Group::ALL.iter().map(|g| Part::Note(*g)))
        {
            visits.read(id, part, |_| ());
        }
    }

    #[test]
    fn a_deleted_visits_triggers_go_with_it() {
        let visits = Visits::new(vec![visit("a"), visit("b")]);
        read_every_part(&visits, "a");
        read_every_part(&visits, "b");
        let per_visit = triggers(&visits).len() / 2;
        assert!(per_visit > 4);
        visits.update_all(|vs| vs.retain(|v| v.id != "a"));
        let left = triggers(&visits);
        assert_eq!(left.len(), per_visit);
        assert!(left.iter().all(|(id, _)| id == "b"));
        // Its readers run again and find nothing: that leaves no trigger.
        read_every_part(&visits, "a");
        assert_eq!(triggers(&visits).len(), per_visit);
    }

    #[test]
    fn wiping_or_locking_leaves_no_triggers() {
        let visits = Visits::new(vec![visit("a"), visit("b")]);
        read_every_part(&visits, "a");
        read_every_part(&visits, "b");
        visits.update_all(Vec::clear);
        assert!(triggers(&visits).is_empty());
        for id in ["a", "b", "gone"] {
            assert_eq!(visits.read(id, Part::Record, |_| ()), None);
        }
        assert!(triggers(&visits).is_empty());
    }

    #[test]
    fn a_reader_wakes_when_its_visit_goes_and_comes_back() {
        use reactive_graph::{computed::ArcMemo, traits::Get};
        let visits = Visits::new(vec![visit("a")]);
        let location =
            ArcMemo::new(move |_| visits.read("a", Part::Location, |v| v.location.clone()));
        assert_eq!(location.get(), Some(String::new()));
        visits.set_location("a", 2, "here".into());
        assert_eq!(location.get(), Some("here".to_string()));
        visits.update_all(Vec::clear);
        assert_eq!(location.get(), None);
        assert!(triggers(&visits).is_empty());
        let mut back = visit("a");
        back.location = "back".into();
        visits.push(back);
        assert_eq!(location.get(), Some("back".to_string()));
    }

    #[test]
    fn changes_and_additions_make_no_trigger_nobody_reads() {
        let visits = Visits::new(vec![visit("a")]);
        assert!(visits.set_location("a", 2, "12 Example Street".into()));
        assert!(visits.set_note("a", 3, Group::ALL[0], "note".into()));
        visits.push(visit("b"));
        assert!(triggers(&visits).is_empty());
        assert_eq!(
            visits.read("a", Part::Location, |v| v.location.clone()),
            Some("12 Example Street".to_string())
        );
        assert_eq!(triggers(&visits), vec![("a".to_string(), Part::Location)]);
        assert!(!visits.set_location("gone", 4, "x".into()));
        assert_eq!(triggers(&visits).len(), 1);
    }
}
