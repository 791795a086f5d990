//! A question page's fieldset, radios and checkboxes, after the GOV.UK
//! components of the same names.

use leptos::prelude::*;

/// One choice in a list of radios or checkboxes.
#[derive(Clone, PartialEq)]
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
/// Every part may follow a signal, so a question frame kept on screen from
/// one question to the next patches its text rather than building it anew.
#[component]
pub fn QuestionFieldset(
    #[prop(into)] field: Signal<&'static str>,
    #[prop(into)] question: Signal<String>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// 1 on a question page (the legend is the page's heading); 2 where a page
    /// asks several questions under its own heading; 3 under a section's h2.
    #[prop(default = 1)]
    heading_level: u8,
    children: Children,
) -> impl IntoView {
    let text = move || question.get();
    let legend = match heading_level {
        1 => view! { <h1 class="app-fieldset__heading">{text}</h1> }.into_any(),
        2 => view! { <h2 class="app-fieldset__heading app-fieldset__heading--m">{text}</h2> }
            .into_any(),
        _ => view! { <h3 class="app-fieldset__heading app-fieldset__heading--s">{text}</h3> }
            .into_any(),
    };
    let described = move || {
        let field = field.get();
        let mut ids = Vec::new();
        if hint.with(|h| h.is_some()) {
            ids.push(format!("{field}-hint"));
        }
        if error.with(Option::is_some) {
            ids.push(format!("{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <div class="app-form-group" class:app-form-group--error=move || error.with(Option::is_some)>
            <fieldset class="app-fieldset" aria-describedby=described>
                <legend class="app-fieldset__legend">{legend}</legend>
                {move || hint.get().map(|h| view! { <div class="app-hint" id=move || format!("{}-hint", field.get())>{h}</div> })}
                {move || {
                    error
                        .get()
                        .map(|msg| {
                            view! {
                                <p class="app-error-message" id=move || format!("{}-error", field.get())>
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

/// Radios: one answer from a list. Keyed by position, so when the choices
/// change (the next question in the same frame) the radios already there take
/// the new labels and values in place.
#[component]
pub fn Radios(
    #[prop(into)] field: Signal<&'static str>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    #[prop(into)] selected: Signal<Option<String>>,
    on_select: Callback<String>,
) -> impl IntoView {
    let row = move |n: usize| {
        let choice = nth(choices, n);
        let id = move || input_id(field.get(), n);
        let hint_id = move || format!("{}-item-hint", id());
        view! {
            <div class="app-radios__item">
                <input
                    class="app-radios__input"
                    type="radio"
                    id=id
                    name=move || field.get()
                    value=move || choice.with(|c| c.value.clone())
                    aria-describedby=move || choice.with(|c| c.hint.is_some()).then(hint_id)
                    prop:checked=move || choice.with(|c| selected.with(|s| s.as_deref() == Some(c.value.as_str())))
                    on:change=move |_| on_select.run(choice.with_untracked(|c| c.value.clone()))
                />
                <label class="app-radios__label" for=id>{move || choice.with(|c| c.label.clone())}</label>
                {move || choice.with(|c| c.hint.clone()).map(|h| view! { <div class="app-hint app-radios__hint" id=hint_id>{h}</div> })}
            </div>
        }
    };
    view! {
        <div class="app-radios">
            <For each=move || 0..choices.with(Vec::len) key=|n| *n children=row/>
        </div>
    }
}

/// The n-th of a list of choices, as its own memo: a row wakes only when its
/// own choice changes. A row about to be removed reads an empty choice.
pub fn nth(choices: Signal<Vec<Choice>>, n: usize) -> Memo<Choice> {
    Memo::new(move |_| {
        choices
            .with(|c| c.get(n).cloned())
            .unwrap_or_else(|| Choice::new("", ""))
    })
}

/// One checkbox. Its id and choice may follow signals (see [`Radios`]).
#[component]
pub fn Checkbox(
    #[prop(into)] id: Signal<String>,
    name: &'static str,
    #[prop(into)] choice: Signal<Choice>,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
) -> impl IntoView {
    let hint_id = move || format!("{}-item-hint", id.get());
    view! {
        <div class="app-checkboxes__item">
            <input
                class="app-checkboxes__input"
                type="checkbox"
                id=move || id.get()
                name=name
                value=move || choice.with(|c| c.value.clone())
                aria-describedby=move || choice.with(|c| c.hint.is_some()).then(hint_id)
                prop:checked=move || checked.get()
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
            />
            <label class="app-checkboxes__label" for=move || id.get()>{move || choice.with(|c| c.label.clone())}</label>
            {move || choice.with(|c| c.hint.clone()).map(|h| view! { <div class="app-hint app-checkboxes__hint" id=hint_id>{h}</div> })}
        </div>
    }
}
