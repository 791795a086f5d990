//! A passphrase input after GOV.UK's password input: label, hint, error,
//! and a button to show what was typed (typing a long passphrase blind on a
//! tablet is where mistakes happen). Pasting is allowed, for password managers.

use leptos::prelude::*;

#[component]
pub fn PasswordField(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    /// "current-password" to unlock, "new-password" to set one.
    autocomplete: &'static str,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="app-form-group" class:app-form-group--error=move || error.get().is_some()>
            <label class="app-label" for=id>{label}</label>
            {hint.map(|h| view! { <div class="app-hint" id=hint_id.clone()>{h}</div> })}
            {move || error.get().map(|msg| view! {
                <p class="app-error-message" id=error_id.clone()>
                    <span class="app-visually-hidden">"Error: "</span>{msg}
                </p>
            })}
            <div class="app-password-input">
                <input
                    class="app-input app-password-input__input"
                    class:app-input--error=move || error.get().is_some()
                    id=id
                    name=id
                    type=move || if shown.get() { "text" } else { "password" }
                    autocomplete=autocomplete
                    autocapitalize="none"
                    spellcheck="false"
                    aria-describedby=described
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                <button
                    type="button"
                    class="app-button app-button--secondary app-password-input__toggle"
                    aria-controls=id
                    on:click=move |_| shown.update(|s| *s = !*s)
                >
                    {move || if shown.get() { "Hide" } else { "Show" }}
                    <span class="app-visually-hidden">" passphrase"</span>
                </button>
            </div>
        </div>
    }
}
