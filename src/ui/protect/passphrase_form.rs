//! What every passphrase form shares: one problem at a time, named by its
//! field (for the error summary and the field's own message), and a busy
//! flag so a second tap does not start a second key stretch.

use leptos::{prelude::*, task::spawn_local};
use std::future::Future;

/// A problem with a form: the field's id and the message.
pub type Problem = Option<(&'static str, String)>;

#[derive(Clone, Copy)]
pub struct PassphraseForm {
    pub problem: RwSignal<Problem>,
    pub busy: RwSignal<bool>,
    /// The field the error summary links to when there is no problem yet.
    first_field: &'static str,
}

impl PassphraseForm {
    pub fn new(first_field: &'static str) -> Self {
        PassphraseForm {
            problem: RwSignal::new(None),
            busy: RwSignal::new(false),
            first_field,
        }
    }

    /// The message for one field, if the problem is there.
    pub fn error_on(self, field: &'static str) -> Signal<Option<String>> {
        Signal::derive(move || {
            self.problem
                .get()
                .filter(|(f, _)| *f == field)
                .map(|(_, m)| m)
        })
    }

    pub fn summary(self) -> Signal<Option<String>> {
        Signal::derive(move || self.problem.get().map(|(_, m)| m))
    }

    pub fn summary_field(self) -> Signal<&'static str> {
        let first = self.first_field;
        Signal::derive(move || self.problem.get().map(|(f, _)| f).unwrap_or(first))
    }

    pub fn fail(self, field: &'static str, message: impl Into<String>) {
        self.problem.set(Some((field, message.into())));
    }

    /// Shows `found` if there is a problem; otherwise runs `work` once, busy
    /// until it ends. Does nothing while already busy.
    pub fn submit<F>(self, found: Problem, work: impl FnOnce() -> F)
    where
        F: Future<Output = ()> + 'static,
    {
        if self.busy.get_untracked() {
            return;
        }
        let ok = found.is_none();
        self.problem.set(found);
        if !ok {
            return;
        }
        self.busy.set(true);
        let task = work();
        spawn_local(async move {
            task.await;
            self.busy.set(false);
        });
    }

    /// For a submit button: `aria-disabled` while busy.
    pub fn aria_busy(self) -> impl Fn() -> Option<&'static str> + Copy {
        move || self.busy.get().then_some("true")
    }
}
