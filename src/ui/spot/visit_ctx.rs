//! Reading and changing one visit from a wizard page, part by part, so a
//! keystroke in a note wakes only that note's field and the save status.

use crate::domain::address::Address;
use crate::{
    domain::{
        catalogue::Group,
        session::LockState,
        visit::{Answers, Visit},
        wizard::Step,
    },
    platform::clock::{new_id, now_ms},
    state::{
        session,
        visits::{Part, Visits},
        AppState,
    },
};
use leptos::prelude::*;

/// Creates a visit (real or practice) and returns the address of its first
/// question: "start a visit in one tap".
pub fn start_visit(state: AppState, practice: bool) -> String {
    start_visit_with(state, practice, |_| {})
}

pub fn start_visit_with(
    state: AppState,
    practice: bool,
    prepare: impl FnOnce(&mut Visit),
) -> String {
    // A visit started while locked could not be saved: unlock first.
    if !practice && state.lock.get_untracked() == LockState::Locked {
        return Address::Visits.path();
    }
    let mut visit = Visit::new(new_id(), now_ms(), practice);
    visit.answers.nation = Some(state.nation.get_untracked());
    prepare(&mut visit);
    let href = step_href(practice, &visit.id, Step::Danger, false);
    let id = visit.id.clone();
    state.list(practice).push(visit);
    if !practice {
        session::mark_dirty(state, &id);
    }
    href
}

/// The address of a step of a visit.
pub fn step_href(practice: bool, id: &str, step: Step, from_check: bool) -> String {
    Address::VisitStep {
        practice,
        id: id.into(),
        step,
        from_check,
    }
    .path()
}

/// One visit in its list.
#[derive(Clone, Copy)]
pub struct VisitCtx {
    pub app: AppState,
    pub id: Memo<String>,
    pub practice: bool,
}

impl VisitCtx {
    /// A step's heading, neutral in discreet mode.
    pub fn heading(&self, step: Step) -> &'static str {
        step.heading(self.app.discreet.get_untracked())
    }

    fn list(&self) -> Visits {
        self.app.list(self.practice)
    }

    /// Reads one part of the visit, waking the reader only when that part
    /// changes (`Part::Whole`: on any change).
    pub fn read<T>(&self, part: Part, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        let id = self.id.get();
        self.list().read(&id, part, f)
    }

    /// Part of the answers and status as a memo: what depends on it updates
    /// only when its value changes, not on every answer.
    pub fn memo<T>(&self, f: fn(&Visit) -> T) -> Memo<Option<T>>
    where
        T: Clone + PartialEq + Send + Sync + 'static,
    {
        let ctx = *self;
        Memo::new(move |_| ctx.read(Part::Record, f))
    }

    /// One observation screen's note, waking the reader only when it changes.
    pub fn note(&self, group: Group) -> String {
        self.read(Part::Note(group), |v| v.notes.get(&group).cloned())
            .flatten()
            .unwrap_or_default()
    }

    /// Reads the visit without tracking (for event handlers).
    pub fn peek<T>(&self, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        let id = self.id.get_untracked();
        self.list().peek(&id, f)
    }

    /// Saves a real visit within the autosave delay once it changed.
    fn changed(&self, found: bool) {
        if found && !self.practice {
            session::mark_dirty(self.app, &self.id.get_untracked());
        }
    }

    /// Changes the answers, stamps the time of the edit, and saves.
    pub fn update_answers(&self, f: impl FnOnce(&mut Answers)) {
        let found = self
            .list()
            .update_answers(&self.id.get_untracked(), now_ms(), f);
        self.changed(found);
    }

    pub fn complete(&self) {
        let found = self.list().complete(&self.id.get_untracked(), now_ms());
        self.changed(found);
    }

    pub fn set_location(&self, text: String) {
        let found = self
            .list()
            .set_location(&self.id.get_untracked(), now_ms(), text);
        self.changed(found);
    }

    pub fn set_note(&self, group: Group, text: String) {
        let found = self
            .list()
            .set_note(&self.id.get_untracked(), now_ms(), group, text);
        self.changed(found);
    }

    pub fn set_general_notes(&self, text: String) {
        let found = self
            .list()
            .set_general_notes(&self.id.get_untracked(), now_ms(), text);
        self.changed(found);
    }

    pub fn href(&self, step: Step, from_check: bool) -> String {
        step_href(self.practice, &self.id.get_untracked(), step, from_check)
    }
}
