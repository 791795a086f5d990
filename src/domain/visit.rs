//! The visit record: what the inspector answered and wrote, versioned so that
//! stored visits can be migrated when the model changes.

use super::{catalogue::Group, nation::Nation, setting::Setting};
use std::collections::{BTreeMap, BTreeSet};

/// Bump when the stored shape changes, and add a migration.
pub const SCHEMA_VERSION: u32 = 1;

/// Yes / no / not sure, for questions where "not sure" is an honest answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum YesNoUnsure {
    Yes,
    No,
    NotSure,
}

impl YesNoUnsure {
    pub const ALL: [YesNoUnsure; 3] = [YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::NotSure];

    pub fn id(self) -> &'static str {
        match self {
            YesNoUnsure::Yes => "yes",
            YesNoUnsure::No => "no",
            YesNoUnsure::NotSure => "not-sure",
        }
    }

    pub fn from_id(id: &str) -> Option<YesNoUnsure> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            YesNoUnsure::Yes => "Yes",
            YesNoUnsure::No => "No",
            YesNoUnsure::NotSure => "Not sure",
        }
    }
}

/// Roughly how many people the inspector saw who may be affected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum PeopleCount {
    One,
    TwoToFive,
    SixToTen,
    MoreThanTen,
    CouldNotCount,
}

impl PeopleCount {
    pub const ALL: [PeopleCount; 5] = [
        PeopleCount::One,
        PeopleCount::TwoToFive,
        PeopleCount::SixToTen,
        PeopleCount::MoreThanTen,
        PeopleCount::CouldNotCount,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PeopleCount::One => "1",
            PeopleCount::TwoToFive => "2-5",
            PeopleCount::SixToTen => "6-10",
            PeopleCount::MoreThanTen => "more-than-10",
            PeopleCount::CouldNotCount => "not-sure",
        }
    }

    pub fn from_id(id: &str) -> Option<PeopleCount> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            PeopleCount::One => "1 person",
            PeopleCount::TwoToFive => "2 to 5 people",
            PeopleCount::SixToTen => "6 to 10 people",
            PeopleCount::MoreThanTen => "More than 10 people",
            PeopleCount::CouldNotCount => "Not sure / could not count",
        }
    }
}

/// Whether an adult has agreed to be referred for support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Consent {
    Agreed,
    Declined,
    NotAsked,
}

impl Consent {
    pub const ALL: [Consent; 3] = [Consent::Agreed, Consent::Declined, Consent::NotAsked];

    pub fn id(self) -> &'static str {
        match self {
            Consent::Agreed => "agreed",
            Consent::Declined => "declined",
            Consent::NotAsked => "not-asked",
        }
    }

    pub fn from_id(id: &str) -> Option<Consent> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Consent::Agreed => "Yes, they agreed to be referred for support",
            Consent::Declined => "No, they did not agree",
            Consent::NotAsked => "I have not asked, or it was not safe to ask",
        }
    }
}

/// The answer to one screen of observations.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum GroupAnswer {
    /// The ids of the indicators ticked. Empty when the inspector continued
    /// with nothing ticked: "nothing recorded on this page", which is not the
    /// same as "none seen" (they may not have looked).
    Seen(BTreeSet<String>),
    NoneSeen,
    /// "Not sure / could not see": the area was not checked, which the result says.
    CouldNotSee,
}

/// Everything the wizard asks. `None` means not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Answers {
    pub danger: Option<YesNoUnsure>,
    pub setting: Option<Setting>,
    pub nation: Option<Nation>,
    pub people: Option<PeopleCount>,
    pub under_18: Option<YesNoUnsure>,
    pub groups: BTreeMap<Group, GroupAnswer>,
    pub consent: Option<Consent>,
}

impl Answers {
    /// MSA s51: anyone who may be under 18, or whose age is not known, is
    /// treated as a child. Only a clear "no" rules it out.
    pub fn may_involve_child(&self) -> bool {
        self.under_18 != Some(YesNoUnsure::No)
    }

