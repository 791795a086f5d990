//! The one registry of organisations and phone numbers.
//!
//! Everything else in the app refers to an entry by [`OrgId`] and never copies a
//! number. Each entry carries its sources and the date it was last checked; the
//! `const` check at the bottom fails the build if any entry lacks them.

use super::{
    nation::Nation,
    source::{is_iso_date, Source},
    sources::*,
};
use Nation::{EnglandWales as EW, NorthernIreland as NI, Scotland as SC};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OrgId {
    Emergency999,
    PoliceNonEmergency,
    Helpline,
    Crimestoppers,
    SalvationArmy,
    LabourAuthority,
    CouncilModernSlaveryLead,
    CouncilChildrensServices,
    CouncilAdultSafeguarding,
    BarnardosGuardians,
    LiveFearFree,
    PoliceScotland,
    ScottishChildProtection,
    Tara,
    MigrantHelpScotland,
    Psni,
    HscTrust,
    BelfastLisburnWomensAid,
    MigrantHelpNi,
    ScottishCouncilSocialWork,
    HscTrustAdultSafeguarding,
    NspccCtac,
}

/// One way to call an organisation.
#[derive(Debug)]
pub struct Number {
    /// What this number is for, e.g. "24 hours" or "Out of hours".
    pub label: &'static str,
    /// As people write it.
    pub display: &'static str,
    /// Digits only, for `tel:` links.
    pub tel: &'static str,
}

/// Whether an entry's details are confirmed by the sources, or must be checked
/// before relying on them.
#[derive(Debug, PartialEq, Eq)]
pub enum Verification {
    Confirmed,
    /// Shown beside the entry wherever it appears.
    CheckBeforeUse(&'static str),
}

#[derive(Debug)]
pub struct Organisation {
    pub id: OrgId,
    pub name: &'static str,
    /// Empty where the contact is local (your own council) or not published.
    pub numbers: &'static [Number],
    /// How to reach it when there is no national number.
    pub contact_note: &'static str,
    pub when_to_use: &'static str,
    pub nations: &'static [Nation],
    pub verification: Verification,
    pub sources: &'static [&'static Source],
    /// The date this entry was last checked against its sources (YYYY-MM-DD).
    pub checked: &'static str,
    /// Months after `checked` when the entry is due for review. Past that
    /// date (by the device's clock) the app says "check before use" and
    /// offers the helpline as a fallback.
    pub review_months: u32,
}

impl Organisation {
    pub fn serves(&self, nation: Nation) -> bool {
        self.nations.contains(&nation)
    }
}

const CHECKED: &str = "2026-11-28";

/// 999, as its registry entry gives it. Named on its own because the header
/// shows it on every page: the first load then carries these two numbers
/// without the whole registry and its sources.
pub const EMERGENCY_NUMBER: Number = Number {
    label: "Emergency",
    display: "999",
    tel: "999",
};

/// The Modern Slavery & Exploitation Helpline, as its registry entry gives it.
pub const HELPLINE_NUMBER: Number = Number {
    label: "24 hours, free",
    display: "08000 121 700",
    tel: "08000121700",
};

