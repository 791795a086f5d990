//! One screen of observations: the indicators of one group that apply to the
//! visit's setting, what was seen apart from what the person said, then "None
//! of these" or "Not sure / could not see", and a short note. Continuing with
//! nothing ticked records "nothing recorded on this page".

use crate::state::visits::Part;
use crate::{
    domain::{
        catalogue::{indicators_for, Group, Indicator},
        setting::Setting,
        visit::GroupAnswer,
    },
    ui::{
        components::{
            note_field::NoteField,
            question::{input_id, nth, Checkbox, Choice},
        },
        spot::visit_ctx::VisitCtx,
    },
};
use leptos::prelude::*;

/// The id of the first checkbox, for the error summary's link.
pub const FIELD: &str = "observation";

pub const HINT: &str = "Select all that you saw or heard yourself. If none applies, continue without ticking: the record will say nothing was recorded on this page.";

/// A group's indicators for the visit's setting: what can be seen, and what
/// the person may have said.
#[derive(Clone, PartialEq)]
struct Lists {
    seen: Vec<Choice>,
    said: Vec<Choice>,
}

/// The boxes of whichever group `group` is. Moving from one group
/// to the next patches the boxes already there (by position) and the note,
/// rather than building them anew.
#[component]
pub fn ObserveStep(ctx: VisitCtx, #[prop(into)] group: Signal<Group>) -> impl IntoView {
    // The setting is answered before any observation screen, but these boxes
    // are kept (hidden) while other questions are shown, the setting's among
    // them: they follow a change to it.
    let setting = ctx.memo(|v| v.answers.setting);
    let lists = Memo::new(move |_| {
        let setting = setting.get().flatten().unwrap_or(Setting::Other);
        let choice = |i: &Indicator| Choice::new(i.id, i.wording).with_hint(i.hint);
        let (said, seen): (Vec<&Indicator>, Vec<&Indicator>) =
            indicators_for(group.get(), setting).partition(|i| i.is_statement());
        Lists {
            seen: seen.into_iter().map(choice).collect(),
            said: said.into_iter().map(choice).collect(),
        }
    });
    let seen = Memo::new(move |_| lists.with(|l| l.seen.clone()));
    let said = Memo::new(move |_| lists.with(|l| l.said.clone()));
    let seen_count = Memo::new(move |_| seen.with(Vec::len));
    let count = Memo::new(move |_| lists.with(|l| l.seen.len() + l.said.len()));
    // One box, at `position` among the screen's inputs (its id follows it).
    let checkbox = move |choice: Signal<Choice>, position: Signal<usize>| {
        // A memo: typing in the note below leaves every box untouched.
        let checked = Memo::new(move |_| {
            let group = group.get();
            choice
                .with(|c| {
                    ctx.read(Part::Record, |v| {
                        GroupAnswer::is_ticked(v.answers.groups.get(&group), &c.value)
                    })
                })
                .unwrap_or(false)
        });
        let on_toggle = Callback::new(move |on: bool| {
            let group = group.get_untracked();
            let value = choice.with_untracked(|c| c.value.clone());
            ctx.update_answers(
                |a| match GroupAnswer::toggled(a.groups.get(&group), &value, on) {
                    Some(answer) => {
                        a.groups.insert(group, answer);
                    }
                    None => {
                        a.groups.remove(&group);
                    }
                },
            )
        });
        let id = Signal::derive(move || input_id(FIELD, position.get()));
        view! { <Checkbox id=id name=FIELD choice=choice checked=checked on_toggle=on_toggle/> }
    };
    let seen_row = move |n: usize| checkbox(nth(seen.into(), n).into(), Signal::derive(move || n));
    let said_row = move |n: usize| {
        checkbox(
            nth(said.into(), n).into(),
            Signal::derive(move || seen_count.get() + n),
        )
    };
    let has_said = move || said.with(|s| !s.is_empty());
    let said_heading = move || {
        has_said().then(|| {
            view! { <p class="app-checkboxes__group" data-testid="said-heading">"What the person told you"</p> }
        })
    };
    let seen_heading = move || {
        (seen_count.get() > 0 && has_said())
            .then(|| view! { <p class="app-checkboxes__group">"What you saw"</p> })
    };
    let none = checkbox(
        Choice::new(GroupAnswer::NONE, "None of these").into(),
        count.into(),
    );
    let unsure = checkbox(
        Choice::new(GroupAnswer::COULD_NOT_SEE, "Not sure / could not see")
            .with_hint("For example, you could not go into that part of the building.")
            .into(),
        Signal::derive(move || count.get() + 1),
    );
    view! {
        <div class="app-checkboxes">
            {seen_heading}
            <For each=move || 0..seen_count.get() key=|n| *n children=seen_row/>
            {said_heading}
            <For each=move || 0..said.with(Vec::len) key=|n| *n children=said_row/>
            <p class="app-checkboxes__divider">"or"</p>
            {none}
            {unsure}
        </div>
    }
}

/// The note under an observation screen's boxes (outside their fieldset):
/// a keystroke wakes only this field and the save status.
#[component]
pub fn GroupNote(ctx: VisitCtx, #[prop(into)] group: Signal<Group>) -> impl IntoView {
    view! {
        <NoteField
            id="group-note"
            label="Note (optional)"
            hint="Facts only: what you saw and heard, where and when. Leave out names if it is not safe to record them."
            rows=4
            value=Signal::derive(move || ctx.note(group.get()))
            on_input=Callback::new(move |text: String| ctx.set_note(group.get_untracked(), text))
        />
    }
}
