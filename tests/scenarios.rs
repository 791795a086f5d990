//! Worked scenarios: a setting and what was observed, and the level and routes
//! a safeguarding lead would expect. One row per scenario; the table is the test.

use sense_spot_stop::domain::{
    catalogue::indicator,
    engine::{assess, Level, RouteKind},
    nation::Nation::{self, EnglandWales as EW, NorthernIreland as NI, Scotland as SC},
    registry::OrgId::{self, *},
    setting::Setting::{self, *},
    visit::{
        Answers, Consent,
        Consent::{Agreed, Declined, NotAsked},
        GroupAnswer, PeopleCount,
        YesNoUnsure::{self, No, NotSure, Yes},
    },
};
use std::collections::BTreeSet;

struct Scenario {
    name: &'static str,
    setting: Setting,
    nation: Nation,
    danger: YesNoUnsure,
    under_18: YesNoUnsure,
    consent: Option<Consent>,
    seen: &'static [&'static str],
    level: Level,
    /// Organisations that must be among the routes.
    includes: &'static [OrgId],
    /// Organisations that must not be.
    excludes: &'static [OrgId],
    /// Route kinds that must be present.
    kinds: &'static [RouteKind],
}

// One argument per column keeps each table row on a few readable lines.
#[allow(clippy::too_many_arguments)]
const fn s(
    name: &'static str,
    setting: Setting,
    nation: Nation,
    danger: YesNoUnsure,
    under_18: YesNoUnsure,
    consent: Option<Consent>,
    seen: &'static [&'static str],
    level: Level,
    includes: &'static [OrgId],
    excludes: &'static [OrgId],
    kinds: &'static [RouteKind],
) -> Scenario {
    Scenario {
        name,
        setting,
        nation,
        danger,
        under_18,
        consent,
        seen,
        level,
        includes,
        excludes,
        kinds,
    }
}

use Level::{High, NoIndicators as None_, Significant, SomeIndicators as Some_};
use RouteKind as K;

