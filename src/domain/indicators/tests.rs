//! The catalogue's wording and coverage rules that a `const` check cannot
//! express.

use super::*;
use crate::domain::catalogue::{Applies, Category, Group, IloDimension, Strength};

fn by_id(id: &str) -> &'static Indicator {
    CATALOGUE
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("missing indicator {id}"))
}

fn cites(ind: &Indicator, key: &str) -> bool {
    ind.sources.iter().any(|s| s.key == key)
}

/// Premises indicators that name the setting itself (not Everywhere).
fn own_premises(setting: Setting) -> usize {
    CATALOGUE
        .iter()
        .filter(|i| i.group == Group::Premises)
        .filter(|i| matches!(i.applies, Applies::Only(list) if list.contains(&setting)))
        .count()
}

#[test]
fn the_catalogue_covers_the_breadth_of_the_reference() {
    for category in Category::ALL {
        assert!(
            CATALOGUE.iter().any(|i| i.category == category),
            "no indicator in category {category:?}"
        );
    }
    for group in Group::ALL {
        assert!(
            CATALOGUE.iter().any(|i| i.group == group),
            "empty group {group:?}"
        );
    }
    // County lines, cuckooing and cannabis cultivation are all present.
    for id in [
        "criminal-cuckooing-home-taken-over",
        "criminal-outsiders-staying",
        "criminal-person-tending-cannabis",
        "children-far-from-home-or-missing",
    ] {
        by_id(id);
    }
}

#[test]
fn ids_start_with_their_group() {
    // (Unique ids are checked when the app builds: check_catalogue.)
    for ind in CATALOGUE {
        let prefix = format!("{}-", ind.group.id());
        assert!(
            ind.id.starts_with(&prefix),
            "{} should start with {prefix}",
            ind.id
        );
    }
}

#[test]
fn ids_other_code_depends_on_keep_their_meaning() {
    let m = by_id("living-mattresses-most-rooms");
    assert_eq!(m.wording, "Mattresses on the floor in most rooms");
    assert_eq!(m.group, Group::Living);
    assert_eq!(m.strength, Strength::Medium);
    assert!(m.forms.contains(&Form::Labour));
    assert!(m.applies_to(Setting::House) && m.applies_to(Setting::SharedHouse));

    let id = by_id("control-id-held-by-other");
    assert_eq!(
        id.wording,
        "Someone else holds the occupants' or workers' passports or ID"
    );
    assert_eq!(id.group, Group::Control);
    assert_eq!(id.applies, Applies::Everywhere);
    assert_eq!(id.strength, Strength::Strong);
    assert!(id.red_flag);
    assert_eq!(id.ilo, Some(IloDimension::CoercionAtDestination));

    let child = by_id("children-under-18-working");
    assert_eq!(
        child.wording,
        "A person who appears under 18 is working here"
    );
    assert_eq!(child.group, Group::Children);
    assert_eq!(child.strength, Strength::Strong);
    assert!(child.red_flag);
    for s in WORKPLACES {
        assert!(
            child.applies_to(*s),
            "children-under-18-working should apply to {s:?}"
        );
    }
}

#[test]
fn every_setting_has_at_least_three_premises_signs_of_its_own() {
    for setting in Setting::ALL {
        let n = own_premises(setting);
        assert!(
            n >= 3,
            "{setting:?} has only {n} premises indicators of its own"
        );
    }
    // A few generic premises signs also cover "Other".
    assert!(own_premises(Setting::Other) >= 5);
}

#[test]
fn general_screens_have_something_for_every_setting() {
    for group in [
        Group::People,
        Group::Control,
        Group::Living,
        Group::Work,
        Group::Premises,
        Group::Children,
    ] {
        for setting in Setting::ALL {
            assert!(
                CATALOGUE
                    .iter()
                    .any(|i| i.group == group && i.applies_to(setting)),
                "{group:?} has nothing for {setting:?}"
            );
        }
    }
}

