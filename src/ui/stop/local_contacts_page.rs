//! `/stop/local-contacts`: the council's numbers on one page to print for a
//! team noticeboard (rendered by `render::local_notice`).

use crate::{
    domain::{address::Address, local_contacts::Local},
    platform::{clock::today_iso, export},
    render::local_notice,
    ui::components::{back_link::BackLink, page_title::PageTitle},
};
use leptos::prelude::*;

#[component]
pub fn LocalContactsPage() -> impl IntoView {
    let today = today_iso();
    // Built from the deployment's checked file only, with every value escaped.
    let html = local_notice::page(&Local::deployed(&today));
    view! {
        <PageTitle title="Our local contacts"/>
        <BackLink href=Address::Stop.path()/>
        <div class="app-notice-board-page">
            <h1 class="app-heading-xl">"Our local contacts"</h1>
            <div inner_html=html></div>
        </div>
        <div class="app-button-group app-no-print">
            <button type="button" class="app-button" on:click=move |_| export::print()>"Print"</button>
        </div>
    }
}
