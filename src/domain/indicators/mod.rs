//! The indicator catalogue: every sign an inspector can tick, with its
//! strength, the forms of exploitation it may point to and its sources.
//!
//! One file per observation screen (`Group`), in screen order; this file
//! joins them into [`CATALOGUE`] and checks the whole when the app builds.
//! To add a sign, copy an entry in its group's file: rustc checks every field
//! (a misspelt source, setting or strength does not compile), the `const`
//! checks below reject a duplicate id, a missing source or a form-specific
//! sign that names no form, and `tests.rs` checks the wording.
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

use super::catalogue::{check_catalogue, check_coverage, Form, Indicator};
use super::setting::Setting;

mod children;
mod control;
mod criminal;
mod domestic;
mod living;
mod people;
mod premises;
mod sexual;
#[cfg(test)]
mod tests;
mod work;

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

/// Every group's signs, in the order of the observation screens.
const GROUPS: [&[Indicator]; 9] = [
    people::SIGNS,
    control::SIGNS,
    living::SIGNS,
    work::SIGNS,
    premises::SIGNS,
    sexual::SIGNS,
    criminal::SIGNS,
    domestic::SIGNS,
    children::SIGNS,
];

const COUNT: usize = {
    let mut n = 0;
    let mut g = 0;
    while g < GROUPS.len() {
        n += GROUPS[g].len();
        g += 1;
    }
    n
};

/// The groups joined end to end, when the app builds.
const fn join<const N: usize>(groups: &[&[Indicator]]) -> [Indicator; N] {
    let mut out = [groups[0][0]; N];
    let mut at = 0;
    let mut g = 0;
    while g < groups.len() {
        let mut i = 0;
        while i < groups[g].len() {
            out[at] = groups[g][i];
            at += 1;
            i += 1;
        }
        g += 1;
    }
    out
}

static ALL: [Indicator; COUNT] = join(&GROUPS);

/// Every sign, in screen order: the one list the app, the engine and the
/// workshop read.
pub static CATALOGUE: &[Indicator] = &ALL;

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
