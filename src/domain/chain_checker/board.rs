//! The board report as plain data: what the results page and the printed
//! report show, worked out once from a check. The UI renders it with
//! components (user text only ever as text); the golden tests compare it.

use super::{
    actions::{actions, Kind},
    bank::{questions_in, Risk, EXPOSURE},
    check::Check,
    diff::what_changed,
    s54::{registry_fields, statement_areas, Area},
    score::{assess, Band, Exposure},
    tags::{label, FAST_GOALS, KTC_THEMES, REGISTRY_FIELDS, S54_AREAS},
};

/// The limits of a self-assessment, in the report's annex and on the
/// results page.
pub const LIMITS: &[&str] = &[
    "This is a self-assessment, not an audit or a certification: it shows what the organisation says it does.",
    "No score means that a supply chain is free of modern slavery, and there is no pass mark.",
    "The answers were kept on the device they were entered on; this report was made there.",
];

/// The limits in one line, for the report's one-page summary; the annex
/// gives them in full.
pub const LIMITS_IN_BRIEF: &str = "A self-assessment, not an audit: it shows what the organisation says it does. No score means a supply chain is free of modern slavery, and there is no pass mark. The annex sets out the limits.";

/// Suggested KPIs for the next statement.
pub const KPIS: &[&str] = &[
    "Share of high-risk suppliers assessed this year",
    "Recruitment fees found and repaid to workers",
    "Grievances received from supply-chain workers, and resolved",
    "Staff trained, by role (buyers, HR, site managers)",
];

/// A theme's s54 areas, registry fields and KnowTheChain themes: the
/// labels its questions are tagged with, each once, in question order.
pub fn theme_tags(theme_id: &str) -> (Vec<&'static str>, Vec<&'static str>, Vec<&'static str>) {
    let mut s54 = Vec::new();
    let mut reg = Vec::new();
    let mut ktc = Vec::new();
    for q in questions_in(theme_id) {
        for (list, tags, id) in [
            (&mut s54, &S54_AREAS[..], q.s54),
            (&mut reg, &REGISTRY_FIELDS[..], q.registry),
            (&mut ktc, &KTC_THEMES[..], q.ktc),
        ] {
            let l = label(tags, id);
            if !list.contains(&l) {
                list.push(l);
            }
        }
    }
    (s54, reg, ktc)
}

/// How many exposure questions can name a risk factor.
pub fn risk_questions() -> usize {
    EXPOSURE
        .iter()
        .filter(|q| q.options.iter().any(|o| o.risk != Risk::None))
        .count()
}

/// A red flag answered Yes or Not sure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedFlag {
    pub id: &'static str,
    pub text: &'static str,
    pub answer: &'static str,
}

/// Band, exposure, red flags and the overall score: what a board reads first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub band: Band,
    pub exposure: Exposure,
    pub risk_factors: usize,
    pub risk_questions: usize,
    pub assess_further: bool,
    pub red_flags: Vec<RedFlag>,
    pub overall: u32,
    pub unanswered: usize,
}

/// One theme's score and what it maps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeRow {
    pub id: &'static str,
    pub title: &'static str,
    pub percent: u32,
    pub points: u32,
    pub max: u32,
    pub answered: usize,
    pub total: usize,
    pub s54: Vec<&'static str>,
    pub registry: Vec<&'static str>,
    pub ktc: Vec<&'static str>,
}

impl ThemeRow {
    pub fn name(&self) -> String {
        format!("{} {}", self.id, self.title)
    }
}

/// One row of the statement checklist: an s54 area or a registry field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceRow {
    pub label: &'static str,
    pub evidence: &'static str,
    pub can: Vec<&'static str>,
    pub gaps: Vec<&'static str>,
}

impl From<&Area> for EvidenceRow {
    fn from(a: &Area) -> EvidenceRow {
        EvidenceRow {
            label: a.label,
            evidence: a.evidence.label(),
            can: a.strong.iter().map(|q| q.id).collect(),
            gaps: a.gaps.iter().map(|q| q.id).collect(),
        }
    }
}

/// What the next s54 statement can evidence (only when in scope).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub areas: Vec<EvidenceRow>,
    pub fields: Vec<EvidenceRow>,
}

/// An action, with the owner, due date and acknowledgement the user gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRow {
    pub question: &'static str,
    pub question_text: &'static str,
    pub kind: Kind,
    pub text: &'static str,
    pub owner: String,
    pub due: String,
    pub acknowledged: bool,
}

/// One answer that differs from the earlier check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    pub id: &'static str,
    pub text: &'static str,
    pub then: &'static str,
    pub now: &'static str,
}

/// Change since the check this one was copied from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub since: String,
    pub band: (Band, Band),
    pub overall: (u32, u32),
    pub themes: Vec<(&'static str, u32, u32)>,
    pub answers: Vec<AnswerChange>,
}

/// One question in the annex, with what was answered and any note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexRow {
    pub id: &'static str,
    pub text: &'static str,
    /// The answer's label (the options chosen, for exposure); `None` when
    /// not answered.
    pub answer: Option<String>,
    /// Points scored, when answered; exposure questions score none.
    pub points: Option<u32>,
    /// The most points the question can score; `None` for exposure.
    pub max: Option<u32>,
    /// The FAST goal a finance question serves, as "FAST goal 2: …".
    pub fast: Option<String>,
    pub note: Option<String>,
}

