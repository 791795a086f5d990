//! The route for every screen of a visit: finds the visit and shows the step
//! the address names.

use super::{
    check_page::CheckPage, question_page::QuestionPage, result_page::ResultPage,
    steps::call_emergency::CallEmergency, summary_page::SummaryPage, visit_ctx::VisitCtx,
};
use crate::domain::address::Address;
use crate::state::visits::Part;
use crate::ui::area::use_address;
use crate::{
    domain::{practice::sample, wizard::Step},
    state::use_app,
    ui::components::page_title::PageTitle,
    ui::not_found::NotFoundPage,
};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Missing,
    NotFound,
    Question,
    /// A screen that is not a question: the 999 screen, the check, the
    /// result, the summary.
    Other(Step),
}

#[component]
pub fn WizardPage(practice: bool) -> impl IntoView {
    let state = use_app();
    let address = use_address();
    let from_check = Memo::new(move |_| {
        address.with(|a| {
            matches!(
                a,
                Some(Address::VisitStep {
                    from_check: true,
                    ..
                })
            )
        })
    });
    let id = Memo::new(move |_| {
        address.with(|a| match a {
            Some(Address::VisitStep { id, .. }) => id.clone(),
            _ => String::new(),
        })
    });
    let step = Memo::new(move |_| {
        address.with(|a| match a {
            Some(Address::VisitStep { step, .. }) => Some(*step),
            _ => None,
        })
    });
    let ctx = VisitCtx {
        app: state,
        id,
        practice,
    };
    let exists = Memo::new(move |_| ctx.read(Part::Record, |_| ()).is_some());

    // Which screen: every question shares one (QuestionPage), kept on
    // screen from one question to the next.
    let screen = Memo::new(move |_| {
        if !exists.get() {
            return Screen::Missing;
        }
        match step.get() {
            None => Screen::NotFound,
            Some(s) if s.is_question() => Screen::Question,
            Some(s) => Screen::Other(s),
        }
    });
    let question = Memo::new(move |last: Option<&Step>| match step.get() {
        Some(s) if s.is_question() => s,
        _ => last.copied().unwrap_or(Step::Danger),
    });
    let screen = move || match screen.get() {
        Screen::Missing => view! { <VisitMissing practice=practice/> }.into_any(),
        Screen::NotFound => view! { <NotFoundPage/> }.into_any(),
        Screen::Question => {
            view! { <QuestionPage ctx=ctx step=question from_check=from_check/> }.into_any()
        }
        Screen::Other(Step::CallEmergency) => view! { <CallEmergency ctx=ctx/> }.into_any(),
        Screen::Other(Step::Check) => view! { <CheckPage ctx=ctx/> }.into_any(),
        Screen::Other(Step::Result) => view! { <ResultPage ctx=ctx/> }.into_any(),
        Screen::Other(_) => view! { <SummaryPage ctx=ctx/> }.into_any(),
    };
    view! {
        {practice.then(|| view! { <PracticeBanner ctx=ctx/> })}
        {screen}
    }
}

/// Marks every practice screen, so a practice run is never mistaken for a real one.
#[component]
pub fn PracticeBanner(ctx: VisitCtx) -> impl IntoView {
    let briefing = ctx.peek(|v| v.sample.clone()).flatten().as_deref().and_then(sample).map(|s| {
        view! {
            <details class="app-details app-practice-banner__briefing">
                <summary class="app-details__summary">{format!("Briefing: {}", s.title)}</summary>
                <div class="app-details__text">{s.briefing.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}</div>
            </details>
        }
    });
    view! {
        <div class="app-practice-banner" data-testid="practice-banner">
            <p>
                <strong class="app-tag app-tag--practice">"Practice"</strong>
                " This is a practice visit. It is not a real record and is never listed with your visits."
            </p>
            {briefing}
        </div>
    }
}

#[component]
fn VisitMissing(practice: bool) -> impl IntoView {
    let (list_href, list_name) = if practice {
        (Address::Practice.path(), "practice visits")
    } else {
        (Address::Visits.path(), "your visits")
    };
    view! {
        <PageTitle title="Visit not found"/>
        <h1 class="app-heading-l">"Visit not found"</h1>
        <p>{if practice { "Practice visits are kept only until the tab is closed or reloaded." } else { "This visit is not on this device. It may have been deleted, or removed after the number of days set in Settings." }}</p>
        <p><a href=list_href>{format!("Go to {list_name}")}</a></p>
    }
}
