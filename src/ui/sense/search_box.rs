//! Instant search over the library and glossary, offline, as you type.

use crate::{
    domain::content::{search, search_text_url},
    platform::library::fetch_text,
};
use leptos::prelude::*;

#[component]
pub fn SearchBox() -> impl IntoView {
    let query = RwSignal::new(String::new());
    // The topics' body text is read as the search box appears, well before
    // a first word is typed; titles, headings and the glossary need nothing.
    let texts = LocalResource::new(|| fetch_text(search_text_url()));
    let results = Memo::new(move |_| {
        let q = query.get();
        let texts = texts.get().flatten();
        search(&q, 12, texts.as_deref().unwrap_or(""))
            .into_iter()
            .map(|h| {
                (
                    h.found.href(),
                    h.found.title(),
                    matches!(h.found, crate::domain::content::Found::Term(_)),
                    h.snippet,
                )
            })
            .collect::<Vec<_>>()
    });
    view! {
        <div class="app-search" role="search">
            <label class="app-label" for="search">"Search the guidance"</label>
            <div class="app-hint" id="search-hint">"For example: cuckooing, Duty to Notify, first responder"</div>
            <input
                class="app-input app-search__input"
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint"
                aria-controls="search-results"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <p class="app-search__count" role="status" data-testid="search-count">
                {move || {
                    let q = query.get();
                    if q.trim().len() < 2 { String::new() } else { format!("{} result(s)", results.with(|r| r.len())) }
                }}
            </p>
            {move || matches!(texts.get(), Some(None)).then(|| view! {
                <p class="app-hint" data-testid="search-partial">"Only titles, headings and the glossary are searched: the text of the pages could not be loaded."</p>
            })}
            <ol class="app-search__results" id="search-results" data-testid="search-results">
                {move || results.get().into_iter().map(|(href, title, is_term, snippet)| view! {
                    <li class="app-search__result">
                        <a class="app-search__link" href=href>{title}</a>
                        {is_term.then(|| view! { <span class="app-tag">"Glossary"</span> })}
                        <p class="app-search__snippet">
                            {snippet.into_iter().map(|(text, hit)| if hit {
                                view! { <mark>{text}</mark> }.into_any()
                            } else {
                                view! { <span>{text}</span> }.into_any()
                            }).collect_view()}
                        </p>
                    </li>
                }).collect_view()}
            </ol>
        </div>
    }
}
