//! "How the checklist decides" (rendered by `render::logic`).

use crate::{
    render::logic,
    state::use_app,
    ui::components::{later::Later, nation_switch::NationSwitch, page_title::PageTitle},
};
use leptos::prelude::*;

#[component]
pub fn LogicPage() -> impl IntoView {
    let state = use_app();
    // Built from compile-time data only, with every value escaped.
    view! {
        <PageTitle title="How the checklist decides"/>
        <span class="app-caption">"Spot it"</span>
        <h1 class="app-heading-xl">"How the checklist decides"</h1>
        <p class="app-body-l">"Everything on this page is produced from the same data and rules the visit checklist uses."</p>
        <div inner_html=logic::rules()></div>
        <NationSwitch/>
        <div inner_html=move || logic::situations_table(state.nation.get())></div>
        <Later>
            <div inner_html=logic::signs_table()></div>
        </Later>
    }
}
