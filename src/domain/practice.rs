//! Worked sample visits for practice mode. Each is a composite: it draws on
//! the signs in the sources but describes no real place or person.

use super::{
    catalogue::indicator,
    engine::{assess, Assessment},
    nation::Nation,
    setting::Setting,
    visit::{Answers, Consent, GroupAnswer, PeopleCount, YesNoUnsure},
    wizard,
};
use std::collections::BTreeSet;

pub struct Sample {
    pub id: &'static str,
    pub title: &'static str,
    pub setting: Setting,
    pub nation: Nation,
    /// What the trainee walks into, in the second person. Composite.
    pub briefing: &'static [&'static str],
    pub danger: YesNoUnsure,
    pub people: PeopleCount,
    pub under_18: YesNoUnsure,
    pub consent: Option<Consent>,
    /// The observations a trainer would expect to be recorded.
    pub model_seen: &'static [&'static str],
}

pub static SAMPLES: &[Sample] = &[
    Sample {
        id: "shared-house",
        title: "A licensing check at a shared house",
        setting: Setting::SharedHouse,
        nation: Nation::EnglandWales,
        briefing: &[
            "You are checking a three-bedroom terraced house after a complaint about rubbish. A man who says he is the landlord's agent lets you in and stays with you.",
            "There are mattresses on the floor of every room, including the living room. You count eleven adults; none of them is on the tenancy.",
            "When you ask one of the men for ID, the agent says he keeps everyone's passports 'for safety'. Neighbours say a minibus collects the men at 5 a.m. every day.",
        ],
        danger: YesNoUnsure::No,
        people: PeopleCount::MoreThanTen,
        under_18: YesNoUnsure::No,
        consent: Some(Consent::NotAsked),
        model_seen: &[
            "living-mattresses-most-rooms",
            "control-id-held-by-other",
            "living-overcrowded",
            "premises-house-occupants-not-tenants",
            "control-collected-odd-hours",
            "control-minder-everywhere",
        ],
    },
    Sample {
        id: "car-wash",
        title: "A planning visit to a hand car wash",
        setting: Setting::CarWash,
        nation: Nation::EnglandWales,
        briefing: &[
            "You visit a hand car wash about a planning condition. Five workers are washing cars in trainers, with no gloves or waterproofs, using strong cleaning chemicals.",
            "One worker looks about fifteen. The owner takes all the payments, in cash, and answers when you speak to the workers.",
            "Behind the office there is a cabin with sleeping bags and a camping stove.",
        ],
        danger: YesNoUnsure::No,
        people: PeopleCount::TwoToFive,
        under_18: YesNoUnsure::Yes,
        consent: None,
        model_seen: &[
            "children-under-18-working",
            "premises-carwash-chemicals-no-ppe",
            "premises-carwash-living-on-site",
            "premises-workers-not-handling-money",
            "control-speaks-for-them",
            "premises-cash-only",
        ],
    },
    Sample {
        id: "nail-bar",
        title: "A routine inspection at a nail bar",
        setting: Setting::NailBar,
        nation: Nation::EnglandWales,
        briefing: &[
            "You carry out a routine health and safety inspection at a nail bar. Two technicians wear masks and gloves, and there are safety notices in English.",
            "The owner shows you the staff rota and payslips. Both technicians talk to you freely and tell you where they live.",
            "You see nothing from the checklist. Record that honestly: 'None of these' is an answer too.",
        ],
        danger: YesNoUnsure::No,
        people: PeopleCount::TwoToFive,
        under_18: YesNoUnsure::No,
        consent: Some(Consent::NotAsked),
        model_seen: &[],
    },
    Sample {
        id: "cuckooing",
        title: "A housing visit to a flat with many callers",
        setting: Setting::House,
        nation: Nation::EnglandWales,
        briefing: &[
            "You visit a council tenant, a man in his fifties with a history of drug use, after complaints of noise at night.",
            "Two young men you do not know are staying there and answer the door. Callers come and go during your visit, and the tenant says he 'can't ask them to leave'.",
        ],
        danger: YesNoUnsure::No,
        people: PeopleCount::One,
        under_18: YesNoUnsure::No,
        consent: Some(Consent::NotAsked),
        model_seen: &[
            "criminal-cuckooing-home-taken-over",
            "criminal-outsiders-staying",
            "criminal-callers-at-all-hours",
        ],
    },
    Sample {
        id: "farm",
        title: "A food hygiene visit to a farm in Scotland",
        setting: Setting::Farm,
        nation: Nation::Scotland,
        briefing: &[
            "You visit a farm's packing shed. Workers say they sleep in a converted barn on site, and that the cost of the bed and the van to the fields is taken from their pay.",
            "A man who is not the farmer watches the workers all the time and hands out their wages.",
        ],
        danger: YesNoUnsure::No,
        people: PeopleCount::SixToTen,
        under_18: YesNoUnsure::No,
        consent: Some(Consent::Declined),
        model_seen: &[
            "premises-farm-sleeping-in-farm-buildings",
            "work-pays-for-tools-food-housing",
            "control-overseer-at-work",
            "control-wages-kept-by-other",
        ],
    },
];

