//! Practice: the same wizard on worked sample visits, kept apart from real ones.

use super::visit_ctx::start_visit_with;
use crate::{
    domain::practice::SAMPLES,
    render::intros::{PRACTICE, PRACTICE_NOTE},
    state::use_app,
    ui::components::page_title::PageTitle,
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn PracticePage() -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    view! {
        <PageTitle title="Practise on sample visits"/>
        <span class="app-caption">{PRACTICE.caption}</span>
        <h1 class="app-heading-xl">{PRACTICE.heading}</h1>
        <p class="app-body-l">{PRACTICE.lead}</p>
        <div class="app-inset">
            <p>{PRACTICE_NOTE}</p>
        </div>
        <ul class="app-cards">
            {SAMPLES.iter().map(|s| {
                let navigate = navigate.clone();
                let start = move |_| {
                    let href = start_visit_with(state, true, |v| {
                        v.sample = Some(s.id.to_string());
                        v.answers.nation = Some(s.nation);
                    });
                    navigate(&href, Default::default());
                };
                view! {
                    <li class="app-card" data-sample=s.id>
                        <h2 class="app-heading-s">{s.title}</h2>
                        <p class="app-caption">{format!("{} · {} · composite example", s.setting.label(), s.nation.label())}</p>
                        {s.briefing.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                        <button type="button" class="app-button app-button--secondary" on:click=start>
                            "Start this practice visit"
                            <span class="app-visually-hidden">{format!(": {}", s.title)}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
