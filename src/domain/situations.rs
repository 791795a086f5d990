//! Typical situations, as answers the engine can assess. The Stop it page and
//! the "How the checklist decides" page show the engine's own routes for each,
//! so what they say can never drift from what the wizard does.

use super::{
    catalogue::{Form, Indicator, Strength},
    indicators::CATALOGUE,
    nation::Nation,
    setting::Setting,
    visit::{Answers, Consent, GroupAnswer, PeopleCount, YesNoUnsure},
};

/// A named situation and the answers that stand for it.
pub struct Situation {
    pub title: &'static str,
    pub answers: Answers,
}

fn adult(nation: Nation, setting: Setting) -> Answers {
    Answers {
        danger: Some(YesNoUnsure::No),
        setting: Some(setting),
        nation: Some(nation),
        people: Some(PeopleCount::One),
        under_18: Some(YesNoUnsure::No),
        consent: Some(Consent::NotAsked),
        ..Answers::default()
    }
}

fn seen(mut a: Answers, indicators: &[&'static Indicator]) -> Answers {
    for i in indicators {
        let entry = a
            .groups
            .entry(i.group)
            .or_insert_with(|| GroupAnswer::Seen(Default::default()));
        if let GroupAnswer::Seen(set) = entry {
            set.insert(i.id.to_string());
        }
    }
    a
}

fn first(pred: impl Fn(&Indicator) -> bool) -> &'static Indicator {
    CATALOGUE
        .iter()
        .find(|i| pred(i))
        .expect("the catalogue covers every situation (tested)")
}

/// The situations for one nation, in the order a reader needs them.
pub fn situations(nation: Nation) -> Vec<Situation> {
    let red_flag = first(|i| i.red_flag && i.applies_to(Setting::Other));
    let weak = first(|i| i.strength == Strength::Weak && i.applies_to(Setting::Other));
    let labour =
        first(|i| i.forms.contains(&Form::Labour) && i.applies_to(Setting::CarWash) && !i.red_flag);
    let labour_strong = first(|i| {
        i.forms.contains(&Form::Labour)
            && i.applies_to(Setting::CarWash)
            && i.strength == Strength::Strong
    });

    let mut danger = adult(nation, Setting::Other);
    danger.danger = Some(YesNoUnsure::Yes);
    let mut child = adult(nation, Setting::Other);
    child.under_18 = Some(YesNoUnsure::NotSure);
    child.consent = None;
    let mut agrees = seen(adult(nation, Setting::Other), &[red_flag]);
    agrees.consent = Some(Consent::Agreed);
    let mut declines = seen(adult(nation, Setting::Other), &[red_flag]);
    declines.consent = Some(Consent::Declined);
    let not_asked = seen(adult(nation, Setting::Other), &[red_flag]);
    let labour_case = seen(adult(nation, Setting::CarWash), &[labour_strong, labour]);
    let unsure = seen(adult(nation, Setting::Other), &[weak]);

    vec![
        Situation {
            title: "Someone is in danger now",
            answers: danger,
        },
        Situation {
            title: "A child may be involved (under 18, or age unknown)",
            answers: child,
        },
        Situation {
            title: "An adult who agrees to be referred",
            answers: agrees,
        },
        Situation {
            title: "An adult who does not agree to be referred",
            answers: declines,
        },
        Situation {
            title: "An adult you have not been able to ask",
            answers: not_asked,
        },
        Situation {
            title: "Signs of labour exploitation",
            answers: labour_case,
        },
        Situation {
            title: "A single sign, and you are not sure",
            answers: unsure,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::engine::{assess, Level, RouteKind};

    #[test]
    fn each_situation_leads_where_its_title_says() {
        for nation in Nation::ALL {
            let s = situations(nation);
            assert_eq!(assess(&s[0].answers).routes[0].kind, RouteKind::Emergency);
            assert!(assess(&s[1].answers).child);
            assert!(assess(&s[2].answers).level >= Level::Significant);
            assert_eq!(assess(&s[6].answers).level, Level::SomeIndicators);
            if nation == Nation::EnglandWales {
                assert!(assess(&s[2].answers)
                    .routes
                    .iter()
                    .any(|r| r.kind == RouteKind::NrmReferral));
                assert!(assess(&s[3].answers)
                    .routes
                    .iter()
                    .any(|r| r.kind == RouteKind::DutyToNotify));
                assert!(assess(&s[5].answers)
                    .routes
                    .iter()
                    .any(|r| r.kind == RouteKind::LabourAuthority));
            }
        }
    }
}
