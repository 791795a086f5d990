use crate::{
    app::use_app,
    domain::{nation::Nation, registry::last_checked},
    render::sources::human_date,
    ui::components::{
        page_title::PageTitle,
        question::{Choice, QuestionFieldset, Radios},
    },
};
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = use_app();
    let choices: Vec<Choice> = Nation::ALL
        .iter()
        .map(|n| Choice::new(n.id(), n.label()))
        .collect();
    let selected = Signal::derive(move || Some(state.nation.get().id().to_string()));
    let on_select = Callback::new(move |id: String| {
        if let Some(n) = Nation::from_id(&id) {
            state.nation.set(n);
        }
    });
    let no_error = Signal::derive(|| None::<String>);
    view! {
        <PageTitle title="Settings and privacy"/>
        <span class="app-caption">"Settings and privacy"</span>
        <QuestionFieldset
            field="nation"
            question="Which nation do you work in?"
            hint="Law and referral routes differ. New visits start with this nation, and you can change it for any visit."
            error=no_error
        >
            <Radios field="nation" choices=choices selected=selected on_select=on_select/>
        </QuestionFieldset>
        <p class="app-confirm" role="status">{move || format!("Saved on this device: {}.", state.nation.get().label())}</p>

        <h2 class="app-heading-m">"What this app keeps, and where"</h2>
        <ul class="app-list app-list--bullet">
            <li>"Everything stays in this browser on this device. There is no account, no server and no analytics, and the app loads nothing from any other website."</li>
            <li>"The app stores one setting on this device: the nation you chose above."</li>
            <li>"Visits you record are kept in this tab's memory: closing or reloading the tab clears them. Print or copy what you need before you close it."</li>
            <li>"Practice visits are kept apart from real visits and are never listed with them."</li>
        </ul>
        <h2 class="app-heading-m">"About this version"</h2>
        <dl class="app-summary-list">
            <div class="app-summary-list__row">
                <dt class="app-summary-list__key">"Version"</dt>
                <dd class="app-summary-list__value">{env!("CARGO_PKG_VERSION")}</dd>
            </div>
            <div class="app-summary-list__row">
                <dt class="app-summary-list__key">"Numbers and routes last checked"</dt>
                <dd class="app-summary-list__value">{human_date(last_checked())}</dd>
            </div>
        </dl>
    }
}
