//! Stop it: the engine's own routes for typical situations, the directory of
//! organisations for the chosen nation, safe practice, and what happens next.

use super::what_happens_next::{self, WhatHappensNext};
use crate::{
    app::use_app,
    domain::{
        engine::assess,
        nation::Nation,
        registry::{last_checked, REGISTRY},
        situations::situations,
        source::Source,
        sources::*,
    },
    ui::components::{
        nation_switch::NationSwitch, org_contact::OrgContact, page_title::PageTitle,
        sources::PageSources,
    },
};
use leptos::prelude::*;

/// Safe practice for frontline workers, with where each point comes from.
pub const SAFE_PRACTICE: &[(&str, &[&Source])] = &[
    ("Do not confront anyone you think is controlling the people you saw, and do not raise your concern with anyone who is with them.", &[&S69, &S163]),
    ("Do not use anyone who came with the person as an interpreter.", &[&S69]),
    ("Only speak to the person in private, and only if it is safe for you and for them. They or their family may be under threat you cannot see.", &[&S163, &S164]),
    ("Record facts: what you saw and heard, where, when, who was there, how people travel, and who holds documents and money.", &[&S164]),
    ("You do not need proof. A reason to believe someone may be exploited is enough to refer.", &[&S163]),
    ("People may not see themselves as victims, may fear the police, and may need several contacts before they feel safe to talk.", &[&S165, &S81A]),
    ("Follow your own organisation's modern slavery or safeguarding procedure and its single point of contact. Call 999 if anyone is at immediate risk and it is safe to do so.", &[&S69]),
];

#[component]
pub fn StopPage() -> impl IntoView {
    let state = use_app();
    let body = move || {
        let nation = state.nation.get();
        view! {
            <h2 class="app-heading-l">{format!("Routes in {}", nation.label())}</h2>
            <SituationList nation=nation/>
            <h2 class="app-heading-m">"Safe practice"</h2>
            <ul class="app-list app-list--bullet">
                {SAFE_PRACTICE.iter().map(|(text, src)| view! {
                    <li>{*text}<span class="app-source-ref">{format!(" [{}]", src.iter().map(|s| s.key).collect::<Vec<_>>().join("] ["))}</span></li>
                }).collect_view()}
            </ul>
            <WhatHappensNext nation=nation/>
            <h2 class="app-heading-m">{format!("Who to contact in {}", nation.label())}</h2>
            <Directory nation=nation/>
            <h2 class="app-heading-m">"Other nations"</h2>
            {Nation::ALL.into_iter().filter(|n| *n != nation).map(|other| view! {
                <details class="app-details">
                    <summary class="app-details__summary">{format!("Routes in {}", other.label())}</summary>
                    <div class="app-details__text">
                        <SituationList nation=other/>
                        <Directory nation=other/>
                    </div>
                </details>
            }).collect_view()}
            <PageSources sources=page_sources(nation) reviewed=last_checked()/>
        }
    };
    view! {
        <PageTitle title="Stop it: who to contact"/>
        <span class="app-caption">"Stop it"</span>
        <h1 class="app-heading-xl">"Who to contact"</h1>
        <p class="app-body-l">"The right route depends on danger, the person's age, whether an adult agrees to be referred, and the nation you are in."</p>
        <div class="app-panel app-panel--emergency app-panel--compact">
            <p class="app-panel__title">"If anyone is in immediate danger, call 999 now."</p>
        </div>
        <NationSwitch/>
        {body}
    }
}

/// Each typical situation with the routes the checklist gives for it.
#[component]
fn SituationList(nation: Nation) -> impl IntoView {
    view! {
        <div class="app-situations">
            {situations(nation).into_iter().map(|s| {
                let a = assess(&s.answers);
                view! {
                    <section class="app-situation">
                        <h3 class="app-heading-s">{s.title}</h3>
                        <ol class="app-list app-list--number">
                            {a.routes.iter().map(|r| view! {
                                <li>
                                    <strong>{r.kind.title()}</strong>
                                    {r.org.map(|id| view! { <OrgContact id=id/> })}
                                    <p class="app-hint">{r.why.first().cloned().unwrap_or_default()}</p>
                                </li>
                            }).collect_view()}
                        </ol>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

/// Every registry entry that serves the nation, with details and sources.
#[component]
fn Directory(nation: Nation) -> impl IntoView {
    view! {
        <ul class="app-directory">
            {REGISTRY.iter().filter(|o| o.serves(nation)).map(|o| view! {
                <li class="app-directory__item"><OrgContact id=o.id detailed=true/></li>
            }).collect_view()}
        </ul>
    }
}

fn page_sources(nation: Nation) -> Vec<&'static Source> {
    let mut s: Vec<&'static Source> = REGISTRY
        .iter()
        .filter(|o| o.serves(nation))
        .flat_map(|o| o.sources.iter().copied())
        .collect();
    s.extend(
        SAFE_PRACTICE
            .iter()
            .flat_map(|(_, src)| src.iter().copied()),
    );
    s.extend(what_happens_next::steps(nation).1);
    s.push(&S102);
    s
}
