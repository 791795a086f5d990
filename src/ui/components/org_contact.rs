use crate::domain::registry::{org, OrgId, Verification};
use crate::ui::components::sources::{human_date, SourceCitation};
use leptos::prelude::*;

/// How to reach an organisation: its numbers as `tel:` links, straight from
/// the registry, with any caveat and where the details come from.
#[component]
pub fn OrgContact(
    id: OrgId,
    /// Show "when to use" and the sources (the directory); a route card
    /// gives its own reasons instead.
    #[prop(optional)]
    detailed: bool,
) -> impl IntoView {
    let o = org(id);
    let caveat = match o.verification {
        Verification::Confirmed => None,
        Verification::CheckBeforeUse(note) => Some(note),
    };
    view! {
        <div class="app-contact">
            <p class="app-contact__name">{o.name}</p>
            {(!o.numbers.is_empty())
                .then(|| {
                    view! {
                        <ul class="app-contact__numbers">
                            {o.numbers
                                .iter()
                                .map(|n| {
                                    view! {
                                        <li>
                                            <a class="app-contact__tel" href=format!("tel:{}", n.tel)>
                                                {n.display}
                                            </a>
                                            <span class="app-contact__label">{format!(" {}", n.label)}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            {(!o.contact_note.is_empty()).then(|| view! { <p class="app-contact__note">{o.contact_note}</p> })}
            {caveat.map(|c| view! {
                <div class="app-warning">
                    <span class="app-warning__icon" aria-hidden="true">"!"</span>
                    <p class="app-warning__text"><span class="app-visually-hidden">"Warning: "</span>{c}</p>
                </div>
            })}
            {detailed.then(|| view! {
                <p class="app-contact__when">{o.when_to_use}</p>
                <details class="app-details">
                    <summary class="app-details__summary">"Where these details come from"</summary>
                    <div class="app-details__text">
                        <p>{format!("Checked {}.", human_date(o.checked))}</p>
                        <ul>{o.sources.iter().map(|s| view! { <li><SourceCitation source=s/></li> }).collect_view()}</ul>
                    </div>
                </details>
            })}
        </div>
    }
}
