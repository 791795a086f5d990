//! Settings: the inspector's own contacts. Add, change and remove; each is
//! for a route on the result page or has a free label. Kept on this device,
//! sealed when the lock is on, removed by "Wipe everything".

use crate::{
    domain::personal_contacts::{self as pc, Draft, PersonalContact, LABEL, MAX_CONTACTS, PHONE},
    platform::{
        clock::new_id,
        personal_contacts::{load, save, Loaded},
    },
    state::use_app,
    ui::components::error_summary::ErrorSummary,
};
use leptos::prelude::*;

const ROUTE: &str = "contact-route";

#[component]
pub fn MyContactsSettings() -> impl IntoView {
    let state = use_app();
    let loaded = RwSignal::new(load());
    // Unlocking, locking or a wipe changes what can be read.
    Effect::new(move |_| {
        state.lock.track();
        state.visits.track();
        loaded.set(load());
    });
    let editing = RwSignal::new(None::<String>);
    let label = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let route = RwSignal::new(String::new());
    let error = RwSignal::new(None::<(&'static str, String)>);
    let status = RwSignal::new(String::new());

    let clear = move || {
        editing.set(None);
        label.set(String::new());
        phone.set(String::new());
        route.set(String::new());
        error.set(None);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Loaded::Contacts(mut list) = loaded.get_untracked() else {
            return;
        };
        let draft = Draft {
            label: label.get_untracked(),
            phone: phone.get_untracked(),
            route: route.get_untracked(),
        };
        let id = editing.get_untracked().unwrap_or_else(new_id);
        let contact = match pc::check(&draft, id) {
            Ok(c) => c,
            Err(e) => {
                error.set(Some(e));
                return;
            }
        };
        let name = contact.label.clone();
        if !pc::upsert(&mut list, contact) {
            error.set(Some((
                LABEL,
                format!("You can keep up to {MAX_CONTACTS} contacts. Remove one to add another"),
            )));
            return;
        }
        match save(&list) {
            Ok(()) => {
                status.set(format!("Saved ‘{name}’."));
                loaded.set(Loaded::Contacts(list));
                clear();
            }
            Err(e) => error.set(Some((LABEL, e.explain().to_string()))),
        }
    };
    let edit = move |c: PersonalContact| {
        label.set(c.label.clone());
        phone.set(c.phone.clone());
        route.set(c.route.clone().unwrap_or_default());
        editing.set(Some(c.id));
        error.set(None);
        status.set(String::new());
        crate::platform::page::focus_and_reveal(&format!("#{LABEL}"));
    };
    let remove = move |c: PersonalContact| {
        let Loaded::Contacts(mut list) = loaded.get_untracked() else {
            return;
        };
        list.retain(|x| x.id != c.id);
        match save(&list) {
            Ok(()) => {
                status.set(format!("Removed ‘{}’.", c.label));
                if editing.get_untracked().as_deref() == Some(c.id.as_str()) {
                    clear();
                }
                loaded.set(Loaded::Contacts(list));
            }
            Err(e) => status.set(e.explain().to_string()),
        }
    };
    let error_text = Signal::derive(move || error.get().map(|(_, m)| m));
    let error_field = Signal::derive(move || error.get().map_or(LABEL, |(f, _)| f));
    let error_on = move |field: &'static str| {
        Signal::derive(move || error.get().filter(|(f, _)| *f == field).map(|(_, m)| m))
    };
    let label_error = error_on(LABEL);
    let phone_error = error_on(PHONE);

    view! {
        <h2 class="app-heading-m" id="my-contacts">"Your own contacts"</h2>
        <p class="app-body">"Numbers you use, such as your manager or your own safeguarding lead. A contact for a route is shown on the result of a visit under that route, and every contact is listed in the referral summary. They are kept on this device only, encrypted when the lock is on, and deleted by ‘Wipe everything’."</p>
        {move || match loaded.get() {
            Loaded::Locked => view! {
                <p class="app-inset" data-testid="my-contacts-locked">"The app is locked. Unlock it to see or change your own contacts."</p>
            }.into_any(),
            Loaded::Contacts(list) => view! {
                {if list.is_empty() {
                    view! { <p class="app-hint" data-testid="my-contacts-empty">"You have not added any contacts."</p> }.into_any()
                } else {
                    view! {
                        <dl class="app-summary-list" data-testid="my-contacts-list">
                            {list.into_iter().map(|c| {
                                let for_edit = c.clone();
                                let for_remove = c.clone();
                                let what = c.route_kind().map_or("No route (a free label)".to_string(), |k| format!("For: {}", k.title()));
                                view! {
                                    <div class="app-summary-list__row" data-testid="my-contact">
                                        <dt class="app-summary-list__key">{c.label.clone()}</dt>
                                        <dd class="app-summary-list__value">
                                            <a class="app-contact__tel" href=format!("tel:{}", c.tel())>{c.phone.clone()}</a>
                                            <p class="app-hint">{what}</p>
                                        </dd>
                                        <dd class="app-summary-list__actions app-button-group">
                                            <button type="button" class="app-link-button" on:click=move |_| edit(for_edit.clone())>
                                                "Change"<span class="app-visually-hidden">{format!(" {}", c.label)}</span>
                                            </button>
                                            <button type="button" class="app-link-button" on:click=move |_| remove(for_remove.clone())>
                                                "Remove"<span class="app-visually-hidden">{format!(" {}", c.label)}</span>
                                            </button>
                                        </dd>
                                    </div>
                                }
                            }).collect_view()}
                        </dl>
                    }.into_any()
                }}
                <form class="app-form" novalidate on:submit=submit data-testid="my-contact-form">
                    <ErrorSummary error=error_text field=error_field/>
                    <h3 class="app-heading-s">{move || if editing.get().is_some() { "Change a contact" } else { "Add a contact" }}</h3>
                    <div class="app-form-group" class:app-form-group--error=move || label_error.get().is_some()>
                        <label class="app-label" for=LABEL>"Name"</label>
                        <p class="app-hint" id="contact-label-hint">"Who they are, such as ‘Duty manager’."</p>
                        {move || label_error.get().map(|m| view! {
                            <p class="app-error-message" id="contact-label-error"><span class="app-visually-hidden">"Error: "</span>{m}</p>
                        })}
                        <input class="app-input" id=LABEL name=LABEL type="text" autocomplete="off" spellcheck="false"
                            aria-describedby=move || if label_error.get().is_some() { "contact-label-hint contact-label-error" } else { "contact-label-hint" }
                            prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev))/>
                    </div>
                    <div class="app-form-group" class:app-form-group--error=move || phone_error.get().is_some()>
                        <label class="app-label" for=PHONE>"Phone number"</label>
                        {move || phone_error.get().map(|m| view! {
                            <p class="app-error-message" id="contact-phone-error"><span class="app-visually-hidden">"Error: "</span>{m}</p>
                        })}
                        <input class="app-input app-input--width-20" id=PHONE name=PHONE type="tel" autocomplete="off"
                            aria-describedby=move || phone_error.get().map(|_| "contact-phone-error")
                            prop:value=move || phone.get() on:input=move |ev| phone.set(event_target_value(&ev))/>
                    </div>
                    <div class="app-form-group">
                        <label class="app-label" for=ROUTE>"Show it on the result under"</label>
                        <select class="app-select" id=ROUTE name=ROUTE
                            prop:value=move || route.get() on:change=move |ev| route.set(event_target_value(&ev))>
                            <option value="">"No route: a free label"</option>
                            {pc::ROUTE_CHOICES.into_iter().map(|k| view! {
                                <option value=k.id()>{k.title()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="app-button-group">
                        <button type="submit" class="app-button" data-testid="save-contact">"Save contact"</button>
                        {move || editing.get().map(|_| view! {
                            <button type="button" class="app-button app-button--secondary" on:click=move |_| clear()>"Cancel"</button>
                        })}
                    </div>
                </form>
            }.into_any(),
        }}
        <p class="app-confirm" role="status" data-testid="my-contacts-status">{move || status.get()}</p>
    }
}
