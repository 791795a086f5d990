//! The pages of a check, in order, as data: exposure first, one page per
//! theme (finance only for lenders and investors), then Act now if a red
//! flag was answered, then the results and the board report.

use super::{
    bank::{theme_by_slug, Theme},
    check::Check,
    score::{assess, themes_for},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Exposure,
    Theme(&'static Theme),
    ActNow,
    Results,
    Report,
}

impl Step {
    pub fn slug(self) -> &'static str {
        match self {
            Step::Exposure => "exposure",
            Step::Theme(t) => t.slug,
            Step::ActNow => "act-now",
            Step::Results => "results",
            Step::Report => "report",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        Some(match s {
            "exposure" => Step::Exposure,
            "act-now" => Step::ActNow,
            "results" => Step::Results,
            "report" => Step::Report,
            s => Step::Theme(theme_by_slug(s)?),
        })
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Exposure => "Your exposure",
            Step::Theme(t) => t.title,
            Step::ActNow => "Act now",
            Step::Results => "Results and actions",
            Step::Report => "Board report",
        }
    }
}

/// The pages a user answers questions on, in order.
pub fn question_steps(check: &Check) -> Vec<Step> {
    let mut out = vec![Step::Exposure];
    out.extend(themes_for(check).map(Step::Theme));
    out
}

/// Every page of this check, in order.
pub fn steps(check: &Check) -> Vec<Step> {
    let mut out = question_steps(check);
    if !assess(check).red_flags.is_empty() {
        out.push(Step::ActNow);
    }
    out.push(Step::Results);
    out.push(Step::Report);
    out
}

pub fn next(check: &Check, step: Step) -> Option<Step> {
    let all = steps(check);
    let i = all.iter().position(|s| *s == step)?;
    all.get(i + 1).copied()
}

pub fn previous(check: &Check, step: Step) -> Option<Step> {
    let all = steps(check);
    let i = all.iter().position(|s| *s == step)?;
    i.checked_sub(1).and_then(|i| all.get(i).copied())
}

/// Where "Continue" takes a user back to: the page they last saved, if it
/// still applies, or the start.
pub fn resume(check: &Check) -> Step {
    Step::from_slug(&check.step)
        .filter(|s| steps(check).contains(s))
        .unwrap_or(Step::Exposure)
}

pub fn href(id: &str, step: Step) -> String {
    crate::domain::address::Address::ChainStep {
        id: id.into(),
        step,
    }
    .path()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::chain_checker::{answer::Answer, bank::THEMES};

    #[test]
    fn exposure_first_then_themes_then_results() {
        let mut c = Check::new("x", "", "");
        let s = steps(&c);
        assert_eq!(s[0], Step::Exposure);
        assert_eq!(s.len(), 1 + 9 + 2);
        assert!(!s.iter().any(|s| matches!(s, Step::Theme(t) if t.finance)));
        c.set_exposure("A8", vec!["yes".into()]);
        assert!(steps(&c).contains(&Step::Theme(&THEMES[9])));
        c.set_answer("I4", Answer::Yes);
        let s = steps(&c);
        let act = s.iter().position(|s| *s == Step::ActNow).unwrap();
        assert_eq!(s[act + 1], Step::Results);
        assert_eq!(next(&c, Step::Exposure), Some(Step::Theme(&THEMES[0])));
        assert_eq!(previous(&c, Step::Exposure), None);
    }

    #[test]
    fn resume_goes_to_the_saved_page_if_it_still_applies() {
        let mut c = Check::new("x", "", "");
        c.step = "monitoring".into();
        assert_eq!(resume(&c).slug(), "monitoring");
        c.step = "finance".into();
        assert_eq!(resume(&c), Step::Exposure);
        for s in steps(&c) {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
        }
    }
}
