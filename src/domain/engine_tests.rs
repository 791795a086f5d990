//! Tests of the decision engine: one per rule, property tests for the
//! invariants, and worked scenarios (in `scenarios.rs`).

use super::*;
use crate::domain::{
    indicators::CATALOGUE,
    overlaps::OVERLAPS,
    registry::{org, OrgId, REGISTRY},
    route_reason::LAW_NAMES,
    setting::Setting,
    visit::{Consent, PeopleCount, YesNoUnsure},
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
    assert_eq!(
        kinds,
        vec![
            RouteKind::Emergency,
            RouteKind::Police,
            RouteKind::NrmOrDutyToNotify,
            RouteKind::Helpline
        ]
    );
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
                    text.extend(r.routes.iter().flat_map(|x| x.why(r.nation)));
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
            prop_assert!(!route.reasons.is_empty());
            for id in &route.evidence {
                prop_assert!(indicator(id).is_some());
            }
        }
    }

    #[test]
    fn routes_follow_the_rank_order(a in arb_answers()) {
        let r = assess(&a);
        let ranks: Vec<u8> = r.routes.iter().map(|x| x.kind.rank()).collect();
        let mut sorted = ranks.clone();
        sorted.sort();
        prop_assert_eq!(ranks, sorted);
    }

    #[test]
    fn no_route_is_offered_twice(a in arb_answers()) {
        let r = assess(&a);
        let ids: Vec<String> = r.routes.iter().map(|x| x.id()).collect();
        let unique: BTreeSet<&String> = ids.iter().collect();
        prop_assert_eq!(unique.len(), ids.len(), "{:?}", ids);
    }

    /// Danger never removes the follow-up: the nation's police, and for a
    /// possible child children's services and the referral, come after 999.
    #[test]
    fn danger_keeps_the_follow_up_routes(mut a in arb_answers()) {
        a.danger = Some(YesNoUnsure::Yes);
        let r = assess(&a);
        prop_assert_eq!(r.routes[0].kind, RouteKind::Emergency);
        let police = crate::domain::routing::police_for(r.nation);
        prop_assert!(r.routes.iter().any(|x| x.kind == RouteKind::Police && x.org == Some(police)));
        if r.child {
            prop_assert!(r.routes.iter().any(|x| x.kind == RouteKind::ChildrensServices));
            prop_assert!(r.routes.iter().any(|x| x.kind == RouteKind::NrmReferral));
        } else if r.nation == Nation::EnglandWales {
            prop_assert!(r.routes.iter().any(|x| x.org == Some(OrgId::CouncilModernSlaveryLead)));
        } else if r.nation == Nation::Scotland {
            prop_assert!(r.routes.iter().any(|x| x.org == Some(OrgId::ScottishCouncilSocialWork)));
        }
        prop_assert!(!r.routes.iter().any(|x| x.kind == RouteKind::RecordOnly));
    }

    /// A possible child with danger or any sign is never "no indicators" and
    /// always gets children's services, the police and an NRM referral
    /// without consent, whatever the consent answer says, then NSPCC CTAC's
    /// specialist advice.
    #[test]
    fn a_possible_child_with_a_concern_gets_the_three_child_routes(a in arb_answers()) {
        let r = assess(&a);
        let concern = !r.observations.is_empty() || a.danger == Some(YesNoUnsure::Yes);
        if r.child && concern {
            prop_assert!(r.level >= Level::Significant);
            let kinds: Vec<RouteKind> = r.routes.iter().map(|x| x.kind).collect();
            for k in [RouteKind::ChildrensServices, RouteKind::Police, RouteKind::NrmReferral] {
                prop_assert!(kinds.contains(&k), "{:?} missing from {:?}", k, kinds);
            }
            prop_assert!(!kinds.contains(&RouteKind::DutyToNotify));
            // Specialist advice adds to the child routes, after them.
            let ctac = r.routes.iter().position(|x| x.org == Some(OrgId::NspccCtac));
            let nrm = kinds.iter().position(|k| *k == RouteKind::NrmReferral);
            prop_assert!(ctac > nrm, "CTAC {:?} not after the NRM {:?}", ctac, nrm);
            if !r.observations.is_empty() {
                prop_assert!(r.findings.iter().any(|f| f.form == Form::Child));
            }
        }
    }

    /// England and Wales: any sign for an adult brings the organisation's own
    /// lead, who decides on the NRM (with consent) or the Duty to Notify.
    #[test]
    fn any_sign_for_an_adult_in_england_and_wales_brings_the_lead(mut a in arb_answers()) {
        a.nation = Some(Nation::EnglandWales);
        a.under_18 = Some(YesNoUnsure::No);
        let r = assess(&a);
        if !r.observations.is_empty() {
            let lead = r.routes.iter().find(|x| x.org == Some(OrgId::CouncilModernSlaveryLead));
            prop_assert!(lead.is_some());
            let expected = match a.consent {
                Some(Consent::Agreed) => RouteKind::NrmReferral,
                Some(Consent::Declined) => RouteKind::DutyToNotify,
                _ => RouteKind::NrmOrDutyToNotify,
            };
            prop_assert_eq!(lead.unwrap().kind, expected);
        }
    }

    /// Scotland: any sign for an adult brings Police Scotland and the
    /// council's social work services; TARA only for sexual exploitation.
    #[test]
    fn scotland_routes_adults_to_social_work_and_police(mut a in arb_answers()) {
        a.nation = Some(Nation::Scotland);
        a.under_18 = Some(YesNoUnsure::No);
        let r = assess(&a);
        let orgs: Vec<OrgId> = r.routes.iter().filter_map(|x| x.org).collect();
        if !r.observations.is_empty() {
            prop_assert!(orgs.contains(&OrgId::PoliceScotland));
            prop_assert!(orgs.contains(&OrgId::ScottishCouncilSocialWork));
            if a.consent != Some(Consent::Declined) {
                prop_assert!(orgs.contains(&OrgId::MigrantHelpScotland));
            }
        }
        if orgs.contains(&OrgId::Tara) {
            prop_assert!(r.forms.contains(&Form::Sexual));
            let tara = r.routes.iter().find(|x| x.org == Some(OrgId::Tara)).unwrap();
            prop_assert!(tara.why(r.nation).iter().any(|w| w.contains("woman")));
        }
    }

    /// Northern Ireland: any sign brings the PSNI.
    #[test]
    fn northern_ireland_routes_to_the_psni(mut a in arb_answers()) {
        a.nation = Some(Nation::NorthernIreland);
        let r = assess(&a);
        if !r.observations.is_empty() {
            prop_assert!(r.routes.iter().any(|x| x.org == Some(OrgId::Psni)));
        }
    }

    /// No legal citation outside its nation.
    #[test]
    fn every_law_cited_belongs_to_the_visit_nation(a in arb_answers()) {
        let r = assess(&a);
        let text: Vec<String> = r
            .routes
            .iter()
            .flat_map(|x| x.why(r.nation))
            .chain(r.level_reasons.iter().cloned())
            .collect();
        for t in &text {
            for (nation, law) in LAW_NAMES {
                if *nation != r.nation {
                    prop_assert!(!t.contains(law), "{:?} cites {} in {:?}", r.nation, law, t);
                }
            }
        }
    }

    /// One fact counts once: ticking more items of an overlap group never
    /// raises the level above ticking the strongest one alone.
    #[test]
    fn ticking_more_of_one_overlap_group_cannot_raise_the_level(a in arb_answers(), g in 0..OVERLAPS.len()) {
        let members: Vec<&str> = OVERLAPS[g].members.to_vec();
        let strongest = *members
            .iter()
            .max_by_key(|id| {
                let i = indicator(id).unwrap();
                (i.red_flag, i.strength)
            })
            .unwrap();
        let one = assess(&with_seen(a.clone(), &[strongest])).level;
        let all = assess(&with_seen(a, &members)).level;
        prop_assert_eq!(one, all);
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

#[test]
fn the_call_script_reads_as_sentences_in_every_branch() {
    use crate::domain::visit::Consent;
    for nation in Nation::ALL {
        for danger in [
            None,
            Some(YesNoUnsure::Yes),
            Some(YesNoUnsure::No),
            Some(YesNoUnsure::NotSure),
        ] {
            for under in [
                None,
                Some(YesNoUnsure::Yes),
                Some(YesNoUnsure::No),
                Some(YesNoUnsure::NotSure),
            ] {
                for people in PeopleCount::ALL.map(Some).into_iter().chain([None]) {
                    for consent in Consent::ALL.map(Some).into_iter().chain([None]) {
                        let mut a = base(Setting::CarWash, nation);
                        a.danger = danger;
                        a.under_18 = under;
                        a.people = people;
                        a.consent = consent;
                        let a = with_seen(a, &["control-id-held-by-other"]);
                        for line in what_to_say(&a, &assess(&a)) {
                            assert!(line.ends_with('.'), "not a sentence: {line:?}");
                            assert!(line.starts_with(|c: char| c.is_uppercase()), "{line:?}");
                            let lower = line.to_lowercase();
                            assert!(
                                !lower.contains("saw not sure") && !lower.contains(" / "),
                                "{line:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_result_summary_and_call_script_name_the_forms_with_their_signs() {
    let a = with_seen(
        base(Setting::House, Nation::Scotland),
        &[
            "criminal-cannabis-smell",
            "criminal-person-tending-cannabis",
            "domestic-eats-apart-leftovers",
        ],
    );
    let r = assess(&a);
    let criminal = r
        .findings
        .iter()
        .find(|f| f.form == Form::Criminal)
        .unwrap();
    assert_eq!(criminal.kinds, vec!["cannabis cultivation"]);
    assert_eq!(
        criminal.headline(),
        "Signs consistent with criminal exploitation (cannabis cultivation)"
    );
    assert!(criminal.signs.contains(&"criminal-cannabis-smell"));
    let script = what_to_say(&a, &r).join(" ");
    assert!(
        script.contains(
            "These signs are consistent with criminal exploitation (cannabis cultivation) and domestic servitude."
        ),
        "{script}"
    );
    let lines = crate::domain::summary::form_lines(&r);
    assert!(lines[0].starts_with("Signs consistent with criminal exploitation"));
    assert!(lines[0].contains(indicator("criminal-cannabis-smell").unwrap().wording));
}
