//! Stop it: who to contact, by situation and nation (rendered by `render::stop`).

use crate::{
    render::stop,
    state::use_app,
    ui::components::{nation_switch::NationSwitch, page_title::PageTitle},
};
use leptos::prelude::*;

#[component]
pub fn StopPage() -> impl IntoView {
    let state = use_app();
    view! {
        <PageTitle title="Stop it: who to contact"/>
        <span class="app-caption">"Stop it"</span>
        <h1 class="app-heading-xl">"Who to contact"</h1>
        <p class="app-body-l">"The right route depends on danger, the person's age, whether an adult agrees to be referred, and the nation you are in."</p>
        <div class="app-panel app-panel--emergency app-panel--compact">
            <p class="app-panel__title">"If anyone is in immediate danger, call 999 now."</p>
        </div>
        <NationSwitch/>
        // Built from compile-time data only, with every value escaped.
        <div inner_html=move || stop::body(state.nation.get())></div>
    }
}
