//! Tests of the decision engine: one per rule, property tests for the
//! invariants, and worked scenarios (in `scenarios.rs`).

use super::*;
use crate::domain::{
    indicators::CATALOGUE,
    registry::{org, REGISTRY},
    setting::Setting,
    visit::{PeopleCount, YesNoUnsure},
};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn counts(strong: usize, medium: usize, weak: usize, red_flags: usize) -> Counts {
    Counts {
        strong,
        medium,
        weak,
        red_flags,
    }
}

fn level(c: Counts) -> Level {
    level_of(c, false).0
}

#[test]
fn rule_nothing_recorded_is_no_indicators() {
    assert_eq!(level(counts(0, 0, 0, 0)), Level::NoIndicators);
}

#[test]
fn rule_any_observation_is_at_least_some() {
    assert_eq!(level(counts(0, 0, 1, 0)), Level::SomeIndicators);
    assert_eq!(level(counts(0, 1, 0, 0)), Level::SomeIndicators);
    assert_eq!(level(counts(1, 0, 0, 0)), Level::SomeIndicators);
    assert_eq!(level(counts(0, 2, 0, 0)), Level::SomeIndicators);
    assert_eq!(level(counts(0, 0, 5, 0)), Level::SomeIndicators);
}

#[test]
fn rule_two_strong_is_significant() {
    assert_eq!(level(counts(2, 0, 0, 0)), Level::Significant);
}

#[test]
fn rule_one_strong_and_one_other_is_significant() {
    assert_eq!(level(counts(1, 1, 0, 0)), Level::Significant);
    assert_eq!(level(counts(1, 0, 1, 0)), Level::Significant);
}

#[test]
fn rule_three_medium_is_significant() {
    assert_eq!(level(counts(0, 3, 0, 0)), Level::Significant);
}

#[test]
fn rule_two_medium_and_one_weak_is_significant() {
    assert_eq!(level(counts(0, 2, 1, 0)), Level::Significant);
}

#[test]
fn rule_a_red_flag_alone_is_significant() {
    assert_eq!(level(counts(1, 0, 0, 1)), Level::Significant);
}

#[test]
fn rule_any_observation_with_a_possible_child_is_significant() {
    assert_eq!(level_of(counts(0, 0, 1, 0), true).0, Level::Significant);
    assert_eq!(level_of(counts(0, 0, 0, 0), true).0, Level::NoIndicators);
}

#[test]
fn rule_two_red_flags_is_high() {
    assert_eq!(level(counts(2, 0, 0, 2)), Level::High);
}

#[test]
fn rule_a_red_flag_and_another_observation_is_high() {
    assert_eq!(level(counts(1, 0, 1, 1)), Level::High);
}

#[test]
fn rule_three_strong_is_high() {
    assert_eq!(level(counts(3, 0, 0, 0)), Level::High);
}

#[test]
fn every_level_says_why() {
    for c in [
        counts(0, 0, 0, 0),
        counts(0, 0, 1, 0),
        counts(2, 0, 0, 0),
        counts(3, 0, 0, 0),
    ] {
        assert!(!level_of(c, false).1.is_empty());
    }
}

fn base(setting: Setting, nation: Nation) -> Answers {
    Answers {
        danger: Some(YesNoUnsure::No),
        setting: Some(setting),
        nation: Some(nation),
        people: Some(PeopleCount::TwoToFive),
        under_18: Some(YesNoUnsure::No),
        consent: Some(Consent::NotAsked),
        ..Answers::default()
    }
}

fn with_seen(mut a: Answers, seen: &[&str]) -> Answers {
    for id in seen {
        let ind = indicator(id).unwrap_or_else(|| panic!("unknown indicator {id}"));
        match a
            .groups
            .entry(ind.group)
            .or_insert_with(|| GroupAnswer::Seen(BTreeSet::new()))
        {
            GroupAnswer::Seen(set) => {
                set.insert(id.to_string());
            }
            other => *other = GroupAnswer::Seen([id.to_string()].into()),
        }
    }
    a
}

