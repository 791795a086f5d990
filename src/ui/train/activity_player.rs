//! An activity in the self-paced course: for each item the learner chooses a
//! group with radios (no dragging), checks the answers, and sees for every
//! item whether it was right, the right groups, why, and the source. The
//! choices are saved as they are made, so a reload loses nothing.

use super::{
    activity_item::{item_sources, item_text, source_refs},
    shared::Learner,
};
use crate::domain::workshop::{
    activity::{accepted_labels, groups, is_right, Played},
    model::{Activity, Workshop},
};
use crate::platform::page::focus_selector;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ActivityPlayer(
    workshop: Arc<Workshop>,
    activity: Activity,
    learner: Learner,
) -> impl IntoView {
    let id = activity.id.clone();
    let played = {
        let id = id.clone();
        Memo::new(move |_| {
            learner
                .progress
                .with(|p| p.activities.get(&id).cloned().unwrap_or_default())
        })
    };
    // How many items were left unanswered when the learner tried to check.
    let left = RwSignal::new(None::<usize>);
    let a = Arc::new(activity);
    let groups = groups(&a);
    let inline = groups.len() == 2;
    let field = format!("activity-{id}");
    let check = {
        let a = a.clone();
        let id = id.clone();
        let field = field.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut p: Played = played.get_untracked();
            match p.check(&a) {
                Ok(_) => {
                    left.set(None);
                    let id = id.clone();
                    learner.update(move |pr| {
                        pr.activities.insert(id, p);
                    });
                    let sel = format!("#{field}-result");
                    request_animation_frame(move || focus_selector(&sel));
                }
                Err(n) => {
                    left.set(Some(n));
                    let sel = format!("#{field}-problem");
                    request_animation_frame(move || focus_selector(&sel));
                }
            }
        }
    };
    let again = {
        let id = id.clone();
        let field = field.clone();
        move |_| {
            let id = id.clone();
            learner.update(move |p| {
                p.activities.remove(&id);
            });
            let sel = format!("#{field}-title");
            request_animation_frame(move || focus_selector(&sel));
        }
    };
    let items = a
        .items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let key = item.key().to_string();
            let name = format!("{field}-{n}");
            let error_id = format!("{name}-error");
            let missing = {
                let key = key.clone();
                move || left.get().is_some() && played.with(|p| !p.chosen.contains_key(&key))
            };
            let radios = groups
                .iter()
                .enumerate()
                .map(|(g, group)| {
                    let input = format!("{name}-{g}");
                    let gid = group.id.clone();
                    let chosen = {
                        let key = key.clone();
                        let gid = gid.clone();
                        move || played.with(|p| p.chosen.get(&key) == Some(&gid))
                    };
                    let on_change = {
                        let a = a.clone();
                        let key = key.clone();
                        let id = id.clone();
                        move |_| {
                            let a = a.clone();
                            let key = key.clone();
                            let gid = gid.clone();
                            let id = id.clone();
                            learner.update(move |p| {
                                p.activities.entry(id).or_default().choose(&a, &key, &gid)
                            });
                        }
                    };
                    view! {
                        <div class="app-radios__item">
                            <input class="app-radios__input" type="radio" id=input.clone() name=name.clone()
                                value=group.id.clone()
                                prop:checked=chosen
                                prop:disabled=move || played.with(|p| p.checked)
                                on:change=on_change/>
                            <label class="app-radios__label" for=input>{group.label.clone()}</label>
                        </div>
                    }
                })
                .collect_view();
            let feedback = {
                let key = key.clone();
                let right_labels = accepted_labels(&a, item).join(" or ");
                let explanation = item.explanation.clone();
                let refs = source_refs(&item_sources(&workshop, item));
                let item = item.clone();
                move || {
                    let p = played.get();
                    if !p.checked {
                        return None;
                    }
                    let right = p.chosen.get(&key).is_some_and(|c| is_right(&item, c));
                    Some(view! {
                        <div class="app-quiz__feedback" class:app-quiz__feedback--right=right data-testid="activity-feedback">
                            <p class="app-quiz__verdict">
                                {if right { "Right." } else { "Not quite." }}
                                {format!(" The answer: {right_labels}.")}
                            </p>
                            <p>{explanation.clone()}</p>
                            <p class="app-source-ref">{refs.clone()}</p>
                        </div>
                    })
                }
            };
            let described = {
                let error_id = error_id.clone();
                let missing = missing.clone();
                move || missing().then(|| error_id.clone())
            };
            let missing_class = missing.clone();
            view! {
                <div class="app-form-group" class:app-form-group--error=missing_class
                    data-testid="activity-item" data-key=key.clone()>
                    <fieldset class="app-fieldset" id=name.clone() aria-describedby=described>
                        <legend class="app-fieldset__legend">
                            <h3 class="app-fieldset__heading app-fieldset__heading--s">
                                <span class="app-caption">{format!("{} {}", if a.kind == crate::domain::workshop::model::ActivityKind::Myths { "Statement" } else { "Item" }, n + 1)}</span>
                                {item_text(item)}
                            </h3>
                        </legend>
                        {move || missing().then(|| view! {
                            <p class="app-error-message" id=error_id.clone()>
                                <span class="app-visually-hidden">"Error: "</span>"Choose an answer"
                            </p>
                        })}
                        <div class="app-radios" class:app-radios--inline=inline>{radios}</div>
                    </fieldset>
                    {feedback}
                </div>
            }
        })
        .collect_view();
    let result = {
        let a = a.clone();
        move || {
            let p = played.get();
            p.checked.then(|| {
                let t = p.tally(&a);
                view! {
                    <p class="app-quiz__verdict" data-testid="activity-score">
                        {format!("You got {} of {} right.", t.right, t.total)}
                    </p>
                }
            })
        }
    };
    let title_id = format!("{field}-title");
    let labelled_by = title_id.clone();
    view! {
        <section class="app-quiz" data-testid="activity" data-activity=id.clone() aria-labelledby=labelled_by>
            <h2 class="app-heading-m" id=title_id tabindex="-1">{a.title.clone()}</h2>
            <p>{a.intro.clone()}</p>
            {a.caveat.clone().map(|c| view! { <p class="app-inset" data-testid="activity-caveat">{c}</p> })}
            {let field = field.clone(); move || left.get().map(|n| view! {
                <div class="app-error-summary" tabindex="-1" id=format!("{field}-problem")>
                    <div role="alert">
                        <h3 class="app-error-summary__title">"There is a problem"</h3>
                        <p>{if n == 1 { "Choose an answer for 1 more item.".to_string() } else { format!("Choose an answer for {n} more items.") }}</p>
                    </div>
                </div>
            })}
            <form on:submit=check novalidate>
                {items}
                <div id=format!("{field}-result") tabindex="-1" role="status">{result}</div>
                {move || if played.with(|p| p.checked) {
                    view! { <button type="button" class="app-button app-button--secondary" on:click=again.clone()>"Try again"</button> }.into_any()
                } else {
                    view! { <button type="submit" class="app-button">"Check answers"</button> }.into_any()
                }}
            </form>
        </section>
    }
}