impl AnnexRow {
    pub fn answer_or_not(&self) -> &str {
        self.answer.as_deref().unwrap_or("Not answered")
    }
}

/// The exposure questions, or one theme's questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexSection {
    /// "A Exposure", "B Commitment and governance"…
    pub name: String,
    /// The theme's score; `None` for exposure.
    pub percent: Option<u32>,
    pub rows: Vec<AnnexRow>,
}

impl AnnexSection {
    pub fn heading(&self) -> String {
        match self.percent {
            Some(p) => format!("{}: {p}%", self.name),
            None => self.name.clone(),
        }
    }
}

/// Everything on the results page and in the board report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    /// The organisation as typed, or "Your organisation".
    pub organisation: String,
    pub date: String,
    pub headline: Headline,
    pub themes: Vec<ThemeRow>,
    pub statement: Option<Statement>,
    /// Every action, in order: the first five are the board's.
    pub actions: Vec<ActionRow>,
    pub change: Option<Change>,
    pub kpis: &'static [&'static str],
    pub limits: &'static [&'static str],
    pub limits_in_brief: &'static str,
    pub annex: Vec<AnnexSection>,
}

impl Board {
    /// The five the board report leads with (as `actions::top_five`).
    pub fn top_five(&self) -> &[ActionRow] {
        &self.actions[..self.actions.len().min(5)]
    }
}

fn note(check: &Check, id: &str) -> Option<String> {
    check
        .notes
        .get(id)
        .filter(|n| !n.trim().is_empty())
        .cloned()
}

pub fn board(check: &Check) -> Board {
    let o = assess(check);
    let headline = Headline {
        band: o.band,
        exposure: o.exposure,
        risk_factors: o.risk_factors,
        risk_questions: risk_questions(),
        assess_further: o.assess_further(),
        red_flags: o
            .red_flags
            .iter()
            .map(|q| RedFlag {
                id: q.id,
                text: q.text,
                answer: check
                    .answers
                    .get(q.id)
                    .map(|a| q.scale.label(*a))
                    .unwrap_or(""),
            })
            .collect(),
        overall: o.overall,
        unanswered: o.unanswered,
    };
    let themes = o
        .themes
        .iter()
        .map(|t| {
            let (s54, registry, ktc) = theme_tags(t.theme.id);
            ThemeRow {
                id: t.theme.id,
                title: t.theme.title,
                percent: t.percent,
                points: t.points,
                max: t.max,
                answered: t.answered,
                total: t.total,
                s54,
                registry,
                ktc,
            }
        })
        .collect();
    let statement = statement_areas(check)
        .zip(registry_fields(check))
        .map(|(areas, fields)| Statement {
            areas: areas.iter().map(EvidenceRow::from).collect(),
            fields: fields.iter().map(EvidenceRow::from).collect(),
        });
    let action_rows = actions(check, o.exposure)
        .into_iter()
        .map(|a| {
            let plan = check.plans.get(a.question.id).cloned().unwrap_or_default();
            ActionRow {
                question: a.question.id,
                question_text: a.question.text,
                kind: a.kind,
                text: a.text,
                owner: plan.owner.trim().to_string(),
                due: plan.due,
                acknowledged: plan.acknowledged,
            }
        })
        .collect::<Vec<_>>();
    let change = what_changed(check).map(|c| Change {
        since: c.since,
        band: c.band,
        overall: c.overall,
        themes: c.themes,
        answers: c
            .answers
            .iter()
            .map(|(q, a, b)| AnswerChange {
                id: q.id,
                text: q.text,
                then: a.map(|a| q.scale.label(a)).unwrap_or("Not answered"),
                now: b.map(|b| q.scale.label(b)).unwrap_or("Not answered"),
            })
            .collect(),
    });
    let mut annex = vec![AnnexSection {
        name: "A Exposure".into(),
        percent: None,
        rows: EXPOSURE
            .iter()
            .map(|q| {
                let chosen = check.chosen_labels(q);
                AnnexRow {
                    id: q.id,
                    text: q.text,
                    answer: (!chosen.is_empty()).then(|| chosen.join("; ")),
                    points: None,
                    max: None,
                    fast: None,
                    note: note(check, q.id),
                }
            })
            .collect(),
    }];
    for t in &o.themes {
        annex.push(AnnexSection {
            name: format!("{} {}", t.theme.id, t.theme.title),
            percent: Some(t.percent),
            rows: questions_in(t.theme.id)
                .map(|q| {
                    let a = check.answers.get(q.id).copied();
                    AnnexRow {
                        id: q.id,
                        text: q.text,
                        answer: a.map(|a| q.scale.label(a).to_string()),
                        points: a.and_then(|a| q.scale.points(a)),
                        max: Some(q.scale.max()),
                        fast: (!q.fast.is_empty()).then(|| {
                            format!("FAST goal {}: {}", q.fast, label(&FAST_GOALS, q.fast))
                        }),
                        note: note(check, q.id),
                    }
                })
                .collect(),
        });
    }
    Board {
        organisation: if check.organisation.trim().is_empty() {
            "Your organisation".into()
        } else {
            check.organisation.trim().to_string()
        },
        date: check.date.clone(),
        headline,
        themes,
        statement,
        actions: action_rows,
        change,
        kpis: KPIS,
        limits: LIMITS,
        limits_in_brief: LIMITS_IN_BRIEF,
        annex,
    }
}
