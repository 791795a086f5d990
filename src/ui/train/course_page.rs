//! `/train/course/:block/:slide`: one slide of the self-paced course, with
//! its quiz questions or scenario, where to read more, the facilitator's
//! notes folded away, and its sources. Opening a slide saves it as the place
//! to resume.

use super::{
    activity_player::ActivityPlayer,
    confidence_check::ConfidenceCheck,
    quiz_question::QuizQuestion,
    scenario_player::ScenarioPlayer,
    shared::{cited, Learner, LearnerProblem, WithWorkshop},
    slide_html,
    slide_parts::SlideParts,
};
use crate::domain::{
    address::Address,
    workshop::model::{Slide, Workshop},
};
use crate::platform::clock::now_ms;
use crate::ui::{
    after_paint::after_paint,
    area::{use_address, use_step},
};
use crate::ui::{components::page_title::PageTitle, not_found::NotFoundPage};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

pub fn slide_href(block: &str, slide: &str) -> String {
    slide_address(block, slide).path()
}

fn slide_address(block: &str, slide: &str) -> Address {
    Address::TrainCourse {
        block: block.into(),
        slide: slide.into(),
    }
}

#[component]
pub fn CoursePage() -> impl IntoView {
    let learner = Learner::load();
    view! { <WithWorkshop page=move |w| view! { <CourseSlide workshop=w learner=learner/> }/> }
}

#[component]
fn CourseSlide(workshop: Arc<Workshop>, learner: Learner) -> impl IntoView {
    let address = use_address();
    let step = use_step();
    let navigate = use_navigate();
    // The slide's place in the course; None if the address names no slide.
    let at = Memo::new({
        let workshop = workshop.clone();
        move |_| {
            address.with(|a| match a {
                Some(Address::TrainCourse { block, slide }) => workshop
                    .slides()
                    .position(|(b, s)| &b.id == block && &s.id == slide),
                _ => None,
            })
        }
    });
    let parts = SlideParts::new({
        let workshop = workshop.clone();
        move |pos| match workshop.slides().nth(pos) {
            Some((_, slide)) => answer_parts(&workshop, learner, slide),
            None => ().into_any(),
        }
    });
    let holder = NodeRef::<leptos::html::Div>::new();
    let count = workshop.slides().count();
    Effect::new(move |_| {
        if let (Some(pos), Some(el)) = (at.get(), holder.get()) {
            parts.show(pos, &el, (pos + 1 < count).then_some(pos + 1));
        }
    });
    move || {
        let Some(pos) = at.get() else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let all: Vec<_> = workshop.slides().collect();
        let (block, slide) = (all[pos].0.clone(), all[pos].1.clone());
        {
            // The place to resume is saved once the slide is on screen.
            let place = (block.id.clone(), slide.id.clone());
            after_paint(move || {
                if learner
                    .progress
                    .try_with_untracked(|p| p.at.as_ref() != Some(&place))
                    .unwrap_or(false)
                {
                    learner.update(|p| p.at = Some(place));
                }
            });
        }
        let in_block = block
            .slides
            .iter()
            .position(|s| s.id == slide.id)
            .unwrap_or(0);
        let prev = pos
            .checked_sub(1)
            .map(|i| slide_address(&all[i].0.id, &all[i].1.id));
        let next = all
            .get(pos + 1)
            .map(|(b, s)| (slide_address(&b.id, &s.id), s.title.clone()));
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
        let finish = {
            let workshop = workshop.clone();
            let navigate = navigate.clone();
            move |_| {
                let w = workshop.clone();
                learner.update(move |p| p.finish(&w, now_ms()));
                navigate(&Address::Train.path(), Default::default());
            }
        };
        let cited = (!keys.is_empty() || !more.is_empty()).then(|| cited(&workshop, &keys, more));
        view! {
            <PageTitle title=format!("{} – Train", slide.title)/>
            <div inner_html=slide_html::head(&block, &slide, in_block)></div>
            <LearnerProblem learner=learner/>
            <div inner_html=slide_html::points(&block, &slide, in_block)></div>
            <div node_ref=holder></div>
            <div inner_html=slide_html::refs_and_notes(&slide)></div>
            <nav class="app-train-nav" aria-label="Slides">
                {prev.map(|to| view! { <a class="app-button app-button--secondary" href=to.path() on:click=step.link(to)>"Previous"</a> })}
                {match next {
                    Some((to, title)) => view! {
                        <a class="app-button" href=to.path() on:click=step.link(to.clone()) data-testid="next-slide">
                            "Next"<span class="app-visually-hidden">{format!(": {title}")}</span>
                        </a>
                    }.into_any(),
                    None => view! {
                        <button type="button" class="app-button" on:click=finish data-testid="finish">"Finish the course"</button>
                    }.into_any(),
                }}
            </nav>
            {cited.map(|c| view! { <div inner_html=slide_html::citations(&c)></div> })}
        }
        .into_any()
    }
}

/// The slide's parts that follow the learner's answers: its confidence
/// check, quiz questions, activities and scenario ([`SlideParts`]).
fn answer_parts(workshop: &Arc<Workshop>, learner: Learner, slide: &Slide) -> AnyView {
    let confidence = slide.confidence.as_deref().map(|c| {
        view! {
            <ConfidenceCheck learner=learner statements=workshop.confidence.clone() after={c == "after"}/>
        }
    });
    let questions = slide
        .quiz
        .iter()
        .filter_map(|id| workshop.item(id).cloned())
        .enumerate()
        .map(|(n, item)| {
            let id = item.id.clone();
            let answered =
                Signal::derive(move || learner.progress.with(|p| p.answers.get(&id).copied()));
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
    let activities = slide
        .activities
        .iter()
        .filter_map(|id| workshop.activity(id).cloned())
        .map(|a| view! { <ActivityPlayer workshop=workshop.clone() activity=a learner=learner/> })
        .collect_view();
    let scenario = slide
        .scenario
        .as_deref()
        .and_then(|id| workshop.scenario(id))
        .cloned()
        .map(|s| view! { <ScenarioPlayer scenario=s learner=learner/> });
    view! { {confidence} {questions} {activities} {scenario} }.into_any()
}
