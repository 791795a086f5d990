use crate::domain::source::Source;
use leptos::prelude::*;

/// "Sources" and "Last reviewed" at the foot of every guidance page. Addresses
/// are shown as text: the app itself never loads anything from elsewhere.
#[component]
pub fn PageSources(
    sources: Vec<&'static Source>,
    /// YYYY-MM-DD
    reviewed: &'static str,
) -> impl IntoView {
    let mut sources = sources;
    sources.sort_by_key(|s| s.key);
    sources.dedup_by_key(|s| s.key);
    view! {
        <section class="app-sources" aria-labelledby="sources-heading">
            <h2 class="app-heading-m" id="sources-heading">"Sources"</h2>
            <ul class="app-sources__list">
                {sources
                    .into_iter()
                    .map(|s| view! { <li><SourceCitation source=s/></li> })
                    .collect_view()}
            </ul>
            <p class="app-sources__reviewed">
                "Last reviewed: " <time datetime=reviewed>{human_date(reviewed)}</time>
            </p>
        </section>
    }
}

/// One source: citation, then its address as text.
#[component]
pub fn SourceCitation(source: &'static Source) -> impl IntoView {
    view! {
        <span class="app-source">
            <span class="app-source__key">{format!("[{}] ", source.key)}</span>
            {source.citation}
            {(!source.url.is_empty())
                .then(|| view! { <span class="app-source__url">{source.url}</span> })}
        </span>
    }
}

/// "2026-11-28" as "28 November 2026".
pub fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}
