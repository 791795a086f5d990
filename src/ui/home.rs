use crate::domain::address::Address;
use crate::platform::{clock::now_ms, training::next_review_at};
use crate::state::use_app;
use crate::ui::{components::page_title::PageTitle, spot::visit_ctx::start_visit};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let start = move |_| {
        let href = start_visit(state, false);
        navigate(&href, Default::default());
    };
    view! {
        <PageTitle title=""/>
        <h1 class="app-heading-xl">"Sense it. Spot it. Stop it."</h1>
        <p class="app-body-l">
            "For council and enforcement officers who enter homes and workplaces for other reasons, \
             and may be the only outsiders to see someone who is being exploited. \
             Learn the signs, record what you see during a visit, and find the right way to refer — \
             on this device, with or without a signal."
        </p>
        <div class="app-button-group">
            <button type="button" class="app-button app-button--start" on:click=start>
                "Start a visit"
            </button>
            <a class="app-button app-button--secondary" href=Address::Library.path()>"Learn the signs"</a>
        </div>
        <div class="app-inset">
            <p>"If anyone is in immediate danger, call 999 now."</p>
        </div>
        {next_review_at().filter(|at| *at <= now_ms()).map(|_| view! {
            <div class="app-notice" data-testid="home-review-due">
                <p><strong>"A 3-minute review is due."</strong>" "<a href=Address::TrainReview.path()>"Review what you learned in the workshop"</a></p>
            </div>
        })}
        <h2 class="app-heading-m">"The three parts"</h2>
        <ul class="app-cards">
            <li class="app-card">
                <h3 class="app-heading-s"><a href=Address::Library.path()>"Sense it: learn the signs"</a></h3>
                <p>"What trafficking is, how big it is in the UK, its forms and signs, how it is tackled and how to refer: searchable, with sources, and a glossary."</p>
            </li>
            <li class="app-card">
                <h3 class="app-heading-s"><a href=Address::Visits.path()>"Spot it: record a visit"</a></h3>
                <p>"A checklist, one question at a time, that gives a level of concern and what to do next. Practise on sample visits first."</p>
            </li>
            <li class="app-card">
                <h3 class="app-heading-s"><a href=Address::Stop.path()>"Stop it: refer"</a></h3>
                <p>"Who to call for a child or an adult, with or without their consent, in England and Wales, Scotland or Northern Ireland."</p>
            </li>
        </ul>
        <h2 class="app-heading-m">"Train your team"</h2>
        <ul class="app-cards">
            <li class="app-card">
                <h3 class="app-heading-s"><a href=Address::Train.path()>"Train: the 2-hour workshop"</a></h3>
                <p>"Four modules with a quiz and \"what would you do\" scenarios, at your own pace, then short reviews to keep it fresh."</p>
            </li>
        </ul>
        <h2 class="app-heading-m">"For businesses and lenders"</h2>
        <ul class="app-cards">
            <li class="app-card">
                <h3 class="app-heading-s"><a href=Address::Chain.path()>"Chain Checker: check your supply chain"</a></h3>
                <p>"A step-by-step modern slavery self-assessment, with actions and a board report. Your answers stay on this device."</p>
            </li>
        </ul>
    }
}
