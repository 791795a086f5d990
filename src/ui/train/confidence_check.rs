//! The confidence check: five statements rated 1 to 5 before the workshop,
//! and after it both "now" and "thinking back to before today". Kept on this
//! device for the learner alone, never sent.

use super::shared::Learner;
use crate::domain::workshop::progress::Rating;
use leptos::prelude::*;

const SCALE: [&str; 5] = ["1 Not at all", "2", "3", "4", "5 Fully"];

#[component]
fn Scale(
    learner: Learner,
    rating: Rating,
    statement: usize,
    legend: String,
    name: String,
) -> impl IntoView {
    view! {
        <fieldset class="app-fieldset app-confidence__scale">
            <legend class="app-fieldset__legend app-confidence__legend">{legend}</legend>
            <div class="app-radios app-radios--inline">
                {SCALE.iter().enumerate().map(|(i, label)| {
                    let value = (i + 1) as u8;
                    let id = format!("{name}-{value}");
                    view! {
                        <div class="app-radios__item">
                            <input class="app-radios__input" type="radio" id=id.clone() name=name.clone() value=value.to_string()
                                prop:checked=move || learner.progress.with(|p| p.confidence.get(rating, statement)) == Some(value)
                                on:change=move |_| learner.update(|p| p.confidence.rate(rating, statement, value))/>
                            <label class="app-radios__label" for=id>{*label}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
pub fn ConfidenceCheck(learner: Learner, statements: Vec<String>, after: bool) -> impl IntoView {
    let rows = statements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let scales = if after {
                view! {
                    <Scale learner=learner rating=Rating::After statement=i legend="Now".into() name=format!("conf-after-{i}")/>
                    <Scale learner=learner rating=Rating::ThinkingBack statement=i legend="Thinking back to before today".into() name=format!("conf-then-{i}")/>
                }
                .into_any()
            } else {
                view! {
                    <Scale learner=learner rating=Rating::Before statement=i legend="Before the workshop".into() name=format!("conf-before-{i}")/>
                }
                .into_any()
            };
            view! {
                <li class="app-confidence__item">
                    <p class="app-confidence__statement"><strong>{s.clone()}</strong></p>
                    {scales}
                </li>
            }
        })
        .collect_view();
    let summary = move || {
        if !after {
            return None;
        }
        let rated = learner.progress.with(|p| {
            statements
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let c = &p.confidence;
                    (
                        s.clone(),
                        c.get(Rating::Before, i),
                        c.get(Rating::ThinkingBack, i),
                        c.get(Rating::After, i),
                    )
                })
                .collect::<Vec<_>>()
        });
        rated.iter().any(|r| r.3.is_some()).then(|| {
            let show = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
            view! {
                <table class="app-table" data-testid="confidence-summary">
                    <caption class="app-heading-s">"Your confidence, 1 to 5"</caption>
                    <thead><tr><th scope="col">"Statement"</th><th scope="col">"Before"</th><th scope="col">"Thinking back"</th><th scope="col">"Now"</th></tr></thead>
                    <tbody>
                        {rated.into_iter().map(|(s, b, t, a)| view! {
                            <tr><th scope="row">{s}</th><td>{show(b)}</td><td>{show(t)}</td><td>{show(a)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        })
    };
    view! {
        <section class="app-confidence" data-testid="confidence" aria-labelledby="confidence-heading">
            <h2 class="app-heading-m" id="confidence-heading">
                {if after { "Confidence check: after" } else { "Confidence check: before" }}
            </h2>
            <p class="app-hint">"Rate each statement from 1 (not at all) to 5 (fully). Your ratings stay on this device and are never sent."</p>
            <ol class="app-list app-confidence__list">{rows}</ol>
            {summary}
        </section>
    }
}
