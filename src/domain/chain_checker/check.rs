//! One check: what an organisation answered, its notes and its action plan.
//! Kept on the device and exported as JSON (see `transfer`).

use super::{
    answer::Answer,
    bank::{exposure_question, question, ExposureQuestion, Risk, EXPOSURE},
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The owner and due date a user gives an action, and whether they have
/// acknowledged it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub acknowledged: bool,
    pub owner: String,
    /// YYYY-MM-DD, or empty.
    pub due: String,
}

/// The answers of an earlier check this one was copied from, to say what
/// changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    /// When the earlier check was made (YYYY-MM-DD).
    pub date: String,
    pub exposure: BTreeMap<String, Vec<String>>,
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub id: String,
    /// The organisation's name, as the user typed it.
    pub organisation: String,
    /// When the check was started (YYYY-MM-DD).
    pub date: String,
    /// Exposure question id → chosen option ids.
    pub exposure: BTreeMap<String, Vec<String>>,
    /// Maturity question id → answer.
    pub answers: BTreeMap<String, Answer>,
    /// Question id (exposure or maturity) → the user's note.
    pub notes: BTreeMap<String, String>,
    /// Question id → the plan for its action.
    pub plans: BTreeMap<String, Plan>,
    /// The last page the user saved, to resume there.
    pub step: String,
    pub baseline: Option<Baseline>,
}

impl Check {
    pub fn new(id: &str, organisation: &str, date: &str) -> Check {
        Check {
            id: id.into(),
            organisation: organisation.trim().into(),
            date: date.into(),
            ..Check::default()
        }
    }

    /// A new check for a re-check: the same answers, notes and plans, and the
    /// old answers kept to show what changed.
    pub fn recheck(&self, id: &str, date: &str) -> Check {
        Check {
            id: id.into(),
            date: date.into(),
            step: String::new(),
            baseline: Some(Baseline {
                date: self.date.clone(),
                exposure: self.exposure.clone(),
                answers: self.answers.clone(),
            }),
            ..self.clone()
        }
    }

    pub fn chosen(&self, exposure_id: &str) -> &[String] {
        self.exposure
            .get(exposure_id)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The labels of the options chosen for an exposure question, in the
    /// bank's order: what the report, its annex and the CSV show.
    pub fn chosen_labels(&self, q: &ExposureQuestion) -> Vec<&'static str> {
        let chosen = self.chosen(q.id);
        q.options
            .iter()
            .filter(|o| chosen.iter().any(|c| c == o.id))
            .map(|o| o.label)
            .collect()
    }

    /// Whether the finance module applies: the organisation lends or invests,
    /// or is not sure.
    pub fn is_lender(&self) -> bool {
        self.chosen("A8")
            .iter()
            .any(|o| o == "yes" || o == "not-sure")
    }

    /// Whether the s54 statement checklist applies (≥ £36m, or not sure).
    pub fn in_s54_scope(&self) -> bool {
        self.chosen("A1")
            .iter()
            .any(|o| o == "yes" || o == "not-sure")
    }

    /// Sets an exposure answer, keeping only known options (one for a
    /// single-choice question).
    pub fn set_exposure(&mut self, id: &str, options: Vec<String>) {
        let Some(q) = exposure_question(id) else {
            return;
        };
        let mut kept: Vec<String> = options
            .into_iter()
            .filter(|o| q.options.iter().any(|k| k.id == o))
            .collect();
        kept.dedup();
        if !q.multi {
            kept.truncate(1);
        }
        if kept.is_empty() {
            self.exposure.remove(id);
        } else {
            self.exposure.insert(id.into(), kept);
        }
    }

    /// Sets a maturity answer if it belongs to the question's scale.
    pub fn set_answer(&mut self, id: &str, answer: Answer) {
        if let Some(q) = question(id) {
            if q.scale.points(answer).is_some() {
                self.answers.insert(id.into(), answer);
            }
        }
    }

    /// Whether every exposure question has an answer.
    pub fn exposure_done(&self) -> bool {
        EXPOSURE.iter().all(|q| !self.chosen(q.id).is_empty())
    }

    /// The risks of the chosen exposure options.
    pub fn exposure_risks(&self) -> Vec<(&'static str, Risk)> {
        let mut out = Vec::new();
        for q in EXPOSURE {
            for o in q.options {
                if self.chosen(q.id).iter().any(|c| c == o.id) && o.risk != Risk::None {
                    out.push((q.id, o.risk));
                }
            }
        }
        out
    }
}
