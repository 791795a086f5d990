//! The classroom activities: myths (true or false), sorting signs into forms
//! of exploitation, and matching agencies to the "Ps". Each item is placed in
//! one group by choosing it (never by dragging). A sign's right groups are
//! the catalogue's forms for it; the others are written with the activity.

use super::model::{Activity, ActivityItem, ActivityKind};
use crate::domain::catalogue::{indicator, Form};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A group an item can go in, as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: String,
    pub label: String,
}

/// The id a form of exploitation has as a group.
pub fn form_id(f: Form) -> &'static str {
    match f {
        Form::Labour => "labour",
        Form::Sexual => "sexual",
        Form::Criminal => "criminal",
        Form::DomesticServitude => "domestic-servitude",
        Form::Child => "child",
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The groups to choose from: a sort's are the catalogue's forms.
pub fn groups(a: &Activity) -> Vec<Group> {
    match a.kind {
        ActivityKind::Sort => Form::ALL
            .iter()
            .map(|f| Group {
                id: form_id(*f).to_string(),
                label: capitalised(f.label()),
            })
            .collect(),
        ActivityKind::Myths | ActivityKind::Match => a
            .groups
            .iter()
            .map(|g| Group {
                id: g.id.clone(),
                label: g.label.clone(),
            })
            .collect(),
    }
}

/// The groups that are right for an item. For a sign, every form the
/// catalogue links it to: several can be right.
pub fn accepted(item: &ActivityItem) -> Vec<String> {
    match item.sign.as_deref() {
        Some(sign) => indicator(sign)
            .map(|i| i.forms.iter().map(|f| form_id(*f).to_string()).collect())
            .unwrap_or_default(),
        None => item.answers.clone(),
    }
}

/// The labels of the right groups, in the activity's order.
pub fn accepted_labels(a: &Activity, item: &ActivityItem) -> Vec<String> {
    let right = accepted(item);
    groups(a)
        .into_iter()
        .filter(|g| right.contains(&g.id))
        .map(|g| g.label)
        .collect()
}

pub fn is_right(item: &ActivityItem, chosen: &str) -> bool {
    accepted(item).iter().any(|g| g == chosen)
}

/// What a learner chose in one activity, kept on the device.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Played {
    /// Item key → group id chosen.
    #[serde(default)]
    pub chosen: BTreeMap<String, String>,
    /// The answers were checked: feedback is shown and the choices are fixed
    /// until the learner tries again.
    #[serde(default)]
    pub checked: bool,
}

/// Right, answered and the number of items in an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    pub answered: usize,
    pub total: usize,
}

impl Played {
    /// Chooses a group for an item; a choice that is not one of the groups,
    /// or made after checking, is ignored.
    pub fn choose(&mut self, a: &Activity, item: &str, group: &str) {
        let known_item = a.items.iter().any(|i| i.key() == item);
        let known_group = groups(a).iter().any(|g| g.id == group);
        if !self.checked && known_item && known_group {
            self.chosen.insert(item.to_string(), group.to_string());
        }
    }

