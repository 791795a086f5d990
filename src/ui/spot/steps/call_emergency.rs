//! Straight after a "yes" to danger, before any other question.

use crate::{
    domain::{
        registry::{org, OrgId},
        wizard::{self, Step},
    },
    ui::{components::page_title::PageTitle, spot::visit_ctx::VisitCtx},
};
use leptos::prelude::*;

#[component]
pub fn CallEmergency(ctx: VisitCtx) -> impl IntoView {
    let emergency = org(OrgId::Emergency999);
    let number = &emergency.numbers[0];
    let next = move || {
        let answers = ctx.read(|v| v.answers.clone()).unwrap_or_default();
        ctx.href(wizard::next(Step::CallEmergency, &answers), false)
    };
    view! {
        <PageTitle title="Call 999 now"/>
        <div class="app-panel app-panel--emergency">
            <h1 class="app-panel__title">"Call 999 now"</h1>
            <p class="app-panel__body">"You said someone is in immediate danger."</p>
            <a class="app-button app-button--warning app-button--large" href=format!("tel:{}", number.tel)>
                {format!("Call {}", number.display)}
            </a>
        </div>
        <h2 class="app-heading-m">"When you call"</h2>
        <ul class="app-list app-list--bullet">
            <li>"Move somewhere you can talk safely first, if you can."</li>
            <li>"Say where you are, who is in danger and what you saw or heard."</li>
            <li>"Do not confront anyone you think is controlling the people here."</li>
            <li>"Follow your own organisation's lone-working and safeguarding procedure."</li>
        </ul>
        <p>"When it is safe, carry on recording: everything you record stays on this device."</p>
        <a class="app-button app-button--secondary" href=next data-testid="continue">"Continue recording"</a>
    }
}
