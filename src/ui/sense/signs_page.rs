//! Sense it: the signs of exploitation (rendered by `render::signs`).

use crate::domain::address::Address;
use crate::{render::signs, ui::components::page_title::PageTitle};
use leptos::prelude::*;

#[component]
pub fn SignsPage() -> impl IntoView {
    view! {
        <PageTitle title="Sense it: the signs of exploitation"/>
        <a class="app-back-link" href=Address::Library.path()>"Sense it: all topics"</a>
        <span class="app-caption">"Sense it"</span>
        <h1 class="app-heading-xl">"The signs of exploitation"</h1>
        // Built from compile-time data only, with every value escaped.
        <div inner_html=signs::page()></div>
    }
}