    /// The items still without a choice, in order.
    pub fn unanswered<'a>(&self, a: &'a Activity) -> Vec<&'a ActivityItem> {
        a.items
            .iter()
            .filter(|i| !self.chosen.contains_key(i.key()))
            .collect()
    }

    /// Checks the answers if every item has one; otherwise says how many
    /// are left and changes nothing.
    pub fn check(&mut self, a: &Activity) -> Result<Tally, usize> {
        let left = self.unanswered(a).len();
        if left > 0 {
            return Err(left);
        }
        self.checked = true;
        Ok(self.tally(a))
    }

    /// Counts over the activity's current items only.
    pub fn tally(&self, a: &Activity) -> Tally {
        let mut t = Tally {
            right: 0,
            answered: 0,
            total: a.items.len(),
        };
        for item in &a.items {
            if let Some(chosen) = self.chosen.get(item.key()) {
                t.answered += 1;
                if is_right(item, chosen) {
                    t.right += 1;
                }
            }
        }
        t
    }

    pub fn try_again(&mut self) {
        *self = Played::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workshop::model::Workshop;

    fn real() -> Workshop {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/workshop.json"))).unwrap()
    }

    fn activity(kind: &str) -> Activity {
        serde_json::from_str(&format!(
            r#"{{"id":"a","kind":"{kind}","title":"A","intro":"i",
                "groups":[{{"id":"true","label":"True"}},{{"id":"false","label":"False"}}],
                "item":[
                  {{"id":"one","statement":"S1","answers":["false"],"explanation":"e","sources":["1"]}},
                  {{"id":"two","statement":"S2","answers":["true","false"],"explanation":"e","sources":["1"]}},
                  {{"sign":"living-at-workplace","explanation":"e"}}]}}"#
        ))
        .unwrap()
    }

    #[test]
    fn a_signs_right_forms_are_the_catalogues_own() {
        let a = activity("sort");
        let sign = &a.items[2];
        assert_eq!(sign.key(), "living-at-workplace");
        let forms: Vec<String> = indicator("living-at-workplace")
            .unwrap()
            .forms
            .iter()
            .map(|f| form_id(*f).to_string())
            .collect();
        assert!(forms.len() > 1, "a sign that points to several forms");
        assert_eq!(accepted(sign), forms);
        for f in &forms {
            assert!(is_right(sign, f));
        }
        assert!(!is_right(sign, "domestic-servitude"));
        let labels: Vec<String> = groups(&a).into_iter().map(|g| g.label).collect();
        assert_eq!(
            labels,
            [
                "Labour exploitation",
                "Sexual exploitation",
                "Criminal exploitation",
                "Domestic servitude"
            ]
        );
        assert_eq!(
            accepted_labels(&a, sign),
            ["Labour exploitation", "Sexual exploitation"]
        );
    }

    #[test]
    fn checking_needs_every_item_then_scores_and_fixes_the_choices() {
        let a = activity("myths");
        let mut p = Played::default();
        p.choose(&a, "one", "true");
        p.choose(&a, "one", "maybe");
        p.choose(&a, "nobody", "true");
        assert_eq!(p.chosen.len(), 1, "unknown groups and items are ignored");
        assert_eq!(p.check(&a), Err(2));
        assert!(!p.checked);
        p.choose(&a, "two", "false");
        p.choose(&a, "living-at-workplace", "true");
        assert_eq!(
            p.check(&a),
            Ok(Tally {
                right: 1,
                answered: 3,
                total: 3
            })
        );
        p.choose(&a, "one", "false");
        assert_eq!(p.chosen["one"], "true", "fixed once checked");
        p.try_again();
        assert_eq!(p, Played::default());
    }

    #[test]
    fn every_real_item_has_a_right_group_among_its_activitys_groups() {
        let w = real();
        assert_eq!(w.activities.len(), 4);
        for a in &w.activities {
            let ids: Vec<String> = groups(a).into_iter().map(|g| g.id).collect();
            for item in &a.items {
                let right = accepted(item);
                assert!(!right.is_empty(), "{}: {}", a.id, item.key());
                assert!(right.iter().all(|r| ids.contains(r)), "{}", item.key());
                assert!(
                    right.len() < ids.len(),
                    "{}: not every group is right",
                    item.key()
                );
            }
            // Choosing every right answer scores full marks.
            let mut p = Played::default();
            for item in &a.items {
                p.choose(a, item.key(), &accepted(item)[0]);
            }
            let t = p.check(a).unwrap();
            assert_eq!((t.right, t.total), (a.items.len(), a.items.len()));
        }
    }

    #[test]
    fn a_stored_activity_survives_a_round_trip() {
        let a = activity("myths");
        let mut p = Played::default();
        p.choose(&a, "one", "false");
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Played>(&json).unwrap(), p);
        assert_eq!(
            serde_json::from_str::<Played>("{}").unwrap(),
            Played::default()
        );
    }
}
