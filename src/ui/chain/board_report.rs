//! The printable board report: a one-page summary for the board (band,
//! exposure, red flags, theme scores, the top five actions, the limits in a
//! line), then the annex on its own pages: what each theme maps to, what the
//! next statement can evidence, the Act now steps, the change, KPIs, limits,
//! every answer and note, every action and the sources. Built from
//! `board::Board`, as the Markdown is; what the user typed is only ever text.

use super::{
    column_heads::ColumnHeads,
    headline::ChainHeadline,
    scoring_page::ChainAllSources,
    statement_checklist::StatementChecklist,
    theme_bars::{ThemeBars, ThemeTable},
    what_changed::WhatChanged,
};
use crate::{
    domain::chain_checker::{
        actions::Kind,
        board::{AnnexSection, Board},
        report::{act_now_in_brief, change_in_brief},
    },
    render::{chain, sources::human_date},
};
use leptos::prelude::*;

/// An owner or due date left empty, kept on one line: in the report's narrow
/// columns "Not set" otherwise broke after "Not".
fn or_not_set(s: &str, show: impl Fn(&str) -> String) -> AnyView {
    if s.trim().is_empty() {
        view! { <span class="app-chain-not-set">"Not set"</span> }.into_any()
    } else {
        show(s).into_any()
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
                    <td data-label="Owner">{or_not_set(&a.owner, str::to_string)}</td>
                    <td data-label="Due">{or_not_set(&a.due, human_date)}</td>
                    <td data-label="Accepted">{if a.acknowledged { "Yes" } else { "Not yet" }}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="app-table app-table--stack app-chain-top-actions" data-testid="report-actions">
            <caption class="app-table__caption">"Who does what, and by when"</caption>
            <ColumnHeads cols=vec!["Action", "Question", "Owner", "Due", "Accepted"]/>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

#[component]
fn AnnexPart(section: AnnexSection) -> impl IntoView {
    let heading = section.heading();
    let rows = section
        .rows
        .into_iter()
        .map(|r| {
            let answer = match &r.fast {
                Some(f) => format!("{} ({f})", r.answer_or_not()),
                None => r.answer_or_not().to_string(),
            };
            view! {
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{format!("{} {}", r.id, r.text)}</dt>
                    <dd class="app-summary-list__value">
                        <p>{answer}</p>
                        {r.note.map(|n| view! { <p class="app-chain-note">"Note: "{n}</p> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <h4 class="app-heading-s">{heading}</h4>
        <dl class="app-summary-list app-chain-annex-list">{rows}</dl>
    }
}

/// Page 1: what a board reads in a meeting.
#[component]
fn Summary(board: Board) -> impl IntoView {
    let act_now = (!board.headline.red_flags.is_empty()).then(|| {
        view! {
            <p class="app-chain-report__act-now" data-testid="report-act-now">
                <strong>"Act now, whatever the score. "</strong>{act_now_in_brief()}
            </p>
        }
    });
    let change = board
        .change
        .as_ref()
        .map(|c| view! { <p data-testid="report-change">{change_in_brief(c, human_date)}</p> });
    view! {
        <section class="app-chain-summary" aria-labelledby="chain-report-title" data-testid="report-summary">
            <h2 class="app-heading-l app-chain-report__title" id="chain-report-title">{format!("Modern slavery board report: {}", board.organisation)}</h2>
            <p class="app-chain-report__meta">{format!("Chain Checker self-assessment of {}. A summary for the board; the annex has the detail.", human_date(&board.date))}</p>
            <ChainHeadline headline=board.headline.clone() brief=true/>
            {act_now}
            <h3 class="app-heading-m">"Top five actions"</h3>
            <TopActions board=board.clone()/>
            <h3 class="app-heading-m">"Theme scores"</h3>
            <ThemeBars themes=board.themes.clone() id="chain-report-bars"/>
            {change}
            <p class="app-chain-report__limits" data-testid="report-limits">{board.limits_in_brief}</p>
        </section>
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
    let act_now = (!board.headline.red_flags.is_empty()).then(|| {
        view! {
            <h3 class="app-heading-m">"What to do now about the red flags"</h3>
            // Built from the registry only, with every value escaped.
            <div inner_html=chain::act_now()></div>
        }
    });
    let answers = board
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
            <Summary board=board.clone()/>
            <section class="app-chain-annex" aria-labelledby="chain-annex" data-testid="report-annex">
                <h2 class="app-heading-l" id="chain-annex">"Annex"</h2>
                <h3 class="app-heading-m">"Themes and what they map to"</h3>
                <ThemeTable themes=board.themes.clone()/>
                {board.statement.clone().map(|s| view! { <StatementChecklist statement=s in_annex=true/> })}
                {act_now}
                <h3 class="app-heading-m">"Change since the last check"</h3>
                <WhatChanged change=board.change.clone()/>
                <div class="app-chain-report__pair">
                    <div>
                        <h3 class="app-heading-m">"Suggested KPIs for the next statement"</h3>
                        <ul class="app-list app-list--bullet">{kpis}</ul>
                    </div>
                    <div>
                        <h3 class="app-heading-m">"Limits of a self-assessment"</h3>
                        <ul class="app-list app-list--bullet">{limits}</ul>
                    </div>
                </div>
                <h3 class="app-heading-m">"Answers"</h3>
                {answers}
                {all}
                <ChainAllSources/>
            </section>
        </article>
    }
}