/// The form-specific screens are deliberately not asked everywhere: sexual
/// exploitation signs belong to homes, short lets and premises that can
/// front for brothels; criminal ones to homes (cuckooing, county lines) and
/// buildings that can hide a cannabis grow; domestic servitude to private
/// households. Each screen covers exactly its documented settings.
#[test]
fn form_screens_cover_exactly_their_documented_settings() {
    for (group, settings) in [
        (Group::Sexual, SEXUAL_SETTINGS),
        (Group::Criminal, CRIMINAL_SETTINGS),
        (Group::Domestic, DOMESTIC_SETTINGS),
    ] {
        for setting in Setting::ALL {
            let covered = CATALOGUE
                .iter()
                .any(|i| i.group == group && i.applies_to(setting));
            assert_eq!(
                covered,
                settings.contains(&setting),
                "{group:?} coverage of {setting:?} differs from its documented settings"
            );
        }
    }
}

#[test]
fn form_screens_name_their_form() {
    for ind in CATALOGUE {
        let expected = match ind.group {
            Group::Sexual => Some(Form::Sexual),
            Group::Criminal => Some(Form::Criminal),
            Group::Domestic => Some(Form::DomesticServitude),
            _ => None,
        };
        if let Some(form) = expected {
            assert!(ind.forms.contains(&form), "{} should name {form:?}", ind.id);
        }
    }
}

#[test]
fn wordings_are_observations_not_impressions() {
    const IMPRESSIONS: &[&str] = &[
        "seem",
        "seems",
        "seemed",
        "seemingly",
        "look",
        "looks",
        "looked",
        "looking",
        "appear",
        "appeared",
        "appearing",
        "sad",
        "scared",
        "frightened",
        "fearful",
        "nervous",
        "anxious",
        "withdrawn",
        "distressed",
        "malnourished",
        "unkempt",
        "agitated",
        "intimidated",
        "upset",
        "terrified",
        "suspicious",
        "depressed",
    ];
    for ind in CATALOGUE {
        for text in [ind.wording, ind.hint] {
            let lower = text.to_lowercase();
            for word in lower.split(|c: char| !c.is_ascii_alphabetic()) {
                assert!(
                    !IMPRESSIONS.contains(&word),
                    "{}: impression word {word:?} in {text:?}",
                    ind.id
                );
            }
            assert!(
                !lower.contains("as if") && !lower.contains("as though"),
                "{}: {text:?}",
                ind.id
            );
            // The only estimate allowed is of age (MSA 2015 s51).
            for (at, _) in lower.match_indices("appears") {
                assert!(
                    lower[at..].starts_with("appears under 18"),
                    "{}: {text:?}",
                    ind.id
                );
            }
            // Fear is recorded only as something the person said.
            if lower.contains("afraid") {
                assert!(
                    lower.contains("say"),
                    "{}: fear must be reported speech",
                    ind.id
                );
            }
        }
    }
}

#[test]
fn wordings_are_short_plain_and_respectful() {
    const BANNED: &[&str] = &[
        "slave",
        "prostitute",
        "illegal immigrant",
        "illegals",
        "victim",
    ];
    for ind in CATALOGUE {
        let w = ind.wording;
        assert!(
            w.chars().next().is_some_and(|c| c.is_uppercase()),
            "{}: {w:?}",
            ind.id
        );
        assert!(
            !w.ends_with('.'),
            "{}: wording should not end with a full stop",
            ind.id
        );
        assert!(w.len() <= 120, "{}: wording is too long", ind.id);
        assert!(
            ind.hint.is_empty() || ind.hint.ends_with('.'),
            "{}: hint",
            ind.id
        );
        assert!(ind.hint.len() <= 140, "{}: hint is too long", ind.id);
        for text in [w, ind.hint] {
            let lower = text.to_lowercase();
            assert!(
                !lower.contains("http") && !lower.contains("www."),
                "{}: link",
                ind.id
            );
        }
        let lower = w.to_lowercase();
        for term in BANNED {
            assert!(
                !lower.contains(term),
                "{}: use plain, respectful terms, not {term:?}",
                ind.id
            );
        }
    }
}

