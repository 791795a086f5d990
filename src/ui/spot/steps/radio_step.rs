//! Every one-choice question of the wizard: danger, setting, people, age and
//! consent differ only in their data, which `choices_for` gives.

use crate::state::visits::Part;
use crate::{
    domain::{
        setting::Setting,
        visit::{Answers, Consent, PeopleCount, YesNoUnsure},
        wizard::Step,
    },
    ui::{
        components::question::{Choice, Radios},
        spot::visit_ctx::VisitCtx,
    },
};
use leptos::prelude::*;

/// Reads the current answer as a choice value.
type AnswerOf = fn(&Answers) -> Option<String>;
/// Stores a choice value as the answer.
type SetAnswer = fn(&mut Answers, &str);

struct RadioSpec {
    field: &'static str,
    hint: &'static str,
    choices: Vec<Choice>,
    get: AnswerOf,
    set: SetAnswer,
}

fn yes_no_unsure(yes_hint: &str, unsure_hint: &str) -> Vec<Choice> {
    vec![
        Choice::new("yes", "Yes").with_hint(yes_hint),
        Choice::new("no", "No"),
        Choice::new("not-sure", "Not sure / could not see").with_hint(unsure_hint),
    ]
}

fn spec(step: Step) -> Option<RadioSpec> {
    Some(match step {
        Step::Danger => RadioSpec {
            field: "danger",
            hint: "For example: someone is injured, locked in or threatened, or a child is at risk now.",
            choices: yes_no_unsure("You will see what to do straight away.", "You will be told how to act on it."),
            get: |a| a.danger.map(|v| v.id().into()),
            set: |a, v| a.danger = YesNoUnsure::from_id(v),
        },
        Step::Setting => RadioSpec {
            field: "setting",
            hint: "The checklist shows the signs that fit this kind of property.",
            choices: Setting::ALL.iter().map(|s| Choice::new(s.id(), s.label())).collect(),
            get: |a| a.setting.map(|v| v.id().into()),
            set: |a, v| a.setting = Setting::from_id(v),
        },
        Step::People => RadioSpec {
            field: "people",
            hint: "Count the workers or occupants you are concerned about, not the managers.",
            choices: PeopleCount::ALL.iter().map(|p| Choice::new(p.id(), p.label())).collect(),
            get: |a| a.people.map(|v| v.id().into()),
            set: |a, v| a.people = PeopleCount::from_id(v),
        },
        Step::UnderAge => RadioSpec {
            field: "under-18",
            hint: "If you cannot tell, choose 'Not sure'. Anyone whose age is unknown is treated as a child until their age is assessed: the law of each UK nation says so, and the result names it.",
            choices: yes_no_unsure("", ""),
            get: |a| a.under_18.map(|v| v.id().into()),
            set: |a, v| a.under_18 = YesNoUnsure::from_id(v),
        },
        Step::Consent => RadioSpec {
            field: "consent",
            hint: "Only ask when the person is alone and it is safe. Never use someone who came with them as an interpreter.",
            choices: Consent::ALL.iter().map(|c| Choice::new(c.id(), c.label())).collect(),
            get: |a| a.consent.map(|v| v.id().into()),
            set: |a, v| a.consent = Consent::from_id(v),
        },
        _ => return None,
    })
}

/// The id of a radio step's first input, for the error summary's link.
pub fn field(step: Step) -> &'static str {
    spec(step).map_or("", |s| s.field)
}

/// A radio step's hint.
pub fn hint(step: Step) -> Option<String> {
    spec(step).map(|s| s.hint.to_string())
}

/// Whether `step` is one of these questions.
pub fn is_radio(step: Step) -> bool {
    spec(step).is_some()
}

/// The radios of whichever one-choice question `step` is. Moving from one
/// to another patches the radios in place (see `Radios`).
#[component]
pub fn RadioStep(ctx: VisitCtx, #[prop(into)] step: Signal<Step>) -> impl IntoView {
    let choices = Memo::new(move |_| spec(step.get()).map(|s| s.choices).unwrap_or_default());
    // A memo: every radio reads it, and it changes only with the answer.
    let selected = Memo::new(move |_| {
        let get = spec(step.get())?.get;
        ctx.read(Part::Record, |v| get(&v.answers)).flatten()
    });
    let on_select = Callback::new(move |value: String| {
        if let Some(s) = spec(step.get_untracked()) {
            ctx.update_answers(|a| (s.set)(a, &value));
        }
    });
    let field = Memo::new(move |_| field(step.get()));
    view! { <Radios field=field choices=choices selected=selected on_select=on_select/> }
}
