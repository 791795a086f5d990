//! The decision engine: a pure function from a visit's answers to an
//! assessment — immediate danger, whether a child may be involved, the level of
//! concern, and the routes, each with its reasons.
//!
//! It never says that someone is or is not a victim: it reports indicators and
//! what to do about them.

use super::{
    catalogue::{indicator, Form, Group, Indicator, Strength},
    nation::Nation,
    registry::OrgId,
    setting::Setting,
    visit::{Answers, Consent, GroupAnswer, YesNoUnsure},
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
observation, or three strong observations. Recording another observation can only keep the \
level or raise it. Immediate danger is separate: it always comes first, whatever the level.";

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
    /// Nothing to refer on what was recorded: keep the record.
    RecordOnly,
}

impl RouteKind {
    pub fn title(self) -> &'static str {
        match self {
            RouteKind::Emergency => "Call 999 now",
            RouteKind::ChildrensServices => "Tell children's services",
            RouteKind::Police => "Report to the police",
            RouteKind::NrmReferral => "Refer to the National Referral Mechanism",
            RouteKind::DutyToNotify => "Notify the Home Office (Duty to Notify)",
            RouteKind::NrmOrDutyToNotify => {
                "Refer to the National Referral Mechanism, or notify the Home Office"
            }
            RouteKind::SupportReferral => "Ask for support for the person",
            RouteKind::LabourAuthority => "Report labour exploitation",
            RouteKind::AdultSafeguarding => "Raise an adult safeguarding concern",
            RouteKind::Helpline => "Get advice from the Modern Slavery & Exploitation Helpline",
            RouteKind::Anonymous => "Report anonymously",
            RouteKind::RecordOnly => "Keep your record",
        }
    }
}

/// One thing to do, with the organisation to contact and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub kind: RouteKind,
    /// Who to contact: a registry entry, never a copied number. `None` only
    /// for [`RouteKind::RecordOnly`].
    pub org: Option<OrgId>,
    /// Why this route applies, in plain words.
    pub why: Vec<String>,
    /// The observations behind it, by indicator id.
    pub evidence: Vec<&'static str>,
}

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

fn police_for(nation: Nation) -> OrgId {
    match nation {
        Nation::EnglandWales => OrgId::PoliceNonEmergency,
        Nation::Scotland => OrgId::PoliceScotland,
        Nation::NorthernIreland => OrgId::Psni,
    }
}

fn children_for(nation: Nation) -> OrgId {
    match nation {
        Nation::EnglandWales => OrgId::CouncilChildrensServices,
        Nation::Scotland => OrgId::ScottishChildProtection,
        Nation::NorthernIreland => OrgId::HscTrust,
    }
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

    let counts = Counts::of(&observations);
    let (level, level_reasons) = level_of(counts, child);

    let forms = forms_of(&observations, answers.setting);

    let not_checked = answers
        .groups
        .iter()
        .filter(|(_, a)| matches!(a, GroupAnswer::CouldNotSee))
        .map(|(g, _)| *g)
        .collect();

    let routes = routes_for(answers, nation, child, level, &observations, &forms);

    Assessment {
        nation,
        danger: answers.danger,
        child,
        level,
        level_reasons,
        observations,
        unknown_ids,
        forms,
        not_checked,
        routes,
    }
}

