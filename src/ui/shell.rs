//! The parts of the screen that never change: header, "Get help now", the
//! three doors, and the footer.

use crate::domain::address::Address;
use crate::domain::registry::{EMERGENCY_NUMBER, HELPLINE_NUMBER};
use crate::ui::protect::quick_exit::ExitThisPage;
use leptos::prelude::*;
use leptos_router::components::A;

pub const APP_NAME: &str = "Sense it. Spot it. Stop it.";

/// In discreet mode the header reads as an ordinary visit checklist.
#[component]
pub fn Header() -> impl IntoView {
    let state = crate::state::use_app();
    let discreet = move || state.discreet.get();
    let door = move |name: &'static str, plain: &'static str| {
        move || {
            if discreet() {
                view! { {plain} }.into_any()
            } else {
                view! { {name}<span class="app-nav__sub">{format!(" {plain}")}</span> }.into_any()
            }
        }
    };
    // The top row, with the quick exit, stays in view as the page scrolls.
    view! {
        <header class="app-header">
            <div class="app-width-container app-header__inner">
                <a class="app-header__name" href=Address::Home.path()>
                    {move || if discreet() { crate::platform::page::DISCREET_NAME } else { APP_NAME }}
                </a>
                <ExitThisPage/>
            </div>
        </header>
        <div class="app-masthead">
            <div class="app-width-container app-masthead__inner">
                <HelpNow/>
            </div>
            <nav class="app-nav" aria-label="Main">
                <ul class="app-width-container app-nav__list">
                    <li><A href=Address::Library.path()>{door("Sense it", "Learn")}</A></li>
                    <li><A href=Address::Visits.path()>{door("Spot it", "Visits")}</A></li>
                    <li><A href=Address::Stop.path()>{door("Stop it", "Refer")}</A></li>
                    <li><A href=Address::Train.path()>"Train"</A></li>
                    <li><A href=Address::Settings.path()>"Settings"<span class="app-nav__more">" & privacy"</span></A></li>
                </ul>
            </nav>
        </div>
    }
}

/// Always visible: 999 and the helpline, from the registry.
#[component]
fn HelpNow() -> impl IntoView {
    let (emergency, helpline) = (EMERGENCY_NUMBER, HELPLINE_NUMBER);
    view! {
        <div class="app-help" role="region" aria-label="Get help now">
            <span class="app-help__title">"Get help now"</span>
            <a class="app-help__link app-help__link--emergency" href=format!("tel:{}", emergency.tel)>
                <span class="app-help__label">"Danger now: "</span><strong>{emergency.display}</strong>
            </a>
            <a class="app-help__link" href=format!("tel:{}", helpline.tel)>
                <span class="app-help__label">"Helpline: "</span><strong>{helpline.display}</strong>
            </a>
        </div>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <div class="app-width-container">
                <p>"Nothing you enter in this app leaves this device. It sends nothing and loads nothing from elsewhere."</p>
                <p>
                    "Indicators are not proof: this app gives a level of concern and routes, never a verdict. "
                    <a href=Address::HowItDecides.path()>"How the checklist decides"</a>
                </p>
                <p class="app-footer__meta">{format!("Version {}", env!("CARGO_PKG_VERSION"))}</p>
            </div>
        </footer>
    }
}

/// Messages about the device's storage, shown at the top until dismissed.
#[component]
pub fn Notices() -> impl IntoView {
    let state = crate::state::use_app();
    move || {
        let notices = state.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="app-notice" role="status" data-testid="notices">
                    <h2 class="app-notice__title">"About the data on this device"</h2>
                    <ul class="app-list app-list--bullet">
                        {notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                    <button type="button" class="app-button app-button--secondary" on:click=move |_| state.notices.set(Vec::new())>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
