use crate::{domain::nation::Nation, state::use_app};
use leptos::prelude::*;

/// Buttons that choose the nation whose law and routes are shown first. The
/// choice is the device setting, so it is remembered.
#[component]
pub fn NationSwitch() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="app-nation-switch" role="group" aria-label="Nation shown first">
            <span class="app-nation-switch__label" aria-hidden="true">"Show for: "</span>
            {Nation::ALL
                .into_iter()
                .map(|n| view! {
                    <button
                        type="button"
                        class="app-nation-switch__button"
                        aria-pressed=move || (state.nation.get() == n).to_string()
                        on:click=move |_| state.nation.set(n)
                    >
                        {n.label()}
                    </button>
                })
                .collect_view()}
        </div>
    }
}
