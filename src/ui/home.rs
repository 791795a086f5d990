use crate::domain::address::Address;
use crate::platform::{clock::now_ms, page::MainBusy, training::next_review_at};
use crate::render::intros::{HOME_CARDS, HOME_LEAD};
use crate::state::{store, use_app};
use crate::ui::{components::page_title::PageTitle, spot::visit_ctx::start_visit};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    // A new visit is saved with the others: the visit store opens first
    // (its code is not part of the first load). If it cannot be fetched,
    // the visits page says so.
    let start = move |_| {
        let navigate = navigate.clone();
        // <main> is busy while the store loads, as while a page's code does.
        let busy = MainBusy::start();
        leptos::task::spawn_local(async move {
            let href = match store::open(state).await {
                Ok(()) => start_visit(state, false),
                Err(_) => Address::Visits.path(),
            };
            navigate(&href, Default::default());
            drop(busy);
        });
    };
    view! {
        <PageTitle title=""/>
        <h1 class="app-heading-xl">"Sense it. Spot it. Stop it."</h1>
        <p class="app-body-l">{HOME_LEAD}</p>
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
        {HOME_CARDS
            .iter()
            .map(|(heading, cards)| view! {
                <h2 class="app-heading-m">{*heading}</h2>
                <ul class="app-cards">
                    {cards
                        .iter()
                        .map(|c| view! {
                            <li class="app-card">
                                <h3 class="app-heading-s"><a href=c.to.path()>{c.title}</a></h3>
                                <p>{c.text}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
            })
            .collect_view()}
    }
}
