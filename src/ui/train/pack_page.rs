//! `/train/team/:page`: the team pack's one-page briefing for a role
//! (environmental health, housing and HMO, licensing, trading standards,
//! health and safety), or module 4's Resources page. A briefing is built from
//! the indicator catalogue and the registry, and prints on one A4 page.

use super::shared::{text, Citations, WithWorkshop};
use crate::domain::address::Address;
use crate::domain::{
    catalogue::indicator,
    registry::{Verification, REGISTRY},
    workshop::{
        model::{Briefing, Workshop},
        Cited,
    },
};
use crate::platform::export;
use crate::ui::area::use_address;
use crate::ui::{components::page_title::PageTitle, not_found::NotFoundPage};
use leptos::prelude::*;
use std::sync::Arc;

/// The address of a role's briefing, or of the Resources page.
pub fn pack_href(page: &str) -> String {
    Address::TrainPack(page.into()).path()
}

pub const RESOURCES: &str = "resources";

/// The team pack's print rules (style/team-pack.css, copied as it is).
pub const TEAM_PACK_CSS: &str = "/team-pack.css";

#[component]
pub fn PackPage() -> impl IntoView {
    let address = use_address();
    crate::platform::page::use_stylesheet(TEAM_PACK_CSS);
    view! {
        <WithWorkshop page=move |w| {
            let page = address.with(|a| match a {
                Some(Address::TrainPack(page)) => page.clone(),
                _ => String::new(),
            });
            if page == RESOURCES {
                view! { <Resources workshop=w/> }.into_any()
            } else if let Some(b) = w.briefing(&page).cloned() {
                view! { <BriefingView workshop=w.clone() briefing=b/> }.into_any()
            } else {
                view! { <NotFoundPage/> }.into_any()
            }
        }/>
    }
}

