use crate::{
    domain::session::SaveStatus,
    state::{session::resolve_conflict, use_app},
};
use leptos::prelude::*;

/// "Saved on this device" / "Saving…" / "Not saved", beside a visit's form,
/// and the choice to make when another tab changed the same visit.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let state = use_app();
    let text = move || match state.save.get() {
        SaveStatus::Saved => "Saved on this device".to_string(),
        SaveStatus::Saving => "Saving…".to_string(),
        SaveStatus::NotSaved(e) => format!("Not saved. {}", e.explain()),
        SaveStatus::Conflict => "Not saved: this visit was changed in another tab.".to_string(),
    };
    let failed = move || {
        matches!(
            state.save.get(),
            SaveStatus::NotSaved(_) | SaveStatus::Conflict
        )
    };
    view! {
        <p class="app-save-status" class:app-save-status--error=failed role="status" data-testid="save-status">{text}</p>
        {move || (state.save.get() == SaveStatus::Conflict).then(|| view! {
            <div class="app-notice app-notice--warning" data-testid="conflict">
                <p>"This visit was changed in another tab or window while you were editing it here. Choose which version to keep. The other is replaced."</p>
                <div class="app-button-group">
                    <button type="button" class="app-button" on:click=move |_| resolve_conflict(state, true)>"Keep this tab's version"</button>
                    <button type="button" class="app-button app-button--secondary" on:click=move |_| resolve_conflict(state, false)>"Use the other version"</button>
                </div>
            </div>
        })}
    }
}