const SCENARIOS: &[Scenario] = &[
    s(
        "HMO: mattresses in most rooms and someone else holds the ID",
        SharedHouse,
        EW,
        No,
        No,
        Some(NotAsked),
        &["living-mattresses-most-rooms", "control-id-held-by-other"],
        High,
        &[
            PoliceNonEmergency,
            CouncilModernSlaveryLead,
            LabourAuthority,
            Helpline,
            Crimestoppers,
        ],
        &[Emergency999, CouncilChildrensServices],
        &[K::NrmOrDutyToNotify],
    ),
    s(
        "Car wash: a worker appears under 18",
        CarWash,
        EW,
        No,
        Yes,
        None,
        &["children-under-18-working"],
        Significant,
        &[
            CouncilChildrensServices,
            PoliceNonEmergency,
            CouncilModernSlaveryLead,
            LabourAuthority,
        ],
        &[SalvationArmy],
        &[K::ChildrensServices, K::NrmReferral],
    ),
    s(
        "Nail bar: nothing observed",
        NailBar,
        EW,
        No,
        No,
        Some(NotAsked),
        &[],
        None_,
        &[Helpline],
        &[PoliceNonEmergency, CouncilModernSlaveryLead, Crimestoppers],
        &[K::RecordOnly],
    ),
    s(
        "Nail bar: nothing observed, but a worker's age is unclear",
        NailBar,
        EW,
        No,
        NotSure,
        None,
        &[],
        None_,
        &[CouncilChildrensServices, PoliceNonEmergency],
        &[],
        &[K::ChildrensServices],
    ),
    s(
        "House: someone in danger, nothing else recorded",
        House,
        EW,
        Yes,
        No,
        Some(NotAsked),
        &[],
        None_,
        &[Emergency999, Helpline],
        &[],
        &[K::Emergency],
    ),
    s(
        "Scotland: danger and a possible child",
        House,
        SC,
        Yes,
        Yes,
        None,
        &["children-not-in-school"],
        Significant,
        &[Emergency999, ScottishChildProtection],
        &[CouncilChildrensServices, CouncilModernSlaveryLead],
        &[K::Emergency, K::ChildrensServices],
    ),
    s(
        "HMO: adult agrees, locked in and ID held",
        SharedHouse,
        EW,
        No,
        No,
        Some(Agreed),
        &["control-id-held-by-other", "control-cannot-leave"],
        High,
        &[CouncilModernSlaveryLead, SalvationArmy, PoliceNonEmergency],
        &[],
        &[K::NrmReferral, K::SupportReferral],
    ),
    s(
        "HMO: adult declines, locked in and ID held",
        SharedHouse,
        EW,
        No,
        No,
        Some(Declined),
        &["control-id-held-by-other", "control-cannot-leave"],
        High,
        &[CouncilModernSlaveryLead, PoliceNonEmergency],
        &[SalvationArmy],
        &[K::DutyToNotify],
    ),
    s(
        "Scotland farm: adult agrees, three medium signs",
        Farm,
        SC,
        No,
        No,
        Some(Agreed),
        &[
            "premises-farm-sleeping-in-farm-buildings",
            "work-pays-for-tools-food-housing",
            "control-overseer-at-work",
        ],
        Significant,
        &[PoliceScotland, MigrantHelpScotland],
        &[LabourAuthority, CouncilModernSlaveryLead, SalvationArmy],
        &[K::NrmReferral],
    ),
    s(
        "Scotland farm: adult declines",
        Farm,
        SC,
        No,
        No,
        Some(Declined),
        &[
            "premises-farm-sleeping-in-farm-buildings",
            "work-pays-for-tools-food-housing",
            "control-overseer-at-work",
        ],
        Significant,
        &[PoliceScotland, Helpline],
        &[MigrantHelpScotland, CouncilModernSlaveryLead],
        &[],
    ),
    s(
        "Northern Ireland factory: adult agrees",
        Factory,
        NI,
        No,
        No,
        Some(Agreed),
        &[
            "premises-factory-sleeping-inside",
            "work-long-hours-no-days-off",
        ],
        Significant,
        &[Psni, MigrantHelpNi],
        &[SalvationArmy, LabourAuthority, CouncilModernSlaveryLead],
        &[K::SupportReferral],
    ),
    s(
        "Northern Ireland factory: adult declines",
        Factory,
        NI,
        No,
        No,
        Some(Declined),
        &[
            "premises-factory-sleeping-inside",
            "work-long-hours-no-days-off",
        ],
        Significant,
        &[Psni, Helpline],
        &[MigrantHelpNi],
        &[],
    ),
    s(
        "Short let: signs of sexual exploitation",
        ShortLet,
        EW,
        No,
        No,
        Some(NotAsked),
        &[
            "sexual-many-short-male-visits",
            "sexual-living-where-sex-sold",
            "sexual-adverts",
        ],
        Significant,
        &[PoliceNonEmergency, CouncilModernSlaveryLead],
        &[LabourAuthority],
        &[K::NrmOrDutyToNotify],
    ),
    s(
        "Scotland short let: a woman who agrees",
        ShortLet,
        SC,
        No,
        No,
        Some(Agreed),
        &[
            "sexual-many-short-male-visits",
            "sexual-living-where-sex-sold",
            "sexual-adverts",
        ],
        Significant,
        &[Tara, MigrantHelpScotland, PoliceScotland],
        &[CouncilModernSlaveryLead],
        &[K::NrmReferral],
    ),
    s(
        "Cuckooing in England",
        House,
        EW,
        No,
        No,
        Some(NotAsked),
        &[
            "criminal-cuckooing-home-taken-over",
            "criminal-outsiders-staying",
        ],
        Significant,
        &[CouncilAdultSafeguarding, PoliceNonEmergency],
        &[LabourAuthority],
        &[K::AdultSafeguarding],
    ),
    s(
        "Cuckooing in Scotland",
        House,
        SC,
        No,
        No,
        Some(NotAsked),
        &[
            "criminal-cuckooing-home-taken-over",
            "criminal-outsiders-staying",
        ],
        Significant,
        &[PoliceScotland],
        &[CouncilAdultSafeguarding],
        &[],
    ),
    s(
        "Cannabis signs from outside only",
        House,
        EW,
        No,
        No,
        Some(NotAsked),
        &[
            "criminal-cannabis-smell",
            "criminal-window-condensation",
            "criminal-fans-humming",
        ],
        Some_,
        &[Helpline, PoliceNonEmergency, Crimestoppers],
        &[CouncilModernSlaveryLead],
        &[],
    ),
    s(
        "Cannabis grow with someone tending it",
        House,
        EW,
        No,
        No,
        Some(NotAsked),
        &[
            "criminal-person-tending-cannabis",
            "criminal-booby-traps",
            "criminal-cannabis-smell",
        ],
        Significant,
        &[PoliceNonEmergency, CouncilModernSlaveryLead],
        &[],
        &[],
    ),
    s(
        "Takeaway: one weak sign",
        Takeaway,
        EW,
        No,
        No,
        Some(NotAsked),
        &["premises-food-workers-no-hygiene-kit"],
        Some_,
        &[Helpline, LabourAuthority],
        &[CouncilModernSlaveryLead],
        &[K::LabourAuthority],
    ),
    s(
        "Construction: two strong signs",
        Construction,
        EW,
        No,
        No,
        Some(NotAsked),
        &[
            "work-long-hours-no-days-off",
            "control-security-keeps-workers-in",
        ],
        Significant,
        &[LabourAuthority, PoliceNonEmergency],
        &[],
        &[],
    ),
    s(
        "Construction: three strong signs",
        Construction,
        EW,
        No,
        No,
        Some(NotAsked),
        &[
            "work-long-hours-no-days-off",
            "control-security-keeps-workers-in",
            "control-minder-everywhere",
        ],
        High,
        &[LabourAuthority],
        &[],
        &[],
    ),
    s(
        "Domestic servitude in a family home",
        House,
        EW,
        No,
        No,
        Some(NotAsked),
        &[
            "domestic-on-call-day-and-night",
            "domestic-eats-apart-leftovers",
        ],
        Significant,
        &[PoliceNonEmergency, CouncilModernSlaveryLead],
        &[LabourAuthority],
        &[],
    ),
    s(
        "One medium sign, an adult",
        House,
        EW,
        No,
        No,
        Some(NotAsked),
        &["people-says-afraid"],
        Some_,
        &[Helpline, PoliceNonEmergency],
        &[CouncilModernSlaveryLead],
        &[],
    ),
    s(
        "One medium sign, someone under 18",
        House,
        EW,
        No,
        Yes,
        None,
        &["people-says-afraid"],
        Significant,
        &[CouncilChildrensServices, PoliceNonEmergency],
        &[],
        &[],
    ),
    s(
        "Danger not sure at a factory",
        Factory,
        EW,
        NotSure,
        No,
        Some(NotAsked),
        &["work-no-ppe"],
        Some_,
        &[Emergency999, LabourAuthority],
        &[],
        &[K::Emergency],
    ),
    s(
        "Northern Ireland: violence and injuries",
        House,
        NI,
        No,
        No,
        Some(NotAsked),
        &["control-violence-witnessed", "people-untreated-injuries"],
        High,
        &[Psni, Helpline],
        &[CouncilModernSlaveryLead],
        &[],
    ),
    s(
        "Possible brothel: locked in and escorted",
        Other,
        EW,
        No,
        No,
        Some(NotAsked),
        &["control-cannot-leave", "sexual-escorted-to-and-from"],
        High,
        &[PoliceNonEmergency, CouncilModernSlaveryLead],
        &[LabourAuthority],
        &[],
    ),
    s(
        "Car wash: ID held, an adult",
        CarWash,
        EW,
        No,
        No,
        Some(NotAsked),
        &["control-id-held-by-other"],
        Significant,
        &[LabourAuthority, PoliceNonEmergency],
        &[],
        &[],
    ),
    s(
        "Two medium and a weak sign at a nail bar",
        NailBar,
        EW,
        No,
        No,
        Some(Declined),
        &[
            "premises-nailbar-no-masks-gloves",
            "premises-nailbar-staff-live-with-owner",
            "premises-cash-only",
        ],
        Significant,
        &[CouncilModernSlaveryLead, LabourAuthority],
        &[],
        &[K::DutyToNotify],
    ),
    s(
        "Two medium signs only",
        Factory,
        EW,
        No,
        No,
        Some(NotAsked),
        &["work-no-ppe", "work-no-records"],
        Some_,
        &[Helpline, LabourAuthority],
        &[CouncilModernSlaveryLead],
        &[],
    ),
];

