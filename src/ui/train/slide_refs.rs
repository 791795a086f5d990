//! What a slide points to elsewhere in the app, by id: signs from the
//! indicator catalogue, numbers from the registry, library topics and
//! glossary terms. Nothing is copied: each comes from its one home.

use crate::domain::address::Address;
use crate::domain::{
    catalogue::indicator, content::topic, registry::REGISTRY, workshop::model::Slide,
};
use leptos::prelude::*;

#[component]
pub fn SlideRefs(slide: Slide) -> impl IntoView {
    let signs: Vec<_> = slide.signs.iter().filter_map(|id| indicator(id)).collect();
    let orgs: Vec<_> = slide
        .orgs
        .iter()
        .filter_map(|name| REGISTRY.iter().find(|o| format!("{:?}", o.id) == *name))
        .collect();
    let topics: Vec<_> = slide.topics.iter().filter_map(|id| topic(id)).collect();
    let terms: Vec<_> = slide
        .terms
        .iter()
        .filter_map(|id| crate::domain::content::GLOSSARY.iter().find(|t| t.id == id))
        .collect();
    view! {
        {(!signs.is_empty()).then(|| view! {
            <h2 class="app-heading-s">"Signs from the visit checklist"</h2>
            <ul class="app-list app-list--bullet" data-testid="slide-signs">
                {signs.into_iter().map(|s| view! { <li>{s.wording}</li> }).collect_view()}
            </ul>
        })}
        {(!orgs.is_empty()).then(|| view! {
            <h2 class="app-heading-s">"Numbers"</h2>
            <ul class="app-list" data-testid="slide-numbers">
                {orgs.into_iter().map(|o| {
                    let n = o.numbers.first();
                    view! {
                        <li>
                            <strong>{o.name}</strong>
                            {n.map(|n| view! { ": "<a href=format!("tel:{}", n.tel)>{n.display}</a> })}
                            {n.is_none().then(|| view! { ": "{o.contact_note} })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
        {(!topics.is_empty() || !terms.is_empty()).then(|| view! {
            <h2 class="app-heading-s">"Read more in Sense it"</h2>
            <ul class="app-list">
                {topics.into_iter().map(|t| view! { <li><a href=Address::Topic(t.id.into()).path()>{t.title}</a></li> }).collect_view()}
                {terms.into_iter().map(|t| view! { <li><a href=Address::GlossaryTerm(t.id.into()).path()>{format!("Glossary: {}", t.term)}</a></li> }).collect_view()}
            </ul>
        })}
    }
}
