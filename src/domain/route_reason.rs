//! Why a route applies: the engine returns these typed reasons, and this file
//! holds every sentence the result, the summary and the call script show for
//! them. Wording lives here and nowhere else, so the engine's rules can be
//! read without prose and the prose can be reviewed in one place.

use super::{engine::RouteKind, nation::Nation};

impl RouteKind {
    /// The route's heading on the result, the summary and Stop it.
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
            RouteKind::SocialWork => "Tell your council's social work services",
            RouteKind::ChildTraffickingAdvice => "Get specialist advice on child trafficking",
            RouteKind::RecordOnly => "Keep your record",
        }
    }
}

/// One reason a route is offered. Text comes from [`Reason::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    DangerSaid,
    DangerUnsure,
    ChildAppearsUnder18,
    ChildAgeUnknown,
    ChildSafeguardedFirst,
    ChildNrmWithoutConsent,
    PoliceAfterEmergency,
    PoliceChild,
    PoliceShare,
    PoliceSuspicion,
    PoliceReferAdultsNi,
    /// England and Wales: the organisation's lead decides, on the s52 bar.
    LeadThreshold,
    LeadAgreed,
    LeadDeclined,
    LeadNotAsked,
    SocialWorkFirstResponder,
    MigrantHelpAgreed,
    MigrantHelpNotAsked,
    TaraWomenOnly,
    ConsentNeededScotland,
    NiSupportAgreed,
    NiSupportNotAsked,
    NiWomensAidWomenOnly,
    ConsentNeededNi,
    LabourSigns,
    VulnerableAdult,
    SupportNow,
    HelplineShortOfSignificant,
    HelplineAnyTime,
    /// A possible child: NSPCC's Child Trafficking Advice Centre.
    ChildSpecialistAdvice,
    Anonymous,
    NothingRecorded,
}

impl Reason {
    /// The sentence shown to the inspector. Legal citations are those of the
    /// nation the visit was in, and no other.
    pub fn text(self, nation: Nation) -> String {
        use Reason::*;
        let s: &str = match self {
            DangerSaid => {
                "You said someone is in immediate danger. Call 999 before anything else, if it \
                 is safe for you to do so."
            }
            DangerUnsure => {
                "You were not sure whether anyone is in immediate danger. If you think they \
                 are, call 999 now."
            }
            ChildAppearsUnder18 => "Someone you saw appears to be under 18.",
            ChildAgeUnknown => return child_age_unknown(nation),
            ChildSafeguardedFirst => {
                "Children are safeguarded first, then referred. A child does not need to \
                 consent to a referral."
            }
            ChildNrmWithoutConsent => return child_nrm(nation).into(),
            PoliceAfterEmergency => {
                "After the emergency call, tell the police what you recorded: the 999 call \
                 deals with the danger, this report deals with the exploitation."
            }
            PoliceChild => {
                "Any concern about a child is shared with the police as well as children's \
                 services."
            }
            PoliceShare => "Share what you recorded: it may connect with what they already know.",
            PoliceSuspicion => "You can report a suspicion that is not an emergency.",
            PoliceReferAdultsNi => {
                "In Northern Ireland the police refer adults to the National Referral \
                 Mechanism: tell them what you recorded."
            }
            LeadThreshold => {
                "Any sign you recorded is enough to tell your organisation's modern slavery \
                 or safeguarding lead. The council's duty to notify applies when it has \
                 reasonable grounds to believe that a person may be a victim (Modern Slavery \
                 Act 2015, s52): a lower bar than 'significant concern'."
            }
            LeadAgreed => {
                "The person agreed to be referred. Your council is a first responder: your \
                 lead can refer them to the National Referral Mechanism for support."
            }
            LeadDeclined => {
                "The person did not agree to a referral. Your lead must still notify the Home \
                 Office (the Duty to Notify) without naming them."
            }
            LeadNotAsked => {
                "You have not asked the person yet. If they agree, your lead can refer them \
                 to the National Referral Mechanism; if they do not, the council must still \
                 notify the Home Office without naming them."
            }
            SocialWorkFirstResponder => {
                "In Scotland the council is a \
                 first responder and leads on adult support and protection."
            }
            MigrantHelpAgreed => {
                "The person agreed to be referred. Migrant Help is a first responder for \
                 adults in Scotland."
            }
            MigrantHelpNotAsked => {
                "If the person agrees to be referred, Migrant Help is a first responder for \
                 adults in Scotland."
            }
            TaraWomenOnly => {
                "Only if the person is a woman: TARA is the first responder for women \
                 trafficked for sexual exploitation in Scotland."
            }
            ConsentNeededScotland => {
                "In Scotland an adult's agreement is needed for a referral for support. A \
                 duty to notify Police Scotland without consent is in the Human Trafficking \
                 and Exploitation (Scotland) Act 2015, s38, but whether it is in force for \
                 your organisation is not confirmed: the helpline can advise."
            }
            NiSupportAgreed => {
                "The person agreed to be referred. Migrant Help gives support to adults in \
                 Northern Ireland."
            }
            NiSupportNotAsked => {
                "If the person agrees to be referred, Migrant Help gives support to adults in \
                 Northern Ireland."
            }
            NiWomensAidWomenOnly => {
                "Only if the person is a woman: Belfast & Lisburn Women's Aid supports women \
                 in Northern Ireland."
            }
            ConsentNeededNi => {
                "In Northern Ireland an adult's agreement is needed for a referral for \
                 support. A duty to notify without consent is in the Human Trafficking and \
                 Exploitation (Criminal Justice and Support for Victims) Act (Northern \
                 Ireland) 2015, s13, but whether it is in force is not confirmed: the \
                 helpline can advise."
            }
            LabourSigns => "Signs you recorded are consistent with labour exploitation.",
            VulnerableAdult => {
                "An adult here may have care and support needs, for example if their home \
                 has been taken over by others (cuckooing)."
            }
            SupportNow => "If the person needs support or a safe place to stay now.",
            HelplineShortOfSignificant => {
                "What you recorded is short of significant concern. The helpline can advise \
                 whether and how to report it."
            }
            HelplineAnyTime => "For advice at any time, in confidence, with interpreters.",
            ChildSpecialistAdvice => {
                "The NSPCC's Child Trafficking Advice Centre advises professionals on a child \
                 who may have been trafficked, and can make the child's referral to the \
                 National Referral Mechanism. It adds to children's services and the police; \
                 it does not replace them."
            }
            Anonymous => "If anyone needs to report without giving their name.",
            NothingRecorded => {
                "Nothing on the checklist was recorded, so there is nothing to refer on this \
                 record. Indicators can be hidden: if you see or hear something later, add \
                 it, or call the helpline for advice."
            }
        };
        s.into()
    }
}

