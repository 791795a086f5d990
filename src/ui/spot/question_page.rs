//! The frame of every question page: back link, progress, error summary, the
//! form and its Continue button. It stays on screen from one question to the
//! next: Continue patches the heading, hint, answers and progress in place,
//! which on a slow tablet costs a fraction of drawing the screen anew. Each
//! kind of answers (radios, place, observation boxes) is built the first time
//! it is shown and then kept, hidden while another kind is on screen, so a
//! change of kind shows and hides rather than building. The step decides
//! nothing here: the wizard table says where Continue and Back go.

use super::{
    steps::{
        observe_step::{self, GroupNote, ObserveStep},
        place_step::{self, PlaceStep},
        radio_step::{self, RadioStep},
    },
    visit_ctx::VisitCtx,
};
use crate::domain::address::Address;
use crate::platform::page::{
    focus_and_reveal, focus_changed_heading, focus_heading_after_navigation,
};
use crate::ui::{after_paint::after_paint, area::use_step};
use crate::{
    domain::{
        catalogue::Group,
        wizard::{self, Step},
    },
    ui::components::{
        back_link::BackLink, error_summary::ErrorSummary, page_title::PageTitle,
        question::QuestionFieldset, save_status::SaveIndicator,
    },
};
use leptos::{ev::SubmitEvent, prelude::*};
use std::collections::HashMap;

/// Where Back goes from a step.
pub fn back_href(ctx: VisitCtx, step: Step, from_check: bool) -> String {
    if from_check {
        return ctx.href(Step::Check, false);
    }
    let answers = ctx.peek(|v| v.answers.clone()).unwrap_or_default();
    match wizard::previous(step, &answers) {
        Some(prev) => ctx.href(prev, false),
        None if ctx.practice => Address::Practice.path(),
        None => Address::Visits.path(),
    }
}

/// The kinds of answer a question takes: the frame keeps each kind's part
/// once built.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Radios,
    Place,
    Observations,
}

fn kind(step: Step) -> Kind {
    match step {
        Step::Place => Kind::Place,
        Step::Observe(_) => Kind::Observations,
        _ => Kind::Radios,
    }
}

/// The id of a question's first input, for the error summary's link.
fn field(step: Step) -> &'static str {
    match kind(step) {
        Kind::Radios => radio_step::field(step),
        Kind::Place => place_step::FIELD,
        Kind::Observations => observe_step::FIELD,
    }
}

fn hint(step: Step) -> Option<String> {
    match kind(step) {
        Kind::Radios => radio_step::hint(step),
        Kind::Place => None,
        Kind::Observations => Some(observe_step::HINT.to_string()),
    }
}

fn radio(step: Step) -> Option<Step> {
    radio_step::is_radio(step).then_some(step)
}

fn group(step: Step) -> Option<Group> {
    match step {
        Step::Observe(g) => Some(g),
        _ => None,
    }
}

/// `step` as `pick` sees it, holding its last value while the step is of
/// another kind: an answer part hidden meanwhile never reads a step that is
/// not its own, and so is not patched until it is shown again.
fn follow<T>(step: Memo<Step>, pick: fn(Step) -> Option<T>, first: T) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |last: Option<&T>| {
        pick(step.get())
            .or_else(|| last.cloned())
            .unwrap_or_else(|| first.clone())
    })
}

