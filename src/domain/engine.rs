//! The decision engine: a pure function from a visit's answers to an
//! assessment — immediate danger, whether a child may be involved, the level of
//! concern, and the routes, each with its reasons.
//!
//! It never says that someone is or is not a victim: it reports indicators and
//! what to do about them.

pub use super::findings::{forms_of, Finding};
use super::{
    catalogue::{indicator, Form, Group, Indicator, Strength},
    nation::Nation,
    visit::{Answers, GroupAnswer, YesNoUnsure},
};

/// The level of concern. Ordered: a later variant is a higher level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    NoIndicators,
    SomeIndicators,
    Significant,
    High,
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::NoIndicators => "No indicators recorded",
            Level::SomeIndicators => "Some indicators",
            Level::Significant => "Significant concern",
            Level::High => "High concern",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Level::NoIndicators => "none",
            Level::SomeIndicators => "some",
            Level::Significant => "significant",
            Level::High => "high",
        }
    }
}

/// The combination rule, in one paragraph. The "How the wizard decides" page
/// shows this text, and the tests below hold the code to it.
pub const LEVEL_RULE: &str = "Each observation on the checklist is graded strong, medium or weak, \
following the ILO and European Commission operational indicators (2009) where an indicator maps \
to them. With no observations the level is 'no indicators recorded'; with any observation it is \
at least 'some indicators'. It is 'significant concern' when the observations include two strong; \
or one strong and one other; or three medium; or two medium and one weak (the ILO/EC combination, \
applied here to everything recorded on the visit); or any red flag; or any observation at all \
when someone may be under 18, because for a child no force, threat or deception needs to be \
shown. It is 'high concern' when there are two red flags, or a red flag and any other \
observation, or three strong observations. Items that record the same fact from two pages (no \
protective equipment, people sleeping where they work, overcrowded sleeping) count once, at the \
strongest. Recording another observation can only keep the level or raise it. Immediate danger \
is separate: it always comes first, whatever the level; and when someone may be under 18 and \
someone is in immediate danger, the level is at least 'significant concern'.";

/// What kind of action a route is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RouteKind {
    Emergency,
    ChildrensServices,
    Police,
    NrmReferral,
    DutyToNotify,
    NrmOrDutyToNotify,
    SupportReferral,
    LabourAuthority,
    AdultSafeguarding,
    Helpline,
    Anonymous,
    /// Scotland: the council's social work services, a first responder.
    SocialWork,
    /// A possible child: specialist advice on child trafficking (NSPCC CTAC).
    ChildTraffickingAdvice,
    /// Nothing to refer on what was recorded: keep the record.
    RecordOnly,
}

impl RouteKind {
    /// A stable id for pages and tests.
    pub fn id(self) -> &'static str {
        match self {
            RouteKind::Emergency => "emergency",
            RouteKind::ChildrensServices => "childrens-services",
            RouteKind::Police => "police",
            RouteKind::NrmReferral => "nrm-referral",
            RouteKind::DutyToNotify => "duty-to-notify",
            RouteKind::NrmOrDutyToNotify => "nrm-or-duty-to-notify",
            RouteKind::SupportReferral => "support",
            RouteKind::LabourAuthority => "labour-authority",
            RouteKind::AdultSafeguarding => "adult-safeguarding",
            RouteKind::Helpline => "helpline",
            RouteKind::Anonymous => "anonymous",
            RouteKind::SocialWork => "social-work",
            RouteKind::ChildTraffickingAdvice => "child-trafficking-advice",
            RouteKind::RecordOnly => "record-only",
        }
    }

    /// The place of a route in the list: lower comes first. 999 first, then
    /// children's services, the police, the referral decision, a route for a
    /// particular form, adult safeguarding, support, keep the record, specialist
    /// advice and the helpline, anonymous reporting.
    pub fn rank(self) -> u8 {
        match self {
            RouteKind::Emergency => 0,
            RouteKind::ChildrensServices => 1,
            RouteKind::Police => 2,
            RouteKind::NrmReferral
            | RouteKind::DutyToNotify
            | RouteKind::NrmOrDutyToNotify
            | RouteKind::SocialWork => 3,
            RouteKind::LabourAuthority => 4,
            RouteKind::AdultSafeguarding => 5,
            RouteKind::SupportReferral => 6,
            RouteKind::RecordOnly => 7,
            RouteKind::ChildTraffickingAdvice | RouteKind::Helpline => 8,
            RouteKind::Anonymous => 9,
        }
    }
}

