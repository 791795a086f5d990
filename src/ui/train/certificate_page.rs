//! `/train/certificate`: a printable record of completion, with the name
//! typed on this device, the date, the modules and 2 hours of CPD. The app
//! keeps no register and sends nothing: it is the learner's own record.

use super::shared::{day, Learner, LearnerProblem, WithWorkshop};
use crate::domain::address::Address;
use crate::domain::workshop::model::Workshop;
use crate::platform::export;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CertificatePage() -> impl IntoView {
    let learner = Learner::load();
    view! {
        <PageTitle title="Record of completion – Train"/>
        <a class="app-back-link" href=Address::Train.path()>"Train: the workshop"</a>
        <h1 class="app-heading-xl app-no-print">"Record of completion"</h1>
        <LearnerProblem learner=learner/>
        <WithWorkshop page=move |w| view! { <Certificate workshop=w learner=learner/> }/>
    }
}

#[component]
fn Certificate(workshop: Arc<Workshop>, learner: Learner) -> impl IntoView {
    move || {
        let Some(finished) = learner.progress.with(|p| p.finished) else {
            return view! {
                <p data-testid="certificate-not-yet">"The record is ready once you finish the course."</p>
                <a class="app-button" href=Address::Train.path()>"Go to the course"</a>
            }
            .into_any();
        };
        let modules: Vec<String> = workshop
            .blocks
            .iter()
            .filter(|b| b.module > 0)
            .map(|b| b.title.clone())
            .collect();
        let name = move || learner.progress.with(|p| p.name.clone());
        view! {
            <div class="app-form-group app-no-print">
                <label class="app-label" for="certificate-name">"Your name, as it should appear"</label>
                <div class="app-hint" id="certificate-name-hint">"It stays on this device."</div>
                <input class="app-input" id="certificate-name" type="text" autocomplete="name" spellcheck="false"
                    aria-describedby="certificate-name-hint"
                    prop:value=name
                    on:input=move |e| {
                        let v = event_target_value(&e);
                        learner.update(move |p| p.name = v);
                    }/>
            </div>
            <article class="app-certificate" data-testid="certificate">
                <p class="app-certificate__kind">"Record of completion"</p>
                <p class="app-certificate__name" data-testid="certificate-name">
                    {move || { let n = name(); if n.trim().is_empty() { "Your name".to_string() } else { n } }}
                </p>
                <p>{format!("completed “{}” (self-paced) on {}.", workshop.title, day(finished))}</p>
                <ul class="app-list app-list--bullet">
                    {modules.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
                <p><strong>"Continuing professional development: 2 hours."</strong></p>
                <p class="app-hint">"A record made by the learner on their own device. The app keeps no register and sends nothing."</p>
            </article>
            <div class="app-button-group">
                <button type="button" class="app-button" on:click=move |_| export::print()>"Print or save as PDF"</button>
            </div>
        }
        .into_any()
    }
}