#[test]
fn rule_danger_puts_999_first() {
    let mut a = base(Setting::House, Nation::Scotland);
    a.danger = Some(YesNoUnsure::Yes);
    let r = assess(&a);
    assert!(r.immediate_danger());
    assert_eq!(r.routes[0].kind, RouteKind::Emergency);
    assert_eq!(r.routes[0].org, Some(OrgId::Emergency999));
}

#[test]
fn rule_danger_with_nothing_else_recorded_never_says_keep_the_record() {
    let mut a = base(Setting::House, Nation::EnglandWales);
    a.danger = Some(YesNoUnsure::Yes);
    let kinds: Vec<_> = assess(&a).routes.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, vec![RouteKind::Emergency, RouteKind::Helpline]);
}

#[test]
fn rule_not_sure_about_danger_also_puts_999_first() {
    let mut a = base(Setting::House, Nation::EnglandWales);
    a.danger = Some(YesNoUnsure::NotSure);
    assert_eq!(assess(&a).routes[0].org, Some(OrgId::Emergency999));
}

#[test]
fn rule_unknown_age_is_treated_as_a_child() {
    let mut a = base(Setting::CarWash, Nation::EnglandWales);
    a.under_18 = Some(YesNoUnsure::NotSure);
    let r = assess(&a);
    assert!(r.child);
    assert!(r
        .routes
        .iter()
        .any(|r| r.org == Some(OrgId::CouncilChildrensServices)));
    assert!(r
        .routes
        .iter()
        .any(|r| r.org == Some(OrgId::PoliceNonEmergency)));
}

#[test]
fn rule_children_go_to_each_nations_own_childrens_service() {
    for (nation, expected) in [
        (Nation::EnglandWales, OrgId::CouncilChildrensServices),
        (Nation::Scotland, OrgId::ScottishChildProtection),
        (Nation::NorthernIreland, OrgId::HscTrust),
    ] {
        let mut a = base(Setting::House, nation);
        a.under_18 = Some(YesNoUnsure::Yes);
        assert!(
            assess(&a).routes.iter().any(|r| r.org == Some(expected)),
            "{nation:?}"
        );
    }
}

fn significant(nation: Nation, consent: Consent) -> Assessment {
    let mut a = with_seen(
        base(Setting::CarWash, nation),
        &["control-id-held-by-other"],
    );
    a.consent = Some(consent);
    assess(&a)
}

#[test]
fn rule_an_adult_who_agrees_is_referred_to_the_nrm() {
    let r = significant(Nation::EnglandWales, Consent::Agreed);
    assert!(r.level >= Level::Significant);
    assert!(r.routes.iter().any(|r| r.kind == RouteKind::NrmReferral));
    assert!(!r.routes.iter().any(|r| r.kind == RouteKind::DutyToNotify));
}

#[test]
fn rule_an_adult_who_declines_brings_duty_to_notify_in_england_and_wales() {
    let r = significant(Nation::EnglandWales, Consent::Declined);
    assert!(r.routes.iter().any(|r| r.kind == RouteKind::DutyToNotify));
    assert!(!r.routes.iter().any(|r| r.kind == RouteKind::NrmReferral));
}

#[test]
fn rule_duty_to_notify_is_never_offered_outside_england_and_wales() {
    for nation in [Nation::Scotland, Nation::NorthernIreland] {
        for consent in Consent::ALL {
            let r = significant(nation, consent);
            assert!(
                !r.routes.iter().any(|r| england_wales_only(r.kind)),
                "{nation:?} {consent:?}"
            );
        }
    }
}

