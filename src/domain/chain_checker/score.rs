//! Scoring: exposure and maturity are kept apart; a red flag overrides both.
//! The rules are stated in words by `RULES`, which the scoring page shows.

use super::{
    answer::Answer,
    bank::{questions_in, Question, Risk, Scale, Theme, QUESTIONS, THEMES},
    check::Check,
};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exposure {
    Low,
    Medium,
    High,
}

impl Exposure {
    pub fn label(self) -> &'static str {
        match self {
            Exposure::Low => "Low",
            Exposure::Medium => "Medium",
            Exposure::High => "High",
        }
    }
}

/// The band, worst first, so `Ord` says which is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    ActNow,
    GettingStarted,
    Developing,
    Established,
    Leading,
}

impl Band {
    pub fn label(self) -> &'static str {
        match self {
            Band::ActNow => "Act now",
            Band::GettingStarted => "Getting started",
            Band::Developing => "Developing",
            Band::Established => "Established",
            Band::Leading => "Leading",
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            Band::ActNow => "A red-flag answer needs action now, whatever the score.",
            Band::GettingStarted => "The basics are not yet in place: name an owner, adopt a policy, map Tier 1 and start a risk assessment.",
            Band::Developing => "Some practice is in place: extend mapping beyond Tier 1, strengthen contracts and recruitment, and give workers a voice.",
            Band::Established => "Practice is in place for your own operations and Tier 1: add independent monitoring and outcome KPIs.",
            Band::Leading => "Practice is evidenced with outcomes: keep looking, publish what you find and fix, and show the effect on workers.",
        }
    }
}

/// The rules, in words, next to the code that applies them.
pub const RULES: &[(&str, &str)] = &[
    ("Exposure", "Exposure is Low, Medium or High and is never added to the score. High: a high-risk sector or category (from the government's procurement guidance) together with agency, subcontracted, migrant, seasonal, night-shift or isolated workers, or not being sure about them. Medium: a high-risk sector or category, or two or more other risk factors (location, workforce, buying practices, or \"Not sure\" about them). Low: anything else. Two or more risk factors mean the risk should be assessed further."),
    ("Theme score", "Each theme's score is its points as a percentage of the most it could have. Yes scores 2, Partly 1, No 0. Maturity questions score 0 to 3. A red-flag question scores 2 for No and 0 for Yes. Not sure, or no answer, scores 0."),
    ("Overall score", "The overall score is the weighted mean of the theme scores, rounded. Recruitment and Worker voice count one and a half times, because they are among the weakest themes in the KnowTheChain benchmarks. The finance theme counts only for lenders and investors."),
    ("Act now", "Any red-flag answer of Yes or Not sure gives Act now, whatever the score, and the Act now screen comes first."),
    ("Bands", "Without a red flag: Getting started below 25%, or below 50% when exposure is High; Developing from 25% to 59%; Established from 60% to 84%; Leading from 85%."),
    ("No pass mark", "There is no pass mark, and no score means that a supply chain is free of modern slavery. The Home Office says that organisations finding no cases are probably not looking hard enough."),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeScore {
    pub theme: &'static Theme,
    pub points: u32,
    pub max: u32,
    /// 0 to 100.
    pub percent: u32,
    pub answered: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub exposure: Exposure,
    /// How many exposure questions name a risk factor.
    pub risk_factors: usize,
    pub themes: Vec<ThemeScore>,
    /// 0 to 100.
    pub overall: u32,
    pub band: Band,
    /// Red-flag questions answered Yes or Not sure.
    pub red_flags: Vec<&'static Question>,
    pub finance: bool,
    pub unanswered: usize,
}

impl Outcome {
    pub fn assess_further(&self) -> bool {
        self.risk_factors >= 2
    }
}

pub fn exposure(check: &Check) -> (Exposure, usize) {
    let risks = check.exposure_risks();
    let high = risks.iter().any(|(_, r)| *r == Risk::HighRisk);
    let vulnerable = risks.iter().any(|(_, r)| *r == Risk::Vulnerable);
    let factors = risks.iter().map(|(q, _)| *q).collect::<BTreeSet<_>>().len();
    let level = if high && vulnerable {
        Exposure::High
    } else if high || factors >= 2 {
        Exposure::Medium
    } else {
        Exposure::Low
    };
    (level, factors)
}

/// The themes that apply to this check.
pub fn themes_for(check: &Check) -> impl Iterator<Item = &'static Theme> + '_ {
    THEMES
        .iter()
        .filter(move |t| !t.finance || check.is_lender())
}

pub fn is_red_flag(q: &Question, a: Option<Answer>) -> bool {
    q.scale == Scale::RedFlag && matches!(a, Some(Answer::Yes | Answer::NotSure))
}

pub fn theme_score(check: &Check, theme: &'static Theme) -> ThemeScore {
    let (mut points, mut max, mut answered, mut total) = (0, 0, 0, 0);
    for q in questions_in(theme.id) {
        total += 1;
        max += q.scale.max();
        if let Some(a) = check.answers.get(q.id) {
            answered += 1;
            points += q.scale.points(*a).unwrap_or(0);
        }
    }
    ThemeScore {
        theme,
        points,
        max,
        percent: percent(points, max),
        answered,
        total,
    }
}

fn percent(points: u32, max: u32) -> u32 {
    (points * 100 + max / 2).checked_div(max).unwrap_or(0)
}

pub fn band(overall: u32, exposure: Exposure, red_flag: bool) -> Band {
    if red_flag {
        Band::ActNow
    } else if overall < 25 || (exposure == Exposure::High && overall < 50) {
        Band::GettingStarted
    } else if overall < 60 {
        Band::Developing
    } else if overall < 85 {
        Band::Established
    } else {
        Band::Leading
    }
}

pub fn assess(check: &Check) -> Outcome {
    let (exposure, risk_factors) = exposure(check);
    let themes: Vec<ThemeScore> = themes_for(check).map(|t| theme_score(check, t)).collect();
    // The weighted mean of exact fractions, rounded once, so improving an
    // answer can never lower it.
    let (mut num, mut den) = (0u64, 0u64);
    let common: u64 = themes.iter().map(|t| u64::from(t.max.max(1))).product();
    for t in &themes {
        let w = u64::from(t.theme.weight);
        num += w * u64::from(t.points) * (common / u64::from(t.max.max(1)));
        den += w * common;
    }
    let overall = (num * 100 + den / 2).checked_div(den).unwrap_or(0) as u32;
    let finance = check.is_lender();
    let red_flags: Vec<&'static Question> = QUESTIONS
        .iter()
        .filter(|q| !q.theme().finance || finance)
        .filter(|q| is_red_flag(q, check.answers.get(q.id).copied()))
        .collect();
    let unanswered = themes.iter().map(|t| t.total - t.answered).sum();
    Outcome {
        exposure,
        risk_factors,
        band: band(overall, exposure, !red_flags.is_empty()),
        themes,
        overall,
        red_flags,
        finance,
        unanswered,
    }
}
