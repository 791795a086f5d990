//! The level of concern, why, and what to do: routes with their numbers,
//! reasons and what to say. Everything here comes from `domain::engine`.

use super::{practice_feedback::PracticeFeedback, visit_ctx::VisitCtx};
use crate::{
    domain::{
        catalogue::indicator,
        engine::{assess, what_to_say, Assessment, Level, Route},
        registry::org,
        source::Source,
        sources::*,
        visit::YesNoUnsure,
        wizard::Step,
    },
    ui::{
        components::{org_contact::OrgContact, page_title::PageTitle, sources::PageSources},
        stop::what_happens_next::WhatHappensNext,
    },
};
use leptos::prelude::*;

#[component]
pub fn ResultPage(ctx: VisitCtx) -> impl IntoView {
    let visit = ctx.peek(|v| v.clone());
    let Some(visit) = visit else {
        return ().into_any();
    };
    let a = assess(&visit.answers);
    let say = what_to_say(&visit.answers, &a);
    let sources = page_sources(&a);
    let check_href = ctx.href(Step::Check, false);
    let list_href = if ctx.practice {
        "/spot/practice"
    } else {
        "/spot"
    };
    view! {
        <PageTitle title="Level of concern and what to do next"/>
        {(a.danger == Some(YesNoUnsure::Yes)).then(|| view! {
            <div class="app-panel app-panel--emergency" data-testid="danger-panel">
                <p class="app-panel__title">"Someone is in immediate danger: call 999 first"</p>
                <a class="app-button app-button--warning app-button--large" href="tel:999">"Call 999"</a>
            </div>
        })}
        <div class=format!("app-level app-level--{}", a.level.id()) data-testid="level" data-level=a.level.id()>
            <h1 class="app-level__heading">
                <span class="app-level__caption">"Level of concern"</span>
                <span class="app-level__value">{a.level.label()}</span>
            </h1>
            <p class="app-level__note">
                "These observations are indicators of exploitation, not proof. A level of concern is not a decision about anyone: after a referral, trained decision makers look at the whole picture."
            </p>
        </div>
        {a.child.then(|| view! {
            <div class="app-inset app-inset--child" data-testid="child-notice">
                <p><strong>"Someone may be under 18."</strong>" Treat them as a child until their age is assessed. Children are safeguarded first, and do not need to consent to a referral."</p>
            </div>
        })}
        {ctx.practice.then(|| view! { <PracticeFeedback visit=visit.clone() assessment=a.clone()/> })}

        <h2 class="app-heading-m">"Why this level"</h2>
        <ul class="app-list app-list--bullet">{a.level_reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
        <ObservationList a=a.clone()/>

        <h2 class="app-heading-m">"What to do now"</h2>
        <ol class="app-routes" data-testid="routes">
            {a.routes.iter().cloned().map(|r| view! { <RouteCard route=r/> }).collect_view()}
        </ol>

        <h2 class="app-heading-m">"What to say when you call"</h2>
        <div class="app-inset app-say" data-testid="what-to-say">
            {say.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
        </div>

        <WhatHappensNext nation=a.nation/>

        <p class="app-actions">
            <a href=check_href>"Check or change your answers"</a>
            <a href=list_href>{if ctx.practice { "Back to practice visits" } else { "Back to your visits" }}</a>
            <a href="/spot/how-it-decides">"How the checklist decides"</a>
        </p>
        <PageSources sources=sources reviewed=crate::domain::registry::last_checked()/>
    }
    .into_any()
}

/// The observations behind the level, strongest first, with their sources.
#[component]
fn ObservationList(a: Assessment) -> impl IntoView {
    let not_checked = a.not_checked.clone();
    view! {
        {(!a.observations.is_empty()).then(|| view! {
            <h3 class="app-heading-s">"What you recorded"</h3>
            <ul class="app-observations" data-testid="observations">
                {a.observations.iter().map(|i| view! {
                    <li class="app-observation">
                        <span class="app-observation__wording">{i.wording}</span>
                        <span class="app-observation__tags">
                            <strong class=format!("app-tag app-tag--{}", i.strength.label().to_lowercase())>{i.strength.label()}</strong>
                            {i.red_flag.then(|| view! { <strong class="app-tag app-tag--red">"Red flag"</strong> })}
                        </span>
                        <span class="app-observation__source">
                            {format!("Source: {}", i.sources.iter().map(|s| format!("[{}]", s.key)).collect::<Vec<_>>().join(" "))}
                        </span>
                    </li>
                }).collect_view()}
            </ul>
        })}
        {(!not_checked.is_empty()).then(|| view! {
            <div class="app-inset">
                <p>"You could not check: "{not_checked.iter().map(|g| g.title().to_lowercase()).collect::<Vec<_>>().join("; ")}". The level only reflects what you could see."</p>
            </div>
        })}
        {(!a.unknown_ids.is_empty()).then(|| view! {
            <div class="app-inset app-inset--warning">
                <p>{format!("{} recorded observation(s) are not in this version's checklist and are not counted: {}", a.unknown_ids.len(), a.unknown_ids.join(", "))}</p>
            </div>
        })}
    }
}

#[component]
fn RouteCard(route: Route) -> impl IntoView {
    let evidence: Vec<&'static str> = route
        .evidence
        .iter()
        .filter_map(|id| indicator(id))
        .map(|i| i.wording)
        .collect();
    view! {
        <li class="app-route" data-route=format!("{:?}", route.kind) data-org=route.org.map(|o| format!("{o:?}"))>
            <h3 class="app-heading-s app-route__title">{route.kind.title()}</h3>
            {route.org.map(|id| view! { <OrgContact id=id/> })}
            <ul class="app-list app-list--bullet app-route__why">
                {route.why.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
            {(!evidence.is_empty()).then(|| view! {
                <details class="app-details">
                    <summary class="app-details__summary">{format!("Based on {} observation(s)", evidence.len())}</summary>
                    <ul class="app-details__text app-list app-list--bullet">{evidence.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                </details>
            })}
        </li>
    }
}

/// Everything the page relies on: the organisations named, the observations,
/// the age rule and the combination rule.
fn page_sources(a: &Assessment) -> Vec<&'static Source> {
    let mut s: Vec<&'static Source> = vec![&S102, &S2, &S124];
    for r in &a.routes {
        if let Some(id) = r.org {
            s.extend(org(id).sources.iter().copied());
        }
    }
    for i in &a.observations {
        s.extend(i.sources.iter().copied());
    }
    if a.level == Level::NoIndicators {
        s.push(&S72A);
    }
    s
}
