//! Theme scores as bars that reflow to any width, each row also saying its
//! score in words (the bar itself is hidden from screen readers), and the
//! same numbers as a table with what each theme maps to. The board report
//! puts the bars on its first page and the table in its annex.

use super::column_heads::ColumnHeads;
use crate::domain::chain_checker::board::ThemeRow;
use leptos::prelude::*;

#[component]
pub fn ThemeBars(themes: Vec<ThemeRow>, #[prop(into)] id: String) -> impl IntoView {
    let bars = themes
        .iter()
        .map(|t| {
            // Widths in steps of 5%, as classes: the CSP allows no inline style.
            let step = (t.percent + 2) / 5 * 5;
            let fill = format!("app-chain-bars__fill app-chain-bars__fill--w{step}");
            view! {
                <li class="app-chain-bars__row">
                    <span class="app-chain-bars__label">{t.name()}</span>
                    <span class="app-chain-bars__track" aria-hidden="true"><span class=fill></span></span>
                    <span class="app-chain-bars__value">{format!("{}%", t.percent)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="app-chain-bars-figure">
            <figcaption class="app-table__caption" id=id.clone()>"Score for each theme, out of 100"</figcaption>
            <ul class="app-chain-bars" aria-labelledby=id>{bars}</ul>
        </figure>
    }
}

#[component]
pub fn ThemeTable(themes: Vec<ThemeRow>) -> impl IntoView {
    let rows = themes
        .into_iter()
        .map(|t| {
            view! {
                <tr>
                    <th scope="row">{t.name()}</th>
                    <td data-label="Score">{format!("{}% ({} of {} points)", t.percent, t.points, t.max)}</td>
                    <td data-label="Answered">{format!("{} of {}", t.answered, t.total)}</td>
                    <td data-label="Statement area (s54)">{t.s54.join("; ")}</td>
                    <td data-label="KnowTheChain theme">{t.ktc.join("; ")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="app-table app-table--stack app-chain-theme-table" data-testid="theme-table">
            <caption class="app-table__caption">"Score for each theme, with the statement area and benchmark theme it maps to"</caption>
            <ColumnHeads cols=vec!["Theme", "Score", "Answered", "Statement area (s54)", "KnowTheChain theme"]/>
            <tbody>{rows}</tbody>
        </table>
    }
}
