use crate::domain::address::Address;
use crate::{
    state::use_app,
    ui::{
        components::page_title::PageTitle,
        safe_reload::{reload_unless_it_loses_something, PracticeEndsOnReload},
    },
};
use leptos::prelude::*;

/// A page's code could not be fetched: the device went offline before the
/// app had stored itself, or a new version replaced the stored files while
/// this one was open. Reloading saves first, and refuses if that would lose
/// something, as the update banner does.
#[component]
pub fn PageLoadFailed() -> impl IntoView {
    let state = use_app();
    let blocked = RwSignal::new(None::<String>);
    let reload = move |_| {
        reload_unless_it_loses_something(state, blocked, || {
            let _ = window().location().reload();
        })
    };
    view! {
        <PageTitle title="This page could not be opened"/>
        <h1 class="app-heading-l" data-testid="page-load-failed">"This page could not be opened"</h1>
        <p>"This part of the app could not be loaded. That can happen when the device is offline before the app has finished storing itself, or just after a new version was installed."</p>
        <p>"Nothing you entered is lost: Reload saves it first, and does not reload if it cannot."</p>
        <PracticeEndsOnReload/>
        {move || blocked.get().map(|reason| view! {
            <p class="app-error-message" role="alert">{reason}</p>
        })}
        <button type="button" class="app-button" on:click=reload>"Reload the app"</button>
        <p>"Or go back to the " <a href=Address::Home.path()>"start page"</a> "."</p>
    }
}