pub use super::routing::Route;

#[derive(Debug, Clone)]
pub struct Assessment {
    pub nation: Nation,
    /// `Yes` or `NotSure` put 999 first.
    pub danger: Option<YesNoUnsure>,
    /// Anyone who appears under 18, or whose age is unknown (MSA s51).
    pub child: bool,
    pub level: Level,
    /// Why this level, citing the counts and red flags.
    pub level_reasons: Vec<String>,
    /// What was recorded, strongest first.
    pub observations: Vec<&'static Indicator>,
    /// Ids in the record that this version of the catalogue does not know.
    pub unknown_ids: Vec<String>,
    /// The forms of exploitation the observations may point to.
    pub forms: Vec<Form>,
    /// Each form with the signs behind it: "signs consistent with …".
    pub findings: Vec<Finding>,
    /// Screens answered "not sure / could not see".
    pub not_checked: Vec<Group>,
    pub routes: Vec<Route>,
}

impl Assessment {
    pub fn immediate_danger(&self) -> bool {
        self.danger == Some(YesNoUnsure::Yes)
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub strong: usize,
    pub medium: usize,
    pub weak: usize,
    pub red_flags: usize,
}

impl Counts {
    pub fn of(observations: &[&Indicator]) -> Counts {
        let mut c = Counts::default();
        for i in observations {
            match i.strength {
                Strength::Strong => c.strong += 1,
                Strength::Medium => c.medium += 1,
                Strength::Weak => c.weak += 1,
            }
            if i.red_flag {
                c.red_flags += 1;
            }
        }
        c
    }

    pub fn total(self) -> usize {
        self.strong + self.medium + self.weak
    }
}

/// The level of concern and its reasons, by [`LEVEL_RULE`].
pub fn level_of(c: Counts, child: bool) -> (Level, Vec<String>) {
    let total = c.total();
    if total == 0 {
        return (
            Level::NoIndicators,
            vec!["No observations were recorded.".into()],
        );
    }
    let mut high = Vec::new();
    if c.red_flags >= 2 {
        high.push(format!("{} red flags were recorded.", c.red_flags));
    }
    if c.red_flags >= 1 && total >= 2 {
        high.push("A red flag was recorded together with another observation.".into());
    }
    if c.strong >= 3 {
        high.push(format!("{} strong observations were recorded.", c.strong));
    }
    if !high.is_empty() {
        return (Level::High, high);
    }
    let mut significant = Vec::new();
    if c.strong >= 2 {
        significant.push("Two strong observations were recorded.".into());
    } else if c.strong >= 1 && total - c.strong >= 1 {
        significant.push("A strong observation was recorded with another observation.".into());
    }
    if c.medium >= 3 {
        significant.push(format!("{} medium observations were recorded.", c.medium));
    } else if c.medium >= 2 && c.weak >= 1 {
        significant.push("Two medium observations and a weak one were recorded.".into());
    }
    if c.red_flags >= 1 {
        significant.push("A red flag was recorded: it raises the level on its own.".into());
    }
    if child {
        significant.push(
            "Someone may be under 18: for a child, any sign of exploitation is a significant \
             concern, because no force, threat or deception needs to be shown."
                .into(),
        );
    }
    if !significant.is_empty() {
        return (Level::Significant, significant);
    }
    let plural = if total == 1 {
        "observation was"
    } else {
        "observations were"
    };
    (
        Level::SomeIndicators,
        vec![format!(
            "{total} {plural} recorded ({} strong, {} medium, {} weak). That does not reach \
             the combination for significant concern, but each is worth recording.",
            c.strong, c.medium, c.weak
        )],
    )
}

/// Assesses a visit. Pure: the same answers always give the same assessment.
pub fn assess(answers: &Answers) -> Assessment {
    let nation = answers.nation.unwrap_or(Nation::EnglandWales);
    let child = answers.may_involve_child();

    let mut observations: Vec<&'static Indicator> = Vec::new();
    let mut unknown_ids = Vec::new();
    for id in answers.seen_ids() {
        match indicator(id) {
            Some(i) => observations.push(i),
            None => unknown_ids.push(id.to_string()),
        }
    }
    super::order::sort_by(&mut observations, |a, b| {
        b.strength
            .cmp(&a.strength)
            .then(b.red_flag.cmp(&a.red_flag))
    });

    let counts = Counts::of(&super::overlaps::counted(&observations));
    let (mut level, mut level_reasons) = level_of(counts, child);
    if child && answers.danger == Some(YesNoUnsure::Yes) && level < Level::Significant {
        level = Level::Significant;
        level_reasons = vec![
            "Someone may be under 18 and someone is in immediate danger: that is a \
             significant concern whatever else was recorded."
                .into(),
        ];
    }

    let findings = super::findings::findings(&observations, answers.setting, child);
    let forms: Vec<Form> = findings.iter().map(|f| f.form).collect();

    let not_checked = answers
        .groups
        .iter()
        .filter(|(_, a)| matches!(a, GroupAnswer::CouldNotSee))
        .map(|(g, _)| *g)
        .collect();

    let routes = super::routing::routes_for(&super::routing::Facts {
        answers,
        nation,
        child,
        level,
        observations: &observations,
        forms: &forms,
    });

    Assessment {
        nation,
        danger: answers.danger,
        child,
        level,
        level_reasons,
        observations,
        unknown_ids,
        forms,
        findings,
        not_checked,
        routes,
    }
}

/// Routes that exist only in England and Wales: never offered elsewhere.
pub fn england_wales_only(kind: RouteKind) -> bool {
    matches!(kind, RouteKind::DutyToNotify | RouteKind::NrmOrDutyToNotify)
}

/// Lower-cases the first letter for use mid-sentence, unless the first word
/// is an abbreviation ("ID", "HMO").
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && !b.is_ascii_uppercase() => {
            let mut out = String::with_capacity(s.len());
            out.push(a.to_ascii_lowercase());
            out.push_str(&s[1..]);
            out
        }
        _ => s.to_string(),
    }
}

