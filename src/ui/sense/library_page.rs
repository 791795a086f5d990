//! Sense it: the library's contents, with search.

use super::search_box::SearchBox;
use crate::domain::address::Address;
use crate::{
    domain::content::{topics_in, SECTIONS},
    ui::components::page_title::PageTitle,
};
use leptos::prelude::*;

#[component]
pub fn LibraryPage() -> impl IntoView {
    view! {
        <PageTitle title="Sense it: learn the signs"/>
        <span class="app-caption">"Sense it"</span>
        <h1 class="app-heading-xl">"Learn about trafficking and exploitation"</h1>
        <p class="app-body-l">"What trafficking is, how big it is in the UK, its forms and signs, how it is tackled, and how to support and refer. Every page gives its sources and when it was last reviewed."</p>
        <SearchBox/>
        <ul class="app-cards">
            <li class="app-card">
                <h2 class="app-heading-s"><a href=Address::Signs.path()>"The signs of exploitation"</a></h2>
                <p>"Every sign the visit checklist uses, by kind of exploitation and kind of premises."</p>
            </li>
            <li class="app-card">
                <h2 class="app-heading-s"><a href=Address::Glossary.path()>"Glossary"</a></h2>
                <p>"The words used in the guidance and in referrals, explained."</p>
            </li>
        </ul>
        {SECTIONS.iter().map(|(id, heading)| view! {
            <h2 class="app-heading-m">{*heading}</h2>
            <ul class="app-list app-topic-list">
                {topics_in(id).into_iter().map(|t| view! {
                    <li class="app-topic-list__item">
                        <a class="app-topic-list__link" href=Address::Topic(t.id.into()).path()>{t.title}</a>
                        <p class="app-topic-list__summary">{t.summary}</p>
                    </li>
                }).collect_view()}
            </ul>
        }).collect_view()}
    }
}
