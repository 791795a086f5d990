//! A new passphrase for the same lock: one write, the visits untouched.

use super::passphrase_form::PassphraseForm;
use crate::{
    domain::vault::passphrase_problem,
    platform::{clock::now_ms, lock},
    ui::components::{error_summary::ErrorSummary, password_field::PasswordField},
};
use leptos::prelude::*;

const CURRENT: &str = "current-passphrase";
const NEW: &str = "changed-passphrase";
const AGAIN: &str = "confirm-changed-passphrase";

#[component]
pub fn ChangePassphrase() -> impl IntoView {
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let form = PassphraseForm::new(CURRENT);
    let done = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(String::new());
        let (c, p, q) = (
            current.get_untracked(),
            new.get_untracked(),
            again.get_untracked(),
        );
        let found = if c.is_empty() {
            Some((CURRENT, "Enter your current passphrase".to_string()))
        } else if let Some(why) = passphrase_problem(&p) {
            Some((NEW, why.to_string()))
        } else if p != q {
            Some((
                AGAIN,
                "The new passphrases do not match: type the same passphrase twice".to_string(),
            ))
        } else {
            None
        };
        form.submit(found, || async move {
            let result = lock::change(&c, &p, now_ms()).await;
            current.set(String::new());
            match result {
                Ok(()) => {
                    new.set(String::new());
                    again.set(String::new());
                    done.set(
                        "The passphrase has been changed. Use the new one from now on.".into(),
                    );
                }
                Err(e) => form.fail(CURRENT, e.explain()),
            }
        });
    };
    view! {
        <details class="app-details">
            <summary class="app-details__summary">"Change the passphrase"</summary>
            <form class="app-form app-details__text" novalidate on:submit=submit>
                <ErrorSummary error=form.summary() field=form.summary_field()/>
                <PasswordField id=CURRENT label="Current passphrase" autocomplete="current-password"
                    value=current error=form.error_on(CURRENT)/>
                <PasswordField id=NEW label="New passphrase" autocomplete="new-password"
                    hint="At least 10 characters. Three random words you will remember work well."
                    value=new error=form.error_on(NEW)/>
                <PasswordField id=AGAIN label="Type the new passphrase again" autocomplete="new-password"
                    value=again error=form.error_on(AGAIN)/>
                <button type="submit" class="app-button app-button--secondary" aria-disabled=form.aria_busy()>
                    {move || if form.busy.get() { "Changing…" } else { "Change passphrase" }}
                </button>
                <p class="app-confirm" role="status">{move || done.get()}</p>
            </form>
        </details>
    }
}
