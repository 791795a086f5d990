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
        components::question::{Choice, QuestionFieldset, Radios},
        spot::{question_page::QuestionPage, visit_ctx::VisitCtx},
    },
};
use leptos::prelude::*;

/// Reads the current answer as a choice value.
type Get = fn(&Answers) -> Option<String>;
/// Stores a choice value as the answer.
type Set = fn(&mut Answers, &str);

struct RadioSpec {
    field: &'static str,
    hint: &'static str,
    choices: Vec<Choice>,
    get: Get,
    set: Set,
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

#[component]
pub fn RadioStep(ctx: VisitCtx, step: Step, from_check: bool) -> impl IntoView {
    let Some(RadioSpec {
        field,
        hint,
        choices,
        get,
        set,
    }) = spec(step)
    else {
        return ().into_any();
    };
    let error = RwSignal::new(None::<String>);
    let selected = Signal::derive(move || ctx.read(Part::Record, |v| get(&v.answers)).flatten());
    let on_select = Callback::new(move |value: String| ctx.update_answers(|a| set(a, &value)));
    view! {
        <QuestionPage ctx=ctx step=step from_check=from_check field=field error=error>
            <QuestionFieldset field=field question=ctx.heading(step) hint=hint.to_string() error=error>
                <Radios field=field choices=choices selected=selected on_select=on_select/>
            </QuestionFieldset>
        </QuestionPage>
    }
    .into_any()
}
