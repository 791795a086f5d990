//! `/train`: the workshop's plan, where the learner is, and the reviews.

use super::{
    course_page::slide_href,
    shared::{day, Citations, Learner, LearnerProblem, WithWorkshop},
};
use crate::domain::address::Address;
use crate::domain::workshop::{model::Workshop, review::reminders_ics};
use crate::platform::{clock::now_ms, export::download};
use crate::render::intros::TRAIN;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn TrainPage() -> impl IntoView {
    let learner = Learner::load();
    view! {
        <PageTitle title="Train"/>
        <span class="app-caption">{TRAIN.caption}</span>
        <h1 class="app-heading-xl">{TRAIN.heading}</h1>
        <p class="app-body-l">{TRAIN.lead}</p>
        <LearnerProblem learner=learner/>
        <WithWorkshop page=move |w| view! { <Overview workshop=w learner=learner/> }/>
    }
}

#[component]
fn Overview(workshop: Arc<Workshop>, learner: Learner) -> impl IntoView {
    let now = now_ms();
    let status = {
        let workshop = workshop.clone();
        move || {
            let p = learner.progress.get();
            let score = p.score(&workshop);
            let resume = p.resume_at(&workshop).map(|(b, s)| {
                let title = workshop
                    .slides()
                    .find(|(blk, sl)| blk.id == b && sl.id == s)
                    .map(|(_, sl)| sl.title.clone())
                    .unwrap_or_default();
                (slide_href(b, s), title)
            });
            let review = if p.review_due(now) {
                view! {
                    <div class="app-notice" data-testid="review-due">
                        <h2 class="app-notice__title">"A 3-minute review is due"</h2>
                        <p>"Five questions from the workshop. Answering from memory helps you keep what you learned."</p>
                        <a class="app-button" href=Address::TrainReview.path()>"Start the review"</a>
                    </div>
                }
                .into_any()
            } else if let Some(at) = p.next_due() {
                view! {
                    <p class="app-inset" data-testid="review-next">
                        {format!("Your next 3-minute review is due on {}. The home page will say when.", day(at))}
                    </p>
                }
                .into_any()
            } else if p.review.is_some() {
                view! { <p class="app-inset" data-testid="review-next">"You have done all three reviews. Well done."</p> }.into_any()
            } else {
                ().into_any()
            };
            let course = match (p.finished, p.at.is_some(), resume) {
                (Some(at), _, _) => view! {
                    <div class="app-panel app-panel--compact" data-testid="course-finished">
                        <h2 class="app-heading-m">"You finished the course"</h2>
                        <p>{format!("On {}. Quiz: {} of {} right at the first try.", day(at), score.correct, score.asked)}</p>
                        <p><a href=Address::TrainCertificate.path()>"Your record of completion (2 hours CPD), to print"</a></p>
                    </div>
                    {p.review.clone().filter(|r| !r.all_done()).map(|r| view! {
                        <button type="button" class="app-button app-button--secondary" data-testid="ics"
                            on:click=move |_| {
                                let ics = reminders_ics(&r, now_ms());
                                let _ = download("review-reminders.ics", "text/calendar", &ics);
                            }>
                            "Add the review dates to your calendar (.ics)"
                        </button>
                    })}
                }
                .into_any(),
                (None, true, Some((href, title))) => view! {
                    <p data-testid="course-progress">{format!("Quiz so far: {} of {} right.", score.correct, score.asked)}</p>
                    <a class="app-button app-button--start" href=href data-testid="resume">
                        "Continue where you left off"<span class="app-visually-hidden">{format!(": {title}")}</span>
                    </a>
                    <p class="app-hint">{format!("You were on: {title}")}</p>
                }
                .into_any(),
                (None, _, Some((href, _))) => view! {
                    <a class="app-button app-button--start" href=href data-testid="start-course">"Start the course"</a>
                }
                .into_any(),
                (None, _, None) => ().into_any(),
            };
            view! { {review}{course} }
        }
    };
    let rows = workshop
        .blocks
        .iter()
        .scan(0u32, |start, b| {
            let from = *start;
            *start += b.minutes;
            Some((from, b.clone()))
        })
        .map(|(from, b)| {
            let href = b.slides.first().map(|s| slide_href(&b.id, &s.id)).unwrap_or_default();
            view! {
                <tr>
                    <td class="app-table__time">{format!("{}–{}", from, from + b.minutes)}</td>
                    <td>
                        <a href=href>{b.title.clone()}</a>
                        {(!b.outcomes.is_empty()).then(|| view! {
                            <ul class="app-list app-list--bullet app-train-outcomes">
                                {b.outcomes.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}
                            </ul>
                        })}
                    </td>
                    <td class="app-table__num">{b.minutes}</td>
                </tr>
            }
        })
        .collect_view();
    let total = workshop.total_minutes();
    let mut keys: Vec<String> = workshop
        .slides()
        .flat_map(|(_, s)| s.sources.iter().cloned())
        .collect();
    keys.sort();
    keys.dedup();
    view! {
        {status}
        <h2 class="app-heading-l">"The plan"</h2>
        <table class="app-table" data-testid="plan">
            <caption class="app-visually-hidden">{format!("The workshop's {total} minutes, block by block")}</caption>
            <thead><tr><th scope="col">"Minutes"</th><th scope="col">"Block and what you will be able to do"</th><th scope="col">"Length"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p>{format!("{} minutes in all, with a 5-minute break.", total)}</p>
        {(!workshop.caveats.is_empty()).then(|| view! {
            <div class="app-inset app-inset--warning" data-testid="caveats">
                <h2 class="app-heading-s">"What we could not check"</h2>
                <ul class="app-list app-list--bullet">
                    {workshop.caveats.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                </ul>
            </div>
        })}
        <h2 class="app-heading-l">"Run it for a group"</h2>
        <p>"Facilitator mode shows the slides to the room from a second window on this device (a projector or a big screen), while you keep the notes, a clock, a timer for each block, the answers and the show-of-hands counts. It needs no network and no other device."</p>
        <a class="app-button app-button--secondary" href=Address::TrainPresent.path() data-testid="facilitator-mode">"Open the presenter view"</a>
        <h2 class="app-heading-l">"Raise awareness in your team"</h2>
        <p>"The team pack has a 10-minute toolbox talk, a poster with the Helpline number, and a page to share this app."</p>
        <a class="app-button app-button--secondary" href=Address::TrainTeam.path() data-testid="team-pack">"Open the team pack"</a>
        <p>"Your progress and answers stay on this device. Nothing is sent."</p>
        <Citations workshop=workshop.clone() keys=keys reviewed=workshop.reviewed.clone()/>
    }
}
