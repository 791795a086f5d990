//! The route for every page of a check: finds the check on the device and
//! shows the page the address names, with Back, progress and Save and
//! continue.

use super::{
    act_now_step::ActNowStep,
    chain_ctx::{ChainCtx, ChainSaveError},
    exposure_step::ExposureStep,
    report_step::ReportStep,
    results_step::ResultsStep,
    theme_step::ThemeStep,
};
use crate::domain::address::Address;
use crate::ui::area::use_address;
use crate::{
    domain::chain_checker::steps::{href, next, previous, question_steps, Step},
    ui::{components::page_title::PageTitle, not_found::NotFoundPage},
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn ChainStepPage() -> impl IntoView {
    let address = use_address();
    let id = Memo::new(move |_| {
        address.with(|a| match a {
            Some(Address::ChainStep { id, .. }) => id.clone(),
            _ => String::new(),
        })
    });
    move || {
        let ctx = ChainCtx::load(&id.get());
        if ctx.check.with_untracked(Option::is_none) {
            return view! {
                <PageTitle title="Check not found"/>
                <h1 class="app-heading-xl">"This check is not on this device"</h1>
                <p>"It may have been deleted, or made on another device. To open a check from another device, export it there and import the file here."</p>
                <p><a href=Address::Chain.path()>"Go to the Chain Checker"</a></p>
            }
            .into_any();
        }
        view! { <StepScreen ctx=ctx/> }.into_any()
    }
}

#[component]
fn StepScreen(ctx: ChainCtx) -> impl IntoView {
    let address = use_address();
    let step = Memo::new(move |_| {
        address.with(|a| match a {
            Some(Address::ChainStep { step, .. }) => Some(*step),
            _ => None,
        })
    });
    let navigate = use_navigate();
    let id = ctx.peek(|c| c.id.clone()).unwrap_or_default();
    // Remember the page, so "Continue" resumes here.
    Effect::new(move |_| {
        if let Some(s) = step.get() {
            if matches!(s, Step::Exposure | Step::Theme(_)) {
                ctx.update(|c| c.step = s.slug().to_string());
            }
        }
    });
    move || {
        let Some(s) = step.get() else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let applies = ctx
            .peek(|c| crate::domain::chain_checker::steps::steps(c).contains(&s))
            .unwrap_or(false);
        if !applies {
            return view! { <NotFoundPage/> }.into_any();
        }
        let back = ctx
            .peek(|c| previous(c, s))
            .flatten()
            .map(|p| href(&id, p))
            .unwrap_or_else(|| Address::Chain.path());
        let progress = ctx
            .peek(|c| {
                let all = question_steps(c);
                all.iter()
                    .position(|x| *x == s)
                    .map(|i| format!("Part {} of {}", i + 1, all.len()))
            })
            .flatten();
        let organisation = ctx.peek(|c| c.organisation.clone()).unwrap_or_default();
        let body = match s {
            Step::Exposure => view! { <ExposureStep ctx=ctx/> }.into_any(),
            Step::Theme(t) => view! { <ThemeStep ctx=ctx theme=t/> }.into_any(),
            Step::ActNow => view! { <ActNowStep ctx=ctx/> }.into_any(),
            Step::Results => view! { <ResultsStep ctx=ctx/> }.into_any(),
            Step::Report => view! { <ReportStep ctx=ctx/> }.into_any(),
        };
        let is_question = matches!(s, Step::Exposure | Step::Theme(_));
        let navigate = navigate.clone();
        let id2 = id.clone();
        let cont = move |_| {
            ctx.save();
            if ctx.save_error.get_untracked().is_some() {
                return;
            }
            // Computed now: a red flag just answered adds the Act now page.
            if let Some(n) = ctx.peek(|c| next(c, s)).flatten() {
                navigate(&href(&id2, n), Default::default());
            }
        };
        let title = format!("{} – Chain Checker", s.title());
        view! {
            <PageTitle title=title/>
            <a class="app-back-link app-no-print" href=back>"Back"</a>
            <ChainSaveError ctx=ctx/>
            <span class="app-caption">{progress.unwrap_or_else(|| "Chain Checker".into())}{if organisation.is_empty() { String::new() } else { format!(" · {organisation}") }}</span>
            <h1 class="app-heading-xl">{s.title()}</h1>
            {body}
            {is_question.then(|| view! {
                <div class="app-button-group">
                    <button type="button" class="app-button" data-testid="continue" on:click=cont.clone()>"Save and continue"</button>
                    <a class="app-button app-button--secondary" href=Address::Chain.path()>"Save and come back later"</a>
                </div>
                <p class="app-hint">"Your answers are saved on this device as you go."</p>
            })}
            {(s == Step::ActNow).then(|| view! {
                <div class="app-button-group">
                    <button type="button" class="app-button" data-testid="continue" on:click=cont.clone()>"Continue to your results"</button>
                </div>
            })}
        }
        .into_any()
    }
}
