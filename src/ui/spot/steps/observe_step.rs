//! One screen of observations: the indicators of one group that apply to the
//! visit's setting, what was seen apart from what the person said, then "None
//! of these" or "Not sure / could not see", and a short note. Continuing with
//! nothing ticked records "nothing recorded on this page".

use crate::state::visits::Part;
use crate::{
    domain::{
        catalogue::{indicators_for, Group},
        setting::Setting,
        visit::GroupAnswer,
        wizard::Step,
    },
    ui::{
        components::{
            note_field::NoteField,
            question::{input_id, Checkbox, Choice, QuestionFieldset},
        },
        spot::{question_page::QuestionPage, visit_ctx::VisitCtx},
    },
};
use leptos::prelude::*;

#[component]
pub fn ObserveStep(ctx: VisitCtx, group: Group, from_check: bool) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let step = Step::Observe(group);
    let field = "observation";
    let setting = ctx
        .peek(|v| v.answers.setting)
        .flatten()
        .unwrap_or(Setting::Other);
    let checkbox = move |n: usize, choice: Choice| {
        let value = choice.value.clone();
        let value_for_toggle = value.clone();
        // A memo: typing in the note below leaves every box untouched.
        let checked = Memo::new(move |_| {
            ctx.read(Part::Record, |v| {
                GroupAnswer::is_ticked(v.answers.groups.get(&group), &value)
            })
            .unwrap_or(false)
        });
        let on_toggle = Callback::new(move |on: bool| {
            ctx.update_answers(|a| {
                match GroupAnswer::toggled(a.groups.get(&group), &value_for_toggle, on) {
                    Some(answer) => {
                        a.groups.insert(group, answer);
                    }
                    None => {
                        a.groups.remove(&group);
                    }
                }
            })
        });
        view! { <Checkbox id=input_id(field, n) name=field choice=choice checked=checked on_toggle=on_toggle/> }
    };
    let (said, seen): (Vec<_>, Vec<_>) =
        indicators_for(group, setting).partition(|i| i.is_statement());
    let count = seen.len() + said.len();
    let seen_count = seen.len();
    let seen_boxes = seen
        .into_iter()
        .enumerate()
        .map(|(n, i)| checkbox(n, Choice::new(i.id, i.wording).with_hint(i.hint)))
        .collect_view();
    let said_heading = (!said.is_empty()).then(|| {
        view! { <p class="app-checkboxes__group" data-testid="said-heading">"What the person told you"</p> }
    });
    let seen_heading = (seen_count > 0 && said_heading.is_some()).then(|| {
        view! { <p class="app-checkboxes__group">"What you saw"</p> }
    });
    let said_boxes = said
        .into_iter()
        .enumerate()
        .map(|(n, i)| {
            checkbox(
                seen_count + n,
                Choice::new(i.id, i.wording).with_hint(i.hint),
            )
        })
        .collect_view();
    let none = checkbox(count, Choice::new(GroupAnswer::NONE, "None of these"));
    let unsure = checkbox(
        count + 1,
        Choice::new(GroupAnswer::COULD_NOT_SEE, "Not sure / could not see")
            .with_hint("For example, you could not go into that part of the building."),
    );
    let note = move || ctx.note(group);
    view! {
        <QuestionPage ctx=ctx step=step from_check=from_check field=field error=error>
            <QuestionFieldset field=field question=ctx.heading(Step::Observe(group)) hint="Select all that you saw or heard yourself. If none applies, continue without ticking: the record will say nothing was recorded on this page.".to_string() error=error>
                <div class="app-checkboxes">
                    {seen_heading}
                    {seen_boxes}
                    {said_heading}
                    {said_boxes}
                    <p class="app-checkboxes__divider">"or"</p>
                    {none}
                    {unsure}
                </div>
            </QuestionFieldset>
            <NoteField
                id="group-note"
                label="Note (optional)"
                hint="Facts only: what you saw and heard, where and when. Leave out names if it is not safe to record them."
                rows=4
                value=Signal::derive(note)
                on_input=Callback::new(move |text: String| ctx.set_note(group, text))
            />
        </QuestionPage>
    }
}