pub static REGISTRY: &[Organisation] = &[
    Organisation {
        id: OrgId::Emergency999,
        name: "Emergency services (police)",
        numbers: &[EMERGENCY_NUMBER],
        contact_note: "",
        when_to_use: "Someone is in immediate danger, or a crime is happening now.",
        nations: &[EW, SC, NI],
        verification: Verification::Confirmed,
        sources: &[&S48, &S125],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::PoliceNonEmergency,
        name: "Police non-emergency number",
        numbers: &[Number {
            label: "Non-emergency",
            display: "101",
            tel: "101",
        }],
        contact_note: "",
        when_to_use: "Report a suspicion of exploitation that is not an emergency.",
        nations: &[EW],
        verification: Verification::Confirmed,
        sources: &[&S90],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::Helpline,
        name: "Modern Slavery & Exploitation Helpline (run by Unseen)",
        numbers: &[HELPLINE_NUMBER],
        contact_note: "Also takes reports online.",
        when_to_use: "Advice or a report at any time: free, confidential, 24 hours a day, \
                      with interpreters in over 200 languages. It takes calls from the public, \
                      businesses and statutory agencies.",
        nations: &[EW, SC, NI],
        verification: Verification::Confirmed,
        sources: &[&S128, &S129, &S130, &S130A],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::Crimestoppers,
        name: "Crimestoppers",
        numbers: &[Number {
            label: "Anonymous",
            display: "0800 555 111",
            tel: "0800555111",
        }],
        contact_note: "",
        when_to_use: "Report a crime anonymously.",
        nations: &[EW, SC, NI],
        verification: Verification::Confirmed,
        sources: &[&S90, &S109],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::SalvationArmy,
        name: "The Salvation Army modern slavery referral line",
        numbers: &[Number {
            label: "24 hours",
            display: "0800 808 3733",
            tel: "08008083733",
        }],
        contact_note: "This number replaced 0300 303 8151 on 4 January 2021.",
        when_to_use: "An adult potential victim in England or Wales needs support or safe \
                      accommodation (the government's Modern Slavery Victim Care Contract).",
        nations: &[EW],
        verification: Verification::CheckBeforeUse(
            "The Salvation Army has run this line under a Home Office victim care contract \
             since January 2021. Whether it still does after that contract's first term is \
             not confirmed in this app's sources: if the number does not work, call the \
             helpline.",
        ),
        sources: &[&S47, &S48],
        checked: CHECKED,
        review_months: 3,
    },
    Organisation {
        id: OrgId::LabourAuthority,
        name: "Fair Work Agency (took over the Gangmasters and Labour Abuse Authority, GLAA)",
        numbers: &[Number {
            label: "GLAA reporting line",
            display: "0800 432 0804",
            tel: "08004320804",
        }],
        contact_note: "",
        when_to_use: "Labour abuse with signs of forced labour, in any sector in England and \
                      Wales, and licensing breaches in agriculture, food processing and packaging, \
                      and shellfish gathering.",
        nations: &[EW],
        verification: Verification::CheckBeforeUse(
            "The Fair Work Agency took over the GLAA's functions on 7 April 2026. The number \
             shown is the GLAA's reporting line, confirmed only on GLAA pages from before 2026. \
             Whether it still works, and whether the agency is a first responder for the \
             National Referral Mechanism, is not confirmed. If the number does not answer, \
             call the helpline.",
        ),
        sources: &[&S27, &S131, &S52, &S53, &S54],
        checked: CHECKED,
        review_months: 3,
    },
    Organisation {
        id: OrgId::CouncilModernSlaveryLead,
        name: "Your council's modern slavery lead (single point of contact)",
        numbers: &[],
        contact_note: "Use the contact in your own organisation's modern slavery or \
                       safeguarding procedure.",
        when_to_use: "Councils are first responders in England and Wales: they can refer a \
                      potential victim to the National Referral Mechanism, and they must notify \
                      the Home Office (Duty to Notify) when an adult does not consent.",
        nations: &[EW],
        verification: Verification::Confirmed,
        sources: &[&S142, &S154, &S69],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::CouncilChildrensServices,
        name: "Your council's children's services",
        numbers: &[],
        contact_note: "Use your council's children's services number, or its out-of-hours \
                       team, from your safeguarding procedure.",
        when_to_use: "Any concern about a child (under 18, or age unknown). Children are \
                      safeguarded first and then referred to the National Referral Mechanism.",
        nations: &[EW],
        verification: Verification::Confirmed,
        sources: &[&S132],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::CouncilAdultSafeguarding,
        name: "Your council's adult safeguarding team",
        numbers: &[],
        contact_note: "Use your council's adult safeguarding number from your safeguarding \
                       procedure.",
        when_to_use: "An adult who may have care and support needs is at risk (Care Act 2014, \
                      section 42), for example someone whose home has been taken over \
                      (cuckooing).",
        nations: &[EW],
        verification: Verification::Confirmed,
        sources: &[&S133],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::BarnardosGuardians,
        name: "Barnardo's Independent Child Trafficking Guardians",
        numbers: &[Number {
            label: "24 hours",
            display: "0800 043 4303",
            tel: "08000434303",
        }],
        contact_note: "",
        when_to_use: "A child who may have been trafficked, where a guardian service operates.",
        nations: &[EW],
        verification: Verification::Confirmed,
        sources: &[&S132],
        checked: CHECKED,
        review_months: 6,
    },
    Organisation {
        id: OrgId::LiveFearFree,
        name: "Live Fear Free helpline (Wales)",
        numbers: &[Number {
            label: "Advice",
            display: "0808 80 10 800",
            tel: "08088010800",
        }],
        contact_note: "",
        when_to_use: "Welsh Government advice line, cited for modern slavery advice in Wales.",
        nations: &[EW],
        verification: Verification::Confirmed,
        sources: &[&S134],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::PoliceScotland,
        name: "Police Scotland",
        numbers: &[
            Number {
                label: "Non-emergency",
                display: "101",
                tel: "101",
            },
            Number {
                label: "National Human Trafficking Unit",
                display: "0141 532 2723",
                tel: "01415322723",
            },
        ],
        contact_note: "",
        when_to_use: "All forms of trafficking and exploitation in Scotland. Call 999 in an \
                      emergency.",
        nations: &[SC],
        verification: Verification::CheckBeforeUse(
            "The unit's number comes from an undated Scottish Government page.",
        ),
        sources: &[&S126],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::ScottishChildProtection,
        name: "Your council's child protection (social work) team",
        numbers: &[],
        contact_note: "Use your council's child protection number from your safeguarding \
                       procedure.",
        when_to_use: "Any concern about a child in Scotland, together with Police Scotland.",
        nations: &[SC],
        verification: Verification::Confirmed,
        sources: &[&S126],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::Tara,
        name: "TARA (Trafficking Awareness Raising Alliance)",
        numbers: &[Number {
            label: "24-hour response",
            display: "0141 276 7724",
            tel: "01412767724",
        }],
        contact_note: "",
        when_to_use: "Women over 18 trafficked for commercial sexual exploitation in Scotland. \
                      TARA is a first responder.",
        nations: &[SC],
        verification: Verification::CheckBeforeUse("From an undated Scottish Government page."),
        sources: &[&S126, &S135],
        checked: CHECKED,
        review_months: 6,
    },
    Organisation {
        id: OrgId::MigrantHelpScotland,
        name: "Migrant Help (Scotland)",
        numbers: &[
            Number {
                label: "Daytime",
                display: "0141 884 7900",
                tel: "01418847900",
            },
            Number {
                label: "Out of hours",
                display: "0141 212 8553",
                tel: "01412128553",
            },
        ],
        contact_note: "",
        when_to_use: "All other adult potential victims in Scotland. Migrant Help is a first \
                      responder.",
        nations: &[SC],
        verification: Verification::CheckBeforeUse("From an undated Scottish Government page."),
        sources: &[&S126],
        checked: CHECKED,
        review_months: 6,
    },
    Organisation {
        id: OrgId::Psni,
        name: "Police Service of Northern Ireland (Modern Slavery Human Trafficking Unit)",
        numbers: &[Number {
            label: "Non-emergency",
            display: "101",
            tel: "101",
        }],
        contact_note: "",
        when_to_use: "All cases in Northern Ireland. Call 999 in an emergency.",
        nations: &[NI],
        verification: Verification::Confirmed,
        sources: &[&S127, &S34],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::HscTrust,
        name: "Your Health and Social Care Trust",
        numbers: &[],
        contact_note: "Use your Trust's children's gateway or safeguarding number.",
        when_to_use: "Children (under 18) in Northern Ireland.",
        nations: &[NI],
        verification: Verification::Confirmed,
        sources: &[&S138, &S137],
        checked: CHECKED,
        review_months: 12,
    },
    Organisation {
        id: OrgId::BelfastLisburnWomensAid,
        name: "Belfast & Lisburn Women's Aid",
        numbers: &[],
        contact_note: "No number was confirmed in our sources: the police or the helpline \
                       will connect you.",
        when_to_use: "Support for adult women who are potential victims in the National \
                      Referral Mechanism in Northern Ireland (Department of Justice contract).",
        nations: &[NI],
        verification: Verification::Confirmed,
        sources: &[&S136, &S137],
        checked: CHECKED,
        review_months: 6,
    },
    Organisation {
        id: OrgId::MigrantHelpNi,
        name: "Migrant Help (Northern Ireland)",
        numbers: &[],
        contact_note: "No number was confirmed in our sources: the police or the helpline \
                       will connect you.",
        when_to_use: "Support for other adult potential victims in Northern Ireland.",
        nations: &[NI],
        verification: Verification::CheckBeforeUse(
            "Its role comes from nidirect and Embrace NI, not a Department of Justice page.",
        ),
        sources: &[&S137, &S138],
        checked: CHECKED,
        review_months: 6,
    },
    Organisation {
        id: OrgId::ScottishCouncilSocialWork,
        name: "Your council's social work services (adult support and protection)",
        numbers: &[],
        contact_note: "Use your council's adult support and protection or social work number \
                       from your safeguarding procedure.",
        when_to_use: "Any sign of exploitation of an adult in Scotland, and adults at risk of \
                      harm. Tell them as well as Police Scotland.",
        nations: &[SC],
        verification: Verification::CheckBeforeUse(
            "That councils act as first responders in Scotland is not in this app's reference \
             sources: confirm with your own procedure.",
        ),
        sources: &[&S126, &S73],
        checked: CHECKED,
        review_months: 6,
    },
    Organisation {
        id: OrgId::HscTrustAdultSafeguarding,
        name: "Your Health and Social Care Trust (adult safeguarding)",
        numbers: &[],
        contact_note: "Use your Trust's adult safeguarding gateway number from your \
                       safeguarding procedure.",
        when_to_use: "Adults in Northern Ireland who may have care and support needs or be at \
                      risk of harm.",
        nations: &[NI],
        verification: Verification::CheckBeforeUse(
            "The Trusts' adult safeguarding route is not in this app's reference sources: \
             confirm with your own procedure.",
        ),
        sources: &[&S137, &S138],
        checked: CHECKED,
        review_months: 6,
    },
    Organisation {
        id: OrgId::NspccCtac,
        name: "NSPCC Child Trafficking Advice Centre (CTAC)",
        numbers: &[Number {
            label: "Advice for professionals",
            display: "0808 800 5000",
            tel: "08088005000",
        }],
        contact_note: "Or email help@nspcc.org.uk.",
        when_to_use: "Specialist advice for professionals worried that a child or young person \
                      has been, or is about to be, trafficked. CTAC is a first responder for \
                      children's referrals into the National Referral Mechanism. It advises; it \
                      does not replace children's services or the police.",
        nations: &[EW, SC, NI],
        verification: Verification::Confirmed,
        sources: &[&S_NSPCC_CTAC],
        checked: "2026-12-02",
        review_months: 12,
    },
];

