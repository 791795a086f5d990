//! The signs of exploitation: the same catalogue the visit checklist uses,
//! grouped by category, each sign with its strength and sources.

use crate::{
    domain::{
        catalogue::{Applies, Category},
        indicators::CATALOGUE,
        setting::Setting,
        source::Source,
        sources::*,
    },
    ui::components::{page_title::PageTitle, sources::PageSources},
};
use leptos::prelude::*;

const CATEGORIES: [Category; 7] = [
    Category::General,
    Category::Labour,
    Category::Sexual,
    Category::Criminal,
    Category::DomesticServitude,
    Category::Child,
    Category::Premises,
];

/// When the text of this page (not the catalogue) was last reviewed.
const REVIEWED: &str = "2026-11-28";

fn settings_text(applies: Applies) -> String {
    match applies {
        Applies::Everywhere => "Any property".into(),
        Applies::Only(list) if list.len() == Setting::ALL.len() => "Any property".into(),
        Applies::Only(list) => list
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[component]
pub fn SensePage() -> impl IntoView {
    let mut sources: Vec<&'static Source> = vec![&S1, &S2, &S3, &S4, &S5A, &S7, &S71, &S72A, &S102];
    sources.extend(CATALOGUE.iter().flat_map(|i| i.sources.iter().copied()));
    view! {
        <PageTitle title="Sense it: the signs of exploitation"/>
        <span class="app-caption">"Sense it"</span>
        <h1 class="app-heading-xl">"The signs of exploitation"</h1>
        <p class="app-body-l">
            "Human trafficking is moving, recruiting or holding people in order to exploit them. For an adult, it is done by force, threats, deception or abuse of their situation. For a child — anyone under 18 — no force or deception needs to be shown. People can be trafficked without ever crossing a border."
        </p>
        <div class="app-inset">
            <p>"No single sign proves that someone is being exploited, and the absence of signs does not prove they are not. The more signs you see, the stronger the reason to act. Record what you see and hear, and use the routes in "<a href="/stop">"Stop it"</a>"."</p>
        </div>
        <p>{format!("These {} signs are the ones the visit checklist uses. Each is graded strong, medium or weak; red flags raise the level of concern on their own. ", CATALOGUE.len())}
            <a href="/spot/how-it-decides">"How the checklist decides"</a>
        </p>
        <nav class="app-contents" aria-label="Contents">
            <h2 class="app-heading-s">"Contents"</h2>
            <ul class="app-list">
                {CATEGORIES.iter().map(|c| view! { <li><a href=format!("#signs-{c:?}").to_lowercase()>{c.label()}</a></li> }).collect_view()}
            </ul>
        </nav>
        {CATEGORIES.iter().map(|c| {
            let items: Vec<_> = CATALOGUE.iter().filter(|i| i.category == *c).collect();
            view! {
                <section class="app-signs" aria-labelledby=format!("signs-{c:?}").to_lowercase()>
                    <h2 class="app-heading-m" id=format!("signs-{c:?}").to_lowercase()>{c.label()}</h2>
                    <ul class="app-observations">
                        {items.into_iter().map(|i| view! {
                            <li class="app-observation">
                                <span class="app-observation__wording">{i.wording}</span>
                                <span class="app-observation__tags">
                                    <strong class=format!("app-tag app-tag--{}", i.strength.label().to_lowercase())>{i.strength.label()}</strong>
                                    {i.red_flag.then(|| view! { <strong class="app-tag app-tag--red">"Red flag"</strong> })}
                                </span>
                                <span class="app-observation__source">{format!("Where: {}. Source: {}", settings_text(i.applies), i.sources.iter().map(|s| format!("[{}]", s.key)).collect::<Vec<_>>().join(" "))}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        }).collect_view()}
        <PageSources sources=sources reviewed=REVIEWED/>
    }
}
