use leptos::prelude::*;

/// A labelled, hinted text area for notes: the text is only ever text.
#[component]
pub fn NoteField(
    /// The textarea's id and name; the hint's id is derived from it.
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    rows: u32,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="app-form-group">
            <label class="app-label" for=id>{label}</label>
            <div class="app-hint" id=hint_id.clone()>{hint}</div>
            <textarea
                class="app-textarea"
                id=id
                name=id
                rows=rows
                spellcheck="true"
                aria-describedby=hint_id
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </div>
    }
}