/// Every question of a visit, one at a time. `step` is always a question.
#[component]
pub fn QuestionPage(ctx: VisitCtx, step: Memo<Step>, from_check: Memo<bool>) -> impl IntoView {
    let step_to = use_step();
    // Each question keeps its own error while the visit is on screen: one
    // shown for a question never shows on the next, and it is there again
    // on coming back to that question while it is still unanswered.
    let errors = RwSignal::new(HashMap::<Step, String>::new());
    let error = Memo::new(move |_| errors.with(|e| e.get(&step.get()).cloned()));
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let step = step.get_untracked();
        let from_check = from_check.get_untracked();
        let blank = ctx
            .peek(|v| !wizard::is_answered(step, &v.answers))
            .unwrap_or(false);
        if blank && matches!(step, Step::Observe(_)) {
            ctx.update_answers(|a| wizard::record_continue(step, a));
        }
        let answers = ctx.peek(|v| v.answers.clone()).unwrap_or_default();
        match wizard::validate(step, &answers) {
            Err(msg) => errors.update(|e| {
                e.insert(step, msg.to_string());
            }),
            Ok(()) => {
                if errors.with_untracked(|e| e.contains_key(&step)) {
                    errors.update(|e| {
                        e.remove(&step);
                    });
                }
                let next = if from_check {
                    wizard::next_after_change(step, &answers)
                } else {
                    wizard::next(step, &answers)
                };
                let keep_returning = from_check && next != Step::Check;
                step_to.to(ctx.address(next, keep_returning));
            }
        }
    };
    let answers = ctx.memo(|v| v.answers.clone());
    // An answer clears its question's error, as soon as there is one.
    Effect::new(move |_| {
        answers.with(|a| {
            let Some(a) = a else { return };
            if errors.with_untracked(|e| e.keys().any(|s| wizard::is_answered(*s, a))) {
                errors.update(|e| e.retain(|s, _| !wizard::is_answered(*s, a)));
            }
        })
    });
    // Focus goes where a new page would put it: the heading, or the error
    // summary if this question still has its error.
    Effect::new(move |shown: Option<Step>| {
        let now = step.get();
        match shown {
            None => focus_heading_after_navigation(),
            Some(before) if before != now => {
                if error.get_untracked().is_some() {
                    focus_and_reveal(".app-error-summary");
                } else {
                    focus_changed_heading("main h1");
                }
            }
            Some(_) => {}
        }
        now
    });
    // A new title for each question, set once it is painted, as a new page's.
    let title = move || {
        let step = step.get();
        view! {
            <PageTitle
                title=ctx.heading(step)
                error=Signal::derive(move || error.with(Option::is_some))
                focus_heading=false
            />
        }
    };
    let progress = move || {
        let step = step.get();
        let answers = answers.get().unwrap_or_default();
        match wizard::progress(step, &answers) {
            Some((n, Some(total))) => format!("Question {n} of {total}"),
            Some((n, None)) => format!("Question {n}"),
            None => String::new(),
        }
    };
    let back = Signal::derive(move || back_href(ctx, step.get(), from_check.get()));
    let field = Memo::new(move |_| field(step.get()));
    let hint = Memo::new(move |_| hint(step.get()));
    let question = Signal::derive(move || ctx.heading(step.get()).to_string());
    let kind_of = kind;
    let kind = Memo::new(move |_| kind_of(step.get()));
    let radio = follow(step, radio, Step::Danger);
    let group = follow(step, group, Group::People);
    // The kind of the next question, when it differs from this one's, is
    // built (hidden) once this question is painted and the browser is idle,
    // so that Continue only shows it.
    let ahead = RwSignal::new(None::<Kind>);
    Effect::new(move |_| {
        let step = step.get();
        let next = ctx
            .peek(|v| wizard::next(step, &v.answers))
            .filter(|next| next.is_question() && kind_of(*next) != kind_of(step));
        if let Some(next) = next {
            after_paint(move || {
                let _ = ahead.try_set(Some(kind_of(next)));
            });
        }
    });
    // Built the first time its kind is shown or comes next, then kept:
    // hidden (out of sight, the tab order and the accessibility tree) while
    // another kind is shown.
    let built = move |k: Kind| {
        Memo::new(move |before: Option<&bool>| {
            before == Some(&true) || kind.get() == k || ahead.get() == Some(k)
        })
    };
    let (radios_built, place_built, observations_built) = (
        built(Kind::Radios),
        built(Kind::Place),
        built(Kind::Observations),
    );
    let hidden = move |k: Kind| move || kind.get() != k;
    let radios = move || {
        radios_built
            .get()
            .then(|| view! { <RadioStep ctx=ctx step=radio/> })
    };
    let place = move || place_built.get().then(|| view! { <PlaceStep ctx=ctx/> });
    let observations = move || {
        observations_built
            .get()
            .then(|| view! { <ObserveStep ctx=ctx group=group/> })
    };
    let note = move || {
        observations_built
            .get()
            .then(|| view! { <GroupNote ctx=ctx group=group/> })
    };
    view! {
        {title}
        <BackLink href=back/>
        <ErrorSummary error=error field=field/>
        <span class="app-caption" data-testid="progress">{progress}</span>
        <form class="app-form" novalidate on:submit=on_submit data-testid="question-form">
            <QuestionFieldset field=field question=question hint=hint error=error>
                <div hidden=hidden(Kind::Radios) data-testid="answers-radios">{radios}</div>
                <div hidden=hidden(Kind::Place) data-testid="answers-place">{place}</div>
                <div hidden=hidden(Kind::Observations) data-testid="answers-observations">{observations}</div>
            </QuestionFieldset>
            <div hidden=hidden(Kind::Observations)>{note}</div>
            <button class="app-button" type="submit" data-testid="continue">"Continue"</button>
        </form>
        {(!ctx.practice).then(|| view! { <SaveIndicator/> })}
    }
}
