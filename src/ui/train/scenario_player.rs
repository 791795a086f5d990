//! A branching "what would you do" scenario: each choice is explained as it
//! is made, every ending says why, and the learner can try another path.
//! The choices are kept in the progress, so a reload resumes the walk.

use super::shared::Learner;
use crate::domain::workshop::{
    model::{Ending, Scenario},
    scenario::walk,
};
use crate::platform::page::focus_selector;
use leptos::prelude::*;

#[component]
pub fn ScenarioPlayer(scenario: Scenario, learner: Learner) -> impl IntoView {
    let id = scenario.id.clone();
    let choices = {
        let id = id.clone();
        Memo::new(move |_| {
            learner
                .progress
                .with(|p| p.scenarios.get(&id).cloned().unwrap_or_default())
        })
    };
    let selected = RwSignal::new(None::<usize>);
    let error = RwSignal::new(false);
    let choose = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(i) = selected.get_untracked() else {
                error.set(true);
                return;
            };
            error.set(false);
            selected.set(None);
            let id = id.clone();
            learner.update(move |p| p.scenarios.entry(id).or_default().push(i));
            // The form is replaced: focus what the choice led to.
            request_animation_frame(|| focus_selector("[data-testid=scenario-last-step]"));
        }
    };
    let restart = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            learner.update(move |p| {
                p.scenarios.remove(&id);
            });
            request_animation_frame(|| focus_selector("[data-testid=scenario-start]"));
        }
    };
    let title = scenario.title.clone();
    let intro = scenario.intro.clone();
    let field = format!("scenario-{id}");
    let title_id = format!("{field}-title");
    let labelled_by = title_id.clone();
    view! {
        <section class="app-scenario" data-testid="scenario" aria-labelledby=labelled_by>
            <h2 class="app-heading-m" id=title_id>{title}</h2>
            <p data-testid="scenario-start" tabindex="-1">
                <strong class="app-tag app-tag--practice">"Composite"</strong>" "{intro}
            </p>
            {move || {
                let made = choices.get();
                let Some(w) = walk(&scenario, &made) else { return ().into_any() };
                let count = w.steps.len();
                let steps = w.steps.iter().enumerate().map(|(n, s)| {
                    let last = n + 1 == count;
                    view! {
                        <li class="app-scenario__step">
                            <p>{s.node.text.clone()}</p>
                            <div class="app-scenario__choice"
                                class:app-scenario__choice--good=s.choice.good
                                class:app-scenario__choice--poor=!s.choice.good
                                tabindex=last.then_some("-1")
                                data-testid=if last { "scenario-last-step" } else { "scenario-step" }>
                                <p><strong>"You chose: "</strong>{s.choice.label.clone()}</p>
                                <p>
                                    <strong class="app-tag" class:app-tag--good=s.choice.good class:app-tag--red=!s.choice.good>
                                        {if s.choice.good { "Good move" } else { "Poor move" }}
                                    </strong>
                                    " "{s.choice.feedback.clone()}
                                </p>
                            </div>
                        </li>
                    }
                }).collect_view();
                let now = match w.current.ending {
                    Some(ending) => view! {
                        <div class="app-scenario__ending" data-testid="scenario-ending" data-ending=format!("{ending:?}").to_lowercase()>
                            <h3 class="app-heading-s">
                                {match ending { Ending::Good => "A good ending", Ending::Poor => "A poor ending" }}
                            </h3>
                            <p>{w.current.text.clone()}</p>
                            <p>{format!("{} of your {} choices were good moves.", w.good_choices(), count)}</p>
                            <button type="button" class="app-button app-button--secondary" on:click=restart.clone()>
                                "Try a different path"
                            </button>
                        </div>
                    }.into_any(),
                    None => {
                        let options = w.current.choices.iter().enumerate().map(|(i, c)| {
                            let input = format!("{field}-{count}-{i}");
                            view! {
                                <div class="app-radios__item">
                                    <input class="app-radios__input" type="radio" id=input.clone()
                                        name=format!("{field}-{count}") value=i.to_string()
                                        // The form's inputs are reused from one step to the next:
                                        // no choice stays ticked from the step before.
                                        prop:checked=move || selected.get() == Some(i)
                                        on:change=move |_| selected.set(Some(i))/>
                                    <label class="app-radios__label" for=input>{c.label.clone()}</label>
                                </div>
                            }
                        }).collect_view();
                        let error_id = format!("{field}-error");
                        let message_id = error_id.clone();
                        view! {
                            <form class="app-scenario__now" on:submit=choose.clone() novalidate data-testid="scenario-choice">
                                <div class="app-form-group" class:app-form-group--error=move || error.get()>
                                    <fieldset class="app-fieldset" aria-describedby=move || error.get().then(|| error_id.clone())>
                                        <legend class="app-fieldset__legend">
                                            <p class="app-scenario__situation">{w.current.text.clone()}</p>
                                            <h3 class="app-fieldset__heading app-fieldset__heading--s">"What would you do?"</h3>
                                        </legend>
                                        {move || error.get().then(|| view! {
                                            <p class="app-error-message" id=message_id.clone()>
                                                <span class="app-visually-hidden">"Error: "</span>"Choose what you would do"
                                            </p>
                                        })}
                                        <div class="app-radios">{options}</div>
                                    </fieldset>
                                </div>
                                <button type="submit" class="app-button">"Choose"</button>
                            </form>
                        }.into_any()
                    }
                };
                view! {
                    {(count > 0).then(|| view! { <ol class="app-scenario__steps">{steps}</ol> })}
                    {now}
                }.into_any()
            }}
        </section>
    }
}
