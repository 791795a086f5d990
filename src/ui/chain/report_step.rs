//! The board report: print it, or download it as Markdown, the answers as
//! CSV, or the whole check as a file to import on another device. Every
//! file is made on this device.

use super::{board_report::BoardReport, chain_ctx::ChainCtx};
use crate::{
    domain::chain_checker::{board::board, report, transfer},
    platform::export,
};
use leptos::prelude::*;

fn file_name(organisation: &str, date: &str, ext: &str) -> String {
    let slug: String = organisation
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() {
        "chain-check".to_string()
    } else {
        slug.chars().take(40).collect()
    };
    format!("{slug}-{date}.{ext}")
}

#[component]
pub fn ReportStep(ctx: ChainCtx) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    let download =
        move |ext: &'static str,
              mime: &'static str,
              make: fn(&crate::domain::chain_checker::check::Check) -> String| {
            move |_| {
                if let Some((name, text)) =
                    ctx.peek(|c| (file_name(&c.organisation, &c.date, ext), make(c)))
                {
                    match export::download(&name, mime, &text) {
                        Ok(()) => message.set(Some(format!("Saved {name} to your downloads."))),
                        Err(e) => message.set(Some(e.to_string())),
                    }
                }
            }
        };
    let report = move || {
        ctx.check
            .with(|c| c.as_ref().map(|c| view! { <BoardReport board=board(c)/> }))
    };
    view! {
        <p class="app-body-l app-no-print">"Print this page for the board, or save it as a PDF from the print dialogue. The first page is a summary for the meeting: band, exposure, red flags, theme scores and the top five actions. The annex after it has the detail, every answer and note."</p>
        <div class="app-button-group app-no-print">
            <button type="button" class="app-button" on:click=move |_| export::print()>"Print the board report"</button>
            <button type="button" class="app-button app-button--secondary" on:click=download("md", "text/markdown", |c| report::markdown(&board(c)))>"Download the report (Markdown)"</button>
            <button type="button" class="app-button app-button--secondary" on:click=download("csv", "text/csv", |c| report::csv(&board(c)))>"Download the answers (CSV)"</button>
            <button type="button" class="app-button app-button--secondary" on:click=download("json", "application/json", transfer::export)>"Export this check (file)"</button>
        </div>
        <p class="app-no-print" role="status" aria-live="polite">{move || message.get()}</p>
        {report}
    }
}