/// Looks an entry up. Every [`OrgId`] has one entry: the build check below
/// makes sure of it.
pub fn org(id: OrgId) -> &'static Organisation {
    let mut i = 0;
    while i < REGISTRY.len() {
        if REGISTRY[i].id as usize == id as usize {
            return &REGISTRY[i];
        }
        i += 1;
    }
    unreachable!("every OrgId has a registry entry (checked at build time)")
}

/// The most recent date any entry was checked, for "last checked" notes.
pub fn last_checked() -> &'static str {
    REGISTRY.iter().map(|o| o.checked).max().unwrap_or(CHECKED)
}

/// The date an entry is due for review: `checked` plus its interval, by the
/// one staleness rule (`review.rs`), which a council's own contacts share.
pub fn review_by(o: &Organisation) -> String {
    super::review::review_by(o.checked, o.review_months)
}

/// Whether an entry is past its review date on `today` (YYYY-MM-DD, the
/// device's own date).
pub fn needs_check(o: &Organisation, today: &str) -> bool {
    super::review::needs_check(o.checked, o.review_months, today)
}

/// Every way a registry entry can be wrong, checked when the app builds.
const fn check_registry(entries: &[Organisation]) -> Result<(), &'static str> {
    let mut i = 0;
    while i < entries.len() {
        let e = &entries[i];
        if e.id as usize != i {
            return Err("registry entries must be in OrgId order, one per id");
        }
        if e.sources.is_empty() {
            return Err("a registry entry has no source");
        }
        if !is_iso_date(e.checked) {
            return Err("a registry entry has no valid date checked");
        }
        if e.review_months == 0 || e.review_months > 24 {
            return Err("a registry entry needs a review interval of 1 to 24 months");
        }
        if e.nations.is_empty() {
            return Err("a registry entry serves no nation");
        }
        if e.name.is_empty() || e.when_to_use.is_empty() {
            return Err("a registry entry has no name or no 'when to use'");
        }
        if e.numbers.is_empty() && e.contact_note.is_empty() {
            return Err("a registry entry has neither a number nor a way to contact it");
        }
        let mut n = 0;
        while n < e.numbers.len() {
            let tel = e.numbers[n].tel.as_bytes();
            if tel.is_empty() {
                return Err("a number has no tel: digits");
            }
            let mut d = 0;
            while d < tel.len() {
                if !tel[d].is_ascii_digit() {
                    return Err("a tel: value holds something other than digits");
                }
                d += 1;
            }
            n += 1;
        }
        i += 1;
    }
    Ok(())
}