pub fn sample(id: &str) -> Option<&'static Sample> {
    SAMPLES.iter().find(|s| s.id == id)
}

impl Sample {
    /// The worked answers: the sample's facts with the model observations,
    /// and "None of these" on every other screen.
    pub fn model_answers(&self) -> Answers {
        let mut a = Answers {
            danger: Some(self.danger),
            setting: Some(self.setting),
            nation: Some(self.nation),
            people: Some(self.people),
            under_18: Some(self.under_18),
            consent: self.consent,
            ..Answers::default()
        };
        for id in self.model_seen {
            let group = indicator(id)
                .expect("model observations exist (tested)")
                .group;
            let entry = a
                .groups
                .entry(group)
                .or_insert_with(|| GroupAnswer::Seen(BTreeSet::new()));
            if let GroupAnswer::Seen(set) = entry {
                set.insert(id.to_string());
            }
        }
        for g in wizard::observation_groups(self.setting, &a) {
            a.groups.entry(g).or_insert(GroupAnswer::NoneSeen);
        }
        a
    }

    pub fn model_assessment(&self) -> Assessment {
        assess(&self.model_answers())
    }
}

/// How a trainee's answers compare with the worked answer.
#[derive(Debug, PartialEq, Eq)]
pub struct Comparison {
    pub matched: Vec<&'static str>,
    pub missed: Vec<&'static str>,
    pub extra: Vec<String>,
}

pub fn compare(sample: &Sample, answers: &Answers) -> Comparison {
    let seen: BTreeSet<&str> = answers.seen_ids().collect();
    Comparison {
        matched: sample
            .model_seen
            .iter()
            .copied()
            .filter(|id| seen.contains(id))
            .collect(),
        missed: sample
            .model_seen
            .iter()
            .copied()
            .filter(|id| !seen.contains(id))
            .collect(),
        extra: seen
            .iter()
            .filter(|id| !sample.model_seen.contains(id))
            .map(|s| s.to_string())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::engine::{Level, RouteKind};

    #[test]
    fn every_model_observation_exists_and_applies_to_the_sample_setting() {
        for s in SAMPLES {
            for id in s.model_seen {
                let i = indicator(id).unwrap_or_else(|| panic!("{}: unknown {id}", s.id));
                assert!(
                    i.applies_to(s.setting),
                    "{}: {id} does not apply to {:?}",
                    s.id,
                    s.setting
                );
            }
        }
    }

    #[test]
    fn the_worked_answers_complete_the_wizard() {
        for s in SAMPLES {
            let a = s.model_answers();
            assert_eq!(
                wizard::first_unanswered(&a),
                wizard::Step::Check,
                "{}",
                s.id
            );
        }
    }

    #[test]
    fn the_worked_samples_reach_the_levels_a_trainer_expects() {
        let level = |id| sample(id).unwrap().model_assessment().level;
        assert_eq!(level("shared-house"), Level::High);
        assert_eq!(level("car-wash"), Level::High);
        assert_eq!(level("nail-bar"), Level::NoIndicators);
        assert!(level("cuckooing") >= Level::Significant);
        let farm = sample("farm").unwrap().model_assessment();
        assert!(farm.level >= Level::Significant);
        assert!(!farm
            .routes
            .iter()
            .any(|r| r.kind == RouteKind::DutyToNotify));
    }

    #[test]
    fn comparison_lists_what_was_missed_and_added() {
        let s = sample("cuckooing").unwrap();
        let mut a = s.model_answers();
        a.groups.clear();
        a.groups.insert(
            crate::domain::catalogue::Group::Criminal,
            GroupAnswer::Seen(
                [
                    "criminal-outsiders-staying".to_string(),
                    "criminal-many-phones".to_string(),
                ]
                .into(),
            ),
        );
        let c = compare(s, &a);
        assert_eq!(c.matched, vec!["criminal-outsiders-staying"]);
        assert_eq!(c.missed.len(), 2);
        assert_eq!(c.extra, vec!["criminal-many-phones".to_string()]);
    }
}