    /// All indicator ids recorded as seen, on any screen.
    pub fn seen_ids(&self) -> impl Iterator<Item = &str> {
        self.groups.values().flat_map(|g| match g {
            GroupAnswer::Seen(ids) => ids.iter().map(String::as_str).collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    }
}

impl GroupAnswer {
    /// The value of the "None of these" box.
    pub const NONE: &'static str = "none";
    /// The value of the "Not sure / could not see" box.
    pub const COULD_NOT_SEE: &'static str = "could-not-see";

    /// The answer after one box is ticked or unticked. The two "or" boxes
    /// exclude the indicators and each other (the GOV.UK checkboxes "none"
    /// option); unticking the last box leaves the question unanswered.
    pub fn toggled(current: Option<&GroupAnswer>, value: &str, on: bool) -> Option<GroupAnswer> {
        match (value, on) {
            (Self::NONE, true) => Some(GroupAnswer::NoneSeen),
            (Self::COULD_NOT_SEE, true) => Some(GroupAnswer::CouldNotSee),
            (Self::NONE | Self::COULD_NOT_SEE, false) => None,
            (id, on) => {
                let mut seen = match current {
                    Some(GroupAnswer::Seen(s)) => s.clone(),
                    _ => BTreeSet::new(),
                };
                if on {
                    seen.insert(id.to_string());
                } else {
                    seen.remove(id);
                }
                (!seen.is_empty()).then_some(GroupAnswer::Seen(seen))
            }
        }
    }

    /// Whether a box shows as ticked for this answer.
    pub fn is_ticked(answer: Option<&GroupAnswer>, value: &str) -> bool {
        match (answer, value) {
            (Some(GroupAnswer::NoneSeen), Self::NONE) => true,
            (Some(GroupAnswer::CouldNotSee), Self::COULD_NOT_SEE) => true,
            (Some(GroupAnswer::Seen(s)), id) => s.contains(id),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Status {
    Draft,
    Complete,
}

/// One visit, as kept on the device.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Visit {
    pub version: u32,
    pub id: String,
    /// Milliseconds since the Unix epoch.
    pub created_ms: u64,
    pub updated_ms: u64,
    /// Practice visits are never listed or stored with real ones.
    pub practice: bool,
    /// The worked sample this practice visit follows, if any.
    pub sample: Option<String>,
    /// Free text: an address or a description of the location.
    pub location: String,
    pub answers: Answers,
    /// A short note per observation screen.
    pub notes: BTreeMap<Group, String>,
    pub general_notes: String,
    pub status: Status,
}

impl Visit {
    pub fn new(id: String, now_ms: u64, practice: bool) -> Visit {
        Visit {
            version: SCHEMA_VERSION,
            id,
            created_ms: now_ms,
            updated_ms: now_ms,
            practice,
            sample: None,
            location: String::new(),
            answers: Answers::default(),
            notes: BTreeMap::new(),
            general_notes: String::new(),
            status: Status::Draft,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_clear_no_rules_out_a_child() {
        let mut a = Answers::default();
        assert!(a.may_involve_child(), "unanswered age counts as unknown");
        a.under_18 = Some(YesNoUnsure::NotSure);
        assert!(a.may_involve_child());
        a.under_18 = Some(YesNoUnsure::Yes);
        assert!(a.may_involve_child());
        a.under_18 = Some(YesNoUnsure::No);
        assert!(!a.may_involve_child());
    }

    #[test]
    fn the_or_options_exclude_the_indicators_and_each_other() {
        let a = GroupAnswer::toggled(None, "x", true);
        assert_eq!(a, Some(GroupAnswer::Seen(["x".to_string()].into())));
        let b = GroupAnswer::toggled(a.as_ref(), "y", true).unwrap();
        assert!(GroupAnswer::is_ticked(Some(&b), "x") && GroupAnswer::is_ticked(Some(&b), "y"));
        let none = GroupAnswer::toggled(Some(&b), GroupAnswer::NONE, true);
        assert_eq!(none, Some(GroupAnswer::NoneSeen));
        assert!(!GroupAnswer::is_ticked(none.as_ref(), "x"));
        let unsure = GroupAnswer::toggled(none.as_ref(), GroupAnswer::COULD_NOT_SEE, true);
        assert_eq!(unsure, Some(GroupAnswer::CouldNotSee));
        assert!(!GroupAnswer::is_ticked(unsure.as_ref(), GroupAnswer::NONE));
        let back = GroupAnswer::toggled(unsure.as_ref(), "x", true);
        assert_eq!(back, Some(GroupAnswer::Seen(["x".to_string()].into())));
        assert_eq!(GroupAnswer::toggled(back.as_ref(), "x", false), None);
    }

    #[test]
    fn a_visit_round_trips_through_json() {
        let mut v = Visit::new("v1".into(), 1_700_000_000_000, false);
        v.answers.setting = Some(Setting::CarWash);
        v.answers.groups.insert(
            Group::Control,
            GroupAnswer::Seen(["control-id-held-by-other".to_string()].into()),
        );
        v.notes
            .insert(Group::Control, "Manager kept passports in a drawer".into());
        let json = super::super::storage_codec::encode_visit(&v);
        let back = super::super::storage_codec::decode_visit(&json).unwrap();
        assert_eq!(back, v);
        assert_eq!(back.version, SCHEMA_VERSION);
    }
}