#[test]
fn rule_labour_observations_bring_the_labour_authority_in_england_and_wales() {
    let labour: Vec<&str> = CATALOGUE
        .iter()
        .filter(|i| i.forms == [Form::Labour] && i.applies_to(Setting::CarWash))
        .map(|i| i.id)
        .take(1)
        .collect();
    assert!(!labour.is_empty());
    let r = assess(&with_seen(
        base(Setting::CarWash, Nation::EnglandWales),
        &labour,
    ));
    assert!(r.forms.contains(&Form::Labour));
    assert!(r
        .routes
        .iter()
        .any(|r| r.org == Some(OrgId::LabourAuthority)));
    let r = assess(&with_seen(
        base(Setting::CarWash, Nation::Scotland),
        &labour,
    ));
    assert!(!r
        .routes
        .iter()
        .any(|r| r.org == Some(OrgId::LabourAuthority)));
}

#[test]
fn rule_nothing_recorded_for_an_adult_means_keep_the_record_and_the_helpline() {
    let r = assess(&base(Setting::NailBar, Nation::EnglandWales));
    assert_eq!(r.level, Level::NoIndicators);
    let kinds: Vec<_> = r.routes.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, vec![RouteKind::RecordOnly, RouteKind::Helpline]);
}

#[test]
fn rule_could_not_see_is_reported_not_counted() {
    let mut a = base(Setting::House, Nation::EnglandWales);
    a.groups.insert(Group::Living, GroupAnswer::CouldNotSee);
    let r = assess(&a);
    assert_eq!(r.level, Level::NoIndicators);
    assert_eq!(r.not_checked, vec![Group::Living]);
}

#[test]
fn an_unknown_id_in_an_old_record_is_kept_aside_not_dropped_silently() {
    let mut a = base(Setting::House, Nation::EnglandWales);
    a.groups.insert(
        Group::Living,
        GroupAnswer::Seen(["retired-indicator".to_string()].into()),
    );
    assert_eq!(
        assess(&a).unknown_ids,
        vec!["retired-indicator".to_string()]
    );
}

#[test]
fn the_engine_never_states_a_verdict() {
    let banned = [
        "is a victim",
        "not a victim",
        "is trafficking",
        "not trafficking",
        "is being trafficked",
    ];
    for setting in Setting::ALL {
        for nation in Nation::ALL {
            for under in [YesNoUnsure::Yes, YesNoUnsure::No] {
                let mut a = base(setting, nation);
                a.under_18 = Some(under);
                let seen: Vec<&str> = CATALOGUE
                    .iter()
                    .filter(|i| i.applies_to(setting))
                    .map(|i| i.id)
                    .collect();
                for a in [a.clone(), with_seen(a, &seen)] {
                    let r = assess(&a);
                    let mut text: Vec<String> = r.level_reasons.clone();
                    text.extend(r.routes.iter().flat_map(|r| r.why.clone()));
                    text.extend(what_to_say(&a, &r));
                    text.push(LEVEL_RULE.to_string());
                    for t in text {
                        let t = t.to_lowercase();
                        for b in banned {
                            assert!(!t.contains(b), "verdict wording {b:?} in {t:?}");
                        }
                    }
                }
            }
        }
    }
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    let ids: Vec<&'static str> = CATALOGUE.iter().map(|i| i.id).collect();
    (
        prop::sample::select(Setting::ALL.to_vec()),
        prop::sample::select(Nation::ALL.to_vec()),
        prop::sample::select(vec![
            None,
            Some(YesNoUnsure::Yes),
            Some(YesNoUnsure::No),
            Some(YesNoUnsure::NotSure),
        ]),
        prop::sample::select(vec![
            None,
            Some(YesNoUnsure::Yes),
            Some(YesNoUnsure::No),
            Some(YesNoUnsure::NotSure),
        ]),
        prop::sample::select(vec![
            None,
            Some(Consent::Agreed),
            Some(Consent::Declined),
            Some(Consent::NotAsked),
        ]),
        prop::sample::subsequence(ids, 0..12),
    )
        .prop_map(|(setting, nation, danger, under_18, consent, seen)| {
            let mut a = Answers {
                danger,
                setting: Some(setting),
                nation: Some(nation),
                under_18,
                consent,
                ..Answers::default()
            };
            a = with_seen(a, &seen);
            a
        })
}

