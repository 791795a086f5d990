//! "How the Chain Checker scores" (rendered by `render::chain`).

use crate::domain::address::Address;
use crate::{
    render::{chain, sources::Placement},
    ui::components::page_title::PageTitle,
};
use leptos::prelude::*;

#[component]
pub fn ChainScoringPage() -> impl IntoView {
    // Built from compile-time data only, with every value escaped.
    view! {
        <PageTitle title="How the Chain Checker scores"/>
        <a class="app-back-link" href=Address::Chain.path()>"Back"</a>
        <span class="app-caption">"Chain Checker"</span>
        <h1 class="app-heading-xl">"How the Chain Checker scores"</h1>
        <p class="app-body-l">"Everything on this page is produced from the same questions and rules the check uses."</p>
        <div inner_html=chain::scoring_page()></div>
    }
}

/// The sources of a page of the check, after its questions.
#[component]
pub fn ChainStepSources(theme: Option<&'static str>) -> impl IntoView {
    // Built from compile-time data only, with every value escaped.
    view! { <div class="app-no-print" inner_html=chain::step_sources(theme)></div> }
}

/// Every source the Chain Checker cites, for its introduction.
#[component]
pub fn ChainAllSources() -> impl IntoView {
    view! { <div inner_html=chain::sources_of(chain::all_sources(), Placement::PageEnd)></div> }
}
