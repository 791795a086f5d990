//! Check your answers: every question on this visit's path, its answer and a
//! Change link that returns here (or walks through a branch the change opens).

use super::visit_ctx::VisitCtx;
use crate::state::visits::Part;
use crate::{
    domain::wizard::{self, Step},
    ui::components::{
        back_link::BackLink, note_field::NoteField, page_title::PageTitle,
        save_status::SaveIndicator,
    },
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Everything the page derives from the visit, compared as a whole: the page
/// changes only when this does.
#[derive(Clone, PartialEq, Default)]
struct Shown {
    /// Per question on the path: the step, whether it is answered, the
    /// answer's lines and the screen's note.
    rows: Vec<(Step, bool, Vec<String>, Option<String>)>,
    unanswered: Option<Step>,
    back: Option<Step>,
}

#[component]
pub fn CheckPage(ctx: VisitCtx) -> impl IntoView {
    let navigate = use_navigate();
    // A memo over the answers, the location (the first row shows it) and the
    // screens' notes: typing the general notes below wakes none of it, so no
    // row is rebuilt on a keystroke.
    let shown = Memo::new(move |_| {
        ctx.read(Part::Location, |_| ());
        let mut shown = ctx
            .read(Part::Record, |visit| Shown {
                rows: wizard::path(&visit.answers)
                    .into_iter()
                    .filter(|s| s.is_question())
                    .map(|step| {
                        let answered = wizard::is_answered(step, &visit.answers);
                        (step, answered, wizard::answer_lines(step, visit), None)
                    })
                    .collect(),
                unanswered: Some(wizard::first_unanswered(&visit.answers))
                    .filter(|s| *s != Step::Check),
                back: wizard::previous(Step::Check, &visit.answers),
            })
            .unwrap_or_default();
        for (step, _, _, note) in &mut shown.rows {
            if let Step::Observe(g) = step {
                *note = Some(ctx.note(*g)).filter(|n| !n.is_empty());
            }
        }
        shown
    });
    let unanswered = move || shown.with(|s| s.unanswered);
    let back = move || {
        shown
            .with(|s| s.back)
            .map(|s| ctx.href(s, false))
            .unwrap_or_default()
    };
    let go_to_result = move |_| match shown.with_untracked(|s| s.unanswered) {
        Some(step) => navigate(&ctx.href(step, true), Default::default()),
        None => {
            ctx.complete();
            navigate(&ctx.href(Step::Result, false), Default::default());
        }
    };
    view! {
        <PageTitle title="Check your answers"/>
        <BackLink href=Signal::derive(back)/>
        <h1 class="app-heading-l">"Check your answers"</h1>
        {move || unanswered().map(|step| view! {
            <div class="app-inset app-inset--warning">
                <p>"Some questions are not answered yet. "
                    <a href=ctx.href(step, true)>"Answer the next one"</a>
                </p>
            </div>
        })}
        <dl class="app-summary-list" data-testid="check-answers">
            {move || shown.with(|s| s.rows.clone())
                .into_iter()
                .map(|(step, answered, lines, note)| {
                    let href = ctx.href(step, true);
                    let action = if answered { "Change" } else { "Answer" };
                    view! {
                        <div class="app-summary-list__row">
                            <dt class="app-summary-list__key">{ctx.heading(step)}</dt>
                            <dd class="app-summary-list__value">
                                {if lines.len() > 1 {
                                    view! { <ul class="app-list app-list--bullet">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                                } else {
                                    view! { <p>{lines.into_iter().next().unwrap_or_default()}</p> }.into_any()
                                }}
                                {note.map(|n| view! { <p class="app-note"><span class="app-note__label">"Note: "</span>{n}</p> })}
                            </dd>
                            <dd class="app-summary-list__actions">
                                <a href=href>
                                    {action}
                                    <span class="app-visually-hidden">{format!(" {}", ctx.heading(step).to_ascii_lowercase())}</span>
                                </a>
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
        <NoteField
            id="general-notes"
            label="Anything else you saw or were told (optional)"
            hint="Facts only. It goes into the referral summary."
            rows=5
            value=Signal::derive(move || ctx.read(Part::GeneralNotes, |v| v.general_notes.clone()).unwrap_or_default())
            on_input=Callback::new(move |text: String| ctx.set_general_notes(text))
        />
        {(!ctx.practice).then(|| view! { <SaveIndicator/> })}
        <h2 class="app-heading-m">"Now see the level of concern"</h2>
        <p>"The next page gives a level of concern from what you recorded, why, and who to contact. It is not a verdict on anyone."</p>
        <button type="button" class="app-button" on:click=go_to_result data-testid="see-result">
            "See the level of concern and what to do"
        </button>
    }
}
