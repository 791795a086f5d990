//! The referral summary of one visit: shown as text (never as HTML: it holds
//! what the inspector typed), and printed, copied or downloaded on request.

use super::visit_ctx::VisitCtx;
use crate::state::visits::Part;
use crate::{
    domain::{
        local_contacts::Local,
        summary::{Times, IDENTIFYING_MARK},
        who_to_contact::summarise_with,
        wizard::Step,
    },
    platform::{
        clock::{format_time, today_iso},
        export,
        personal_contacts::{self, Loaded},
        recorder,
    },
    ui::components::{back_link::BackLink, page_title::PageTitle},
};
use leptos::prelude::*;

#[component]
pub fn SummaryPage(ctx: VisitCtx) -> impl IntoView {
    let summary = Memo::new(move |_| {
        let recorder_line = recorder::load().and_then(|r| r.recorded_by());
        ctx.read(Part::Whole, |v| {
            let times = Times {
                created: format_time(v.created_ms),
                updated: format_time(v.updated_ms),
                recorded_by: recorder_line,
            };
            let today = today_iso();
            let mine = match personal_contacts::load() {
                Loaded::Contacts(list) => list,
                Loaded::Locked => Vec::new(),
            };
            let s = summarise_with(v, &times, &Local::deployed(&today), &mine);
            let sections = s
                .sections
                .iter()
                .enumerate()
                .map(|(si, x)| {
                    let lines = x
                        .lines
                        .iter()
                        .enumerate()
                        .map(|(li, l)| (l.clone(), s.is_identifying(si, li)))
                        .collect::<Vec<_>>();
                    (x.heading, lines)
                })
                .collect::<Vec<_>>();
            let anonymous = s.not_consented.then(|| s.without_identifying().to_text());
            (
                s.title.clone(),
                sections,
                s.to_text(),
                s.to_markdown(),
                anonymous,
            )
        })
    });
    let message = RwSignal::new(String::new());
    let file_stem = move || format!("visit-{}", ctx.id.get_untracked());
    let copy = move |_| {
        let Some((_, _, text, _, _)) = summary.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            message.set(match export::copy_text(&text).await {
                Ok(()) => "Copied. Paste it where you need it.".into(),
                Err(e) => e.into(),
            });
        });
    };
    let copy_anonymous = move |_| {
        let Some((_, _, _, _, Some(text))) = summary.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            message.set(match export::copy_text(&text).await {
                Ok(()) => {
                    "Copied without identifying details. Paste it into the Duty to Notify form."
                        .into()
                }
                Err(e) => e.into(),
            });
        });
    };
    let not_consented = move || summary.with(|s| s.as_ref().is_some_and(|x| x.4.is_some()));
    let download = move |markdown: bool| {
        let Some((_, _, text, md, _)) = summary.get_untracked() else {
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
            {move || summary.get().map(|(title, sections, _, _, anonymous)| view! {
                <h1 class="app-heading-l">{title}</h1>
                {anonymous.is_some().then(|| view! {
                    <div class="app-inset app-inset--warning" data-testid="identifying-notice">
                        <p>"The person has not agreed to a referral, so a Duty to Notify report must not identify them. Lines marked "<strong>{IDENTIFYING_MARK}</strong>" could identify them: use the copy without identifying details for the report."</p>
                    </div>
                })}
                {sections.into_iter().map(|(heading, lines)| view! {
                    <h2 class="app-heading-s">{heading}</h2>
                    <ul class="app-list app-list--bullet app-summary__lines">
                        {lines.into_iter().map(|(l, identifying)| view! {
                            <li>
                                {l}
                                {identifying.then(|| view! { " "<strong class="app-summary__identifying" data-testid="identifying">{IDENTIFYING_MARK}</strong> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }).collect_view()}
            })}
        </div>
        <div class="app-button-group app-no-print">
            <button type="button" class="app-button" on:click=move |_| export::print()>"Print"</button>
            <button type="button" class="app-button app-button--secondary" on:click=copy data-testid="copy">"Copy"</button>
            <Show when=not_consented>
                <button type="button" class="app-button app-button--secondary" on:click=copy_anonymous data-testid="copy-anonymous">"Copy without identifying details"</button>
            </Show>
            <button type="button" class="app-button app-button--secondary" on:click=move |_| download(false) data-testid="download-txt">"Download .txt"</button>
            <button type="button" class="app-button app-button--secondary" on:click=move |_| download(true) data-testid="download-md">"Download .md"</button>
        </div>
        <p class="app-confirm" role="status" data-testid="export-message">{move || message.get()}</p>
        <p class="app-hint">"The summary is made on this device. Printing, copying and downloading are the only ways it leaves; it is never sent anywhere."</p>
    }
}
