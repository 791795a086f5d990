//! One quiz item with instant feedback: the answer, why, and the source.
//! Used on the course's slides (the first answer counts) and in reviews.

use super::shared::text;
use crate::domain::workshop::{model::QuizItem, progress::mark};
use leptos::prelude::*;

/// `answered` is the option already chosen, if any: then the item shows its
/// feedback and can no longer be changed. `on_answer` receives a new choice.
#[component]
pub fn QuizQuestion(
    item: QuizItem,
    /// The item's number on the page, for unique ids.
    n: usize,
    #[prop(into)] answered: Signal<Option<usize>>,
    on_answer: Callback<usize>,
) -> impl IntoView {
    let selected = RwSignal::new(None::<usize>);
    let error = RwSignal::new(false);
    let field = format!("quiz-{}", item.id);
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match selected.get_untracked() {
            Some(i) => {
                error.set(false);
                on_answer.run(i);
            }
            None => error.set(true),
        }
    };
    let options: Vec<String> = item.options.iter().map(|o| text(o)).collect();
    let answer_text = options.get(item.answer).cloned().unwrap_or_default();
    let explanation = text(&item.explanation);
    let question = text(&item.question);
    let heading_id = format!("{field}-q");
    let error_id = format!("{field}-error");
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let id = format!("{field}-{i}");
            view! {
                <div class="app-radios__item">
                    <input
                        class="app-radios__input"
                        type="radio"
                        id=id.clone()
                        name=field.clone()
                        value=i.to_string()
                        prop:checked=move || answered.get().or(selected.get()) == Some(i)
                        prop:disabled=move || answered.get().is_some()
                        on:change=move |_| selected.set(Some(i))
                    />
                    <label class="app-radios__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let item_for_feedback = item.clone();
    let item_id = item.id.clone();
    let keys = item.sources.clone();
    view! {
        <form class="app-quiz" data-testid="quiz" data-item=item_id on:submit=check novalidate>
            <div class="app-form-group" class:app-form-group--error=move || error.get()>
                <fieldset class="app-fieldset" aria-describedby=move || error.get().then(|| error_id.clone())>
                    <legend class="app-fieldset__legend">
                        <h2 class="app-fieldset__heading app-fieldset__heading--m" id=heading_id>
                            <span class="app-caption">{format!("Question {n}")}</span>
                            {question}
                        </h2>
                    </legend>
                    {let error_id = format!("quiz-{}-error", item.id);
                    move || error.get().then(|| view! {
                        <p class="app-error-message" id=error_id.clone()>
                            <span class="app-visually-hidden">"Error: "</span>"Choose an answer"
                        </p>
                    })}
                    <div class="app-radios">{radios}</div>
                </fieldset>
            </div>
            {move || match answered.get() {
                None => view! {
                    <button type="submit" class="app-button">"Check answer"</button>
                }.into_any(),
                Some(chosen) => {
                    let f = mark(&item_for_feedback, chosen);
                    view! {
                        <div class="app-quiz__feedback" class:app-quiz__feedback--right=f.correct
                            role="status" tabindex="-1" data-testid="quiz-feedback">
                            <p class="app-quiz__verdict">
                                {if f.correct { "Right." } else { "Not quite." }}
                                {(!f.correct).then(|| format!(" The answer is: {answer_text}."))}
                            </p>
                            <p>{explanation.clone()}</p>
                            <p class="app-source-ref">{format!("Source: {}", keys.iter().map(|k| format!("[{k}]")).collect::<Vec<_>>().join(" "))}</p>
                        </div>
                    }.into_any()
                }
            }}
        </form>
    }
}
