//! The inspector's own contacts on the result page, under the titles of the
//! routes they are for, then the ones with a free label. Text nodes only.

use crate::{
    domain::{
        engine::RouteKind,
        personal_contacts::{self as pc, PersonalContact},
    },
    platform::personal_contacts::{load, Loaded},
};
use leptos::prelude::*;

#[component]
pub fn MyContactsOnResult(routes: Vec<RouteKind>) -> impl IntoView {
    let Loaded::Contacts(list) = load() else {
        return ().into_any();
    };
    let mut groups: Vec<(&'static str, String, Vec<PersonalContact>)> = Vec::new();
    for kind in routes {
        let mine: Vec<PersonalContact> = pc::for_route(&list, kind).cloned().collect();
        if !mine.is_empty() && !groups.iter().any(|(id, _, _)| *id == kind.id()) {
            groups.push((kind.id(), kind.title().to_string(), mine));
        }
    }
    let free: Vec<PersonalContact> = pc::free(&list).cloned().collect();
    if !free.is_empty() {
        groups.push(("", "Other contacts".to_string(), free));
    }
    if groups.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="app-my-contacts" data-testid="my-contacts">
            <h3 class="app-heading-s">"Your own contacts"</h3>
            {groups.into_iter().map(|(id, title, mine)| view! {
                <div class="app-my-contacts__route" data-route-id=id>
                    <p class="app-my-contacts__title">{title}</p>
                    <ul class="app-contact app-local-contacts">
                        {mine.into_iter().map(|c| view! {
                            <li class="app-local-contact">
                                <p class="app-contact__name">{c.label.clone()}</p>
                                <p class="app-contact__numbers">
                                    <a class="app-contact__tel" href=format!("tel:{}", c.tel())>{c.phone.clone()}</a>
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            }).collect_view()}
            <p class="app-hint">"Kept on this device only. Change them in Settings."</p>
        </section>
    }
    .into_any()
}
