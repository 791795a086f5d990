//! What changed since the check this one was copied from.

use super::{
    answer::Answer,
    bank::{Question, QUESTIONS},
    check::Check,
    score::{assess, Band},
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changes {
    /// When the earlier check was made.
    pub since: String,
    pub band: (Band, Band),
    pub overall: (u32, u32),
    /// Theme title, score then, score now: only themes that changed.
    pub themes: Vec<(&'static str, u32, u32)>,
    /// Question, answer then, answer now.
    pub answers: Vec<(&'static Question, Option<Answer>, Option<Answer>)>,
}

pub fn what_changed(check: &Check) -> Option<Changes> {
    let base = check.baseline.as_ref()?;
    let before = Check {
        exposure: base.exposure.clone(),
        answers: base.answers.clone(),
        ..Check::default()
    };
    let (then, now) = (assess(&before), assess(check));
    let themes = now
        .themes
        .iter()
        .filter_map(|t| {
            let old = then
                .themes
                .iter()
                .find(|o| o.theme.id == t.theme.id)
                .map_or(0, |o| o.percent);
            (old != t.percent).then_some((t.theme.title, old, t.percent))
        })
        .collect();
    let answers = QUESTIONS
        .iter()
        .filter_map(|q| {
            let (a, b) = (
                base.answers.get(q.id).copied(),
                check.answers.get(q.id).copied(),
            );
            (a != b).then_some((q, a, b))
        })
        .collect();
    Some(Changes {
        since: base.date.clone(),
        band: (then.band, now.band),
        overall: (then.overall, now.overall),
        themes,
        answers,
    })
}