#[component]
fn BriefingView(workshop: Arc<Workshop>, briefing: Briefing) -> impl IntoView {
    let signs: Vec<_> = briefing
        .signs
        .iter()
        .filter_map(|id| indicator(id))
        .collect();
    let orgs: Vec<_> = briefing
        .orgs
        .iter()
        .filter_map(|name| REGISTRY.iter().find(|o| format!("{:?}", o.id) == *name))
        .collect();
    // The signs' sources are the catalogue's; the rest are the workshop's.
    let mut cited: Vec<Cited> = signs
        .iter()
        .flat_map(|i| i.sources.iter())
        .map(|s| Cited {
            key: s.key.to_string(),
            citation: s.citation.to_string(),
            url: s.url.to_string(),
        })
        .collect();
    let mut keys = briefing.sources.clone();
    keys.extend(workshop.briefing_sources.iter().cloned());
    cited.extend(crate::domain::workshop::cite(&workshop, &keys));
    let mut seen = std::collections::BTreeSet::new();
    cited.retain(|c| seen.insert(c.key.clone()));
    let title = format!("Briefing: {}", briefing.role);
    view! {
        <PageTitle title=format!("{title} – Team pack")/>
        <a class="app-back-link" href=Address::TrainTeam.path()>"Team pack"</a>
        <div class="app-briefing" data-testid="briefing" data-role=briefing.id.clone()>
            <span class="app-caption">"Team pack · one-page briefing"</span>
            <h1 class="app-heading-l">{title}</h1>
            <p class="app-body-l">{briefing.visits.clone()}</p>
            <p class="app-no-print">
                <button type="button" class="app-button" on:click=move |_| export::print()>"Print this briefing"</button>
            </p>
            <h2 class="app-heading-m">"What to look for"</h2>
            <p class="app-hint">"Signs are clues, not proof. Several together are a reason to act."</p>
            <ul class="app-list app-list--bullet" data-testid="briefing-signs">
                {signs.iter().map(|s| view! { <li>{s.wording}</li> }).collect_view()}
            </ul>
            <h2 class="app-heading-m">"What to do"</h2>
            <ol class="app-list app-list--number" data-testid="briefing-steps">
                {workshop.briefing_steps.iter().map(|s| view! { <li>{text(s)}</li> }).collect_view()}
            </ol>
            <h2 class="app-heading-m">"Who to contact in England and Wales"</h2>
            <table class="app-table" data-testid="briefing-routes">
                <thead>
                    <tr><th scope="col">"Who"</th><th scope="col">"Number"</th><th scope="col">"When"</th></tr>
                </thead>
                <tbody>
                    {orgs.iter().map(|o| {
                        let n = o.numbers.first();
                        let check = match &o.verification {
                            Verification::CheckBeforeUse(why) => Some(*why),
                            Verification::Confirmed => None,
                        };
                        view! {
                            <tr>
                                <td>{o.name}</td>
                                <td>
                                    {n.map(|n| view! { <a class="app-contact__tel" href=format!("tel:{}", n.tel)>{n.display}</a> })}
                                    {n.is_none().then_some(o.contact_note)}
                                </td>
                                <td>
                                    {o.when_to_use}
                                    {check.map(|why| view! { " "<strong>"Check before use: "</strong>{why} })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <p class="app-hint">"In Scotland or Northern Ireland, Stop it in this app gives your nation's routes."</p>
        <section class="app-sources app-train-sources" aria-label="Sources">
            <h2 class="app-heading-s">"Sources"</h2>
            <ul class="app-sources__list">
                {cited.into_iter().map(|c| view! {
                    <li><span class="app-source"><span class="app-source__key">{format!("[{}] ", c.key)}</span>{c.citation}" "<span class="app-source__url">{c.url}</span></span></li>
                }).collect_view()}
            </ul>
            <p class="app-sources__reviewed">"Last reviewed: "<time datetime=workshop.reviewed.clone()>{crate::render::sources::human_date(&workshop.reviewed)}</time></p>
        </section>
        </div>
    }
}

#[component]
fn Resources(workshop: Arc<Workshop>) -> impl IntoView {
    let keys: Vec<String> = {
        let mut k: Vec<String> = workshop
            .resources
            .iter()
            .flat_map(|r| r.sources.iter().cloned())
            .collect();
        k.sort();
        k.dedup();
        k
    };
    view! {
        <PageTitle title="Resources – Team pack"/>
        <a class="app-back-link" href=Address::TrainTeam.path()>"Team pack"</a>
        <span class="app-caption">"Module 4"</span>
        <h1 class="app-heading-xl">"Resources"</h1>
        <p class="app-body-l">
            "This app is the online tool for raising awareness in your team: the "
            <a href=Address::TrainTeam.path()>"team pack"</a>
            " has a toolbox talk, a poster and a briefing for each role. These are the documents and tools it draws on, as their publishers name them."
        </p>
        <p>"We checked each title, date and address against stored copies of the publishers' pages. Addresses change: if one no longer works, search for the title on the publisher's website."</p>
        <ul class="app-list" data-testid="resources">
            {workshop.resources.iter().map(|r| view! {
                <li class="app-inset" data-testid="resource">
                    <h2 class="app-heading-s">
                        {match &r.url {
                            Some(url) => view! { <a href=url.clone() rel="noreferrer">{r.title.clone()}</a> }.into_any(),
                            None => view! { <span>{r.title.clone()}</span> }.into_any(),
                        }}
                    </h2>
                    <p>{format!("{}, {}.", r.publisher, r.date)}</p>
                    <p>{r.about.clone()}</p>
                    {r.url.clone().map(|u| view! { <p class="app-source__url">{u}</p> })}
                    {r.caveat.clone().map(|c| view! { <p data-testid="resource-caveat"><strong>"Not confirmed: "</strong>{c}</p> })}
                </li>
            }).collect_view()}
        </ul>
        <Citations workshop=workshop.clone() keys=keys reviewed=workshop.reviewed.clone()/>
    }
}
