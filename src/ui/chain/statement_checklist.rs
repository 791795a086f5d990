//! The s54 statement checklist: which of the six recommended areas, and
//! which registry fields, the answers let the organisation evidence.

use super::column_heads::ColumnHeads;
use crate::domain::chain_checker::board::{EvidenceRow, Statement};
use leptos::prelude::*;

fn ids(list: &[&str]) -> String {
    if list.is_empty() {
        "None".into()
    } else {
        list.join(", ")
    }
}

#[component]
fn EvidenceTable(
    caption: &'static str,
    head: &'static str,
    rows: Vec<EvidenceRow>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|a| {
            view! {
                <tr>
                    <th scope="row">{a.label}</th>
                    <td data-label="Evidence"><strong>{a.evidence}</strong></td>
                    <td data-label="Questions you can evidence">{ids(&a.can)}</td>
                    <td data-label="Questions not yet">{ids(&a.gaps)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="app-table app-table--stack app-chain-evidence">
            <caption class="app-table__caption">{caption}</caption>
            <ColumnHeads cols=vec![head, "Evidence", "Questions you can evidence", "Questions not yet"]/>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// `in_annex`: a part of the board report's annex, headed one level down.
#[component]
pub fn StatementChecklist(statement: Statement, #[prop(optional)] in_annex: bool) -> impl IntoView {
    const TITLE: &str = "What your next statement can evidence";
    let heading = if in_annex {
        view! { <h3 class="app-heading-m" id="s54">{TITLE}</h3> }.into_any()
    } else {
        view! { <h2 class="app-heading-l" id="s54">{TITLE}</h2> }.into_any()
    };
    view! {
        <section class="app-chain-statement" aria-labelledby="s54">
            {heading}
            <p>"Organisations with a turnover of £36 million or more must publish a modern slavery statement every year (section 54 of the Modern Slavery Act 2015). This shows which of the six areas the government recommends, and which fields of the government's statement registry, your answers let you evidence. The letters and numbers (B1, C2…) are the questions, listed with your answers in the annex of the board report."</p>
            <EvidenceTable caption="The six recommended areas of a statement" head="Area" rows=statement.areas/>
            <EvidenceTable caption="The registry's \"statement includes\" fields" head="Registry field" rows=statement.fields/>
        </section>
    }
}