/// The steps and answers as a plain summary for a phone call: what to say.
/// Every branch reads as a sentence, whatever was or was not answered.
pub fn what_to_say(answers: &Answers, assessment: &Assessment) -> Vec<String> {
    use super::visit::{Consent, PeopleCount};
    let setting = answers
        .setting
        .map(|s| lower_first(s.label()))
        .unwrap_or_else(|| "property".into());
    let mut lines = vec![format!(
        "I am calling from [your organisation] about a visit to a {setting} in {}.",
        assessment.nation.label()
    )];
    match answers.danger {
        Some(YesNoUnsure::Yes) => lines.push(
            "Someone there was in immediate danger: 999 has been called, or should be now.".into(),
        ),
        Some(YesNoUnsure::NotSure) => {
            lines.push("I could not tell whether anyone there was in immediate danger.".into())
        }
        _ => {}
    }
    if let Some(p) = answers.people {
        lines.push(
            match p {
                PeopleCount::One => "I saw one person who may be affected.",
                PeopleCount::TwoToFive => "I saw between two and five people who may be affected.",
                PeopleCount::SixToTen => "I saw between six and ten people who may be affected.",
                PeopleCount::MoreThanTen => "I saw more than ten people who may be affected.",
                PeopleCount::CouldNotCount => "I could not count how many people may be affected.",
            }
            .into(),
        );
    }
    if assessment.child {
        lines.push(match answers.under_18 {
            Some(YesNoUnsure::Yes) => "At least one of them appears to be under 18.".into(),
            _ => "I could not rule out that one of them is under 18, so I am treating them as \
                  a child."
                .into(),
        });
    }
    if !assessment.observations.is_empty() {
        let seen: Vec<String> = assessment
            .observations
            .iter()
            .map(|i| lower_first(i.wording))
            .collect();
        lines.push(format!("What I saw or was told: {}.", seen.join("; ")));
    }
    let forms: Vec<String> = assessment
        .findings
        .iter()
        .map(|f| {
            let headline = f.headline();
            headline["Signs consistent with ".len()..].to_string()
        })
        .collect();
    if !forms.is_empty() {
        lines.push(format!(
            "These signs are consistent with {}.",
            join_and(&forms)
        ));
    }
    lines.push(format!(
        "My checklist gives a level of concern of '{}'. These are indicators, not proof.",
        assessment.level.label().to_ascii_lowercase()
    ));
    if assessment.child {
        lines.push("A child does not need to consent to a referral.".into());
    } else {
        match answers.consent {
            Some(Consent::Agreed) => {
                lines.push("The person agreed to be referred for support.".into())
            }
            Some(Consent::Declined) => {
                lines.push("The person did not agree to be referred for support.".into())
            }
            Some(Consent::NotAsked) => lines.push(
                "I have not asked the person about a referral: it was not possible or not safe."
                    .into(),
            ),
            None => {}
        }
    }
    lines
}

/// "a", "a and b", "a, b and c".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
