//! The question bank, compiled from content/chain-checker/ by build.rs (which
//! checks it: every question has a source, a weak-answer action and a
//! "find out" action; every theme has questions; every tag is known).

use super::answer::Answer;
use crate::domain::source::Source;

/// How a question is answered and scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// Yes 2 / Partly 1 / No 0 / Not sure 0.
    YesNo,
    /// 0 none / 1 planned / 2 in place for own operations and Tier 1 /
    /// 3 evidenced beyond Tier 1 with outcomes; Not sure 0.
    Maturity,
    /// No 2 / Yes 0 / Not sure 0: "Yes" or "Not sure" gives Act now.
    RedFlag,
}

impl Scale {
    /// The answers offered, in the order shown, with their labels.
    pub fn options(self) -> &'static [(Answer, &'static str)] {
        match self {
            Scale::YesNo => &[
                (Answer::Yes, "Yes"),
                (Answer::Partly, "Partly"),
                (Answer::No, "No"),
                (Answer::NotSure, "Not sure"),
            ],
            Scale::Maturity => &[
                (Answer::Level(0), "Not in place"),
                (Answer::Level(1), "Planned or started"),
                (
                    Answer::Level(2),
                    "In place for our own operations and Tier 1",
                ),
                (Answer::Level(3), "Evidenced beyond Tier 1, with outcomes"),
                (Answer::NotSure, "Not sure"),
            ],
            Scale::RedFlag => &[
                (Answer::No, "No"),
                (Answer::Yes, "Yes"),
                (Answer::NotSure, "Not sure"),
            ],
        }
    }

    pub fn max(self) -> u32 {
        match self {
            Scale::Maturity => 3,
            _ => 2,
        }
    }

    /// Points for an answer; `None` when the answer does not belong to the scale.
    pub fn points(self, a: Answer) -> Option<u32> {
        match (self, a) {
            (_, Answer::NotSure) => Some(0),
            (Scale::YesNo, Answer::Yes) => Some(2),
            (Scale::YesNo, Answer::Partly) => Some(1),
            (Scale::YesNo, Answer::No) => Some(0),
            (Scale::Maturity, Answer::Level(l)) if l <= 3 => Some(u32::from(l)),
            (Scale::RedFlag, Answer::No) => Some(2),
            (Scale::RedFlag, Answer::Yes) => Some(0),
            _ => None,
        }
    }

    /// The label of an answer on this scale.
    pub fn label(self, a: Answer) -> &'static str {
        self.options()
            .iter()
            .find(|(o, _)| *o == a)
            .map(|(_, l)| *l)
            .unwrap_or("")
    }

    pub fn name(self) -> &'static str {
        match self {
            Scale::YesNo => "Yes / Partly / No / Not sure",
            Scale::Maturity => "Maturity 0 to 3, or Not sure",
            Scale::RedFlag => "Red flag: No / Yes / Not sure",
        }
    }
}

/// What an exposure answer says about risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Risk {
    None,
    /// A high-risk industry or category from the procurement guidance's list.
    HighRisk,
    /// One of the other risk factors (location, buying practices).
    Indicator,
    /// A risk factor that is also a vulnerable workforce.
    Vulnerable,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ExposureOption {
    pub id: &'static str,
    pub label: &'static str,
    pub risk: Risk,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ExposureQuestion {
    pub id: &'static str,
    pub text: &'static str,
    pub hint: &'static str,
    /// Several options may be chosen.
    pub multi: bool,
    pub sources: &'static [&'static Source],
    pub options: &'static [ExposureOption],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Theme {
    /// A letter, B to K.
    pub id: &'static str,
    /// Its page in the check.
    pub slug: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    /// In tenths: 10 counts once, 15 one and a half times.
    pub weight: u32,
    /// Only for lenders and investors.
    pub finance: bool,
    /// Its actions rank higher the higher the exposure.
    pub follows_exposure: bool,
    pub sources: &'static [&'static Source],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub theme: &'static str,
    pub text: &'static str,
    pub hint: &'static str,
    pub scale: Scale,
    pub weak_action: &'static str,
    pub find_out: &'static str,
    pub sources: &'static [&'static Source],
    pub s54: &'static str,
    pub registry: &'static str,
    pub ktc: &'static str,
    /// A FAST goal, "1" to "5", for finance questions; empty otherwise.
    pub fast: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/chain_bank.rs"));

pub fn theme(id: &str) -> Option<&'static Theme> {
    THEMES.iter().find(|t| t.id == id)
}

pub fn theme_by_slug(slug: &str) -> Option<&'static Theme> {
    THEMES.iter().find(|t| t.slug == slug)
}

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

pub fn exposure_question(id: &str) -> Option<&'static ExposureQuestion> {
    EXPOSURE.iter().find(|q| q.id == id)
}

pub fn questions_in(theme: &str) -> impl Iterator<Item = &'static Question> + '_ {
    QUESTIONS.iter().filter(move |q| q.theme == theme)
}

impl Question {
    pub fn theme(&self) -> &'static Theme {
        theme(self.theme).expect("every question's theme exists (checked at build)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bank_has_the_structure_of_the_reference() {
        assert_eq!(EXPOSURE.len(), 8);
        let core: Vec<_> = QUESTIONS.iter().filter(|q| !q.theme().finance).collect();
        assert_eq!(core.len(), 41);
        assert_eq!(core.iter().filter(|q| q.scale == Scale::RedFlag).count(), 4);
        assert_eq!(THEMES.iter().filter(|t| !t.finance).count(), 9);
        assert_eq!(QUESTIONS.len() - core.len(), 5);
        for t in THEMES {
            assert!(questions_in(t.id).count() > 0, "{}", t.id);
        }
    }

    #[test]
    fn recruitment_and_worker_voice_count_one_and_a_half_times() {
        for t in THEMES {
            let expected = if t.id == "F" || t.id == "G" { 15 } else { 10 };
            assert_eq!(t.weight, expected, "{}", t.id);
        }
    }

    #[test]
    fn every_answer_offered_scores_within_the_scale() {
        for s in [Scale::YesNo, Scale::Maturity, Scale::RedFlag] {
            for (a, label) in s.options() {
                assert!(s.points(*a).unwrap() <= s.max());
                assert!(!label.is_empty());
            }
            assert!(s.options().iter().any(|(a, _)| *a == Answer::NotSure));
        }
        assert_eq!(Scale::YesNo.points(Answer::Level(2)), None);
        assert_eq!(Scale::Maturity.points(Answer::Level(4)), None);
    }
}