#[test]
fn red_flags_are_strong_and_few() {
    let flags: Vec<_> = CATALOGUE.iter().filter(|i| i.red_flag).collect();
    for ind in &flags {
        assert_eq!(
            ind.strength,
            Strength::Strong,
            "{} is a red flag but not Strong",
            ind.id
        );
    }
    assert!((6..=10).contains(&flags.len()), "{} red flags", flags.len());
    for id in [
        "control-id-held-by-other",
        "control-cannot-leave",
        "control-debt-cannot-repay",
        "people-untreated-injuries",
        "premises-door-locks-from-outside",
        "children-under-18-working",
    ] {
        assert!(by_id(id).red_flag, "{id} should be a red flag");
    }
}

#[test]
fn ilo_mappings_cite_the_ilo_and_a_uk_source() {
    for ind in CATALOGUE {
        if ind.ilo.is_some() {
            assert!(
                cites(ind, "2"),
                "{}: an ILO mapping also cites the ILO publication [2]",
                ind.id
            );
            assert!(
                ind.sources.iter().any(|s| !matches!(s.key, "2" | "120")),
                "{}: an ILO mapping needs a source for the sign itself",
                ind.id
            );
        }
    }
    // The adult-sexual list was not retrievable, so no sexual sign is mapped.
    assert!(CATALOGUE
        .iter()
        .filter(|i| i.group == Group::Sexual)
        .all(|i| i.ilo.is_none()));
}

#[test]
fn cuckooing_brings_in_adult_safeguarding() {
    let vulnerable: Vec<_> = CATALOGUE.iter().filter(|i| i.vulnerable_adult).collect();
    assert!(!vulnerable.is_empty());
    for ind in vulnerable {
        assert_eq!(ind.group, Group::Criminal, "{}", ind.id);
        assert!(!ind.applies_to(Setting::CarWash), "{}", ind.id);
    }
    assert!(by_id("criminal-cuckooing-home-taken-over").vulnerable_adult);
}

#[test]
fn setting_specific_premises_signs_name_a_form() {
    // (Form-specific categories naming a form is checked when the app
    // builds: check_catalogue.)
    for id in [
        "premises-carwash-living-on-site",
        "premises-nailbar-massage-back-rooms",
    ] {
        assert!(!by_id(id).forms.is_empty(), "{id}");
    }
    assert!(by_id("criminal-person-tending-cannabis")
        .forms
        .contains(&Form::Criminal));
}

#[test]
fn the_lookup_finds_catalogue_entries() {
    use crate::domain::catalogue::{indicator, indicators_for};
    assert_eq!(
        indicator("control-id-held-by-other").map(|i| i.id),
        Some("control-id-held-by-other")
    );
    assert!(indicator("no-such-indicator").is_none());
    assert!(indicators_for(Group::Premises, Setting::CarWash)
        .any(|i| i.id == "premises-carwash-living-on-site"));
    assert!(indicators_for(Group::Sexual, Setting::Farm)
        .next()
        .is_none());
}

/// What the person said is kept apart from what was observed: an item
/// that reports speech starts with it, and adds no observation.
#[test]
fn no_item_bundles_an_observation_with_a_statement() {
    for ind in CATALOGUE {
        let w = ind.wording.to_lowercase();
        let speech = w.contains("says") || w.contains(" said");
        if speech {
            assert!(
                ind.is_statement(),
                "{}: speech inside an observation: {}",
                ind.id,
                ind.wording
            );
            assert!(
                !w.contains(" and says") && !w.contains(", says"),
                "{}: two statements or an observation joined to one",
                ind.id
            );
        }
    }
}
