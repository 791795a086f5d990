//! A slide as the room sees it in facilitator mode: large text, the
//! questions with the show-of-hands bars, the answer once revealed, the
//! room's path through a scenario, or a blank screen.

use super::{live_activity::LiveActivity, shared::text};
use crate::domain::workshop::{
    facilitator::{hands_questions, shares, Live, QUIZ, RATINGS},
    model::{Ending, Workshop},
    scenario::walk,
};
use leptos::prelude::*;
use std::sync::Arc;

const LETTERS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];

pub fn letter(i: usize) -> &'static str {
    LETTERS.get(i).copied().unwrap_or("?")
}

#[component]
pub fn LiveSlide(
    workshop: Arc<Workshop>,
    #[prop(into)] live: Signal<Option<Live>>,
    /// The audience window's slide title is its page heading.
    #[prop(default = false)]
    page_heading: bool,
) -> impl IntoView {
    move || {
        let Some(live) = live.get() else {
            return view! {
                <div class="app-live">
                    <h1 class="app-heading-l">"Waiting for the presenter"</h1>
                    <p>"Open the presenter view in another window of this browser, then choose a slide."</p>
                </div>
            }
            .into_any();
        };
        let Some((block, slide)) = live.current(&workshop) else {
            return ().into_any();
        };
        if live.blank {
            return view! {
                <div class="app-live app-live--blank" data-testid="live-blank">
                    {if page_heading {
                        view! { <h1 class="app-visually-hidden">"Screen blanked"</h1> }.into_any()
                    } else {
                        view! { <p class="app-visually-hidden">"Screen blanked"</p> }.into_any()
                    }}
                </div>
            }
            .into_any();
        }
        let title = slide.title.clone();
        let heading = if page_heading {
            view! { <h1 class="app-live__title" data-testid="live-title">{title}</h1> }.into_any()
        } else {
            view! { <h3 class="app-live__title" data-testid="live-title">{title}</h3> }.into_any()
        };
        // One question at a time: the room takes a show of hands on it, and
        // its options, bars and answer fit the screen.
        let asked = slide.quiz.len();
        let at = live.place(asked);
        let position = (asked > 1).then(|| {
            view! { <p class="app-live__position" data-testid="live-position">{format!("Question {} of {asked}", at + 1)}</p> }
        });
        let questions = slide
            .quiz
            .get(at)
            .and_then(|id| workshop.item(id))
            .map(|item| {
                let counts = live.hands.get(&item.id).cloned().unwrap_or_default();
                let share = shares(&counts);
                let any_hands = counts.iter().any(|c| *c > 0);
                view! {
                    <div class="app-live__question" data-testid="live-question" data-item=item.id.clone()>
                        <p class="app-live__q">{text(&item.question)}</p>
                        <ol class="app-live__options">
                            {item.options.iter().enumerate().map(|(i, o)| {
                                let right = i == item.answer && live.shows_answer(QUIZ, &item.id);
                                let count = counts.get(i).copied().unwrap_or(0);
                                view! {
                                    <li class="app-live__option" class:app-live__option--right=right>
                                        <span class="app-live__letter">{letter(i)}</span>
                                        <span>{text(o)}</span>
                                        {right.then(|| view! { <strong class="app-tag app-tag--good">"Answer"</strong> })}
                                        {any_hands.then(|| view! {
                                            <span class="app-live__hands">
                                                <progress max="100" value=share.get(i).copied().unwrap_or(0)
                                                    aria-label=format!("{} hands for {}", count, letter(i))></progress>
                                                <span data-testid="hands-count">{count}</span>
                                            </span>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                        {live.shows_answer(QUIZ, &item.id).then(|| view! { <p class="app-live__why" data-testid="live-why">{text(&item.explanation)}</p> })}
                    </div>
                }
            });
        let scenario = slide
            .scenario
            .as_deref()
            .and_then(|id| workshop.scenario(id))
            .and_then(|s| {
                let w = walk(s, &live.path)?;
                let steps = w
                    .steps
                    .iter()
                    .map(|st| {
                        view! {
                            <li>
                                <p>{st.node.text.clone()}</p>
                                <p class="app-scenario__choice" class:app-scenario__choice--good=st.choice.good class:app-scenario__choice--poor=!st.choice.good>
                                    <strong>{format!("The room chose: {}. ", st.choice.label)}</strong>
                                    {st.choice.feedback.clone()}
                                </p>
                            </li>
                        }
                    })
                    .collect_view();
                let now = match w.current.ending {
                    Some(e) => view! {
                        <div class="app-scenario__ending" data-testid="live-ending">
                            <p><strong>{match e { Ending::Good => "A good ending. ", Ending::Poor => "A poor ending. " }}</strong>{w.current.text.clone()}</p>
                        </div>
                    }
                    .into_any(),
                    None => view! {
                        <p class="app-scenario__situation">{w.current.text.clone()}</p>
                        <p><strong>"What would you do?"</strong></p>
                        <ol class="app-live__options">
                            {w.current.choices.iter().enumerate().map(|(i, c)| view! {
                                <li class="app-live__option"><span class="app-live__letter">{letter(i)}</span><span>{c.label.clone()}</span></li>
                            }).collect_view()}
                        </ol>
                    }
                    .into_any(),
                };
                Some(view! {
                    <div class="app-live__scenario" data-testid="live-scenario">
                        <p><strong class="app-tag app-tag--practice">"Composite"</strong>" "{s.intro.clone()}</p>
                        <ol class="app-scenario__steps">{steps}</ol>
                        {now}
                    </div>
                })
            });
        // The room's confidence totals, once the presenter has keyed some in:
        // a row per statement, so all five fit the room's screen.
        let confidence = slide.confidence.is_some().then(|| {
            let rows: Vec<_> = hands_questions(&workshop, slide)
                .into_iter()
                .filter(|q| q.key.starts_with("confidence-"))
                .filter_map(|q| {
                    let counts = live.hands.get(&q.key).cloned()?;
                    counts.iter().any(|c| *c > 0).then_some((q, counts))
                })
                .collect();
            (!rows.is_empty()).then(|| view! {
                <table class="app-table app-live__confidence">
                    <caption class="app-live__q">"The room's confidence, from 1 (not at all) to 5 (fully)"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Statement"</th>
                            {(1..=RATINGS.len()).map(|r| view! { <th scope="col" class="app-live__count">{r.to_string()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|(q, counts)| view! {
                            <tr data-testid="live-confidence">
                                <th scope="row">{q.question.clone()}</th>
                                {(0..RATINGS.len()).map(|i| view! {
                                    <td class="app-live__count">
                                        <span data-testid="hands-count">{counts.get(i).copied().unwrap_or(0).to_string()}</span>
                                    </td>
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })
        });
        let activities = slide
            .activities
            .iter()
            .filter_map(|id| workshop.activity(id).cloned())
            .map(|a| view! { <LiveActivity activity=a live=live.clone()/> })
            .collect_view();
        let caption = if block.module > 0 {
            format!(
                "Module {}: {}",
                block.module,
                block
                    .title
                    .trim_start_matches(&format!("Module {}: ", block.module))
            )
        } else {
            block.title.clone()
        };
        view! {
            <div class="app-live" data-testid="live-slide" data-slide=slide.id.clone()>
                <p class="app-caption">{caption}</p>
                {heading}
                {(!slide.points.is_empty()).then(|| view! {
                    <ul class="app-list app-list--bullet app-live__points">
                        {slide.points.iter().map(|p| view! { <li>{text(p)}</li> }).collect_view()}
                    </ul>
                })}
                {position}
                {questions}
                {confidence}
                {activities}
                {scenario}
            </div>
        }
        .into_any()
    }
}
