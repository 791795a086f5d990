//! `/train/review`: a 3-minute review of five questions drawn from the item
//! bank, each answered at once. A review under way survives a reload.

use super::{
    quiz_question::QuizQuestion,
    shared::{day, Learner, LearnerProblem, WithWorkshop},
};
use crate::domain::address::Address;
use crate::domain::workshop::{model::Workshop, progress::Score};
use crate::platform::{clock::now_ms, page::focus_selector};
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ReviewPage() -> impl IntoView {
    let learner = Learner::load();
    view! {
        <PageTitle title="3-minute review – Train"/>
        <a class="app-back-link" href=Address::Train.path()>"Train: the workshop"</a>
        <span class="app-caption">"Train"</span>
        <h1 class="app-heading-xl">"3-minute review"</h1>
        <LearnerProblem learner=learner/>
        <WithWorkshop page=move |w| view! { <Review workshop=w learner=learner/> }/>
    }
}

#[component]
fn Review(workshop: Arc<Workshop>, learner: Learner) -> impl IntoView {
    // The last answer's feedback stays up until "Next question".
    let showing = RwSignal::new(None::<usize>);
    let result = RwSignal::new(None::<Score>);
    let start = {
        let workshop = workshop.clone();
        move |_| {
            let w = workshop.clone();
            learner.update(move |p| {
                p.start_session(&w, now_ms());
            });
        }
    };
    move || {
        if let Some(score) = result.get() {
            let next = learner.progress.with(|p| p.next_due());
            return view! {
                <div class="app-panel app-panel--compact" data-testid="review-done" tabindex="-1">
                    <h2 class="app-heading-m">"Review done"</h2>
                    <p>{format!("You got {} of {} right.", score.correct, score.asked)}</p>
                    <p>{match next {
                        Some(at) => format!("Your next review is due on {}. Questions you got wrong come back sooner.", day(at)),
                        None => "You have done all three reviews.".to_string(),
                    }}</p>
                    <a class="app-button" href=Address::Train.path()>"Back to Train"</a>
                </div>
            }
            .into_any();
        }
        let p = learner.progress.get();
        let Some(session) = p.session.clone() else {
            if p.review.is_none() {
                return view! {
                    <p data-testid="review-none">"Reviews start once you finish the course."</p>
                    <a class="app-button" href=Address::Train.path()>"Go to the course"</a>
                }
                .into_any();
            }
            let due = p.review_due(now_ms());
            return view! {
                <p data-testid="review-intro">{if due {
                    "Five questions from the workshop. Answer from memory: each answer is explained at once.".to_string()
                } else {
                    match p.next_due() {
                        Some(at) => format!("No review is due yet: the next is on {}. You can practise now if you like.", day(at)),
                        None => "You have done all three reviews. You can still practise.".to_string(),
                    }
                }}</p>
                <button type="button" class="app-button" on:click=start.clone() data-testid="start-review">
                    {if due { "Start the review" } else { "Practise now" }}
                </button>
            }
            .into_any();
        };
        let total = session.items.len();
        let index = showing.get().unwrap_or(session.answers.len());
        let Some(item) = session
            .items
            .get(index)
            .and_then(|id| workshop.item(id))
            .cloned()
        else {
            return ().into_any();
        };
        let answered = session.answers.get(index).copied();
        let on_answer = Callback::new({
            let workshop = workshop.clone();
            move |chosen: usize| {
                let w = workshop.clone();
                learner.update(move |p| {
                    p.answer_in_session(&w, chosen, now_ms());
                });
                showing.set(Some(index));
                request_animation_frame(|| focus_selector("[data-testid=quiz-feedback]"));
            }
        });
        let next = {
            let workshop = workshop.clone();
            move |_| {
                showing.set(None);
                if index + 1 == total {
                    let w = workshop.clone();
                    let mut score = None;
                    learner.update(|p| score = p.end_session(&w, now_ms()));
                    result.set(score);
                    request_animation_frame(|| focus_selector("[data-testid=review-done]"));
                } else {
                    request_animation_frame(|| focus_selector(".app-quiz input"));
                }
            }
        };
        view! {
            <p class="app-train-count" data-testid="review-count">{format!("Question {} of {}", index + 1, total)}</p>
            <QuizQuestion item=item n=index + 1 answered=Signal::derive(move || answered) on_answer=on_answer/>
            {answered.is_some().then(|| view! {
                <button type="button" class="app-button" on:click=next.clone() data-testid="next-question">
                    {if index + 1 == total { "See how you did" } else { "Next question" }}
                </button>
            })}
        }
        .into_any()
    }
}
