//! Settings: the recorder's details, kept on this device to fill "Recorded
//! by" in the referral summary. Sealed with the visits when the lock is on.

use crate::{
    domain::{recorder::Recorder, session::LockState},
    platform::recorder,
    state::use_app,
};
use leptos::prelude::*;

#[component]
pub fn RecorderSettings() -> impl IntoView {
    let state = use_app();
    let details = RwSignal::new(recorder::load().unwrap_or_default());
    let message = RwSignal::new(String::new());
    // Unlocking makes sealed details readable: read them again.
    Effect::new(move |_| {
        if state.lock.get() == LockState::Unlocked {
            details.set(recorder::load().unwrap_or_default());
        }
    });
    let field = move |id: &'static str,
                      label: &'static str,
                      autocomplete: &'static str,
                      get: fn(&Recorder) -> String,
                      set: fn(&mut Recorder, String)| {
        view! {
            <div class="app-form-group">
                <label class="app-label" for=id>{label}</label>
                <input
                    class="app-input"
                    id=id
                    name=id
                    type="text"
                    autocomplete=autocomplete
                    prop:value=move || details.with(get)
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        details.update(|d| set(d, text));
                        message.set(match recorder::save(&details.get_untracked()) {
                            Ok(()) => String::new(),
                            Err(e) => e.explain().to_string(),
                        });
                    }
                />
            </div>
        }
    };
    view! {
        <h2 class="app-heading-m" id="recorder">"Your details for the referral summary (optional)"</h2>
        <p class="app-hint">"Kept only on this device, to fill ‘Recorded by’ in each referral summary. When the lock is on they are encrypted with your visits."</p>
        <Show
            when=move || state.lock.get() != LockState::Locked
            fallback=|| view! { <p>"Unlock the app to see or change your details."</p> }
        >
            {field("recorder-name", "Name", "name", |d| d.name.clone(), |d, t| d.name = t)}
            {field("recorder-role", "Role", "organization-title", |d| d.role.clone(), |d, t| d.role = t)}
            {field("recorder-organisation", "Organisation", "organization", |d| d.organisation.clone(), |d, t| d.organisation = t)}
            {field("recorder-phone", "Phone", "tel", |d| d.phone.clone(), |d, t| d.phone = t)}
        </Show>
        <p class="app-error-message" role="status" data-testid="recorder-message">{move || message.get()}</p>
    }
}
