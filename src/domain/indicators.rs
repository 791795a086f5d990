//! The indicator catalogue: every sign an inspector can tick, with its
//! strength, the forms of exploitation it may point to and its sources.
//!
//! How the entries are written:
//!
//! - **Wording** is an observable fact, in plain present-tense English, that an
//!   inspector can see or hear on a visit ("Mattresses on the floor in most
//!   rooms"), never an impression ("looked scared"). What a person *says* counts
//!   as observed ("Says they owe a debt …"). Age is the one estimate we ask for
//!   ("a person who appears under 18"), because the Modern Slavery Act 2015 s51
//!   requires a public authority to presume a possible victim who may be a child
//!   is under 18 until their age is assessed [102].
//! - **Strength** follows the ILO/EC operational indicators (2009) wherever an
//!   observation maps onto one of their listed indicators, and `ilo` then names
//!   the dimension. The weights come only from a secondary, unverified note
//!   citing the ILO publication; users see the original, [2], never the note
//!   (reference §10), and "How the checklist decides" says the weights are
//!   unverified. The adults-labour column is used for adults and the
//!   children-labour column for the Children screen. Such entries cite [2] *in
//!   addition to* a UK source for the sign itself.
//!   The ILO adult-sexual and child-sexual lists could not be retrieved, so the
//!   sexual-exploitation signs carry no ILO mapping and are weighted
//!   conservatively. Where nothing maps, the strength is a cautious judgement
//!   (most premises cues are Weak or Medium) and `ilo` is `None`.
//! - **Red flags** are kept to a few Strong, well-sourced signs: documents held
//!   by someone else, people locked in or unable to leave, violence or untreated
//!   injuries, debt bondage, and children working or present where sex is sold.
//! - **Sources** are the reference's numbered sources (`sources.rs`). Items the
//!   reference marks CHECK or UNVERIFIED are not stated as fact in any wording.
//!
//! Ids are stored in visit records: never rename or reuse one.

use super::catalogue::{
    check_catalogue, check_coverage, Applies, Category, Form, Group, IloDimension, Indicator,
    Strength,
};
use super::setting::Setting;
use super::sources::*;

/// Places where people work (signs about work, pay and safety at work).
const WORKPLACES: &[Setting] = &[
    Setting::CarWash,
    Setting::NailBar,
    Setting::Farm,
    Setting::Factory,
    Setting::Takeaway,
    Setting::Construction,
    Setting::Other,
];

/// Places where people live (signs about a dwelling).
const HOMES: &[Setting] = &[
    Setting::House,
    Setting::SharedHouse,
    Setting::ShortLet,
    Setting::Other,
];

/// Where sexual exploitation is asked about: homes, short lets ("pop-up"
/// brothels [62][91]), and nail bars or other premises, which can front for
/// massage brothels [61].
const SEXUAL_SETTINGS: &[Setting] = &[
    Setting::House,
    Setting::SharedHouse,
    Setting::ShortLet,
    Setting::NailBar,
    Setting::Other,
];

/// Where criminal exploitation is asked about: cuckooing and county lines in
/// homes [63][95], and cannabis grows in homes, farm and industrial buildings
/// [96][97][98].
const CRIMINAL_SETTINGS: &[Setting] = &[
    Setting::House,
    Setting::SharedHouse,
    Setting::ShortLet,
    Setting::Farm,
    Setting::Factory,
    Setting::Other,
];

/// Where domestic servitude is asked about: private households [58][92].
const DOMESTIC_SETTINGS: &[Setting] = &[Setting::House, Setting::SharedHouse, Setting::Other];

/// For signs that may point to any form of exploitation.
const ALL_FORMS: &[Form] = &[
    Form::Labour,
    Form::Sexual,
    Form::Criminal,
    Form::DomesticServitude,
];