/// The law that presumes a person of unknown age is a child, in each nation.
pub fn age_presumption_law(nation: Nation) -> &'static str {
    match nation {
        Nation::EnglandWales => "Modern Slavery Act 2015, s51",
        Nation::Scotland => "Human Trafficking and Exploitation (Scotland) Act 2015, s12",
        Nation::NorthernIreland => {
            "Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act \
             (Northern Ireland) 2015, s25"
        }
    }
}

/// The source for [`age_presumption_law`], in the same nation.
pub fn age_presumption_source(nation: Nation) -> &'static super::source::Source {
    use super::sources::{S102, S_HTENI_S25, S_HTES_S12};
    match nation {
        Nation::EnglandWales => &S102,
        Nation::Scotland => &S_HTES_S12,
        Nation::NorthernIreland => &S_HTENI_S25,
    }
}

/// The age presumption, in the nation's own law.
fn child_age_unknown(nation: Nation) -> String {
    format!(
        "You could not rule out that someone is under 18: until their age is assessed, they \
         are treated as a child ({}).",
        age_presumption_law(nation)
    )
}

/// Who refers a child to the National Referral Mechanism in each nation.
fn child_nrm(nation: Nation) -> &'static str {
    match nation {
        Nation::EnglandWales => {
            "Your council is a first responder: it refers a child to the National Referral \
             Mechanism without the child's consent (the child should be told)."
        }
        Nation::Scotland => {
            "The council's social work services are a first responder: they refer a child \
             to the National Referral Mechanism without the child's consent (the child \
             should be told)."
        }
        Nation::NorthernIreland => {
            "The Health and Social Care Trust is a first responder for children: it refers \
             a child to the National Referral Mechanism without the child's consent (the \
             child should be told)."
        }
    }
}

/// The Acts a reason's text may cite, by nation; used by the tests that keep
/// each nation's law inside its nation.
pub const LAW_NAMES: &[(Nation, &str)] = &[
    (Nation::EnglandWales, "Modern Slavery Act 2015"),
    (Nation::Scotland, "(Scotland) Act 2015"),
    (Nation::NorthernIreland, "(Northern Ireland) 2015"),
];
