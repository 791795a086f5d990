//! Asks for the passphrase, in place of anything that shows visits.

use super::passphrase_form::PassphraseForm;
use crate::domain::address::Address;
use crate::{
    platform::{clock::now_ms, lock},
    state::{session, store, use_app},
    ui::components::{
        error_summary::ErrorSummary, page_title::PageTitle, password_field::PasswordField,
    },
};
use leptos::prelude::*;

const FIELD: &str = "passphrase";
const STORE_FAILED: &str =
    "The part of the app that reads your visits could not be loaded. Reload the page, then try again";

#[component]
pub fn UnlockPanel(
    /// 1 where the panel is the page; 2 inside another page (Settings).
    #[prop(default = 1)]
    heading_level: u8,
) -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let form = PassphraseForm::new(FIELD);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = passphrase.get_untracked();
        let found = typed
            .is_empty()
            .then(|| (FIELD, "Enter your passphrase".to_string()));
        form.submit(found, || async move {
            // The pages that ask for the passphrase have opened the visit
            // store already; this only makes sure, before the key is kept.
            if store::open(state).await.is_err() {
                return form.fail(FIELD, STORE_FAILED);
            }
            let result = lock::unlock(&typed, now_ms()).await;
            passphrase.set(String::new());
            match result {
                Ok(()) => session::after_unlock(state),
                Err(e) => form.fail(FIELD, e.explain()),
            }
        });
    };
    let error = form.summary();
    let heading = "Unlock your visits";
    view! {
        {(heading_level == 1).then(|| view! {
            <PageTitle title=heading error=Signal::derive(move || error.get().is_some())/>
        })}
        <div class="app-unlock" data-testid="unlock">
            <ErrorSummary error=error field=FIELD/>
            {if heading_level == 1 {
                view! { <h1 class="app-heading-l">{heading}</h1> }.into_any()
            } else {
                view! { <h2 class="app-heading-m">{heading}</h2> }.into_any()
            }}
            <p>"The visits on this device are locked. Enter the passphrase set on this device to see them."</p>
            <form class="app-form" novalidate on:submit=submit>
                <PasswordField id=FIELD label="Passphrase" autocomplete="current-password"
                    value=passphrase error=error/>
                <button type="submit" class="app-button" aria-disabled=form.aria_busy()>
                    {move || if form.busy.get() { "Checking…" } else { "Unlock" }}
                </button>
            </form>
            <details class="app-details">
                <summary class="app-details__summary">"Forgotten your passphrase?"</summary>
                <div class="app-details__text">
                    <p>"Nobody can open the locked visits without it: not you, not your employer and not the makers of this app. That is what keeps them safe."</p>
                    <p>"You can delete them and start again: go to "<a href=Address::DeleteData.path()>"Settings and privacy"</a>" and choose "<strong>"Wipe everything this app stored"</strong>"."</p>
                </div>
            </details>
        </div>
    }
}