pub static CATALOGUE: &[Indicator] = &[
    // People: how the people look and behave (§4.2, §4.3). Everywhere.
    Indicator {
        id: "people-untreated-injuries",
        wording: "Visible injuries that have not been treated",
        hint: "For example bruises, burns or cuts with no dressing or care.",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: true,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S78, &S79, &S80, &S88, &S2],
    },
    Indicator {
        id: "people-deceived-job",
        wording: "Says the job, place or employer is not the one they were promised",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: false,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::DeceptiveRecruitment),
        sources: &[&S4, &S1, &S11, &S2],
    },
    Indicator {
        id: "people-deceived-pay-conditions",
        wording: "Says the pay, hours or housing are not what they were promised",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: Some(IloDimension::DeceptiveRecruitment),
        sources: &[&S4, &S1, &S2],
    },
    Indicator {
        id: "people-unknown-address",
        wording: "The person does not know the address where they live or work",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: Some(IloDimension::AbuseOfVulnerabilityAtDestination),
        sources: &[&S80, &S82A, &S81A, &S2],
    },
    Indicator {
        id: "people-inconsistent-details",
        wording: "Says they do not know their own personal details, or gives details that do not match",
        hint: "For example their age, address or who they work for.",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S80, &S71],
    },
    Indicator {
        id: "people-same-story",
        wording: "Several people give the same account in the same words",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S82A, &S72],
    },
    Indicator {
        id: "people-looks-to-other-before-answering",
        wording: "Turns to another person before answering, or checks with them first",
        hint: "Note who they turned to, and when.",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S71, &S78, &S80],
    },
    Indicator {
        id: "people-answers-scripted",
        wording: "Repeats the same answers word for word when asked again",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S71],
    },
    Indicator {
        id: "people-few-belongings",
        wording: "Few or no personal belongings, and the same clothes worn every day",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S78, &S79, &S80],
    },
    Indicator {
        id: "people-clothes-unsuitable",
        wording: "Clothes are not suitable for the work or the weather",
        hint: "",
        category: Category::Labour,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S78, &S34, &S83],
    },
    Indicator {
        id: "people-poor-hygiene",
        wording: "Workers have very poor personal hygiene",
        hint: "",
        category: Category::Labour,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S81A, &S78],
    },
    Indicator {
        id: "people-says-afraid",
        wording: "The person says they are afraid of the police, of being deported, or of harm to themselves or their family",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S78, &S79, &S81A, &S34],
    },
    Indicator {
        id: "people-no-medical-care",
        wording: "Says they cannot see a doctor or get medical care when they need it",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S81A, &S85, &S92],
    },
    Indicator {
        id: "people-leftovers-little-food",
        wording: "Says they get only leftovers to eat, or not enough food",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S85, &S92, &S2],
    },
    Indicator {
        id: "people-moved-often",
        wording: "Says they are moved often between addresses or workplaces",
        hint: "",
        category: Category::General,
        group: Group::People,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S81A, &S86],
    },
    // Control: documents, money, movement, speech, minders and transport (§4.2, §4.3).
    Indicator {
        id: "control-id-held-by-other",
        wording: "Someone else holds the occupants' or workers' passports or ID",
        hint: "An employer or landlord \"keeping them safe\" counts.",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: true,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S78, &S79, &S85, &S92, &S27, &S2],
    },
    Indicator {
        id: "control-no-id",
        wording: "The person has no ID documents of their own",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S78, &S80, &S81A, &S86, &S34],
    },
    Indicator {
        id: "control-id-not-theirs",
        wording: "ID or travel documents show a different name, age or photo from the person holding them",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S72, &S85],
    },
    Indicator {
        id: "control-speaks-for-them",
        wording: "Another person answers for the workers or occupants when they are spoken to",
        hint: "Including someone who insists on translating, or whom they check with before answering.",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S72, &S34, &S71, &S88, &S89],
    },
    Indicator {
        id: "control-minder-everywhere",
        wording: "A minder goes everywhere with the workers or occupants, including to and from work",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual, Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S71, &S34, &S103, &S92, &S86, &S2],
    },
    Indicator {
        id: "control-cannot-leave",
        wording: "The person says they cannot leave, or may not go out without the employer or another person",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: true,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S83, &S85, &S78, &S2],
    },
    Indicator {
        id: "control-says-cannot-go-home",
        wording: "Says they cannot go home, or are not allowed out on their own",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: false,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S85, &S78, &S2],
    },
    Indicator {
        id: "control-violence-witnessed",
        wording: "A worker or occupant is hit, pushed or threatened with violence in front of you",
        hint: "If anyone is in immediate danger, call 999.",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: true,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S83, &S34, &S58, &S92, &S125, &S2],
    },
    Indicator {
        id: "control-debt-cannot-repay",
        wording: "Says they owe a debt to the employer or the person who brought them, and cannot pay it off",
        hint: "For example for travel, housing or finding the job.",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: true,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S58, &S34, &S72, &S81A, &S76, &S2],
    },
    Indicator {
        id: "control-wages-kept-by-other",
        wording: "Says someone else keeps their wages, bank card or benefits",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S72, &S81A, &S34, &S88, &S68, &S69, &S2],
    },
    Indicator {
        id: "control-threat-authorities",
        wording: "Says they have been threatened with being reported to the police or immigration",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S72, &S85, &S27, &S34, &S2],
    },
    Indicator {
        id: "control-threat-family",
        wording: "Says someone has threatened to harm their family",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S34, &S27, &S78, &S2],
    },
    Indicator {
        id: "control-contact-restricted",
        wording: "Says they are not allowed to contact family or friends, or their phone has been taken",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: false,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S72, &S85, &S92, &S2],
    },
    Indicator {
        id: "control-oath-or-ritual",
        wording: "Says they are bound by an oath, curse or ritual (such as juju) to obey or repay someone",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual],
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S85, &S88, &S2],
    },
    Indicator {
        id: "control-depends-on-employer",
        wording: "The same person provides the work, the housing and the transport, and the worker has no say",
        hint: "",
        category: Category::Labour,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::AbuseOfVulnerabilityAtDestination),
        sources: &[&S83, &S85, &S2],
    },
    Indicator {
        id: "control-collected-odd-hours",
        wording: "Workers or occupants are dropped off and collected together by the same vehicle, very early or late at night",
        hint: "",
        category: Category::General,
        group: Group::Control,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S78, &S79, &S80, &S90, &S103, &S81A, &S119],
    },
    Indicator {
        id: "control-overseer-at-work",
        wording: "A person who does no work watches the workers the whole time",
        hint: "",
        category: Category::Labour,
        group: Group::Control,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S81A],
    },
    Indicator {
        id: "control-security-keeps-workers-in",
        wording: "Locks, fences, guards or cameras are set up to keep workers on the premises",
        hint: "",
        category: Category::Labour,
        group: Group::Control,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Strong,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S83, &S85, &S2],
    },
    // Living: sleeping, overcrowding and living at the workplace (§4.2, §4.3, §4.8).
    Indicator {
        id: "living-mattresses-most-rooms",
        wording: "Mattresses on the floor in most rooms",
        hint: "Count every room used for sleeping, including living rooms and kitchens.",
        category: Category::Labour,
        group: Group::Living,
        applies: Applies::Only(HOMES),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S103, &S105, &S59, &S2],
    },
    Indicator {
        id: "living-overcrowded",
        wording: "More people live here than the rooms can hold",
        hint: "Count beds as well as people.",
        category: Category::General,
        group: Group::Living,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S82A, &S103, &S105, &S34, &S107, &S2],
    },
    Indicator {
        id: "living-unrelated-adults",
        wording: "Several unrelated adults live at the address",
        hint: "",
        category: Category::General,
        group: Group::Living,
        applies: Applies::Only(&[Setting::House, Setting::ShortLet, Setting::Other]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S90, &S104, &S34],
    },
    Indicator {
        id: "living-at-workplace",
        wording: "People live and sleep at the place where they work",
        hint: "",
        category: Category::Labour,
        group: Group::Living,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S78, &S83, &S90, &S11A],
    },
    Indicator {
        id: "living-no-basic-facilities",
        wording: "No working toilet, shower or cooking facilities for the people who live here",
        hint: "",
        category: Category::General,
        group: Group::Living,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S105, &S78, &S2],
    },
    Indicator {
        id: "living-dirty-damp",
        wording: "Living areas are dirty, damp or in poor repair",
        hint: "Common on its own: record it alongside other signs.",
        category: Category::General,
        group: Group::Living,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S78, &S107],
    },
    Indicator {
        id: "living-no-choice-of-housing",
        wording: "Says they must live where the employer or another person tells them",
        hint: "",
        category: Category::Labour,
        group: Group::Living,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::AbuseOfVulnerabilityAtDestination),
        sources: &[&S83, &S71, &S85, &S2],
    },
    Indicator {
        id: "living-rarely-go-out",
        wording: "Occupants are rarely seen going out, except when taken to work",
        hint: "",
        category: Category::General,
        group: Group::Living,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S34, &S103, &S82A],
    },
    Indicator {
        id: "living-high-rent",
        wording: "Says they pay a high rent to the employer or the person who housed them",
        hint: "",
        category: Category::Labour,
        group: Group::Living,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S105],
    },
    // Work: hours, pay, safety and records (§4.3). General ones apply everywhere; workplace ones to workplaces.
    Indicator {
        id: "work-long-hours-no-days-off",
        wording: "Says they work very long hours with no days off",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual, Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S72, &S83, &S86, &S58, &S2],
    },
    Indicator {
        id: "work-little-or-no-pay",
        wording: "Says they are paid very little, nothing, or only small irregular sums",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual, Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S58, &S76, &S72, &S114, &S2],
    },
    Indicator {
        id: "work-pays-for-tools-food-housing",
        wording: "Says they must pay for tools, food, housing or transport, or these are taken from their pay",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S34, &S2],
    },
    Indicator {
        id: "work-fined",
        wording: "Says they are fined or lose pay as a punishment",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S34, &S2],
    },
    Indicator {
        id: "work-no-contract-or-payslips",
        wording: "Says they have no contract or payslips",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S114, &S2],
    },
    Indicator {
        id: "work-no-ppe",
        wording: "Workers have no gloves, boots or waterproofs for the work",
        hint: "Or other protective equipment the job needs, such as masks or hard hats.",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S71, &S81A, &S113, &S114, &S2],
    },
    Indicator {
        id: "work-hazardous-untrained",
        wording: "Workers use chemicals or machinery without training or protection",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S113, &S2],
    },
    Indicator {
        id: "work-no-licences",
        wording: "Workers say they have no training, card or licence for the machinery or vehicles they use",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S83],
    },
    Indicator {
        id: "work-no-records",
        wording: "The employer cannot show wage records or the workers' right-to-work documents",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S114, &S2],
    },
    Indicator {
        id: "work-no-safety-notices",
        wording: "No health and safety notices on display",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S83],
    },
    Indicator {
        id: "work-notices-other-language",
        wording: "Notices for workers are written only in a language other than English or Welsh",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S83],
    },
    Indicator {
        id: "work-no-first-aid",
        wording: "No first aid kit or first aid arrangements for workers",
        hint: "",
        category: Category::Labour,
        group: Group::Work,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S114],
    },
    // Premises: signs several settings share (§4.3, §4.4, §4.8).
    Indicator {
        id: "premises-back-rooms-locked",
        wording: "Back rooms are locked, or you are refused access to them",
        hint: "They may be used as sleeping space for workers.",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash, Setting::NailBar, Setting::Factory, Setting::Takeaway, Setting::Other]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S81A, &S89],
    },
    Indicator {
        id: "premises-door-locks-from-outside",
        wording: "A room door locks from the outside and cannot be opened from inside, or has scratch marks on the inside",
        hint: "A keyed lock on a shared-house bedroom is normal; a bolt or padlock outside with no way out from inside is not.",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::NailBar, Setting::Farm, Setting::Factory, Setting::Takeaway, Setting::ShortLet, Setting::Other]),
        strength: Strength::Strong,
        red_flag: true,
        forms: ALL_FORMS,
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S88, &S89, &S83, &S2],
    },
    Indicator {
        id: "premises-bedding-at-workplace",
        wording: "Bedding, mattresses or sleeping bags in work areas, stores or back rooms",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S113, &S81A, &S104, &S83],
    },
    Indicator {
        id: "premises-cctv-watching-people",
        wording: "CCTV cameras watch the entrance or the areas where people live or work",
        hint: "Note which way the cameras point: at the street, or at the people inside.",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::NailBar, Setting::ShortLet, Setting::Other]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual, Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S88, &S89, &S83],
    },
    Indicator {
        id: "premises-letterbox-sealed",
        wording: "The letterbox is sealed or blocked",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(HOMES),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S88, &S89],
    },
    Indicator {
        id: "premises-windows-covered",
        wording: "Windows are boarded, blacked out or covered at all times",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::NailBar, Setting::ShortLet, Setting::Other]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual, Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S82A, &S103, &S89, &S96, &S97],
    },
    Indicator {
        id: "premises-bars-on-windows",
        wording: "Bars or reinforcement on the windows",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(HOMES),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual, Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S82A, &S89, &S103],
    },
    Indicator {
        id: "premises-few-furnishings",
        wording: "Very little furniture and few personal items, although people live here",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(HOMES),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual, Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S88, &S91, &S103],
    },
    Indicator {
        id: "premises-entry-delayed",
        wording: "The owner or manager delays your entry, and people leave by another way",
        hint: "Note the time, how many people left and which way they went.",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash, Setting::NailBar, Setting::Factory, Setting::Takeaway, Setting::ShortLet, Setting::Other]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S81A, &S89],
    },
    Indicator {
        id: "premises-back-dirtier-than-front",
        wording: "Staff areas at the back are much dirtier than the public areas at the front",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash, Setting::NailBar, Setting::Takeaway, Setting::Other]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S81A],
    },
    Indicator {
        id: "premises-exits-locked",
        wording: "Exits are locked or blocked while workers are inside",
        hint: "This is also a fire safety matter.",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::NailBar, Setting::Factory, Setting::Takeaway, Setting::Other]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S83],
    },
    Indicator {
        id: "premises-cash-only",
        wording: "The business takes cash only",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash, Setting::NailBar, Setting::Takeaway, Setting::Other]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S104, &S113],
    },
    Indicator {
        id: "premises-viewing-room",
        wording: "A room is set out for viewing people rather than for living in",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S89],
    },
    // Premises: houses, shared houses and short lets (§4.4, §4.8).
    Indicator {
        id: "premises-house-people-brought-in-out",
        wording: "People are brought in and out of the property by others, often after dark",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::ShortLet]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S82A, &S103],
    },
    Indicator {
        id: "premises-house-occupants-not-tenants",
        wording: "The people living here are not the people named on the tenancy",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S106],
    },
    Indicator {
        id: "premises-house-rent-paid-by-other",
        wording: "Rent is paid in cash or by a third party, not by the occupants from their own accounts",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::ShortLet]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S106, &S96],
    },
    Indicator {
        id: "premises-hmo-occupants-change-often",
        wording: "Occupants change often, with new people arriving in groups",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::SharedHouse, Setting::House]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour, Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S106, &S82A],
    },
    Indicator {
        id: "premises-hmo-sublet-by-other",
        wording: "Rooms are sub-let by someone who is not the landlord",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::SharedHouse, Setting::House]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S107],
    },
    Indicator {
        id: "premises-house-sleeping-in-outbuildings",
        wording: "People sleep in sheds or other outbuildings",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S105, &S2],
    },
    Indicator {
        id: "premises-shortlet-newly-let-bare",
        wording: "The property was let or booked recently and has very few furnishings",
        hint: "Police have reported \"pop-up\" brothels in short lets and holiday homes.",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::ShortLet]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S91, &S62],
    },
    // Premises: hand car washes (§4.8).
    Indicator {
        id: "premises-carwash-living-on-site",
        wording: "Caravans, cabins or forecourt buildings with bedding, used for sleeping",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S113, &S104, &S115, &S2],
    },
    Indicator {
        id: "premises-carwash-chemicals-no-ppe",
        wording: "Workers use chemicals or pressure washers with no gloves, boots or waterproofs",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S113, &S81A, &S114, &S2],
    },
    Indicator {
        id: "premises-carwash-very-cheap",
        wording: "Prices are far below other car washes nearby",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S115],
    },
    Indicator {
        id: "premises-workers-not-handling-money",
        wording: "Workers are not allowed to handle money; the owner or another person takes every payment",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash, Setting::NailBar]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S104, &S115],
    },
    Indicator {
        id: "premises-high-staff-turnover",
        wording: "Staff change often between visits",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash, Setting::NailBar, Setting::Takeaway]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S104],
    },
    // Premises: nail bars and beauty salons (§4.4, §4.8).
    Indicator {
        id: "premises-nailbar-no-masks-gloves",
        wording: "Workers handle nail chemicals and dust with no masks, gloves or ventilation",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::NailBar]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S2],
    },
    Indicator {
        id: "premises-nailbar-massage-back-rooms",
        wording: "Private back rooms offer massage, and men visit for short stays",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::NailBar, Setting::Other]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S61, &S88],
    },
    Indicator {
        id: "premises-nailbar-staff-live-with-owner",
        wording: "Workers say they live in the owner's home and also do the housework there",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::NailBar]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S76, &S118],
    },
    // Premises: farms, factories, takeaways and construction sites (§4.3, §4.8).
    Indicator {
        id: "premises-farm-sleeping-in-farm-buildings",
        wording: "Workers sleep in barns, sheds, containers or other farm buildings",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::Farm]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S105, &S2],
    },
    Indicator {
        id: "premises-site-caravans-overcrowded",
        wording: "Caravans or mobile homes on site hold more people than they are built for",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::Farm, Setting::Construction]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S104, &S105, &S2],
    },
    Indicator {
        id: "premises-outdoor-no-weather-clothing",
        wording: "Outdoor workers have no warm or waterproof clothing",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::CarWash, Setting::Farm, Setting::Construction]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S81A, &S2],
    },
    Indicator {
        id: "premises-factory-sleeping-inside",
        wording: "People sleep inside the factory or warehouse, in stores, offices or containers",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::Factory]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S104, &S2],
    },
    Indicator {
        id: "premises-food-workers-no-hygiene-kit",
        wording: "Food workers have no hair nets, proper shoes or uniform",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::Takeaway, Setting::Factory]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S81A],
    },
    Indicator {
        id: "premises-construction-sleeping-on-site",
        wording: "Workers sleep on site in containers, cabins, vans or unfinished buildings",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::Construction]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S104, &S105, &S83, &S2],
    },
    Indicator {
        id: "premises-construction-no-safety-kit",
        wording: "Workers on site have no hard hats, safety boots or high-visibility clothing",
        hint: "",
        category: Category::Premises,
        group: Group::Premises,
        applies: Applies::Only(&[Setting::Construction]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S83, &S81A, &S2],
    },
    // Sexual exploitation (§4.4). Houses, shared houses, short lets, nail bars and other premises (massage and nail bars can be fronts).
    Indicator {
        id: "sexual-many-short-male-visits",
        wording: "Many men visit for short stays, through the day and night",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S88, &S90, &S91, &S104],
    },
    Indicator {
        id: "sexual-living-where-sex-sold",
        wording: "The people selling sex also live and sleep at the property",
        hint: "This is not usual for a brothel.",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S88, &S86],
    },
    Indicator {
        id: "sexual-escorted-to-and-from",
        wording: "The person selling sex is escorted to and from the property or work",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S86, &S88],
    },
    Indicator {
        id: "sexual-bank-of-phones",
        wording: "Several mobile phones with numbers written on the back",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S88, &S89],
    },
    Indicator {
        id: "sexual-adverts",
        wording: "Adverts for sexual services are linked to this address, or offer women of a particular nationality",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S86, &S88],
    },
    Indicator {
        id: "sexual-few-clothes",
        wording: "The person has very few clothes, mostly of the kind worn for selling sex",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S86, &S89],
    },
    Indicator {
        id: "sexual-ownership-marks",
        wording: "Tattoos or marks that show \"ownership\" by someone else, such as a name or symbol",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S86, &S88],
    },
    Indicator {
        id: "sexual-only-sex-words",
        wording: "The person knows only sex-related words in English",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S86],
    },
    Indicator {
        id: "sexual-no-money-of-own",
        wording: "The person selling sex has no money of their own, and someone else takes the payments",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S86, &S88],
    },
    Indicator {
        id: "sexual-moved-between-addresses",
        wording: "Says they are moved between different addresses to sell sex",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S86, &S88],
    },
    Indicator {
        id: "sexual-group-moved-in",
        wording: "A group of young women has moved in suddenly",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S82A, &S88, &S104],
    },
    Indicator {
        id: "sexual-visitors-call-ahead",
        wording: "Visitors are told to call ahead, or to come back later",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S89],
    },
    Indicator {
        id: "sexual-phone-keeps-ringing",
        wording: "The person's phone keeps ringing whenever they are out",
        hint: "",
        category: Category::Sexual,
        group: Group::Sexual,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S87],
    },
    // Criminal exploitation (§3, §4.6): cuckooing, county lines, cannabis cultivation, forced begging and theft.
    Indicator {
        id: "criminal-cuckooing-home-taken-over",
        wording: "People who do not live here are using a vulnerable resident's home, and the resident cannot make them leave",
        hint: "Cuckooing. The resident may be older, ill, disabled or a drug user.",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::Other]),
        strength: Strength::Strong,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: true,
        ilo: None,
        sources: &[&S63, &S95, &S10],
    },
    Indicator {
        id: "criminal-drugs-from-users-home",
        wording: "Drugs are stored or sold from the home of a resident who uses drugs",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::Other]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: true,
        ilo: None,
        sources: &[&S63, &S95],
    },
    Indicator {
        id: "criminal-outsiders-staying",
        wording: "Young people or adults from another area are staying at the address with no clear reason",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::ShortLet, Setting::Other]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S63, &S94],
    },
    Indicator {
        id: "criminal-vulnerable-adult-unknown-people",
        wording: "An adult who may be vulnerable (older, ill, or using drugs) has people staying whom they cannot name",
        hint: "This can be cuckooing: others take over a vulnerable person's home.",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::Other]),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: true,
        ilo: None,
        sources: &[&S63, &S95],
    },
    Indicator {
        id: "criminal-drug-supply-seen",
        wording: "Drugs, scales, or small bags or wraps are in view at the address",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(&[Setting::House, Setting::SharedHouse, Setting::ShortLet, Setting::Other]),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S94, &S63],
    },
    Indicator {
        id: "criminal-callers-at-all-hours",
        wording: "Many people call at the property for short visits, at all hours",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96, &S97, &S98],
    },
    Indicator {
        id: "criminal-many-phones",
        wording: "Several mobile phones in use, with constant calls and texts",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S94],
    },
    Indicator {
        id: "criminal-weapons-seen",
        wording: "Weapons are seen at the property",
        hint: "Leave if it is not safe to stay, and call the police.",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S94],
    },
    Indicator {
        id: "criminal-forced-begging-or-theft",
        wording: "Says they are made to beg, steal or sell things and hand over the money",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S11, &S58, &S63A, &S2],
    },
    Indicator {
        id: "criminal-person-tending-cannabis",
        wording: "A person is found tending cannabis plants at the property",
        hint: "They may be a victim of exploitation as well as a suspect.",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S99, &S58, &S2],
    },
    Indicator {
        id: "criminal-cannabis-smell",
        wording: "A strong, sweet smell of cannabis",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96, &S97, &S98],
    },
    Indicator {
        id: "criminal-window-condensation",
        wording: "Heavy condensation on the windows",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96, &S97, &S98],
    },
    Indicator {
        id: "criminal-fans-humming",
        wording: "Constant humming of fans or ventilation",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96, &S97, &S98],
    },
    Indicator {
        id: "criminal-lights-all-hours",
        wording: "Lights on at all hours of the day and night",
        hint: "Often on timers.",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96, &S97, &S98],
    },
    Indicator {
        id: "criminal-electricity-tampered",
        wording: "Extra power cables, or the electricity meter has been bypassed",
        hint: "Fire and electric shock risk: do not touch.",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96, &S97, &S98],
    },
    Indicator {
        id: "criminal-no-frost-on-roof",
        wording: "No snow or frost on the roof when neighbouring roofs have it",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96, &S97, &S98],
    },
    Indicator {
        id: "criminal-grow-equipment-delivered",
        wording: "Lighting or ventilation equipment, or large deliveries, being taken in",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96, &S97, &S98],
    },
    Indicator {
        id: "criminal-booby-traps",
        wording: "Wires or traps fitted to doors or other ways in",
        hint: "Do not go in. Leave and call the police.",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96],
    },
    Indicator {
        id: "criminal-rent-paid-ahead-in-cash",
        wording: "Rent offered or paid months in advance in cash",
        hint: "",
        category: Category::Criminal,
        group: Group::Criminal,
        applies: Applies::Only(CRIMINAL_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S96],
    },
    // Domestic servitude (§3, §4.5). Private households.
    Indicator {
        id: "domestic-on-call-day-and-night",
        wording: "Says they do the cooking, cleaning or childcare and are on call day and night",
        hint: "",
        category: Category::DomesticServitude,
        group: Group::Domestic,
        applies: Applies::Only(DOMESTIC_SETTINGS),
        strength: Strength::Strong,
        red_flag: false,
        forms: &[Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S92, &S58, &S2],
    },
    Indicator {
        id: "domestic-only-out-for-school-run",
        wording: "Says they are only allowed out to take the children to school",
        hint: "",
        category: Category::DomesticServitude,
        group: Group::Domestic,
        applies: Applies::Only(DOMESTIC_SETTINGS),
        strength: Strength::Strong,
        red_flag: false,
        forms: &[Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: Some(IloDimension::CoercionAtDestination),
        sources: &[&S92, &S58, &S2],
    },
    Indicator {
        id: "domestic-makeshift-sleeping-space",
        wording: "The person sleeps in a shared or makeshift space, such as the kitchen, a hallway or the children's room",
        hint: "",
        category: Category::DomesticServitude,
        group: Group::Domestic,
        applies: Applies::Only(DOMESTIC_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S92, &S93, &S58, &S2],
    },
    Indicator {
        id: "domestic-eats-apart-leftovers",
        wording: "The person eats apart from the family, or is given leftovers",
        hint: "",
        category: Category::DomesticServitude,
        group: Group::Domestic,
        applies: Applies::Only(DOMESTIC_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S92, &S93],
    },
    Indicator {
        id: "domestic-no-free-access-food-water",
        wording: "Says they cannot freely get food or water in the home",
        hint: "",
        category: Category::DomesticServitude,
        group: Group::Domestic,
        applies: Applies::Only(DOMESTIC_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S92],
    },
    Indicator {
        id: "domestic-poorer-clothing",
        wording: "The person is dressed much more poorly than the rest of the household",
        hint: "",
        category: Category::DomesticServitude,
        group: Group::Domestic,
        applies: Applies::Only(DOMESTIC_SETTINGS),
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S92],
    },
    // Children (§4.6 county lines, §4.7). Shown only when someone may be under 18.
    Indicator {
        id: "children-under-18-working",
        wording: "A person who appears under 18 is working here",
        hint: "If they may be under 18, treat them as a child until their age is assessed.",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Strong,
        red_flag: true,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S100, &S113, &S76, &S102, &S3],
    },
    Indicator {
        id: "children-where-sex-is-sold",
        wording: "A person who appears under 18 is at a place where sex is sold",
        hint: "A child cannot consent to their own exploitation.",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Only(SEXUAL_SETTINGS),
        strength: Strength::Strong,
        red_flag: true,
        forms: &[Form::Sexual],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S89, &S100, &S1, &S3, &S102],
    },
    Indicator {
        id: "children-items-in-brothel-or-workplace",
        wording: "Toys, children's beds or child-sized clothes in a brothel, factory or other workplace",
        hint: "Including child-sized work clothes or clothes for sex work.",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Strong,
        red_flag: true,
        forms: &[Form::Sexual, Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S100],
    },
    Indicator {
        id: "children-equipment-altered-for-child",
        wording: "Work equipment has been altered so that a child can use it",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Only(WORKPLACES),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S83],
    },
    Indicator {
        id: "children-not-in-school",
        wording: "A child of school age is at home or at work in school hours",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Labour, Form::DomesticServitude, Form::Criminal],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S100, &S92, &S94, &S2],
    },
    Indicator {
        id: "children-apart-worse-conditions",
        wording: "A child eats or sleeps apart from the other children of the household, in worse conditions",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::DomesticServitude, Form::Labour],
        vulnerable_adult: false,
        ilo: Some(IloDimension::ExploitativeConditions),
        sources: &[&S100, &S92, &S2],
    },
    Indicator {
        id: "children-household-work",
        wording: "A child does the cooking, cleaning or childcare for the household instead of school or play",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Only(DOMESTIC_SETTINGS),
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S92, &S100],
    },
    Indicator {
        id: "children-no-parent-or-guardian",
        wording: "A child lives with adults who are not their parents or relatives, and cannot contact their parents",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S100, &S101],
    },
    Indicator {
        id: "children-adult-found-child",
        wording: "An adult says they \"found\" the child they are with",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S100],
    },
    Indicator {
        id: "children-much-older-partner",
        wording: "A young teenager is with a much older adult described as their boyfriend or girlfriend",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Sexual, Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S78, &S79, &S80, &S94],
    },
    Indicator {
        id: "children-far-from-home-or-missing",
        wording: "A young person is far from home with no clear reason, or has been reported missing",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S94, &S63],
    },
    Indicator {
        id: "children-unexplained-cash-phones",
        wording: "A young person has unexplained cash, several phones or new expensive things",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S94],
    },
    Indicator {
        id: "children-carries-weapon",
        wording: "A young person carries a weapon",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Medium,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S94],
    },
    Indicator {
        id: "children-hotel-cards-keys",
        wording: "A young person has hotel key cards or keys to places they cannot explain",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Criminal],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S94],
    },
    Indicator {
        id: "children-alone-with-taxi-numbers",
        wording: "A child on their own carries phone numbers for taxis",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S100],
    },
    Indicator {
        id: "children-no-play-or-friends",
        wording: "A child has no time to play and no friends their own age outside work",
        hint: "",
        category: Category::Child,
        group: Group::Children,
        applies: Applies::Everywhere,
        strength: Strength::Weak,
        red_flag: false,
        forms: &[Form::Labour, Form::DomesticServitude],
        vulnerable_adult: false,
        ilo: None,
        sources: &[&S100],
    },
];

const _: () = match check_catalogue(CATALOGUE) {
    Ok(()) => (),
    Err(msg) => panic!("{}", msg),
};
/// The fewest signs the catalogue may hold, for the breadth of the
/// reference. Checked only here, when the app builds.
pub const MIN_INDICATORS: usize = 75;

const _: () = match check_coverage(CATALOGUE, MIN_INDICATORS) {
    Ok(()) => (),
    Err(msg) => panic!("{}", msg),
};

#[cfg(test)]
mod tests {
    use super::*;

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
}
