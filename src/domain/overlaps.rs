//! One fact counts once. Some checklist items describe the same fact seen from
//! different pages (no protective equipment on the work page and again on the
//! setting's own premises page). Each overlap group below weighs like one
//! observation: the strongest item of the group is counted, the others are
//! still listed but add nothing to the level.
//!
//! Data, checked when the app builds: every id must exist and belong to at
//! most one group.

use super::{catalogue::Indicator, indicators::CATALOGUE, source::str_eq};

/// A named set of items that record the same fact.
pub struct Overlap {
    pub id: &'static str,
    /// What the items have in common, for the "How the checklist decides" page.
    pub fact: &'static str,
    pub members: &'static [&'static str],
}

pub const OVERLAPS: &[Overlap] = &[
    Overlap {
        id: "protective-equipment",
        fact: "Workers have no protective equipment for the work they do",
        members: &[
            "work-no-ppe",
            "premises-carwash-chemicals-no-ppe",
            "premises-nailbar-no-masks-gloves",
            "premises-food-workers-no-hygiene-kit",
            "premises-construction-no-safety-kit",
        ],
    },
    Overlap {
        id: "sleeping-at-work",
        fact: "People sleep where they work",
        members: &[
            "living-at-workplace",
            "premises-bedding-at-workplace",
            "premises-carwash-living-on-site",
            "premises-farm-sleeping-in-farm-buildings",
            "premises-factory-sleeping-inside",
            "premises-construction-sleeping-on-site",
        ],
    },
    Overlap {
        id: "overcrowded-sleeping",
        fact: "Too many people sleep in the rooms",
        members: &["living-mattresses-most-rooms", "living-overcrowded"],
    },
    Overlap {
        id: "coached-account",
        fact: "The account sounds coached",
        members: &["people-same-story", "people-answers-scripted"],
    },
    Overlap {
        id: "cannot-leave",
        fact: "The person says they cannot leave, go home or go out",
        members: &["control-cannot-leave", "control-says-cannot-go-home"],
    },
    Overlap {
        id: "strangers-staying",
        fact: "People from elsewhere are staying at the address",
        members: &[
            "criminal-outsiders-staying",
            "criminal-vulnerable-adult-unknown-people",
        ],
    },
];

/// The overlap group an indicator belongs to, if any.
pub fn overlap_of(id: &str) -> Option<&'static Overlap> {
    OVERLAPS.iter().find(|o| o.members.contains(&id))
}

/// The observations that count towards the level: all of them, except that
/// each overlap group keeps only its strongest item (red flag first, then
/// strength, then catalogue order, so the choice is stable).
pub fn counted<'a>(observations: &[&'a Indicator]) -> Vec<&'a Indicator> {
    let mut out: Vec<&'a Indicator> = Vec::new();
    for &i in observations {
        match overlap_of(i.id) {
            None => out.push(i),
            Some(group) => {
                let existing = out
                    .iter()
                    .position(|o| overlap_of(o.id).is_some_and(|g| g.id == group.id));
                match existing {
                    None => out.push(i),
                    Some(at) => {
                        let held = out[at];
                        if (i.red_flag, i.strength) > (held.red_flag, held.strength) {
                            out[at] = i;
                        }
                    }
                }
            }
        }
    }
    out
}

const fn known(id: &str) -> bool {
    let mut i = 0;
    while i < CATALOGUE.len() {
        if str_eq(CATALOGUE[i].id, id) {
            return true;
        }
        i += 1;
    }
    false
}

/// Every member exists in the catalogue and belongs to one group only.
pub const fn check_overlaps(groups: &[Overlap]) -> Result<(), &'static str> {
    let mut g = 0;
    while g < groups.len() {
        if groups[g].members.len() < 2 {
            return Err("an overlap group needs at least two members");
        }
        let mut m = 0;
        while m < groups[g].members.len() {
            let id = groups[g].members[m];
            if !known(id) {
                return Err("an overlap group names an unknown indicator");
            }
            let mut h = 0;
            while h < groups.len() {
                let mut n = 0;
                while n < groups[h].members.len() {
                    if (h != g || n != m) && str_eq(groups[h].members[n], id) {
                        return Err("an indicator is in two overlap places");
                    }
                    n += 1;
                }
                h += 1;
            }
            m += 1;
        }
        g += 1;
    }
    Ok(())
}

const _: () = match check_overlaps(OVERLAPS) {
    Ok(()) => (),
    Err(msg) => panic!("{}", msg),
};
