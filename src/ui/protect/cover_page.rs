//! What the quick exit shows: an ordinary property checklist that says
//! nothing about this app, loads nothing and stores nothing.

use crate::domain::address::Address;
use crate::{
    render::cover::{ITEMS, TITLE as COVER_TITLE},
    state::use_app,
};
use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

#[component]
pub fn CoverPage() -> impl IntoView {
    let state = use_app();
    let navigate = use_navigate();
    document().set_title(COVER_TITLE);
    // Back to the start page; if a lock is set, the visits need the passphrase.
    let close = move |_| {
        navigate(
            &Address::Home.path(),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
        state.covered.set(false);
    };
    view! {
        <div class="app-cover app-width-container" data-testid="cover">
            <main class="app-main" id="main-content">
                <h1 class="app-heading-l">{COVER_TITLE}</h1>
                <div class="app-checkboxes">
                    {ITEMS
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let id = format!("cover-{i}");
                            view! {
                                <div class="app-checkboxes__item">
                                    <input class="app-checkboxes__input" type="checkbox" id=id.clone()/>
                                    <label class="app-checkboxes__label" for=id>{*item}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
                <button type="button" class="app-link-button" on:click=close>"Close checklist"</button>
            </main>
        </div>
    }
}
