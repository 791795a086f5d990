//! Setting a passphrase: warned first that a forgotten one cannot be
//! recovered, then every visit is sealed.

use super::passphrase_form::PassphraseForm;
use crate::{
    domain::vault::passphrase_problem,
    platform::{lock, personal_contacts, storage},
    state::{session, use_app},
    ui::components::{error_summary::ErrorSummary, password_field::PasswordField},
};
use leptos::prelude::*;

const NEW: &str = "new-passphrase";
const AGAIN: &str = "confirm-passphrase";
const UNDERSTOOD: &str = "understood";

#[component]
pub fn TurnOnLock() -> impl IntoView {
    let state = use_app();
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let form = PassphraseForm::new(NEW);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, q) = (new.get_untracked(), again.get_untracked());
        let found = if !storage::quarantined().is_empty() {
            Some((NEW, "There is damaged data on this device that the lock cannot protect. Download or delete it under Damaged data below, then set the lock".to_string()))
        } else if let Some(why) = passphrase_problem(&p) {
            Some((NEW, why.to_string()))
        } else if p != q {
            Some((
                AGAIN,
                "The passphrases do not match: type the same passphrase twice".to_string(),
            ))
        } else if !understood.get_untracked() {
            Some((
                UNDERSTOOD,
                "Confirm that you understand a forgotten passphrase cannot be recovered"
                    .to_string(),
            ))
        } else {
            None
        };
        form.submit(found, || async move {
            if let Err(e) = lock::turn_on(&p).await {
                return form.fail(NEW, e.explain());
            }
            new.set(String::new());
            again.set(String::new());
            // Everything typed so far is sealed now, with the rest.
            session::flush(state);
            crate::platform::recorder::reseal();
            let failed = state.visits.with_untracked(|vs| {
                let failed = vs.iter().filter(|v| storage::save_visit(v).is_err()).count();
                storage::refresh_index(vs);
                failed
            }) + crate::platform::chain_store::seal_all();
            if let Err(e) = personal_contacts::reseal() {
                state.notices.update(|n| n.push(format!("Your own contacts could not be encrypted yet: {} They will be encrypted the next time they are saved.", e.explain())));
            }
            if failed > 0 {
                state.notices.update(|n| n.push(format!("The lock is on, but {failed} visit(s) or check(s) could not be encrypted yet because the device's storage is full. Delete old visits; they will be encrypted the next time the app is unlocked.")));
            }
            session::lock_turned_on(state);
        });
    };
    let understood_error = form.error_on(UNDERSTOOD);
    view! {
        <form class="app-form" novalidate on:submit=submit data-testid="turn-on-lock">
            <ErrorSummary error=form.summary() field=form.summary_field()/>
            <h3 class="app-heading-s">"Set a passphrase"</h3>
            <div class="app-inset app-inset--warning">
                <p><strong>"If you forget the passphrase, the visits on this device cannot be recovered by anyone."</strong>" Print or download anything you must keep."</p>
            </div>
            <PasswordField id=NEW label="Passphrase" autocomplete="new-password"
                hint="At least 10 characters. Three random words you will remember, such as ‘kettle river lamp’, work well. Not a PIN, and not a password you use anywhere else."
                value=new error=form.error_on(NEW)/>
            <PasswordField id=AGAIN label="Type the passphrase again" autocomplete="new-password"
                value=again error=form.error_on(AGAIN)/>
            <div class="app-form-group" class:app-form-group--error=move || understood_error.get().is_some()>
                {move || understood_error.get().map(|m| view! {
                    <p class="app-error-message" id="understood-error"><span class="app-visually-hidden">"Error: "</span>{m}</p>
                })}
                <div class="app-checkboxes">
                    <div class="app-checkboxes__item">
                        <input class="app-checkboxes__input" type="checkbox" id=UNDERSTOOD
                            aria-describedby=move || understood_error.get().map(|_| "understood-error")
                            prop:checked=move || understood.get()
                            on:change=move |ev| understood.set(event_target_checked(&ev))/>
                        <label class="app-checkboxes__label" for=UNDERSTOOD>"I understand that if I forget the passphrase, the visits on this device cannot be recovered"</label>
                    </div>
                </div>
            </div>
            <button type="submit" class="app-button" aria-disabled=form.aria_busy()>
                {move || if form.busy.get() { "Turning on the lock…" } else { "Turn on the lock" }}
            </button>
        </form>
    }
}
