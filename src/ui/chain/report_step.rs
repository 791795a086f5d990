//! The board report: print it, or download it as Markdown, the answers as
//! CSV, or the whole check as a file to import on another device. Every
//! file is made on this device.

use super::chain_ctx::ChainCtx;
use crate::{
    domain::chain_checker::{report, transfer},
    platform::export,
    render::chain,
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
            .with(|c| c.as_ref().map(chain::board_report).unwrap_or_default())
    };
    view! {
        <div class="app-button-group app-no-print">
            <button type="button" class="app-button" on:click=move |_| export::print()>"Print the board report"</button>
            <button type="button" class="app-button app-button--secondary" on:click=download("md", "text/markdown", report::markdown)>"Download the report (Markdown)"</button>
            <button type="button" class="app-button app-button--secondary" on:click=download("csv", "text/csv", report::csv)>"Download the answers (CSV)"</button>
            <button type="button" class="app-button app-button--secondary" on:click=download("json", "application/json", transfer::export)>"Export this check (file)"</button>
        </div>
        <p class="app-no-print" role="status" aria-live="polite">{move || message.get()}</p>
        // Built by render::chain, which escapes every value, including what the user typed.
        <div inner_html=report></div>
    }
}
