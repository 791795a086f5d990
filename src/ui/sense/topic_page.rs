//! One topic of the library: its build-time HTML for the reader's nation
//! (a file read when the page opens), related topics, and its sources.

use super::library_html::LibraryHtml;
use crate::domain::address::Address;
use crate::ui::area::use_address;
use crate::{
    domain::content::topic,
    render::{markup::Html, sources},
    state::use_app,
    ui::{
        components::{nation_switch::NationSwitch, page_title::PageTitle},
        not_found::NotFoundPage,
    },
};
use leptos::prelude::*;

#[component]
pub fn TopicPage() -> impl IntoView {
    let state = use_app();
    let address = use_address();
    move || {
        let id = address.with(|a| match a {
            Some(Address::Topic(id)) => id.clone(),
            _ => String::new(),
        });
        let Some(t) = topic(&id) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let mut foot = Html::new();
        sources::section(
            &mut foot,
            t.sources.to_vec(),
            t.reviewed,
            sources::Placement::PageEnd,
        );
        let related: Vec<_> = t.related.iter().filter_map(|r| topic(r)).collect();
        view! {
            <PageTitle title=t.title/>
            <a class="app-back-link" href=Address::Library.path()>"Sense it: all topics"</a>
            <span class="app-caption">"Sense it"</span>
            <h1 class="app-heading-xl">{t.title}</h1>
            <p class="app-body-l">{t.summary}</p>
            {t.composite.then(|| view! {
                <p class="app-composite" data-testid="composite"><strong class="app-tag app-tag--practice">"Composite story"</strong>" Drawn from the signs and cases in our sources. It describes no real person or place."</p>
            })}
            {t.nation_specific.then(|| view! { <NationSwitch/> })}
            <LibraryHtml class="app-prose" url=Signal::derive(move || t.html_url(state.nation.get()))/>
            {(!related.is_empty()).then(|| view! {
                <nav class="app-related" aria-labelledby="related-heading">
                    <h2 class="app-heading-m" id="related-heading">"Related"</h2>
                    <ul class="app-list">
                        {related.into_iter().map(|r| view! { <li><a href=Address::Topic(r.id.into()).path()>{r.title}</a></li> }).collect_view()}
                    </ul>
                </nav>
            })}
            <div inner_html=foot.finish()></div>
        }
        .into_any()
    }
}
