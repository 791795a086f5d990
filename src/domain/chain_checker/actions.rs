//! Actions: one for each weak answer, a "find out" for each Not sure, and
//! the order they are shown in (red flags, then exposure and weight).

use super::{
    answer::Answer,
    bank::{Question, Scale},
    check::Check,
    score::{is_red_flag, themes_for, Exposure},
};
use crate::domain::order::sort_by_key;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A red flag: follow the Act now steps.
    ActNow,
    /// A weak answer: do this.
    Improve,
    /// "Not sure": find out.
    FindOut,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub question: &'static Question,
    pub kind: Kind,
    pub text: &'static str,
    /// Higher first.
    pub priority: u32,
}

/// How the order is decided, for the scoring page.
pub const ORDER_RULE: &str = "Actions are listed red flags first. The rest are ordered by the theme's weight times how far the answer falls short of the best answer; for the themes about where and how you buy and recruit (know your chain, risk assessment, contracts and purchasing, recruitment), that is multiplied by 1 for Low, 2 for Medium and 3 for High exposure. The top five go in the board report.";

/// Whether an answer is weak: it gets an action.
pub fn is_weak(q: &Question, a: Answer) -> bool {
    match (q.scale, a) {
        (_, Answer::NotSure) => true,
        (Scale::YesNo, Answer::Yes) => false,
        (Scale::YesNo, _) => true,
        (Scale::Maturity, Answer::Level(l)) => l < 2,
        (Scale::RedFlag, Answer::No) => false,
        (Scale::RedFlag, _) => true,
        _ => false,
    }
}

/// Every action this check calls for, most pressing first.
pub fn actions(check: &Check, exposure: Exposure) -> Vec<Action> {
    let boost = match exposure {
        Exposure::Low => 1,
        Exposure::Medium => 2,
        Exposure::High => 3,
    };
    let mut out = Vec::new();
    for theme in themes_for(check) {
        for q in super::bank::questions_in(theme.id) {
            let Some(&a) = check.answers.get(q.id) else {
                continue;
            };
            if !is_weak(q, a) {
                continue;
            }
            let max = q.scale.max();
            let shortfall = (max - q.scale.points(a).unwrap_or(0)) * 100 / max;
            let mut priority = theme.weight * shortfall;
            if theme.follows_exposure {
                priority *= boost;
            }
            let (kind, text) = if is_red_flag(q, Some(a)) {
                priority = u32::MAX;
                if a == Answer::NotSure {
                    (Kind::ActNow, q.find_out)
                } else {
                    (Kind::ActNow, q.weak_action)
                }
            } else if a == Answer::NotSure {
                (Kind::FindOut, q.find_out)
            } else {
                (Kind::Improve, q.weak_action)
            };
            out.push(Action {
                question: q,
                kind,
                text,
                priority,
            });
        }
    }
    // A stable sort keeps the bank's order among equals.
    sort_by_key(&mut out, |a| u32::MAX - a.priority);
    out
}

/// The five the board report leads with.
pub fn top_five(check: &Check, exposure: Exposure) -> Vec<Action> {
    let mut all = actions(check, exposure);
    all.truncate(5);
    all
}
