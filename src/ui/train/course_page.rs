//! `/train/course/:block/:slide`: one slide of the self-paced course, with
//! its quiz questions or scenario, where to read more, the facilitator's
//! notes folded away, and its sources. Opening a slide saves it as the place
//! to resume.

use super::{
    activity_player::ActivityPlayer,
    confidence_check::ConfidenceCheck,
    quiz_question::QuizQuestion,
    scenario_player::ScenarioPlayer,
    shared::{Citations, Learner, LearnerProblem, WithWorkshop},
    slide_refs::SlideRefs,
};
use crate::domain::{address::Address, workshop::model::Workshop};
use crate::platform::clock::now_ms;
use crate::ui::area::use_address;
use crate::ui::{components::page_title::PageTitle, not_found::NotFoundPage};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

pub fn slide_href(block: &str, slide: &str) -> String {
    Address::TrainCourse {
        block: block.into(),
        slide: slide.into(),
    }
    .path()
}

#[component]
pub fn CoursePage() -> impl IntoView {
    let learner = Learner::load();
    view! { <WithWorkshop page=move |w| view! { <Slide workshop=w learner=learner/> }/> }
}

#[component]
fn Slide(workshop: Arc<Workshop>, learner: Learner) -> impl IntoView {
    let address = use_address();
    let navigate = use_navigate();
    move || {
        let (block_id, slide_id) = address.with(|a| match a {
            Some(Address::TrainCourse { block, slide }) => (block.clone(), slide.clone()),
            _ => Default::default(),
        });
        let all: Vec<_> = workshop.slides().collect();
        let Some(pos) = all
            .iter()
            .position(|(b, s)| b.id == block_id && s.id == slide_id)
        else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let (block, slide) = (all[pos].0.clone(), all[pos].1.clone());
        {
            let at = (block.id.clone(), slide.id.clone());
            if learner
                .progress
                .with_untracked(|p| p.at.as_ref() != Some(&at))
            {
                learner.update(|p| p.at = Some(at));
            }
        }
        let in_block = block
            .slides
            .iter()
            .position(|s| s.id == slide.id)
            .unwrap_or(0);
        let prev = pos
            .checked_sub(1)
            .map(|i| slide_href(&all[i].0.id, &all[i].1.id));
        let next = all
            .get(pos + 1)
            .map(|(b, s)| (slide_href(&b.id, &s.id), s.title.clone()));
        let caption = if block.module > 0 {
            format!("Module {} of 4 · {} minutes", block.module, block.minutes)
        } else {
            format!("{} · {} minutes", block.title, block.minutes)
        };
        let mut keys = slide.sources.clone();
        for q in &slide.quiz {
            if let Some(item) = workshop.item(q) {
                keys.extend(item.sources.iter().cloned());
            }
        }
        if let Some(s) = slide
            .scenario
            .as_deref()
            .and_then(|id| workshop.scenario(id))
        {
            keys.extend(s.sources.iter().cloned());
        }
        for a in slide
            .activities
            .iter()
            .filter_map(|id| workshop.activity(id))
        {
            keys.extend(a.items.iter().flat_map(|i| i.sources.iter().cloned()));
        }
        keys.sort();
        keys.dedup();
        // A sign's sources are the catalogue's: listed here too, once.
        let more: Vec<_> = slide
            .activities
            .iter()
            .filter_map(|id| workshop.activity(id))
            .flat_map(|a| a.items.iter().filter(|i| i.sign.is_some()))
            .flat_map(|i| super::activity_item::item_sources(&workshop, i))
            .collect();
        let questions = slide
            .quiz
            .iter()
            .filter_map(|id| workshop.item(id).cloned())
            .enumerate()
            .map(|(n, item)| {
                let id = item.id.clone();
                let answered = {
                    let id = id.clone();
                    Signal::derive(move || learner.progress.with(|p| p.answers.get(&id).copied()))
                };
                let on_answer = Callback::new({
                    let item = item.clone();
                    move |chosen: usize| {
                        let item = item.clone();
                        learner.update(move |p| {
                            p.answer(&item, chosen);
                        });
                    }
                });
                view! { <QuizQuestion item=item n=n + 1 answered=answered on_answer=on_answer/> }
            })
            .collect_view();
        let scenario = slide
            .scenario
            .as_deref()
            .and_then(|id| workshop.scenario(id))
            .cloned()
            .map(|s| view! { <ScenarioPlayer scenario=s learner=learner/> });
        let activities = slide
            .activities
            .iter()
            .filter_map(|id| workshop.activity(id).cloned())
            .map(|a| view! { <ActivityPlayer workshop=workshop.clone() activity=a learner=learner/> })
            .collect_view();
        let finish = {
            let workshop = workshop.clone();
            let navigate = navigate.clone();
            move |_| {
                let w = workshop.clone();
                learner.update(move |p| p.finish(&w, now_ms()));
                navigate(&Address::Train.path(), Default::default());
            }
        };
        let outcomes = (in_block == 0 && !block.outcomes.is_empty()).then(|| {
            view! {
                <div class="app-inset" data-testid="outcomes">
                    <h2 class="app-heading-s">"By the end of this module you can:"</h2>
                    <ul class="app-list app-list--bullet">
                        {block.outcomes.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}
                    </ul>
                </div>
            }
        });
        view! {
            <PageTitle title=format!("{} – Train", slide.title)/>
            <a class="app-back-link" href=Address::Train.path()>"Train: the workshop"</a>
            <p class="app-caption" data-testid="slide-caption">{caption}</p>
            <h1 class="app-heading-xl">{slide.title.clone()}</h1>
            <p class="app-train-count">{format!("{} · slide {} of {}", block.title, in_block + 1, block.slides.len())}</p>
            <LearnerProblem learner=learner/>
            {outcomes}
            <ul class="app-list app-list--bullet app-train-points">
                {slide.points.iter().map(|p| view! { <li>{super::shared::text(p)}</li> }).collect_view()}
            </ul>
            {slide.confidence.as_deref().map(|c| view! {
                <ConfidenceCheck learner=learner statements=workshop.confidence.clone() after={c == "after"}/>
            })}
            {questions}
            {activities}
            {scenario}
            <SlideRefs slide=slide.clone()/>
            <details class="app-details" data-testid="facilitator-notes">
                <summary class="app-details__summary">"Notes for a facilitator"</summary>
                <div class="app-details__text"><p>{slide.notes.clone()}</p></div>
            </details>
            <nav class="app-train-nav" aria-label="Slides">
                {prev.map(|href| view! { <a class="app-button app-button--secondary" href=href>"Previous"</a> })}
                {match next {
                    Some((href, title)) => view! {
                        <a class="app-button" href=href data-testid="next-slide">
                            "Next"<span class="app-visually-hidden">{format!(": {title}")}</span>
                        </a>
                    }.into_any(),
                    None => view! {
                        <button type="button" class="app-button" on:click=finish data-testid="finish">"Finish the course"</button>
                    }.into_any(),
                }}
            </nav>
            {(!keys.is_empty() || !more.is_empty()).then(|| view! { <Citations workshop=workshop.clone() keys=keys more=more/> })}
        }
        .into_any()
    }
}
