use leptos::prelude::*;

/// The GOV.UK back link: a real link, so it works by keyboard and keeps history.
#[component]
pub fn BackLink(#[prop(into)] href: Signal<String>) -> impl IntoView {
    view! { <a class="app-back-link" href=move || href.get()>"Back"</a> }
}