fn answers(sc: &Scenario) -> Answers {
    let mut a = Answers {
        danger: Some(sc.danger),
        setting: Some(sc.setting),
        nation: Some(sc.nation),
        people: Some(PeopleCount::TwoToFive),
        under_18: Some(sc.under_18),
        consent: sc.consent,
        ..Answers::default()
    };
    for id in sc.seen {
        let ind = indicator(id).unwrap_or_else(|| panic!("{}: unknown indicator {id}", sc.name));
        assert!(
            ind.applies_to(sc.setting),
            "{}: {id} does not apply to {:?}",
            sc.name,
            sc.setting
        );
        match a
            .groups
            .entry(ind.group)
            .or_insert_with(|| GroupAnswer::Seen(BTreeSet::new()))
        {
            GroupAnswer::Seen(set) => {
                set.insert(id.to_string());
            }
            _ => unreachable!(),
        }
    }
    a
}

#[test]
fn worked_scenarios() {
    assert!(SCENARIOS.len() >= 25);
    let mut failures = Vec::new();
    for sc in SCENARIOS {
        let r = assess(&answers(sc));
        let orgs: Vec<OrgId> = r.routes.iter().filter_map(|r| r.org).collect();
        let kinds: Vec<RouteKind> = r.routes.iter().map(|r| r.kind).collect();
        if r.level != sc.level {
            failures.push(format!(
                "{}: level {:?}, expected {:?}",
                sc.name, r.level, sc.level
            ));
        }
        for o in sc.includes {
            if !orgs.contains(o) {
                failures.push(format!("{}: missing {o:?} in {orgs:?}", sc.name));
            }
        }
        for o in sc.excludes {
            if orgs.contains(o) {
                failures.push(format!("{}: should not offer {o:?}", sc.name));
            }
        }
        for k in sc.kinds {
            if !kinds.contains(k) {
                failures.push(format!(
                    "{}: missing route kind {k:?} in {kinds:?}",
                    sc.name
                ));
            }
        }
        if sc.danger != No && r.routes[0].org != Some(Emergency999) {
            failures.push(format!("{}: 999 is not first", sc.name));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
