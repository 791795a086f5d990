//! The printable board report: one page of headline, themes, statement
//! areas, top actions, change, KPIs and limits, then the annex of answers.
//! Built from `board::Board`; what the user typed is only ever text.

use super::{
    headline::ChainHeadline, scoring_page::ChainAllSources,
    statement_checklist::StatementChecklist, theme_bars::ThemeBars, what_changed::WhatChanged,
};
use crate::{
    domain::chain_checker::{
        actions::Kind,
        board::{AnnexSection, Board},
    },
    render::sources::human_date,
};
use leptos::prelude::*;

fn or_not_set(s: &str) -> String {
    if s.trim().is_empty() {
        "Not set".into()
    } else {
        s.to_string()
    }
}

#[component]
fn TopActions(board: Board) -> impl IntoView {
    let top = board.top_five();
    if top.is_empty() {
        return view! { <p>"No weak answers: keep looking, and re-check next quarter."</p> }
            .into_any();
    }
    let rows = top
        .iter()
        .enumerate()
        .map(|(i, a)| {
            view! {
                <tr>
                    <th scope="row">
                        {format!("{}. ", i + 1)}
                        {(a.kind == Kind::ActNow).then(|| view! { <strong>"Act now. "</strong> })}
                        {a.text}
                    </th>
                    <td data-label="Question">{a.question}</td>
                    <td data-label="Owner">{or_not_set(&a.owner)}</td>
                    <td data-label="Due">{if a.due.is_empty() { "Not set".to_string() } else { human_date(&a.due) }}</td>
                    <td data-label="Accepted">{if a.acknowledged { "Yes" } else { "Not yet" }}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="app-table app-table--stack app-chain-top-actions" data-testid="report-actions">
            <caption class="app-table__caption">"Who does what, and by when"</caption>
            <thead><tr>
                <th scope="col">"Action"</th>
                <th scope="col">"Question"</th>
                <th scope="col">"Owner"</th>
                <th scope="col">"Due"</th>
                <th scope="col">"Accepted"</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[component]
fn AnnexPart(section: AnnexSection) -> impl IntoView {
    let rows = section
        .rows
        .into_iter()
        .map(|r| {
            view! {
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{format!("{} {}", r.id, r.text)}</dt>
                    <dd class="app-summary-list__value">
                        <p>{r.answer}</p>
                        {r.note.map(|n| view! { <p class="app-chain-note">"Note: "{n}</p> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <h3 class="app-heading-m">{section.title}</h3>
        <dl class="app-summary-list app-chain-annex-list">{rows}</dl>
    }
}

#[component]
pub fn BoardReport(board: Board) -> impl IntoView {
    let all = (board.actions.len() > 5).then(|| {
        let items = board
            .actions
            .iter()
            .map(|a| view! { <li>{format!("{} (question {})", a.text, a.question)}</li> })
            .collect_view();
        view! {
            <h3 class="app-heading-m">"All actions"</h3>
            <ol class="app-list app-list--number">{items}</ol>
        }
    });
    let annex = board
        .annex
        .clone()
        .into_iter()
        .map(|s| view! { <AnnexPart section=s/> })
        .collect_view();
    let kpis = board
        .kpis
        .iter()
        .map(|k| view! { <li>{*k}</li> })
        .collect_view();
    let limits = board
        .limits
        .iter()
        .map(|k| view! { <li>{*k}</li> })
        .collect_view();
    view! {
        <article class="app-chain-report" data-testid="board-report">
            <h2 class="app-heading-l app-chain-report__title">{format!("Modern slavery board report: {}", board.organisation)}</h2>
            <p class="app-chain-report__meta">{format!("Chain Checker self-assessment of {}. A self-assessment, not an audit.", human_date(&board.date))}</p>
            <ChainHeadline headline=board.headline.clone()/>
            <h2 class="app-heading-m">"Top five actions"</h2>
            <TopActions board=board.clone()/>
            <h2 class="app-heading-m">"Theme scores"</h2>
            <ThemeBars themes=board.themes.clone()/>
            {board.statement.clone().map(|s| view! { <StatementChecklist statement=s/> })}
            <h2 class="app-heading-m">"Change since the last check"</h2>
            <WhatChanged change=board.change.clone()/>
            <div class="app-chain-report__pair">
                <div>
                    <h2 class="app-heading-m">"Suggested KPIs for the next statement"</h2>
                    <ul class="app-list app-list--bullet">{kpis}</ul>
                </div>
                <div>
                    <h2 class="app-heading-m">"Limits of a self-assessment"</h2>
                    <ul class="app-list app-list--bullet">{limits}</ul>
                </div>
            </div>
            <h2 class="app-heading-l app-chain-annex">"Annex: answers"</h2>
            {annex}
            {all}
            <ChainAllSources/>
        </article>
    }
}
