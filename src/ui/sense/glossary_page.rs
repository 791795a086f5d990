//! The glossary, rendered at build time from content/glossary.toml.

use crate::{
    domain::content::{glossary_sources, GLOSSARY, GLOSSARY_HTML},
    render::{markup::Html, sources},
    ui::components::page_title::PageTitle,
};
use leptos::prelude::*;

const REVIEWED: &str = "2026-11-28";

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let mut foot = Html::new();
    sources::section(&mut foot, glossary_sources(), REVIEWED);
    view! {
        <PageTitle title="Glossary"/>
        <a class="app-back-link" href="/sense">"Sense it: all topics"</a>
        <span class="app-caption">"Sense it"</span>
        <h1 class="app-heading-xl">"Glossary"</h1>
        <p class="app-body-l">{format!("{} words used in the guidance and in referrals, explained.", GLOSSARY.len())}</p>
        // Built from content/ when the app was built: trusted, never user input.
        <div inner_html=GLOSSARY_HTML></div>
        <div inner_html=foot.finish()></div>
    }
}
