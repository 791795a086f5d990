//! Quick exit, after GOV.UK's "Exit this page": a button on every screen and
//! the Shift key pressed three times, either of which covers the screen at
//! once with a plain page of the app itself and locks the app if a lock is set.

use crate::domain::address::Address;
use crate::render::cover;
use crate::{
    platform::{page, settings},
    state::{session, use_app},
};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate},
    NavigateOptions,
};

/// Shift presses needed, and the time they must fall within.
const PRESSES: u32 = 3;
const WITHIN_MS: f64 = 5_000.0;

/// Listens for Shift ×3. Any other key in between starts the count again, so
/// typing capitals never triggers it.
#[component]
pub fn QuickExit() -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let presses = StoredValue::new(page::take_early_exit_presses());
    let counter = RwSignal::new(0u32);
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if state.covered.get_untracked() {
            return;
        }
        if ev.key() != "Shift" {
            presses.set_value(Vec::new());
            counter.set(0);
            return;
        }
        if ev.repeat() {
            return;
        }
        let now = ev.time_stamp();
        presses.update_value(|p| {
            p.retain(|t| now - t < WITHIN_MS);
            p.push(now);
        });
        let n = presses.with_value(|p| p.len() as u32);
        if n >= PRESSES {
            presses.set_value(Vec::new());
            counter.set(0);
            exit(state, &navigate);
        } else {
            counter.set(n);
        }
    });
    // Screen readers hear how many more presses are needed, as on GOV.UK.
    view! {
        <div class="app-visually-hidden" aria-live="polite">
            {move || match counter.get() {
                0 => String::new(),
                n => format!("Shift, press {} more times to exit.", PRESSES - n),
            }}
        </div>
    }
}

/// Covers the screen, saves, locks, and leaves the address of a page with
/// nothing on it, so a reload or Back does not bring the visit back.
fn exit(state: crate::state::AppState, navigate: &impl Fn(&str, NavigateOptions)) {
    session::quick_exit(state);
    navigate(
        &Address::Home.path(),
        NavigateOptions {
            replace: true,
            ..Default::default()
        },
    );
}

/// The button, in the header's top row, which stays in view as the page
/// scrolls. As GOV.UK's, it is a link styled as a button: before the app
/// runs (a prerendered page) or without it, the link itself leads to the
/// cover file, and `public/early.js` handles it and Shift ×3 until the app
/// has taken over; from then on the app covers the screen in place.
#[component]
pub fn ExitThisPage() -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    let on_key = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            // A button answers Space as well as Enter.
            if ev.key() == " " {
                ev.prevent_default();
                exit(state, &navigate);
            }
        }
    };
    view! {
        <a
            href=cover::FILE
            role="button"
            draggable="false"
            rel="nofollow"
            class="app-button app-button--warning app-exit-this-page"
            data-testid="quick-exit"
            on:click=move |ev| {
                ev.prevent_default();
                exit(state, &navigate);
            }
            on:keydown=on_key
        >
            <span class="app-visually-hidden">"Emergency: "</span>"Exit this page"
        </a>
    }
}

/// Explains the quick exit once: on the first page of the first visit to
/// the app, until "Got it" or the next page. On a phone it would otherwise
/// push every question of a visit below the first screen, until dismissed.
#[component]
pub fn QuickExitIntro() -> impl IntoView {
    let shown = RwSignal::new(!settings::quick_exit_explained());
    if shown.get_untracked() {
        // Seen now: the next load of the app (and public/early.js, for a
        // prerendered page) leaves it out.
        settings::mark_quick_exit_explained();
        let path = use_location().pathname;
        Effect::new(move |first: Option<String>| {
            let now = path.get();
            match first {
                Some(first) if first != now => {
                    shown.set(false);
                    first
                }
                _ => now,
            }
        });
    }
    move || {
        shown.get().then(|| {
            view! {
                <div class="app-notice" role="region" aria-labelledby="quick-exit-intro-title" data-testid="quick-exit-intro">
                    <h2 class="app-notice__title" id="quick-exit-intro-title">{cover::INTRO_TITLE}</h2>
                    <p>
                        {cover::INTRO
                            .iter()
                            .map(|(text, bold)| if *bold {
                                view! { <strong>{*text}</strong> }.into_any()
                            } else {
                                view! { {*text} }.into_any()
                            })
                            .collect_view()}
                    </p>
                    <button type="button" class="app-button app-button--secondary" on:click=move |_| {
                        settings::mark_quick_exit_explained();
                        shown.set(false);
                    }>{cover::INTRO_DISMISS}</button>
                </div>
            }
        })
    }
}
