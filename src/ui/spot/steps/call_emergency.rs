//! Straight after a "yes" to danger, before any other question.

use crate::state::visits::Part;
use crate::{
    domain::wizard::{self, Step},
    render::emergency,
    ui::{components::page_title::PageTitle, spot::visit_ctx::VisitCtx},
};
use leptos::prelude::*;

#[component]
pub fn CallEmergency(ctx: VisitCtx) -> impl IntoView {
    let next = move || {
        let answers = ctx
            .read(Part::Record, |v| v.answers.clone())
            .unwrap_or_default();
        ctx.href(wizard::next(Step::CallEmergency, &answers), false)
    };
    view! {
        <PageTitle title="Call 999 now"/>
        // Built from the registry only, with every value escaped.
        <div inner_html=emergency::panel_html(emergency::Place::CallStep)></div>
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
