//! `/train/team`: the team pack, the online tool for raising awareness in a
//! team: a 10-minute toolbox talk, a poster, and a page to share this app.
//! All of it prints cleanly, and nothing is sent anywhere.

use super::{
    pack_page::{pack_href, RESOURCES},
    shared::{text, WithWorkshop},
};
use crate::domain::address::Address;
use crate::domain::{
    registry::REGISTRY,
    workshop::{model::Workshop, qr::qr_svg},
};
use crate::platform::export;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;
use std::sync::Arc;

/// The app's own address, for the QR code and the share text.
pub fn app_address() -> String {
    window().location().origin().unwrap_or_default() + &Address::Home.path()
}

#[component]
pub fn TeamPage() -> impl IntoView {
    view! {
        <PageTitle title="Team pack – Train"/>
        <a class="app-back-link" href=Address::Train.path()>"Train: the workshop"</a>
        <span class="app-caption">"Train"</span>
        <h1 class="app-heading-xl">"Team pack"</h1>
        <p class="app-body-l">"Raise awareness in your team: a 10-minute toolbox talk, a poster for the office, and a way to share this app."</p>
        <ul class="app-list app-no-print">
            <li><a href="#talk">"Toolbox talk (10 minutes)"</a></li>
            <li><a href=Address::TrainPoster.path()>"Poster with the Helpline number (A4 or A3)"</a></li>
            <li><a href="#share">"Share this app with your team"</a></li>
            <li><a href=pack_href(RESOURCES)>"Resources: guidance, training and other apps"</a></li>
        </ul>
        <WithWorkshop page=move |w| view! { <Briefings workshop=w.clone()/><Talk workshop=w/> }/>
        <Share/>
    }
}

/// One printable page per role, from the catalogue and the registry.
#[component]
fn Briefings(workshop: Arc<Workshop>) -> impl IntoView {
    view! {
        <h2 class="app-heading-l" id="briefings">"A one-page briefing for each role"</h2>
        <p>"What to look for on your visits, what to do, and who to contact. Each prints on one A4 page."</p>
        <ul class="app-list" data-testid="briefing-links">
            {workshop.briefings.iter().map(|b| view! {
                <li><a href=pack_href(&b.id)>{format!("Briefing: {}", b.role)}</a></li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Talk(workshop: Arc<Workshop>) -> impl IntoView {
    let total: u32 = workshop.talk.iter().map(|t| t.minutes).sum();
    let steps = workshop
        .talk
        .iter()
        .map(|t| {
            let questions = t
                .quiz
                .iter()
                .filter_map(|id| workshop.item(id))
                .map(|q| {
                    view! {
                        <li>
                            <p><strong>{text(&q.question)}</strong></p>
                            <p>{format!("Answer: {}. {}", text(&q.options[q.answer.min(q.options.len() - 1)]), text(&q.explanation))}</p>
                        </li>
                    }
                })
                .collect_view();
            let scenario = t.scenario.as_deref().and_then(|id| workshop.scenario(id)).map(|s| {
                // The good path, step by step, with the poor moves to discuss.
                let mut node = s.node(&s.start);
                let mut steps = Vec::new();
                while let Some(n) = node.filter(|n| n.ending.is_none()) {
                    let good = n.choices.iter().find(|c| c.good);
                    let poor: Vec<String> = n.choices.iter().filter(|c| !c.good).map(|c| c.label.clone()).collect();
                    steps.push((n.text.clone(), good.map(|c| (c.label.clone(), c.feedback.clone())), poor));
                    node = good.and_then(|c| s.node(&c.next));
                }
                view! {
                    <p><strong class="app-tag app-tag--practice">"Composite"</strong>" "{s.intro.clone()}</p>
                    <ol class="app-list app-list--number">
                        {steps.into_iter().map(|(situation, good, poor)| view! {
                            <li>
                                <p>{situation}</p>
                                <p>"Ask: what would you do?"</p>
                                {good.map(|(label, why)| view! { <p><strong>{format!("Good move: {label}.")}</strong>" "{why}</p> })}
                                {(!poor.is_empty()).then(|| view! { <p>{format!("Discuss why these are poor moves: {}.", poor.join("; "))}</p> })}
                            </li>
                        }).collect_view()}
                    </ol>
                }
            });
            let orgs = t
                .orgs
                .iter()
                .filter_map(|name| REGISTRY.iter().find(|o| format!("{:?}", o.id) == *name))
                .map(|o| {
                    let number = o.numbers.first().map(|n| format!(": {}", n.display)).unwrap_or_else(|| format!(": {}", o.contact_note));
                    view! { <li>{format!("{}{number}", o.name)}</li> }
                })
                .collect_view();
            view! {
                <li class="app-talk__step">
                    <h3 class="app-heading-s">{format!("{} ({} min)", t.title, t.minutes)}</h3>
                    <p>{t.say.clone()}</p>
                    {scenario}
                    {(!t.quiz.is_empty()).then(|| view! { <ol class="app-list app-list--number">{questions}</ol> })}
                    {(!t.orgs.is_empty()).then(|| view! { <ul class="app-list app-list--bullet">{orgs}</ul> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="app-talk" id="talk" aria-labelledby="talk-heading" data-testid="talk">
            <h2 class="app-heading-l" id="talk-heading">{format!("Toolbox talk ({total} minutes)")}</h2>
            <p>"For a team meeting or the start of a shift. Read it as it is: you do not need to be an expert."</p>
            <ol class="app-list">{steps}</ol>
            <button type="button" class="app-button app-button--secondary" on:click=move |_| export::print()>"Print the talk"</button>
        </section>
    }
}

#[component]
fn Share() -> impl IntoView {
    let address = app_address();
    let svg = qr_svg(&address, "QR code to open this app").unwrap_or_default();
    let copied = RwSignal::new(None::<&'static str>);
    let copy = {
        let text = format!("Sense it. Spot it. Stop it.: an offline app to learn the signs of trafficking, record a visit and find the right way to refer. Open {address} and add it to your home screen.");
        move |_| {
            let text = text.clone();
            leptos::task::spawn_local(async move {
                copied.set(Some(match export::copy_text(&text).await {
                    Ok(()) => "Copied. Paste it into an email or a message to your team.",
                    Err(e) => e,
                }));
            });
        }
    };
    view! {
        <section class="app-share" id="share" aria-labelledby="share-heading">
            <h2 class="app-heading-l" id="share-heading">"Share this app with your team"</h2>
            <p>"Colleagues can open the app at this address, or scan the code with a phone or tablet camera. Once opened, it works offline and can be added to the home screen."</p>
            <p class="app-share__address" data-testid="share-address">{address}</p>
            // Drawn on this device from the app's own address: numbers only.
            <div class="app-qr" data-testid="share-qr" inner_html=svg></div>
            <button type="button" class="app-button app-button--secondary" on:click=copy>"Copy a message to send"</button>
            <p role="status">{move || copied.get()}</p>
            <p>"Nothing about you or your team is sent: sharing is up to you."</p>
        </section>
    }
}