proptest! {
    #[test]
    fn adding_an_observation_never_lowers_the_level(a in arb_answers(), extra in prop::sample::select(CATALOGUE.iter().map(|i| i.id).collect::<Vec<_>>())) {
        let before = assess(&a).level;
        let after = assess(&with_seen(a, &[extra])).level;
        prop_assert!(after >= before, "{before:?} -> {after:?} after adding {extra}");
    }

    #[test]
    fn immediate_danger_always_puts_999_first(mut a in arb_answers()) {
        a.danger = Some(YesNoUnsure::Yes);
        let r = assess(&a);
        prop_assert_eq!(r.routes[0].org, Some(OrgId::Emergency999));
    }

    #[test]
    fn a_possible_child_always_brings_childrens_services_and_police(a in arb_answers()) {
        let r = assess(&a);
        if a.under_18 != Some(YesNoUnsure::No) {
            prop_assert!(r.child);
            prop_assert!(r.routes.iter().any(|r| r.kind == RouteKind::ChildrensServices));
            prop_assert!(r.routes.iter().any(|r| matches!(r.org, Some(OrgId::Emergency999 | OrgId::PoliceNonEmergency | OrgId::PoliceScotland | OrgId::Psni))));
            prop_assert!(!r.routes.iter().any(|r| r.kind == RouteKind::RecordOnly));
        }
    }

    #[test]
    fn every_route_names_a_registry_entry_that_serves_the_nation(a in arb_answers()) {
        let r = assess(&a);
        for route in &r.routes {
            match route.org {
                None => prop_assert_eq!(route.kind, RouteKind::RecordOnly),
                Some(id) => {
                    let entry = REGISTRY.iter().find(|e| e.id == id);
                    prop_assert!(entry.is_some(), "{:?} is not in the registry", id);
                    prop_assert!(entry.unwrap().serves(r.nation), "{:?} does not serve {:?}", id, r.nation);
                }
            }
        }
    }

    #[test]
    fn scotland_and_northern_ireland_never_get_england_and_wales_only_routes(a in arb_answers()) {
        let r = assess(&a);
        if r.nation != Nation::EnglandWales {
            for route in &r.routes {
                prop_assert!(!england_wales_only(route.kind));
                if let Some(id) = route.org {
                    prop_assert!(org(id).serves(r.nation));
                }
            }
        }
    }

    #[test]
    fn every_route_and_level_carries_a_reason(a in arb_answers()) {
        let r = assess(&a);
        prop_assert!(!r.level_reasons.is_empty());
        for route in &r.routes {
            prop_assert!(!route.why.is_empty());
            for id in &route.evidence {
                prop_assert!(indicator(id).is_some());
            }
        }
    }

    #[test]
    fn the_helpline_is_always_offered(a in arb_answers()) {
        prop_assert!(assess(&a).routes.iter().any(|r| r.org == Some(OrgId::Helpline)));
    }
}

#[test]
fn rule_a_sign_common_to_every_form_points_to_labour_only_at_a_workplace() {
    let general = ["control-cannot-leave"];
    let r = assess(&with_seen(
        base(Setting::CarWash, Nation::EnglandWales),
        &general,
    ));
    assert_eq!(r.forms, vec![Form::Labour]);
    let r = assess(&with_seen(
        base(Setting::ShortLet, Nation::EnglandWales),
        &general,
    ));
    assert!(r.forms.is_empty());
    assert!(!r
        .routes
        .iter()
        .any(|r| r.org == Some(OrgId::LabourAuthority)));
}

#[test]
fn what_to_say_keeps_abbreviations_in_capitals() {
    assert_eq!(lower_first("Shared house or HMO"), "shared house or HMO");
    assert_eq!(
        lower_first("ID or travel documents"),
        "ID or travel documents"
    );
    let a = with_seen(
        base(Setting::SharedHouse, Nation::EnglandWales),
        &["control-id-held-by-other"],
    );
    let lines = what_to_say(&a, &assess(&a)).join(" ");
    assert!(lines.contains("a shared house or HMO"), "{lines}");
    assert!(lines.contains("passports or ID"), "{lines}");
}
