//! The forms of exploitation the recorded signs are consistent with, each with
//! the signs behind it. Never a verdict: the result says "signs consistent
//! with …".

use super::{
    catalogue::{Form, Indicator},
    setting::Setting,
};

/// One form and the recorded signs that point to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub form: Form,
    /// For criminal exploitation: which kinds the signs point to (cannabis
    /// cultivation, county lines, cuckooing, forced begging or theft).
    pub kinds: Vec<&'static str>,
    /// The indicator ids behind it.
    pub signs: Vec<&'static str>,
}

/// The kinds of criminal exploitation, by the signs that point to each.
pub const CRIMINAL_KINDS: &[(&str, &[&str])] = &[
    (
        "cannabis cultivation",
        &[
            "criminal-person-tending-cannabis",
            "criminal-cannabis-smell",
            "criminal-window-condensation",
            "criminal-fans-humming",
            "criminal-lights-all-hours",
            "criminal-electricity-tampered",
            "criminal-no-frost-on-roof",
            "criminal-grow-equipment-delivered",
            "criminal-booby-traps",
        ],
    ),
    (
        "county lines or drug supply",
        &[
            "criminal-callers-at-all-hours",
            "criminal-many-phones",
            "criminal-weapons-seen",
            "criminal-drugs-from-users-home",
            "criminal-drug-supply-seen",
            "children-far-from-home-or-missing",
            "children-unexplained-cash-phones",
            "children-carries-weapon",
        ],
    ),
    (
        "cuckooing",
        &[
            "criminal-cuckooing-home-taken-over",
            "criminal-outsiders-staying",
            "criminal-vulnerable-adult-unknown-people",
            "criminal-drugs-from-users-home",
        ],
    ),
    (
        "forced begging or theft",
        &["criminal-forced-begging-or-theft"],
    ),
];

/// The forms the signs point to. A sign common to every form (someone else
/// holds their ID) says nothing about which form on its own, except at a
/// workplace, where it points to labour exploitation; so does, at a
/// workplace, a sign shared by labour exploitation and other forms (long
/// hours with no days off). Any sign when someone may be under 18 adds child
/// exploitation.
pub fn findings(
    observations: &[&'static Indicator],
    setting: Option<Setting>,
    child: bool,
) -> Vec<Finding> {
    let workplace = setting.is_some_and(|s| s.is_workplace() && s != Setting::Other);
    let mut out = Vec::new();
    for form in Form::ALL {
        let signs: Vec<&'static str> = observations
            .iter()
            .filter(|i| {
                let specific = i.forms.len() < Form::ALL.len();
                let labour_at_work = workplace && i.forms.contains(&Form::Labour);
                if labour_at_work {
                    form == Form::Labour
                } else {
                    (specific && i.forms.contains(&form))
                        || (!specific && workplace && form == Form::Labour)
                }
            })
            .map(|i| i.id)
            .collect();
        if signs.is_empty() {
            continue;
        }
        let kinds = if form == Form::Criminal {
            CRIMINAL_KINDS
                .iter()
                .filter(|(_, ids)| signs.iter().any(|s| ids.contains(s)))
                .map(|(k, _)| *k)
                .collect()
        } else {
            Vec::new()
        };
        out.push(Finding { form, kinds, signs });
    }
    if child && !observations.is_empty() {
        out.push(Finding {
            form: Form::Child,
            kinds: Vec::new(),
            signs: observations.iter().map(|i| i.id).collect(),
        });
    }
    out
}

/// The forms alone, for callers that need no signs.
pub fn forms_of(observations: &[&'static Indicator], setting: Option<Setting>) -> Vec<Form> {
    findings(observations, setting, false)
        .into_iter()
        .map(|f| f.form)
        .collect()
}

impl Finding {
    /// "Signs consistent with criminal exploitation (cannabis cultivation)".
    pub fn headline(&self) -> String {
        let kinds = if self.kinds.is_empty() {
            String::new()
        } else {
            format!(" ({})", self.kinds.join(", "))
        };
        format!("Signs consistent with {}{kinds}", self.form.label())
    }
}
