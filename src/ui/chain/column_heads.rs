//! A table's column headings, as every results and report table names them.

use leptos::prelude::*;

#[component]
pub fn ColumnHeads(cols: Vec<&'static str>) -> impl IntoView {
    let cells = cols
        .into_iter()
        .map(|c| view! { <th scope="col">{c}</th> })
        .collect_view();
    view! { <thead><tr>{cells}</tr></thead> }
}
