use crate::domain::address::Address;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageTitle title="Page not found"/>
        <h1 class="app-heading-l">"Page not found"</h1>
        <p>"If you typed the address, check it is correct."</p>
        <p>"If you followed a link from a visit, the visit may have been deleted or not saved on this device."</p>
        <p>"Go to the " <a href=Address::Home.path()>"start page"</a> ", or to " <a href=Address::Visits.path()>"your visits"</a> "."</p>
    }
}
