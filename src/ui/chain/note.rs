//! "Add a note" under any question: folded until opened, or open when a
//! note is there. The text is only ever text.

use super::chain_ctx::ChainCtx;
use leptos::prelude::*;

#[component]
pub fn ChainNote(ctx: ChainCtx, question: &'static str) -> impl IntoView {
    let id = format!("note-{question}");
    let value = move || {
        ctx.check
            .with(|c| c.as_ref().and_then(|c| c.notes.get(question).cloned()))
            .unwrap_or_default()
    };
    let has_note = ctx
        .peek(|c| c.notes.get(question).is_some_and(|n| !n.is_empty()))
        .unwrap_or(false);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let text: String = text
            .chars()
            .take(crate::domain::chain_checker::transfer::MAX_TEXT)
            .collect();
        ctx.update(|c| {
            if text.trim().is_empty() {
                c.notes.remove(question);
            } else {
                c.notes.insert(question.to_string(), text);
            }
        });
    };
    view! {
        <details class="app-details app-chain-note-field" open=has_note>
            <summary class="app-details__summary">{format!("Add a note to {question}")}</summary>
            <div class="app-details__text">
                <label class="app-label" for=id.clone()>{format!("Note on {question} (optional)")}</label>
                <textarea class="app-textarea" id=id.clone() name=id rows="3" prop:value=value on:input=on_input></textarea>
            </div>
        </details>
    }
}
