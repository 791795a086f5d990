//! Turning the lock off: the passphrase confirms it, every visit is written
//! back in the clear, and only then is the lock's record removed, so a
//! failure part-way leaves the lock on and every visit readable.

use super::passphrase_form::PassphraseForm;
use crate::{
    platform::{clock::now_ms, lock, personal_contacts, storage},
    state::{session, use_app},
    ui::components::{error_summary::ErrorSummary, password_field::PasswordField},
};
use leptos::prelude::*;

const FIELD: &str = "off-passphrase";

#[component]
pub fn TurnOffLock() -> impl IntoView {
    let state = use_app();
    let passphrase = RwSignal::new(String::new());
    let form = PassphraseForm::new(FIELD);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = passphrase.get_untracked();
        let found = typed.is_empty().then(|| {
            (
                FIELD,
                "Enter your passphrase to turn off the lock".to_string(),
            )
        });
        form.submit(found, || async move {
            let result = lock::unlock(&typed, now_ms()).await;
            passphrase.set(String::new());
            if let Err(e) = result {
                return form.fail(FIELD, e.explain());
            }
            session::flush(state);
            let written = state.visits.with_untracked(|vs| {
                vs.iter()
                    .try_for_each(storage::save_visit_unsealed)
                    .and_then(|()| crate::platform::chain_store::unseal_all())
                    .and_then(|()| personal_contacts::save_unsealed())
                    .map_err(|e| e.explain())
            });
            match written {
                Ok(()) => {
                    crate::platform::recorder::unseal();
                    lock::remove_record();
                    state.visits.with_untracked(storage::refresh_index);
                    session::lock_turned_off(state);
                }
                Err(why) => {
                    // Anything written in the clear is sealed again when the
                    // app is next unlocked.
                    form.fail(
                        FIELD,
                        format!(
                            "The lock is still on: not every visit could be written back. {why}"
                        ),
                    );
                    session::touch(state);
                }
            }
        });
    };
    view! {
        <details class="app-details">
            <summary class="app-details__summary">"Turn off the lock"</summary>
            <form class="app-form app-details__text" novalidate on:submit=submit>
                <ErrorSummary error=form.summary() field=FIELD/>
                <p>"Your visits will be stored on this device without encryption, readable by anyone who can open this browser."</p>
                <PasswordField id=FIELD label="Enter your passphrase to confirm" autocomplete="current-password"
                    value=passphrase error=form.error_on(FIELD)/>
                <button type="submit" class="app-button app-button--warning" data-testid="turn-off-lock" aria-disabled=form.aria_busy()>
                    {move || if form.busy.get() { "Turning off…" } else { "Turn off the lock" }}
                </button>
            </form>
        </details>
    }
}
