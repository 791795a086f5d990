//! Settings and privacy: nation, how long visits are kept, the storage's
//! state, and deleting data.

use crate::{
    domain::{nation::Nation, registry::last_checked, session::LockState},
    platform::{
        export, page, persistence,
        settings::{save_discreet, save_retention_days, RETENTION_CHOICES},
        storage,
    },
    render::{
        intros::{SETTINGS_HEADING, SETTINGS_LEAD},
        sources::human_date,
    },
    state::{session, use_app},
    ui::{
        components::{
            later::Later,
            page_title::PageTitle,
            question::{Choice, QuestionFieldset, Radios},
        },
        contacts::my_contacts_settings::MyContactsSettings,
        protect::lock_settings::LockSettings,
    },
};
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = use_app();
    let no_error = Signal::derive(|| None::<String>);
    let nations: Vec<Choice> = Nation::ALL
        .iter()
        .map(|n| Choice::new(n.id(), n.label()))
        .collect();
    let nation = Signal::derive(move || Some(state.nation.get().id().to_string()));
    let set_nation = Callback::new(move |id: String| {
        if let Some(n) = Nation::from_id(&id) {
            state.nation.set(n);
        }
    });
    let days: Vec<Choice> = RETENTION_CHOICES
        .iter()
        .map(|d| Choice::new(d.to_string(), format!("{d} days")))
        .collect();
    let retention = Signal::derive(move || Some(state.retention_days.get().to_string()));
    let set_retention = Callback::new(move |d: String| {
        if let Ok(d) = d.parse() {
            state.retention_days.set(d);
            save_retention_days(d);
        }
    });
    let discreet_choices = vec![
        Choice::new("on", "Yes, use discreet mode"),
        Choice::new("off", "No"),
    ];
    let discreet =
        Signal::derive(move || Some(if state.discreet.get() { "on" } else { "off" }.to_string()));
    let set_discreet = Callback::new(move |v: String| {
        let on = v == "on";
        state.discreet.set(on);
        save_discreet(on);
        page::set_discreet(on);
        page::set_title(SETTINGS_HEADING, false);
    });
    let persisted = LocalResource::new(persistence::is_persisted);
    view! {
        <PageTitle title=SETTINGS_HEADING/>
        <h1 class="app-heading-xl">{SETTINGS_HEADING}</h1>
        <p class="app-body-l">{SETTINGS_LEAD}</p>
        <QuestionFieldset field="nation" question="Which nation do you work in?" heading_level=2
            hint="Law and referral routes differ. New visits start with this nation; you can change it for any visit." error=no_error>
            <Radios field="nation" choices=nations selected=nation on_select=set_nation/>
        </QuestionFieldset>
        <QuestionFieldset field="retention" question="How long should visits be kept?" heading_level=2
            hint="Visits not changed for this long are deleted when the app starts, and you are told how many. Keep visits only as long as you need them." error=no_error>
            <Radios field="retention" choices=days selected=retention on_select=set_retention/>
        </QuestionFieldset>
        <QuestionFieldset field="discreet" question="Use discreet mode?" heading_level=2
            hint="For visits where someone may look at your screen. The header and the browser tab say ‘Visit checklist’, and the checklist’s questions are worded neutrally. The guidance and the referral summary keep their plain words." error=no_error>
            <Radios field="discreet" choices=discreet_choices selected=discreet on_select=set_discreet/>
        </QuestionFieldset>
        // Drawn in three more tasks while the app takes over: in one, the
        // page was a task of 100-400 ms under Lighthouse's mobile CPU.
        <Later><LockSettings/></Later>
        <Later>
            <MyContactsSettings/>
            <crate::ui::recorder_settings::RecorderSettings/>
        </Later>
        <Later>
            <h2 class="app-heading-m">"What this app keeps, and where"</h2>
            <ul class="app-list app-list--bullet">
                <li>{move || if state.lock.get() == LockState::Locked {
                    "Visits on this device: locked. Practice visits are never stored.".to_string()
                } else {
                    format!("Visits on this device: {}. Practice visits are never stored.", state.visits.count())
                }}</li>
                <li data-testid="persisted">{move || match persisted.get().flatten() {
                    Some(true) => "The browser has agreed to keep this app's data unless you delete it.".to_string(),
                    Some(false) => "The browser may delete this app's data if the device runs short of space, and some browsers (Safari on iPad and iPhone) delete it after 7 days without using the app. Print or download what you need to keep.".to_string(),
                    None => "This browser does not say whether it will keep this app's data. Print or download what you need to keep.".to_string(),
                }}</li>
            </ul>

            <DamagedData/>
            <DeleteData/>

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
        </Later>
    }
}

/// Values that could not be read at start-up, kept aside for recovery.
#[component]
fn DamagedData() -> impl IntoView {
    let items = RwSignal::new(storage::quarantined());
    let download = move |_| {
        let text = items
            .get_untracked()
            .iter()
            .map(|q| format!("Key: {}\n{}\n", q.key, q.raw))
            .collect::<Vec<_>>()
            .join("\n");
        let _ = export::download("damaged-data.txt", "text/plain", &text);
    };
    move || {
        let n = items.get().len();
        (n > 0).then(|| view! {
            <h2 class="app-heading-m">"Damaged data"</h2>
            <p data-testid="damaged-count">{format!("{n} saved item(s) could not be read and were kept aside. You can download them to try to recover the text, then delete them.")}</p>
            <div class="app-button-group">
                <button type="button" class="app-button app-button--secondary" on:click=download>"Download damaged data"</button>
                <button type="button" class="app-button app-button--warning" on:click=move |_| {
                    storage::delete_quarantined();
                    items.set(storage::quarantined());
                }>"Delete damaged data"</button>
            </div>
        })
    }
}

/// "Delete all visits" and "Wipe everything", each with a confirmation.
#[component]
fn DeleteData() -> impl IntoView {
    let state = use_app();
    let confirm = RwSignal::new(None::<&'static str>);
    let done = RwSignal::new(String::new());
    let act = move |_| {
        match confirm.get_untracked() {
            Some("visits") => {
                session::delete_all(state, false);
                done.set("All visits were deleted from this device.".into());
            }
            Some("everything") => {
                session::delete_all(state, true);
                done.set("Everything this app stored on this device was deleted.".into());
            }
            _ => {}
        }
        confirm.set(None);
    };
    view! {
        <h2 class="app-heading-m" id="delete-data">"Delete data"</h2>
        <div class="app-button-group">
            <button type="button" class="app-button app-button--warning" on:click=move |_| confirm.set(Some("visits")) data-testid="delete-all">"Delete all visits"</button>
            <button type="button" class="app-button app-button--warning" on:click=move |_| confirm.set(Some("everything")) data-testid="wipe">"Wipe everything this app stored"</button>
        </div>
        {move || confirm.get().map(|what| view! {
            <div class="app-notice app-notice--warning" role="alertdialog" aria-labelledby="confirm-title">
                <p id="confirm-title"><strong>{if what == "visits" { "Delete every visit on this device? This cannot be undone." } else { "Delete every visit, setting and kept-aside item this app stored on this device? This cannot be undone." }}</strong></p>
                <div class="app-button-group">
                    <button type="button" class="app-button app-button--warning" on:click=act data-testid="confirm">"Yes, delete"</button>
                    <button type="button" class="app-button app-button--secondary" on:click=move |_| confirm.set(None)>"Cancel"</button>
                </div>
            </div>
        })}
        <p class="app-confirm" role="status">{move || done.get()}</p>
    }
}