/// The forms of exploitation the observations point to. A sign common to every
/// form (someone else holds their ID) says nothing about which form on its
/// own, except at a workplace, where it points to labour exploitation.
pub fn forms_of(observations: &[&'static Indicator], setting: Option<Setting>) -> Vec<Form> {
    let workplace = setting.is_some_and(|s| s.is_workplace() && s != Setting::Other);
    Form::ALL
        .into_iter()
        .filter(|f| {
            observations.iter().any(|i| {
                let specific = i.forms.len() < Form::ALL.len();
                (specific && i.forms.contains(f)) || (!specific && workplace && *f == Form::Labour)
            })
        })
        .collect()
}

fn ids(
    observations: &[&'static Indicator],
    keep: impl Fn(&Indicator) -> bool,
) -> Vec<&'static str> {
    observations
        .iter()
        .filter(|i| keep(i))
        .map(|i| i.id)
        .collect()
}

fn push(
    routes: &mut Vec<Route>,
    kind: RouteKind,
    org: Option<OrgId>,
    why: Vec<String>,
    evidence: Vec<&'static str>,
) {
    routes.push(Route {
        kind,
        org,
        why,
        evidence,
    });
}

fn routes_for(
    answers: &Answers,
    nation: Nation,
    child: bool,
    level: Level,
    observations: &[&'static Indicator],
    forms: &[Form],
) -> Vec<Route> {
    let all = ids(observations, |_| true);
    let mut routes = Vec::new();

    match answers.danger {
        Some(YesNoUnsure::Yes) => push(
            &mut routes,
            RouteKind::Emergency,
            Some(OrgId::Emergency999),
            vec![
                "You said someone is in immediate danger. Call 999 before anything else, \
                  if it is safe for you to do so."
                    .into(),
            ],
            vec![],
        ),
        Some(YesNoUnsure::NotSure) => push(
            &mut routes,
            RouteKind::Emergency,
            Some(OrgId::Emergency999),
            vec![
                "You were not sure whether anyone is in immediate danger. If you think \
                  they are, call 999 now."
                    .into(),
            ],
            vec![],
        ),
        _ => {}
    }

    let labour = forms.contains(&Form::Labour);
    let vulnerable = observations.iter().any(|i| i.vulnerable_adult);
    let police_why = |extra: &str| {
        vec![format!(
            "The police investigate trafficking and exploitation in {}. {extra}",
            nation.label()
        )]
    };

    if child {
        let age = match answers.under_18 {
            Some(YesNoUnsure::Yes) => "Someone you saw appears to be under 18.",
            _ => {
                "You could not rule out that someone is under 18: until their age is \
                  assessed, they are treated as a child (Modern Slavery Act 2015, s51)."
            }
        };
        push(
            &mut routes,
            RouteKind::ChildrensServices,
            Some(children_for(nation)),
            vec![
                age.into(),
                "Children are safeguarded first, then referred. A child does not need to \
                 consent to a referral."
                    .into(),
            ],
            all.clone(),
        );
        if answers.danger != Some(YesNoUnsure::Yes) {
            push(
                &mut routes,
                RouteKind::Police,
                Some(police_for(nation)),
                police_why(
                    "Any concern about a child is shared with them as well as children's services.",
                ),
                all.clone(),
            );
        }
        if nation == Nation::EnglandWales && level >= Level::SomeIndicators {
            push(
                &mut routes,
                RouteKind::NrmReferral,
                Some(OrgId::CouncilModernSlaveryLead),
                vec![
                    "Your council is a first responder: it can refer a child to the \
                      National Referral Mechanism without the child's consent (the child \
                      should be told)."
                        .into(),
                ],
                all.clone(),
            );
        }
    } else if level >= Level::Significant {
        if answers.danger != Some(YesNoUnsure::Yes) {
            push(
                &mut routes,
                RouteKind::Police,
                Some(police_for(nation)),
                police_why("Share what you recorded: it may connect with what they already know."),
                all.clone(),
            );
        }
        adult_referral(&mut routes, answers.consent, nation, forms, &all);
    } else if level == Level::SomeIndicators {
        push(
            &mut routes,
            RouteKind::Helpline,
            Some(OrgId::Helpline),
            vec![
                "What you recorded is short of significant concern. The helpline can \
                  advise whether and how to report it."
                    .into(),
            ],
            all.clone(),
        );
        if answers.danger != Some(YesNoUnsure::Yes) {
            push(
                &mut routes,
                RouteKind::Police,
                Some(police_for(nation)),
                police_why("You can report a suspicion that is not an emergency."),
                all.clone(),
            );
        }
    }

    if labour && nation == Nation::EnglandWales && level >= Level::SomeIndicators {
        push(
            &mut routes,
            RouteKind::LabourAuthority,
            Some(OrgId::LabourAuthority),
            vec!["Some observations point to labour exploitation.".into()],
            ids(observations, |i| i.forms.contains(&Form::Labour)),
        );
    }
    if vulnerable && !child && nation == Nation::EnglandWales {
        push(
            &mut routes,
            RouteKind::AdultSafeguarding,
            Some(OrgId::CouncilAdultSafeguarding),
            vec![
                "An adult here may have care and support needs, for example if their home \
                  has been taken over by others (cuckooing)."
                    .into(),
            ],
            ids(observations, |i| i.vulnerable_adult),
        );
    }

    if level == Level::NoIndicators && !child && answers.danger != Some(YesNoUnsure::Yes) {
        push(
            &mut routes,
            RouteKind::RecordOnly,
            None,
            vec![
                "Nothing on the checklist was recorded, so there is nothing to refer on \
                  this record. Indicators can be hidden: if you see or hear something later, \
                  add it, or call the helpline for advice."
                    .into(),
            ],
            vec![],
        );
    }
    let helpline_listed = routes.iter().any(|r| r.kind == RouteKind::Helpline);
    if !helpline_listed {
        push(
            &mut routes,
            RouteKind::Helpline,
            Some(OrgId::Helpline),
            vec!["For advice at any time, in confidence, with interpreters.".into()],
            vec![],
        );
    }
    if level >= Level::SomeIndicators {
        push(
            &mut routes,
            RouteKind::Anonymous,
            Some(OrgId::Crimestoppers),
            vec!["If anyone needs to report without giving their name.".into()],
            vec![],
        );
    }
    routes
}

fn adult_referral(
    routes: &mut Vec<Route>,
    consent: Option<Consent>,
    nation: Nation,
    forms: &[Form],
    all: &[&'static str],
) {
    let all = all.to_vec();
    match (nation, consent) {
        (Nation::EnglandWales, Some(Consent::Agreed)) => {
            push(
                routes,
                RouteKind::NrmReferral,
                Some(OrgId::CouncilModernSlaveryLead),
                vec![
                    "The person agreed to be referred. Your council is a first responder and \
                      can refer them to the National Referral Mechanism for support."
                        .into(),
                ],
                all.clone(),
            );
            push(
                routes,
                RouteKind::SupportReferral,
                Some(OrgId::SalvationArmy),
                vec!["If the person needs support or a safe place to stay now.".into()],
                vec![],
            );
        }
        (Nation::EnglandWales, Some(Consent::Declined)) => push(
            routes,
            RouteKind::DutyToNotify,
            Some(OrgId::CouncilModernSlaveryLead),
            vec![
                "The person did not agree to a referral. Councils must still notify the \
                  Home Office (Modern Slavery Act 2015, s52) without naming an adult who has \
                  not consented."
                    .into(),
            ],
            all,
        ),
        (Nation::EnglandWales, _) => push(
            routes,
            RouteKind::NrmOrDutyToNotify,
            Some(OrgId::CouncilModernSlaveryLead),
            vec![
                "You have not asked the person yet. If they agree, your council can refer \
                  them to the National Referral Mechanism; if they do not, the council must \
                  still notify the Home Office without naming them."
                    .into(),
            ],
            all,
        ),
        (Nation::Scotland, Some(Consent::Agreed)) => {
            if forms.contains(&Form::Sexual) {
                push(
                    routes,
                    RouteKind::NrmReferral,
                    Some(OrgId::Tara),
                    vec![
                        "If the person is a woman and sexual exploitation is suspected, TARA \
                          is the first responder."
                            .into(),
                    ],
                    all.clone(),
                );
            }
            push(
                routes,
                RouteKind::NrmReferral,
                Some(OrgId::MigrantHelpScotland),
                vec![
                    "The person agreed to be referred. Migrant Help is a first responder for \
                      adults in Scotland."
                        .into(),
                ],
                all,
            );
        }
        (Nation::NorthernIreland, Some(Consent::Agreed)) => push(
            routes,
            RouteKind::SupportReferral,
            Some(OrgId::MigrantHelpNi),
            vec![
                "The person agreed to be referred. The police refer adults in Northern \
                  Ireland; Migrant Help (or Belfast & Lisburn Women's Aid, for women) gives \
                  support."
                    .into(),
            ],
            vec![],
        ),
        (_, _) => push(
            routes,
            RouteKind::Helpline,
            Some(OrgId::Helpline),
            vec![format!(
                "In {}, the person's agreement is needed for a referral for support. \
                 Whether a duty to notify without consent is in force there is not \
                 confirmed: the helpline can advise.",
                nation.label()
            )],
            all,
        ),
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
pub fn what_to_say(answers: &Answers, assessment: &Assessment) -> Vec<String> {
    let setting = answers
        .setting
        .map(|s| lower_first(s.label()))
        .unwrap_or_else(|| "property".into());
    let mut lines = vec![format!(
        "I am calling from [your organisation] about a visit to a {setting} in {}.",
        assessment.nation.label()
    )];
    if let Some(p) = answers.people {
        lines.push(format!(
            "I saw {} who might be affected.",
            lower_first(p.label())
        ));
    }
    if assessment.child {
        lines.push("One or more of them may be under 18.".into());
    }
    if !assessment.observations.is_empty() {
        let seen: Vec<String> = assessment
            .observations
            .iter()
            .map(|i| lower_first(i.wording))
            .collect();
        lines.push(format!("I saw: {}.", seen.join("; ")));
    }
    lines.push(format!(
        "My checklist gives a level of concern of '{}'. These are indicators, not proof.",
        assessment.level.label().to_ascii_lowercase()
    ));
    lines
}

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
