//! The indicator catalogue: what an inspector can observe, how strongly each
//! observation points to exploitation, and where that comes from.
//!
//! The data lives in `indicators.rs`; this module defines its shape and the
//! checks that run when the app builds.

use super::{
    setting::Setting,
    source::{str_eq, Source},
};

/// The category of an indicator, as the guidance groups the signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    General,
    Labour,
    Sexual,
    Criminal,
    DomesticServitude,
    Child,
    Premises,
}

impl Category {
    /// In the order the guidance presents them.
    pub const ALL: [Category; 7] = [
        Category::General,
        Category::Labour,
        Category::Sexual,
        Category::Criminal,
        Category::DomesticServitude,
        Category::Child,
        Category::Premises,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::General => "General",
            Category::Labour => "Labour exploitation",
            Category::Sexual => "Sexual exploitation",
            Category::Criminal => "Criminal exploitation",
            Category::DomesticServitude => "Domestic servitude",
            Category::Child => "Children",
            Category::Premises => "Premises",
        }
    }
}

/// One screen of observations in the wizard. Several categories can share a
/// screen; each indicator belongs to exactly one group.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Group {
    /// How the people look and behave.
    People,
    /// Who controls documents, money, movement and speech.
    Control,
    /// Sleeping and living arrangements.
    Living,
    /// Work, pay and safety at work.
    Work,
    /// The building itself: the setting's own signs.
    Premises,
    Sexual,
    Criminal,
    Domestic,
    /// Shown only when someone may be under 18.
    Children,
}

impl Group {
    /// The order of the observation screens.
    pub const ALL: [Group; 9] = [
        Group::People,
        Group::Control,
        Group::Living,
        Group::Work,
        Group::Premises,
        Group::Sexual,
        Group::Criminal,
        Group::Domestic,
        Group::Children,
    ];

    /// Stable id for storage and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Group::People => "people",
            Group::Control => "control",
            Group::Living => "living",
            Group::Work => "work",
            Group::Premises => "premises",
            Group::Sexual => "sexual",
            Group::Criminal => "criminal",
            Group::Domestic => "domestic",
            Group::Children => "children",
        }
    }

    pub fn from_id(id: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.id() == id)
    }

    /// Short name for task lists and summaries.
    pub fn title(self) -> &'static str {
        match self {
            Group::People => "The people you saw",
            Group::Control => "Control and freedom",
            Group::Living => "Living and sleeping",
            Group::Work => "Work and pay",
            Group::Premises => "The premises",
            Group::Sexual => "Signs of sexual exploitation",
            Group::Criminal => "Signs of criminal exploitation",
            Group::Domestic => "Signs of domestic servitude",
            Group::Children => "Signs about children",
        }
    }

    /// The question as it appears on the screen.
    pub fn question(self) -> &'static str {
        match self {
            Group::People => "What did you see of the people here?",
            Group::Control => "What did you see about control and freedom?",
            Group::Living => "What did you see of how people live and sleep here?",
            Group::Work => "What did you see of the work and pay?",
            Group::Premises => "What did you see of the premises?",
            Group::Sexual => "Did you see any of these signs of sexual exploitation?",
            Group::Criminal => "Did you see any of these signs of criminal exploitation?",
            Group::Domestic => "Did you see any of these signs of domestic servitude?",
            Group::Children => "Did you see any of these signs about children?",
        }
    }

    /// A neutral heading for discreet mode: a trained inspector still knows
    /// the screen; an onlooker sees an ordinary checklist.
    pub fn discreet_title(self) -> &'static str {
        match self {
            Group::People => "Occupants",
            Group::Control => "Access and documents",
            Group::Living => "Accommodation",
            Group::Work => "Working arrangements",
            Group::Premises => "Premises condition",
            Group::Sexual => "Use of rooms",
            Group::Criminal => "Utilities and visitors",
            Group::Domestic => "Household arrangements",
            Group::Children => "Young people",
        }
    }
}

/// How strongly an observation points to exploitation, following the ILO/EC
/// operational indicators (2009) where a mapping exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    Weak,
    Medium,
    Strong,
}

impl Strength {
    pub fn label(self) -> &'static str {
        match self {
            Strength::Weak => "Weak",
            Strength::Medium => "Medium",
            Strength::Strong => "Strong",
        }
    }
}

/// The six dimensions of the ILO/EC operational indicators (2009).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IloDimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    RecruitmentByAbuseOfVulnerability,
    ExploitativeConditions,
    CoercionAtDestination,
    AbuseOfVulnerabilityAtDestination,
}

impl IloDimension {
    pub fn label(self) -> &'static str {
        match self {
            IloDimension::DeceptiveRecruitment => "Deceptive recruitment",
            IloDimension::CoerciveRecruitment => "Coercive recruitment",
            IloDimension::RecruitmentByAbuseOfVulnerability => {
                "Recruitment by abuse of vulnerability"
            }
            IloDimension::ExploitativeConditions => "Exploitative conditions of work",
            IloDimension::CoercionAtDestination => "Coercion at destination",
            IloDimension::AbuseOfVulnerabilityAtDestination => {
                "Abuse of vulnerability at destination"
            }
        }
    }
}

