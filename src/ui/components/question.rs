//! A question page's fieldset, radios and checkboxes, after the GOV.UK
//! components of the same names.

use leptos::prelude::*;

/// One choice in a list of radios or checkboxes.
#[derive(Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Choice {
        let hint = hint.into();
        self.hint = (!hint.is_empty()).then_some(hint);
        self
    }
}

/// The id of the n-th input: the first has no suffix, so the error summary
/// can link to it.
pub fn input_id(field: &str, n: usize) -> String {
    if n == 0 {
        field.to_string()
    } else {
        format!("{field}-{n}")
    }
}

/// A fieldset whose legend is the page's heading, with hint and error message.
#[component]
pub fn QuestionFieldset(
    field: &'static str,
    #[prop(into)] question: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// 1 on a question page (the legend is the page's heading); 2 where a page
    /// asks several questions under its own heading; 3 under a section's h2.
    #[prop(default = 1)]
    heading_level: u8,
    children: Children,
) -> impl IntoView {
    let legend = match heading_level {
        1 => view! { <h1 class="app-fieldset__heading">{question}</h1> }.into_any(),
        2 => view! { <h2 class="app-fieldset__heading app-fieldset__heading--m">{question}</h2> }
            .into_any(),
        _ => view! { <h3 class="app-fieldset__heading app-fieldset__heading--s">{question}</h3> }
            .into_any(),
    };
    let has_hint = hint.is_some();
    let described = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{field}-hint"));
        }
        if error.get().is_some() {
            ids.push(format!("{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <div class="app-form-group" class:app-form-group--error=move || error.get().is_some()>
            <fieldset class="app-fieldset" aria-describedby=described>
                <legend class="app-fieldset__legend">{legend}</legend>
                {hint.map(|h| view! { <div class="app-hint" id=format!("{field}-hint")>{h}</div> })}
                {move || {
                    error
                        .get()
                        .map(|msg| {
                            view! {
                                <p class="app-error-message" id=format!("{field}-error")>
                                    <span class="app-visually-hidden">"Error: "</span>
                                    {msg}
                                </p>
                            }
                        })
                }}
                {children()}
            </fieldset>
        </div>
    }
}

/// Radios: one answer from a list.
#[component]
pub fn Radios(
    field: &'static str,
    choices: Vec<Choice>,
    #[prop(into)] selected: Signal<Option<String>>,
    on_select: Callback<String>,
) -> impl IntoView {
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(n, c)| {
            let id = input_id(field, n);
            let value = c.value.clone();
            let checked_value = c.value.clone();
            let hint_id = format!("{id}-item-hint");
            let has_hint = c.hint.is_some();
            view! {
                <div class="app-radios__item">
                    <input
                        class="app-radios__input"
                        type="radio"
                        id=id.clone()
                        name=field
                        value=c.value.clone()
                        aria-describedby=has_hint.then(|| hint_id.clone())
                        prop:checked=move || selected.get().as_deref() == Some(checked_value.as_str())
                        on:change=move |_| on_select.run(value.clone())
                    />
                    <label class="app-radios__label" for=id>{c.label}</label>
                    {c.hint.map(|h| view! { <div class="app-hint app-radios__hint" id=hint_id>{h}</div> })}
                </div>
            }
        })
        .collect_view();
    view! { <div class="app-radios">{items}</div> }
}

/// One checkbox.
#[component]
pub fn Checkbox(
    id: String,
    name: &'static str,
    choice: Choice,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-item-hint");
    let has_hint = choice.hint.is_some();
    view! {
        <div class="app-checkboxes__item">
            <input
                class="app-checkboxes__input"
                type="checkbox"
                id=id.clone()
                name=name
                value=choice.value
                aria-describedby=has_hint.then(|| hint_id.clone())
                prop:checked=move || checked.get()
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
            />
            <label class="app-checkboxes__label" for=id>{choice.label}</label>
            {choice.hint.map(|h| view! { <div class="app-hint app-checkboxes__hint" id=hint_id>{h}</div> })}
        </div>
    }
}
