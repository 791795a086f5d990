//! `/chain`: what the Chain Checker is, the checks kept on this device,
//! and starting, resuming, re-checking, importing or deleting one.

use crate::domain::address::Address;
use crate::{
    domain::chain_checker::{
        check::Check,
        score::assess,
        steps::{href, resume, Step},
        transfer::{self, ImportError},
    },
    platform::{
        chain_store,
        clock::{new_id, now_ms},
    },
    render::{
        intros::{
            CHAIN, CHAIN_BRING, CHAIN_BRING_LEAD, CHAIN_NOT_SURE, CHAIN_STEPS, CHAIN_WHAT,
            CHAIN_WHO,
        },
        sources::human_date,
    },
    ui::{chain::scoring_page::ChainAllSources, components::page_title::PageTitle},
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

fn today() -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now_ms() as f64));
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

#[component]
pub fn ChainHomePage() -> impl IntoView {
    let navigate = use_navigate();
    let (initial, unreadable) = chain_store::list();
    let checks = RwSignal::new(initial);
    let reload = move || checks.set(chain_store::list().0);
    let name = RwSignal::new(String::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let confirm_delete = RwSignal::new(None::<String>);

    let nav = navigate.clone();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = Check::new(&new_id(), &name.get_untracked(), &today());
        match chain_store::save(&check) {
            Ok(()) => nav(&href(&check.id, Step::Exposure), Default::default()),
            Err(e) => message.set(Some((false, e.explain().to_string()))),
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > transfer::MAX_BYTES as f64 {
            message.set(Some((false, ImportError::TooLarge.explain())));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            match transfer::import(&text) {
                Err(e) => message.set(Some((false, e.explain()))),
                Ok(mut c) => {
                    // A new id, so an import never replaces a check kept here.
                    c.id = new_id();
                    match chain_store::save(&c) {
                        Ok(()) => {
                            message.set(Some((
                                true,
                                format!(
                                    "Imported the check for {} of {}.",
                                    if c.organisation.is_empty() {
                                        "an organisation"
                                    } else {
                                        c.organisation.as_str()
                                    },
                                    human_date(&c.date)
                                ),
                            )));
                            reload();
                        }
                        Err(e) => message.set(Some((false, e.explain().to_string()))),
                    }
                }
            }
        });
    };

    let list = move || {
        let all = checks.get();
        if all.is_empty() {
            return view! { <p>"No checks on this device yet."</p> }.into_any();
        }
        let all_items = all;
        let navigate = navigate.clone();
        let items = all_items.into_iter()
            .map(|c| {
                let o = assess(&c);
                let id = c.id.clone();
                let title = if c.organisation.is_empty() { "Unnamed organisation".to_string() } else { c.organisation.clone() };
                let recheck_from = c.clone();
                let navigate = navigate.clone();
                let recheck = move |_| {
                    let copy = recheck_from.recheck(&new_id(), &today());
                    match chain_store::save(&copy) {
                        Ok(()) => navigate(&href(&copy.id, Step::Exposure), Default::default()),
                        Err(e) => message.set(Some((false, e.explain().to_string()))),
                    }
                };
                let (del_id, del_id2, del_id3) = (id.clone(), id.clone(), id.clone());
                view! {
                    <li class="app-card app-chain-saved" data-check=id.clone()>
                        <h3 class="app-heading-s">{title}</h3>
                        <p>{format!("Started {}. Band: {}. Exposure: {}. Overall {}%.", human_date(&c.date), o.band.label(), o.exposure.label(), o.overall)}
                            {c.baseline.as_ref().map(|b| format!(" Re-check of {}.", human_date(&b.date)))}</p>
                        <div class="app-button-group">
                            <a class="app-button" href=href(&id, resume(&c))>"Continue"</a>
                            <a class="app-button app-button--secondary" href=href(&id, Step::Results)>"Results"</a>
                            <button type="button" class="app-button app-button--secondary" on:click=recheck>"Re-check from this one"</button>
                            <button type="button" class="app-button app-button--warning" on:click=move |_| confirm_delete.set(Some(del_id.clone()))>"Delete"</button>
                        </div>
                        {move || (confirm_delete.get().as_deref() == Some(del_id2.as_str())).then(|| {
                            let d = del_id3.clone();
                            view! {
                                <div class="app-inset app-inset--warning" role="alert">
                                    <p>"Delete this check from this device? This cannot be undone."</p>
                                    <div class="app-button-group">
                                        <button type="button" class="app-button app-button--warning" on:click=move |_| { chain_store::delete(&d); confirm_delete.set(None); reload(); }>"Yes, delete it"</button>
                                        <button type="button" class="app-button app-button--secondary" on:click=move |_| confirm_delete.set(None)>"No, keep it"</button>
                                    </div>
                                </div>
                            }
                        })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>"Coming back next quarter? Choose \"Re-check from this one\": your answers are copied into a new check, you change only what has changed, and the results and board report show what changed."</p>
            <ul class="app-cards app-chain-list">{items}</ul>
        }
        .into_any()
    };

    view! {
        <PageTitle title="Chain Checker"/>
        <span class="app-caption">{CHAIN.caption}</span>
        <h1 class="app-heading-xl">{CHAIN.heading}</h1>
        <p class="app-body-l">{CHAIN.lead}</p>
        <h2 class="app-heading-m">"Who it is for"</h2>
        <p>{CHAIN_WHO}</p>
        <h2 class="app-heading-m">"What it is, and what it is not"</h2>
        <ul class="app-list app-list--bullet">
            {CHAIN_WHAT.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
        </ul>
        <p>{CHAIN_STEPS}</p>
        <h2 class="app-heading-m">"Before you start"</h2>
        <p>{CHAIN_BRING_LEAD}</p>
        <ul class="app-list app-list--bullet">
            {CHAIN_BRING.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
        </ul>
        <p>{CHAIN_NOT_SURE}</p>
        <div class="app-inset"><p>{format!("If anyone is in immediate danger, call {} now.", crate::domain::registry::org(crate::domain::registry::OrgId::Emergency999).numbers[0].display)}</p></div>
        {move || message.get().map(|(ok, m)| view! {
            <div class=if ok { "app-inset app-chain-message" } else { "app-error-summary" } role="alert" tabindex="-1" data-testid="chain-message">
                <p>{m}</p>
            </div>
        })}
        <h2 class="app-heading-l">"Start a check"</h2>
        <form on:submit=start novalidate>
            <div class="app-form-group">
                <label class="app-label" for="chain-organisation">"Organisation name (optional)"</label>
                <div class="app-hint" id="chain-organisation-hint">"It appears on the board report and in the list below."</div>
                <input class="app-input" id="chain-organisation" name="organisation" type="text" maxlength="200" autocomplete="organization" aria-describedby="chain-organisation-hint"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="app-button app-button--start">"Start a new check"</button>
        </form>
        <h2 class="app-heading-l">"Checks on this device"</h2>
        {(unreadable > 0).then(|| view! { <p class="app-hint">{format!("{unreadable} saved check(s) could not be read; they have been left as they are.")}</p> })}
        {list}
        <h2 class="app-heading-m">"Open a check from another device"</h2>
        <div class="app-form-group">
            <label class="app-label" for="chain-import">"Import a check file (.json)"</label>
            <div class="app-hint" id="chain-import-hint">"A file made with \"Export this check\". It is added as a new check; nothing kept here is changed."</div>
            <input class="app-file-upload" id="chain-import" type="file" accept=".json,application/json" aria-describedby="chain-import-hint" on:change=on_file/>
        </div>
        <p><a href=Address::ChainScoring.path()>"How the Chain Checker scores"</a></p>
        <ChainAllSources/>
    }
}
