//! `/train/audience`: the room's screen in facilitator mode. It follows the
//! presenter window on this device, and can go full screen. The presenter's
//! keys work here too, and the presenter window follows.

use super::{
    live_slide::LiveSlide,
    presenter_keys::on_presenter_keys,
    shared::{update_live, WithWorkshop},
};
use crate::domain::workshop::model::Workshop;
use crate::platform::{broadcast, clock::now_ms};
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn AudiencePage() -> impl IntoView {
    view! {
        <PageTitle title="Audience screen – Train"/>
        <WithWorkshop page=move |w| view! { <Audience workshop=w/> }/>
    }
}

#[component]
fn Audience(workshop: Arc<Workshop>) -> impl IntoView {
    let live = RwSignal::new(broadcast::load());
    broadcast::listen(move |l| live.set(Some(l)));
    on_cleanup(broadcast::close);
    {
        let workshop = workshop.clone();
        on_presenter_keys(move |a| update_live(live, |l| l.apply(&workshop, a, now_ms())));
    }
    let full_screen = move |_| {
        if let Some(el) = document().get_element_by_id("audience") {
            let _ = el.request_fullscreen();
        }
    };
    view! {
        <div class="app-audience" id="audience" data-testid="audience">
            <LiveSlide workshop=workshop live=live page_heading=true/>
        </div>
        <p class="app-audience__tools">
            <button type="button" class="app-button app-button--secondary" on:click=full_screen>"Full screen"</button>
            " Press Esc to leave full screen. This window follows the presenter view, and the presenter keys (a clicker too) work here as well."
        </p>
    }
}
