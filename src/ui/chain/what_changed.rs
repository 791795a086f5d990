//! "What changed" since the check this one was copied from: band, overall
//! score, each theme that moved, and every answer that changed.

use super::column_heads::ColumnHeads;
use crate::{domain::chain_checker::board::Change, render::sources::human_date};
use leptos::prelude::*;

#[component]
pub fn WhatChanged(change: Option<Change>) -> impl IntoView {
    let Some(c) = change else {
        return view! {
            <p data-testid="what-changed">"This is the first check: there is nothing to compare yet. Come back next quarter, choose \"Re-check from this one\" on the Chain Checker page, and this part will show what changed."</p>
        }
        .into_any();
    };
    let themes = c
        .themes
        .iter()
        .map(|(t, a, b)| {
            let dir = if b > a { "up" } else { "down" };
            view! { <tr><th scope="row">{*t}</th><td data-label="Then">{format!("{a}%")}</td><td data-label="Now">{format!("{b}% ({dir} {})", a.abs_diff(*b))}</td></tr> }
        })
        .collect_view();
    let answers = c
        .answers
        .iter()
        .map(|a| {
            view! { <tr><th scope="row">{format!("{} {}", a.id, a.text)}</th><td data-label="Then">{a.then}</td><td data-label="Now">{a.now}</td></tr> }
        })
        .collect_view();
    let summary = format!(
        "Compared with the check of {}: band {} → {}; overall maturity {}% → {}%. {} answer(s) changed.",
        human_date(&c.since),
        c.band.0.label(),
        c.band.1.label(),
        c.overall.0,
        c.overall.1,
        c.answers.len()
    );
    view! {
        <div data-testid="what-changed">
            <p class="app-body-l">{summary}</p>
            {(!c.themes.is_empty()).then(|| view! {
                <table class="app-table app-table--stack">
                    <caption class="app-table__caption">"Themes whose score changed"</caption>
                    <ColumnHeads cols=vec!["Theme", "Then", "Now"]/>
                    <tbody>{themes}</tbody>
                </table>
            })}
            {(!c.answers.is_empty()).then(|| view! {
                <table class="app-table app-table--stack">
                    <caption class="app-table__caption">"Answers that changed"</caption>
                    <ColumnHeads cols=vec!["Question", "Then", "Now"]/>
                    <tbody>{answers}</tbody>
                </table>
            })}
        </div>
    }
    .into_any()
}
