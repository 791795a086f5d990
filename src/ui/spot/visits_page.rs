//! Spot it: start a visit, resume one, practise, and see how it decides.

use super::visit_ctx::{start_visit, step_href};
use crate::domain::address::Address;
use crate::render::intros::{VISITS, VISITS_POINTS};
use crate::{
    domain::{visit::Status, wizard},
    platform::clock::format_time,
    state::{session, use_app},
    ui::components::page_title::PageTitle,
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Visits shown at a time.
const PAGE: usize = 25;

#[component]
pub fn VisitsPage() -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let start = move |_| navigate(&start_visit(state, false), Default::default());
    // The newest first, a page at a time: a long list is slow to draw on a
    // tablet and slow to scan.
    let shown = RwSignal::new(PAGE);
    let total = move || state.visits.count();
    let visits = move || {
        let mut list = state.visits.with(<[_]>::to_vec);
        crate::domain::order::sort_by_key(&mut list, |v| std::cmp::Reverse(v.updated_ms));
        list.truncate(shown.get());
        list
    };
    view! {
        <PageTitle title="Spot it: your visits"/>
        <span class="app-caption">{VISITS.caption}</span>
        <h1 class="app-heading-xl">{VISITS.heading}</h1>
        <p class="app-body-l">{VISITS.lead}</p>
        <ul class="app-list app-list--bullet">
            {VISITS_POINTS.map(|p| view! { <li>{p}</li> })}
        </ul>
        <button type="button" class="app-button app-button--start" on:click=start data-testid="start-visit">"Start a visit"</button>
        <div class="app-inset">
            <p>"Visits are stored only on this device, in this browser, and are never sent anywhere. They are saved as you type. Visits not changed for "{move || state.retention_days.get()}" days are deleted (you can change this in "<a href=Address::Settings.path()>"Settings"</a>")."</p>
        </div>
        <h2 class="app-heading-m">"Visits on this device"</h2>
        {move || {
            let list = visits();
            if list.is_empty() {
                view! { <p data-testid="no-visits">"No visits yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="app-visit-list" data-testid="visit-list">
                        {list.into_iter().map(|v| {
                            let resume = if v.status == Status::Complete { wizard::Step::Result } else { wizard::first_unanswered(&v.answers) };
                            let href = step_href(false, &v.id, resume, false);
                            let title = v.answers.setting.map(|s| s.label().to_string()).unwrap_or_else(|| "Setting not chosen yet".into());
                            let status = if v.status == Status::Complete { "Complete" } else { "Draft" };
                            view! {
                                <li class="app-visit-list__item">
                                    <a class="app-visit-list__link" href=href>{title}</a>
                                    {(!v.location.is_empty()).then(|| view! { <span class="app-visit-list__meta">{v.location.clone()}</span> })}
                                    <span class="app-visit-list__meta">{format!("Last changed {}", format_time(v.updated_ms))}</span>
                                    <strong class="app-tag">{status}</strong>
                                    <DeleteVisit id=v.id.clone()/>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
        {move || (total() > shown.get()).then(|| view! {
            <button type="button" class="app-button app-button--secondary" on:click=move |_| shown.update(|n| *n += PAGE) data-testid="show-more">
                {format!("Show more visits ({} of {} shown)", shown.get(), total())}
            </button>
        })}
        <h2 class="app-heading-m">"Before your first visit"</h2>
        <ul class="app-list">
            <li><a href=Address::Practice.path()>"Practise on sample visits"</a>" — worked examples, kept apart from real visits."</li>
            <li><a href=Address::HowItDecides.path()>"How the checklist decides"</a>" — every sign, rule and route, for you or your safeguarding lead to check."</li>
        </ul>
    }
}

/// Delete, then "Are you sure?" in place: nothing is deleted by one tap.
#[component]
fn DeleteVisit(id: String) -> impl IntoView {
    let state = use_app();
    let confirming = RwSignal::new(false);
    let id_for_delete = id.clone();
    let delete = move |_| {
        let id = id_for_delete.clone();
        session::delete_visit(state, &id);
    };
    move || {
        if confirming.get() {
            view! {
                <span class="app-visit-list__confirm" role="group" aria-label="Confirm deletion">
                    <span>"Delete this visit for good?"</span>
                    <button type="button" class="app-button app-button--warning app-button--small" on:click=delete.clone() data-testid="confirm-delete">"Yes, delete it"</button>
                    <button type="button" class="app-button app-button--secondary app-button--small" on:click=move |_| confirming.set(false)>"Cancel"</button>
                </span>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="app-link-button" on:click=move |_| confirming.set(true) data-testid="delete">
                    "Delete"<span class="app-visually-hidden">" this visit"</span>
                </button>
            }
            .into_any()
        }
    }
}