const _: () = match check_registry(REGISTRY) {
    Ok(()) => (),
    Err(msg) => panic!("{}", msg),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_an_entry_cites_has_a_citation() {
        // (A source and a date on every entry are checked when the app
        // builds: check_registry.)
        for e in REGISTRY {
            for s in e.sources {
                assert!(!s.citation.is_empty(), "{:?} cites an empty source", e.id);
            }
        }
    }

    #[test]
    fn the_check_rejects_an_entry_without_a_source_or_date() {
        let bad = [Organisation {
            sources: &[],
            ..clone_first()
        }];
        assert_eq!(check_registry(&bad), Err("a registry entry has no source"));
        let bad = [Organisation {
            checked: "last year",
            ..clone_first()
        }];
        assert_eq!(
            check_registry(&bad),
            Err("a registry entry has no valid date checked")
        );
        let bad = [Organisation {
            numbers: &[Number {
                label: "x",
                display: "999",
                tel: "9 9 9",
            }],
            ..clone_first()
        }];
        assert_eq!(
            check_registry(&bad),
            Err("a tel: value holds something other than digits")
        );
    }

    fn clone_first() -> Organisation {
        let e = &REGISTRY[0];
        Organisation {
            id: e.id,
            name: e.name,
            numbers: e.numbers,
            contact_note: e.contact_note,
            when_to_use: e.when_to_use,
            nations: e.nations,
            verification: Verification::Confirmed,
            sources: e.sources,
            checked: e.checked,
            review_months: e.review_months,
        }
    }

    #[test]
    fn lookup_finds_every_id() {
        for e in REGISTRY {
            assert_eq!(org(e.id).id, e.id);
        }
    }

    #[test]
    fn the_helpline_and_999_serve_every_nation() {
        for n in Nation::ALL {
            assert!(org(OrgId::Emergency999).serves(n));
            assert!(org(OrgId::Helpline).serves(n));
        }
    }

    #[test]
    fn the_labour_authority_says_what_is_not_confirmed() {
        assert!(matches!(
            org(OrgId::LabourAuthority).verification,
            Verification::CheckBeforeUse(note) if note.contains("7 April 2026")
        ));
    }

    #[test]
    fn an_entry_past_its_review_date_needs_checking_by_the_device_date() {
        let e = org(OrgId::SalvationArmy);
        assert_eq!(e.checked, "2026-11-28");
        assert_eq!(review_by(e), "2027-02-28");
        assert!(!needs_check(e, "2027-02-28"));
        assert!(needs_check(e, "2027-03-01"));
        assert!(!needs_check(e, "not a date"));
        let helpline = org(OrgId::Helpline);
        assert_eq!(review_by(helpline), "2027-11-28");
        for o in REGISTRY {
            assert!(!needs_check(o, o.checked), "{:?}", o.id);
        }
    }
}
