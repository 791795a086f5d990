//! The referral summary of one visit: shown as text (never as HTML: it holds
//! what the inspector typed), and printed, copied or downloaded on request.

use super::visit_ctx::VisitCtx;
use crate::{
    domain::{local_contacts::Local, summary::Times, who_to_contact::summarise_with, wizard::Step},
    platform::{
        clock::{format_time, today_iso},
        export,
        personal_contacts::{self, Loaded},
    },
    ui::components::{back_link::BackLink, page_title::PageTitle},
};
use leptos::prelude::*;

#[component]
pub fn SummaryPage(ctx: VisitCtx) -> impl IntoView {
    let summary = Memo::new(move |_| {
        ctx.read(|v| {
            let times = Times {
                created: format_time(v.created_ms),
                updated: format_time(v.updated_ms),
            };
            let today = today_iso();
            let mine = match personal_contacts::load() {
                Loaded::Contacts(list) => list,
                Loaded::Locked => Vec::new(),
            };
            let s = summarise_with(v, &times, &Local::deployed(&today), &mine);
            (
                s.title.clone(),
                s.sections
                    .iter()
                    .map(|x| (x.heading, x.lines.clone()))
                    .collect::<Vec<_>>(),
                s.to_text(),
                s.to_markdown(),
            )
        })
    });
    let message = RwSignal::new(String::new());
    let file_stem = move || format!("visit-{}", ctx.id.get_untracked());
    let copy = move |_| {
        let Some((_, _, text, _)) = summary.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            message.set(match export::copy_text(&text).await {
                Ok(()) => "Copied. Paste it where you need it.".into(),
                Err(e) => e.into(),
            });
        });
    };
    let download = move |markdown: bool| {
        let Some((_, _, text, md)) = summary.get_untracked() else {
            return;
        };
        let (name, mime, body) = if markdown {
            (format!("{}.md", file_stem()), "text/markdown", md)
        } else {
            (format!("{}.txt", file_stem()), "text/plain", text)
        };
        message.set(match export::download(&name, mime, &body) {
            Ok(()) => format!("Saved as {name} in your downloads."),
            Err(e) => e.into(),
        });
    };
    let back = ctx.href(Step::Result, false);
    view! {
        <PageTitle title="Referral summary"/>
        <BackLink href=back/>
        <div class="app-summary" data-testid="summary">
            {move || summary.get().map(|(title, sections, _, _)| view! {
                <h1 class="app-heading-l">{title}</h1>
                {sections.into_iter().map(|(heading, lines)| view! {
                    <h2 class="app-heading-s">{heading}</h2>
                    <ul class="app-list app-list--bullet app-summary__lines">
                        {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                    </ul>
                }).collect_view()}
            })}
        </div>
        <div class="app-button-group app-no-print">
            <button type="button" class="app-button" on:click=move |_| export::print()>"Print"</button>
            <button type="button" class="app-button app-button--secondary" on:click=copy data-testid="copy">"Copy"</button>
            <button type="button" class="app-button app-button--secondary" on:click=move |_| download(false) data-testid="download-txt">"Download .txt"</button>
            <button type="button" class="app-button app-button--secondary" on:click=move |_| download(true) data-testid="download-md">"Download .md"</button>
        </div>
        <p class="app-confirm" role="status" data-testid="export-message">{move || message.get()}</p>
        <p class="app-hint">"The summary is made on this device. Printing, copying and downloading are the only ways it leaves; it is never sent anywhere."</p>
    }
}
