//! The frame of every question page: back link, progress, error summary, the
//! form and its Continue button. The step decides nothing here: the wizard
//! table says where Continue and Back go.

use super::visit_ctx::VisitCtx;
use crate::domain::address::Address;
use crate::state::visits::Part;
use crate::{
    domain::wizard::{self, Step},
    ui::components::{
        back_link::BackLink, error_summary::ErrorSummary, page_title::PageTitle,
        save_status::SaveIndicator,
    },
};
use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::hooks::use_navigate;

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

#[component]
pub fn QuestionPage(
    ctx: VisitCtx,
    step: Step,
    from_check: bool,
    /// The id of the first input, for the error summary's link.
    field: &'static str,
    error: RwSignal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let navigate = use_navigate();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let blank = ctx
            .peek(|v| !wizard::is_answered(step, &v.answers))
            .unwrap_or(false);
        if blank && matches!(step, Step::Observe(_)) {
            ctx.update_answers(|a| wizard::record_continue(step, a));
        }
        let answers = ctx.peek(|v| v.answers.clone()).unwrap_or_default();
        match wizard::validate(step, &answers) {
            Err(msg) => error.set(Some(msg.to_string())),
            Ok(()) => {
                error.set(None);
                let next = if from_check {
                    wizard::next_after_change(step, &answers)
                } else {
                    wizard::next(step, &answers)
                };
                let keep_returning = from_check && next != Step::Check;
                navigate(&ctx.href(next, keep_returning), Default::default());
            }
        }
    };
    // An answer clears the error, as soon as there is one.
    Effect::new(move |_| {
        if ctx
            .read(Part::Record, |v| wizard::is_answered(step, &v.answers))
            .unwrap_or(false)
        {
            error.set(None);
        }
    });
    let answers = ctx.memo(|v| v.answers.clone());
    let progress = move || {
        let answers = answers.get().unwrap_or_default();
        match wizard::progress(step, &answers) {
            Some((n, Some(total))) => format!("Question {n} of {total}"),
            Some((n, None)) => format!("Question {n}"),
            None => String::new(),
        }
    };
    let back = back_href(ctx, step, from_check);
    view! {
        <PageTitle title=ctx.heading(step) error=Signal::derive(move || error.get().is_some())/>
        <BackLink href=back/>
        <ErrorSummary error=error field=field/>
        <span class="app-caption" data-testid="progress">{progress}</span>
        <form class="app-form" novalidate on:submit=on_submit>
            {children()}
            <button class="app-button" type="submit" data-testid="continue">"Continue"</button>
        </form>
        {(!ctx.practice).then(|| view! { <SaveIndicator/> })}
    }
}
