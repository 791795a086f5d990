//! Reading and changing one visit from a wizard page, without re-rendering the
//! page on every keystroke.

use crate::domain::address::Address;
use crate::{
    domain::{session::LockState, visit::Visit, wizard::Step},
    platform::clock::{new_id, now_ms},
    state::{session, AppState},
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
    state.list(practice).update(|l| l.push(visit));
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

    /// Reads part of the visit, tracking changes.
    pub fn read<T>(&self, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        let id = self.id.get();
        self.app
            .list(self.practice)
            .with(|l| l.iter().find(|v| v.id == id).map(f))
    }

    /// Part of the visit as a memo: what depends on it updates only when that
    /// part changes, not on every keystroke elsewhere in the visit.
    pub fn memo<T>(&self, f: fn(&Visit) -> T) -> Memo<Option<T>>
    where
        T: Clone + PartialEq + Send + Sync + 'static,
    {
        let ctx = *self;
        Memo::new(move |_| ctx.read(f))
    }

    /// Reads part of the visit without tracking (for event handlers).
    pub fn peek<T>(&self, f: impl FnOnce(&Visit) -> T) -> Option<T> {
        let id = self.id.get_untracked();
        self.app
            .list(self.practice)
            .with_untracked(|l| l.iter().find(|v| v.id == id).map(f))
    }

    /// Changes the visit, stamps the time of the edit, and saves it (real
    /// visits only) within the autosave delay.
    pub fn update(&self, f: impl FnOnce(&mut Visit)) {
        let id = self.id.get_untracked();
        self.app.list(self.practice).update(|l| {
            if let Some(v) = l.iter_mut().find(|v| v.id == id) {
                f(v);
                v.updated_ms = now_ms();
            }
        });
        if !self.practice {
            session::mark_dirty(self.app, &id);
        }
    }

    pub fn href(&self, step: Step, from_check: bool) -> String {
        step_href(self.practice, &self.id.get_untracked(), step, from_check)
    }
}
