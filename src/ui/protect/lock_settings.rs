//! The lock's part of Settings: what it protects and what it does not, and
//! the controls for each state (off, locked, unlocked).

use super::{
    change_passphrase::ChangePassphrase, turn_off_lock::TurnOffLock, turn_on_lock::TurnOnLock,
    unlock_panel::UnlockPanel,
};
use crate::{
    domain::session::LockState,
    platform::settings::{load_lock_after_seconds, save_lock_after_minutes, LOCK_AFTER_CHOICES},
    state::{session, use_app},
    ui::components::question::{Choice, QuestionFieldset, Radios},
};
use leptos::prelude::*;

#[component]
pub fn LockSettings() -> impl IntoView {
    let state = use_app();
    view! {
        <h2 class="app-heading-m" id="lock">"Lock"</h2>
        <LockExplained/>
        {move || match state.lock.get() {
            LockState::Off => view! { <TurnOnLock/> }.into_any(),
            LockState::Locked => view! { <UnlockPanel heading_level=2/> }.into_any(),
            LockState::Unlocked => view! { <LockOn/> }.into_any(),
        }}
    }
}

/// Plainly, what the lock is for and where it stops.
#[component]
fn LockExplained() -> impl IntoView {
    view! {
        <p>"With a lock, the visits on this device are encrypted with a passphrase only you know. The app locks after a time without use, and when you use the quick exit."</p>
        <details class="app-details">
            <summary class="app-details__summary">"What the lock does and does not protect"</summary>
            <div class="app-details__text">
                <p>"It protects your visits from someone who picks up, borrows or finds this tablet, or who copies the browser's stored data: without the passphrase they see only scrambled text."</p>
                <p>"It does not protect:"</p>
                <ul class="app-list app-list--bullet">
                    <li>"anything while the app is unlocked and on screen: use the quick exit"</li>
                    <li>"against someone who sees you type the passphrase, or a device with harmful software on it"</li>
                    <li>"what you print, copy or download: that is yours to keep safe"</li>
                    <li>"your settings (such as your nation), practice visits or the guidance, which hold nothing about anyone"</li>
                </ul>
                <p>"Passphrases are stretched with PBKDF2-SHA256 (600,000 rounds) and each visit is encrypted with AES-256-GCM, which also shows if a saved visit has been changed."</p>
            </div>
        </details>
    }
}

/// The lock is set and the visits are open.
#[component]
fn LockOn() -> impl IntoView {
    let state = use_app();
    let no_error = Signal::derive(|| None::<String>);
    let choices: Vec<Choice> = LOCK_AFTER_CHOICES
        .iter()
        .map(|m| {
            Choice::new(
                m.to_string(),
                if *m == 1 {
                    "1 minute".to_string()
                } else {
                    format!("{m} minutes")
                },
            )
        })
        .collect();
    let after = RwSignal::new(Some((load_lock_after_seconds() / 60).to_string()));
    let set_after = Callback::new(move |m: String| {
        if let Ok(minutes) = m.parse() {
            save_lock_after_minutes(minutes);
            after.set(Some(m));
        }
    });
    view! {
        <p class="app-confirm" data-testid="lock-on"><strong>"The lock is on."</strong>" Your visits are encrypted on this device."</p>
        <button type="button" class="app-button" data-testid="lock-now" on:click=move |_| session::lock_now(state)>"Lock now"</button>
        <QuestionFieldset field="lock-after" question="Lock after how long without use?" heading_level=3
            hint="Touching or typing counts as use." error=no_error>
            <Radios field="lock-after" choices=choices selected=after on_select=set_after/>
        </QuestionFieldset>
        <ChangePassphrase/>
        <TurnOffLock/>
    }
}
