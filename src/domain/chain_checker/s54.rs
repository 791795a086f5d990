//! The section 54 statement checklist: which of the six recommended areas,
//! and which registry fields, this check's answers let an organisation
//! evidence, and which not yet.

use super::{
    answer::Answer,
    bank::{Question, Scale, QUESTIONS},
    check::Check,
    tags::{REGISTRY_FIELDS, S54_AREAS},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// Every question tagged with the area has a strong answer.
    Can,
    /// Some do.
    Partly,
    /// None do yet.
    NotYet,
}

impl Evidence {
    pub fn label(self) -> &'static str {
        match self {
            Evidence::Can => "Can evidence",
            Evidence::Partly => "Partly",
            Evidence::NotYet => "Cannot evidence yet",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    pub id: &'static str,
    pub label: &'static str,
    pub evidence: Evidence,
    /// Questions whose answers can be evidenced.
    pub strong: Vec<&'static Question>,
    /// Questions that cannot yet.
    pub gaps: Vec<&'static Question>,
}

/// The rule, for the scoring page.
pub const RULE: &str = "For organisations at or above £36 million turnover (or not sure), each of the six areas a statement is recommended to cover, and each registry field, lists the questions tagged with it. An answer can be evidenced when it is Yes, a maturity of 2 or 3, or No to a red flag. An area can be evidenced when all its answers can, partly when some can, and not yet when none can.";

/// A strong answer: one a statement can point to.
pub fn is_strong(q: &Question, a: Option<Answer>) -> bool {
    match (q.scale, a) {
        (Scale::YesNo, Some(Answer::Yes)) => true,
        (Scale::Maturity, Some(Answer::Level(l))) => l >= 2,
        (Scale::RedFlag, Some(Answer::No)) => true,
        _ => false,
    }
}

fn areas(
    check: &Check,
    list: &[(&'static str, &'static str)],
    tag: fn(&Question) -> &str,
) -> Vec<Area> {
    list.iter()
        .map(|(id, label)| {
            let (mut strong, mut gaps) = (Vec::new(), Vec::new());
            for q in QUESTIONS
                .iter()
                .filter(|q| tag(q) == *id && (!q.theme().finance || check.is_lender()))
            {
                if is_strong(q, check.answers.get(q.id).copied()) {
                    strong.push(q);
                } else {
                    gaps.push(q);
                }
            }
            let evidence = match (strong.is_empty(), gaps.is_empty()) {
                (false, true) => Evidence::Can,
                (false, false) => Evidence::Partly,
                _ => Evidence::NotYet,
            };
            Area {
                id,
                label,
                evidence,
                strong,
                gaps,
            }
        })
        .collect()
}

/// The six s54 areas; `None` when the organisation is below £36 million.
pub fn statement_areas(check: &Check) -> Option<Vec<Area>> {
    check
        .in_s54_scope()
        .then(|| areas(check, &S54_AREAS, |q| q.s54))
}

/// The registry's "statement includes" fields.
pub fn registry_fields(check: &Check) -> Option<Vec<Area>> {
    check
        .in_s54_scope()
        .then(|| areas(check, &REGISTRY_FIELDS, |q| q.registry))
}
