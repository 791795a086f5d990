//! The glossary, rendered at build time from content/glossary.toml into a
//! file read when the page opens.

use super::library_html::LibraryHtml;
use crate::domain::address::Address;
use crate::{
    domain::content::{glossary_sources, glossary_url, GLOSSARY},
    render::{markup::Html, sources},
    ui::components::page_title::PageTitle,
};
use leptos::prelude::*;

const REVIEWED: &str = "2026-11-28";

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let mut foot = Html::new();
    sources::section(
        &mut foot,
        glossary_sources(),
        REVIEWED,
        sources::Placement::PageEnd,
    );
    view! {
        <PageTitle title="Glossary"/>
        <a class="app-back-link" href=Address::Library.path()>"Sense it: all topics"</a>
        <span class="app-caption">"Sense it"</span>
        <h1 class="app-heading-xl">"Glossary"</h1>
        <p class="app-body-l">{format!("{} words used in the guidance and in referrals, explained.", GLOSSARY.len())}</p>
        <LibraryHtml class="app-glossary-page" url=glossary_url()/>
        <div inner_html=foot.finish()></div>
    }
}
