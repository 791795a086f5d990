//! Stop it: who to contact, by situation and nation (rendered by `render::stop`).

use crate::{
    domain::local_contacts::Local,
    platform::clock::today_iso,
    render::{emergency, stop},
    state::use_app,
    ui::components::{later::Later, nation_switch::NationSwitch, page_title::PageTitle},
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
        // Built from the registry only, with every value escaped.
        <div inner_html=emergency::panel_html(emergency::Place::Stop)></div>
        <NationSwitch/>
        // Built from compile-time data only, with every value escaped.
        <div inner_html=move || stop::routes(state.nation.get(), &Local::deployed(&today_iso()))></div>
        <Later>
            <div inner_html=move || stop::other_nations(state.nation.get(), &Local::deployed(&today_iso()))></div>
        </Later>
        <Later>
            <div inner_html=move || stop::sources_for(state.nation.get())></div>
        </Later>
    }
}