/// The forms of exploitation an observation may point to. Routes follow from
/// these (labour brings in the labour-exploitation authority).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    Labour,
    Sexual,
    Criminal,
    DomesticServitude,
    /// Any sign when someone may be under 18. Not in [`Form::ALL`], which
    /// lists the forms an indicator can name.
    Child,
}

impl Form {
    pub const ALL: [Form; 4] = [
        Form::Labour,
        Form::Sexual,
        Form::Criminal,
        Form::DomesticServitude,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Form::Labour => "labour exploitation",
            Form::Sexual => "sexual exploitation",
            Form::Criminal => "criminal exploitation",
            Form::DomesticServitude => "domestic servitude",
            Form::Child => "child exploitation",
        }
    }
}

/// Where an indicator applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    Everywhere,
    Only(&'static [Setting]),
}

impl Applies {
    pub fn includes(self, setting: Setting) -> bool {
        match self {
            Applies::Everywhere => true,
            Applies::Only(list) => {
                let mut i = 0;
                while i < list.len() {
                    if list[i] as usize == setting as usize {
                        return true;
                    }
                    i += 1;
                }
                false
            }
        }
    }
}

/// One observable indicator.
#[derive(Debug)]
pub struct Indicator {
    /// Stable kebab-case id: stored in visit records, so never reuse or rename one.
    pub id: &'static str,
    /// What the inspector saw, as an observable fact ("someone else holds their
    /// ID"), never an impression ("looked sad").
    pub wording: &'static str,
    /// Optional short hint under the checkbox.
    pub hint: &'static str,
    pub category: Category,
    pub group: Group,
    pub applies: Applies,
    pub strength: Strength,
    /// A red flag raises the level of concern on its own.
    pub red_flag: bool,
    /// The forms of exploitation this observation may point to.
    pub forms: &'static [Form],
    /// An adult here may have care and support needs (brings in adult safeguarding).
    pub vulnerable_adult: bool,
    pub ilo: Option<IloDimension>,
    pub sources: &'static [&'static Source],
}

impl Indicator {
    pub fn applies_to(&self, setting: Setting) -> bool {
        self.applies.includes(setting)
    }

    /// What the person said, as opposed to what the inspector observed. The
    /// checklist keeps the two apart: an item is one or the other, never both.
    pub fn is_statement(&self) -> bool {
        ["Says ", "The person says ", "An adult says "]
            .iter()
            .any(|p| self.wording.starts_with(p))
    }
}

/// Looks an indicator up by id.
pub fn indicator(id: &str) -> Option<&'static Indicator> {
    super::indicators::CATALOGUE.iter().find(|i| i.id == id)
}

/// The indicators of one group that apply to a setting, in catalogue order.
pub fn indicators_for(group: Group, setting: Setting) -> impl Iterator<Item = &'static Indicator> {
    super::indicators::CATALOGUE
        .iter()
        .filter(move |i| i.group == group && i.applies_to(setting))
}

/// Every way the catalogue can be wrong, checked when the app builds.
pub const fn check_catalogue(items: &[Indicator]) -> Result<(), &'static str> {
    let mut i = 0;
    while i < items.len() {
        let ind = &items[i];
        if ind.id.is_empty() || ind.wording.is_empty() {
            return Err("an indicator has no id or no wording");
        }
        let id = ind.id.as_bytes();
        let mut c = 0;
        while c < id.len() {
            if !(id[c].is_ascii_lowercase() || id[c].is_ascii_digit() || id[c] == b'-') {
                return Err("an indicator id is not kebab-case");
            }
            c += 1;
        }
        if ind.sources.is_empty() {
            return Err("an indicator has no source");
        }
        if ind.forms.is_empty()
            && !matches!(
                ind.category,
                Category::General | Category::Child | Category::Premises
            )
        {
            return Err("an indicator of a specific form names no form");
        }
        if let Applies::Only(list) = ind.applies {
            if list.is_empty() {
                return Err("an indicator applies to no setting");
            }
        }
        let mut j = i + 1;
        while j < items.len() {
            if str_eq(ind.id, items[j].id) {
                return Err("two indicators share an id");
            }
            j += 1;
        }
        i += 1;
    }
    Ok(())
}

/// Each setting must have premises indicators of its own, and the catalogue
/// must cover the reference's breadth.
pub const fn check_coverage(items: &[Indicator], min_total: usize) -> Result<(), &'static str> {
    if items.len() < min_total {
        return Err("the catalogue has fewer indicators than required");
    }
    let mut s = 0;
    while s < Setting::ALL.len() {
        let setting = Setting::ALL[s];
        let mut found = false;
        let mut i = 0;
        while i < items.len() {
            if matches!(items[i].group, Group::Premises) {
                if let Applies::Only(list) = items[i].applies {
                    let mut k = 0;
                    while k < list.len() {
                        if list[k] as usize == setting as usize {
                            found = true;
                        }
                        k += 1;
                    }
                }
            }
            i += 1;
        }
        if !found {
            return Err("a setting has no premises indicators of its own");
        }
        s += 1;
    }
    Ok(())
}
