//! `/train/poster`: a poster for the office or a staff room, with the
//! Helpline and 999 from the registry and a QR code to this app. Prints on
//! one A4 or A3 page.

use super::{pack_page::TEAM_PACK_CSS, team_page::app_address};
use crate::domain::address::Address;
use crate::domain::{
    registry::{org, OrgId},
    workshop::qr::qr_svg,
};
use crate::platform::export;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn PosterPage() -> impl IntoView {
    let a3 = RwSignal::new(false);
    crate::platform::page::use_stylesheet(TEAM_PACK_CSS);
    let helpline = org(OrgId::Helpline);
    let emergency = org(OrgId::Emergency999);
    let svg = qr_svg(&app_address(), "QR code to open the app").unwrap_or_default();
    let number = helpline.numbers.first();
    view! {
        <PageTitle title="Poster – Train"/>
        <a class="app-back-link" href=Address::TrainTeam.path()>"Team pack"</a>
        <h1 class="app-heading-xl app-no-print">"Poster"</h1>
        <div class="app-no-print">
            <p>"Put it up where people can read it without being watched, such as inside a toilet door or a staff room."</p>
            <div class="app-radios app-radios--inline">
                <div class="app-radios__item">
                    <input class="app-radios__input" type="radio" id="poster-a4" name="poster-size" prop:checked=move || !a3.get() on:change=move |_| a3.set(false)/>
                    <label class="app-radios__label" for="poster-a4">"A4"</label>
                </div>
                <div class="app-radios__item">
                    <input class="app-radios__input" type="radio" id="poster-a3" name="poster-size" prop:checked=move || a3.get() on:change=move |_| a3.set(true)/>
                    <label class="app-radios__label" for="poster-a3">"A3"</label>
                </div>
            </div>
            <button type="button" class="app-button" on:click=move |_| export::print()>"Print the poster"</button>
        </div>
        <article class="app-poster" class:app-poster--a3=move || a3.get() data-testid="poster">
            <p class="app-poster__headline">"Worried that someone is being controlled or exploited?"</p>
            <p class="app-poster__lead">"Workers who cannot leave, who are not paid, whose documents someone else holds, or who live where they work may need help."</p>
            <p class="app-poster__call">"Call the "{helpline.name}</p>
            {number.map(|n| view! {
                <p class="app-poster__number" data-testid="poster-number">{n.display}</p>
                <p class="app-poster__label">{n.label}</p>
            })}
            <p class="app-poster__danger">{format!("If someone is in immediate danger, call {}.", emergency.numbers[0].display)}</p>
            <div class="app-poster__app">
                <div class="app-qr" inner_html=svg></div>
                <p>"For staff: scan to learn the signs and how to refer, with the free Sense it. Spot it. Stop it. app."</p>
            </div>
            <p class="app-poster__checked">{format!("Numbers checked {}.", crate::render::sources::human_date(helpline.checked))}</p>
        </article>
    }
}
