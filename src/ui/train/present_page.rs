//! `/train/present`: the presenter view of facilitator mode. It shows what
//! the room sees, the next slide, the notes, a clock and the block's pacing
//! timer; it reveals answers, takes show-of-hands counts and steers the
//! scenarios. Keys: arrows (or a clicker's Page Up/Down) step the room
//! through each answer, item and slide, B blanks the screen, R reveals. It
//! works alone on one screen, or with the audience window open on a projector.

use super::{
    activity_item::item_text,
    live_slide::{letter, LiveSlide},
    presenter_keys::on_presenter_keys,
    shared::{text, update_live, WithWorkshop},
};
use crate::domain::address::Address;
use crate::domain::workshop::{
    facilitator::{hands_questions, Action, Live},
    model::Workshop,
    scenario::walk,
};
use crate::platform::{
    broadcast,
    clock::now_ms,
    page::{focused_button_id, keep_focus},
};
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PresentPage() -> impl IntoView {
    view! {
        <PageTitle title="Presenter view – Train"/>
        <a class="app-back-link" href=Address::Train.path()>"Train: the workshop"</a>
        <span class="app-caption">"Facilitator mode"</span>
        <h1 class="app-heading-xl">"Presenter view"</h1>
        <WithWorkshop page=move |w| view! { <Presenter workshop=w/> }/>
    }
}

#[component]
fn Presenter(workshop: Arc<Workshop>) -> impl IntoView {
    let start = broadcast::load()
        .filter(|l| l.current(&workshop).is_some())
        .or_else(|| Live::start(&workshop, now_ms()));
    let live = RwSignal::new(start);
    let now = RwSignal::new(now_ms());
    if let Ok(timer) =
        set_interval_with_handle(move || now.set(now_ms()), std::time::Duration::from_secs(1))
    {
        on_cleanup(move || timer.clear());
    }
    // Another presenter window (or a reload elsewhere) stays in step too.
    broadcast::listen(move |l| live.set(Some(l)));
    on_cleanup(broadcast::close);
    // The panels below are drawn again from `live`: a button pressed in
    // one keeps the focus (by its id) in its new drawing.
    let change = move |f: &dyn Fn(&mut Live)| {
        if let Some(id) = focused_button_id() {
            keep_focus(id);
        }
        update_live(live, f);
    };
    live.with_untracked(|l| {
        if let Some(l) = l {
            broadcast::publish(l);
        }
    });
    let act = {
        let workshop = workshop.clone();
        move |a: Action| {
            let w = workshop.clone();
            change(&move |l: &mut Live| l.apply(&w, a, now_ms()));
        }
    };
    on_presenter_keys(act.clone());
    let open_audience = move |_| {
        let _ = window().open_with_url_and_target(&Address::TrainAudience.path(), "sss-audience");
    };
    let button = {
        let act = act.clone();
        move |a: Action, label: &'static str, key: &'static str| {
            let act = act.clone();
            view! {
                <button type="button" class="app-button app-button--secondary" aria-keyshortcuts=key on:click=move |_| act(a)>
                    {label}
                </button>
            }
        }
    };
    let total = workshop.slides().count();
    let w = workshop.clone();
    let status = move || {
        let l = live.get()?;
        let (block, _) = l.current(&w)?;
        let at = w
            .slides()
            .position(|(b, s)| b.id == l.block && s.id == l.slide)?
            + 1;
        let pace = l.pacing(&w, now.get());
        let clock = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now.get() as f64));
        Some(view! {
            <dl class="app-present__status" data-testid="present-status">
                <div><dt>"Slide"</dt><dd data-testid="present-position">{format!("{at} of {total}")}</dd></div>
                <div><dt>"Block"</dt><dd>{block.title.clone()}</dd></div>
                <div><dt>"Clock"</dt><dd data-testid="present-clock">{format!("{:02}:{:02}", clock.get_hours(), clock.get_minutes())}</dd></div>
                <div class:app-present__over=pace.over>
                    <dt>"This block"</dt>
                    <dd data-testid="present-pacing">
                        {format!("{} of {} minutes", pace.elapsed_minutes, pace.planned_minutes)}
                        {pace.over.then_some(" – time to move on")}
                    </dd>
                </div>
            </dl>
        })
    };
    let w = workshop.clone();
    let notes = move || {
        let l = live.get()?;
        let (_, slide) = l.current(&w)?;
        // The next slide as text the presenter can read at arm's length,
        // rather than a miniature of it.
        let upcoming = l.upcoming(&w).map(|(b, s)| {
            let asked = s
                .activities
                .iter()
                .filter_map(|id| w.activity(id))
                .map(|a| format!("Activity: {}", a.title))
                .chain(
                    s.quiz
                        .iter()
                        .filter_map(|id| w.item(id))
                        .map(|q| format!("Question: {}", text(&q.question))),
                );
            let points: Vec<_> = s.points.iter().map(|p| text(p)).chain(asked).collect();
            (b.title.clone(), s.title.clone(), points)
        });
        Some(view! {
            <section class="app-present__panel" aria-labelledby="notes-heading">
                <h2 class="app-heading-m" id="notes-heading">"Notes"</h2>
                <p data-testid="present-notes">{slide.notes.clone()}</p>
            </section>
            <section class="app-present__panel" aria-labelledby="next-heading" data-testid="present-next">
                <h2 class="app-heading-m" id="next-heading">"Next slide"</h2>
                {match upcoming {
                    Some((block, title, points)) => view! {
                        <p class="app-caption">{block}</p>
                        <p class="app-present__next-title">{title}</p>
                        <ul class="app-list app-list--bullet app-present__next-points">
                            {points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                        </ul>
                    }.into_any(),
                    None => view! { <p>"This is the last slide."</p> }.into_any(),
                }}
            </section>
        })
    };
    let w = workshop.clone();
    let hands = move || {
        let l = live.get()?;
        let (_, slide) = l.current(&w)?;
        let questions = hands_questions(&w, slide);
        let confidence = slide.confidence.is_some();
        (!questions.is_empty()).then(|| view! {
            <section class="app-present__panel" aria-labelledby="hands-heading">
                <h2 class="app-heading-m" id="hands-heading">"Show of hands"</h2>
                <p class="app-hint">"Count the hands for each answer and key them in: the room sees the bars."</p>
                {confidence.then(|| view! {
                    <p class="app-hint">"For the confidence check, key in only the room's totals for each rating. Nobody's own answers are collected."</p>
                })}
                {questions.into_iter().enumerate().map(|(n, q)| {
                    let options = q.options.len();
                    view! {
                        <fieldset class="app-fieldset app-present__hands">
                            <legend class="app-fieldset__legend">{format!("Question {}: {}", n + 1, text(&q.question))}</legend>
                            {q.options.iter().enumerate().map(|(i, o)| {
                                let id = format!("hands-{}-{i}", q.key);
                                let (key, w) = (q.key.clone(), w.clone());
                                let value = l.hands.get(&q.key).and_then(|c| c.get(i)).copied().unwrap_or(0);
                                view! {
                                    <div class="app-present__count">
                                        <label for=id.clone()>{format!("{} {}", letter(i), text(o))}</label>
                                        <input class="app-input app-input--width-3" type="number" min="0" inputmode="numeric"
                                            id=id prop:value=value.to_string()
                                            on:change=move |e| {
                                                let count = event_target_value(&e).trim().parse::<u32>().unwrap_or(0);
                                                let (key, w) = (key.clone(), w.clone());
                                                change(&move |l: &mut Live| {
                                                    l.set_hands(&key, options, i, count);
                                                    l.show_question(&w, &key);
                                                });
                                            }/>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                    }
                }).collect_view()}
            </section>
        })
    };
    let w = workshop.clone();
    let steer = move || {
        let l = live.get()?;
        let (_, slide) = l.current(&w)?;
        let s = w.scenario(slide.scenario.as_deref()?)?;
        let at = walk(s, &l.path)?;
        let choices: Vec<_> = at.current.choices.iter().map(|c| c.label.clone()).collect();
        let started = !l.path.is_empty();
        Some(view! {
            <section class="app-present__panel" aria-labelledby="steer-heading">
                <h2 class="app-heading-m" id="steer-heading">"The room's choice"</h2>
                {choices.into_iter().enumerate().map(|(i, label)| view! {
                    <button type="button" class="app-button app-button--secondary app-present__choice"
                        id=format!("steer-{i}") on:click=move |_| change(&move |l: &mut Live| l.path.push(i))>
                        {format!("{}: {label}", letter(i))}
                    </button>
                }).collect_view()}
                {started.then(|| view! {
                    <button type="button" class="app-button app-button--secondary" id="steer-again"
                        on:click=move |_| change(&|l: &mut Live| l.path.clear())>"Start the scenario again"</button>
                })}
            </section>
        })
    };
    let w = workshop.clone();
    let uncover = move || {
        let l = live.get()?;
        let a = l.activity(&w)?.clone();
        let total = a.items.len();
        let at = l.place(total);
        Some(view! {
            <section class="app-present__panel" aria-labelledby="activity-heading" data-testid="present-activity">
                <h2 class="app-heading-m" id="activity-heading">"One item at a time"</h2>
                <p class="app-hint">"The room sees one item. Ask about it, reveal its answer (R), then show the next."</p>
                <div data-activity=a.id.clone()>
                    <h3 class="app-heading-s">{a.title.clone()}</h3>
                    {stepper(w.clone(), change, at, total, "item")}
                    {a.items.iter().enumerate().map(|(n, item)| {
                        let (aid, key) = (a.id.clone(), item.key().to_string());
                        let shown = l.shows_answer(&aid, &key);
                        let label = item_text(item);
                        let w = w.clone();
                        view! {
                            <button type="button" class="app-button app-button--secondary app-present__choice"
                                aria-pressed=if shown { "true" } else { "false" }
                                data-testid="uncover" id=format!("uncover-{n}")
                                on:click=move |_| {
                                    let (aid, key, w) = (aid.clone(), key.clone(), w.clone());
                                    change(&move |l: &mut Live| {
                                        l.show_item(&w, n);
                                        l.uncover(&aid, &key);
                                    });
                                }>
                                {format!("{} answer {}: {label}{}", if shown { "Hide" } else { "Reveal" }, n + 1, if n == at { " (on screen)" } else { "" })}
                            </button>
                        }
                    }).collect_view()}
                </div>
            </section>
        })
    };
    let w = workshop.clone();
    let questions = move || {
        let l = live.get()?;
        let (_, slide) = l.current(&w)?;
        let total = slide.quiz.len();
        if total < 2 || l.activity(&w).is_some() {
            return None;
        }
        let at = l.place(total);
        Some(view! {
            <section class="app-present__panel" aria-labelledby="questions-heading" data-testid="present-questions">
                <h2 class="app-heading-m" id="questions-heading">"One question at a time"</h2>
                <p class="app-hint">"The room sees one question. Take a show of hands, key in the counts, reveal its answer (R), then show the next."</p>
                {stepper(w.clone(), change, at, total, "question")}
            </section>
        })
    };
    let w = workshop.clone();
    let reveal_label = move || {
        live.with(|l| match l {
            Some(l) if !l.steps(&w).is_empty() => {
                if l.answer_shown(&w) {
                    "Hide this answer (R)"
                } else {
                    "Reveal this answer (R)"
                }
            }
            Some(l) if l.revealed => "Hide answers (R)",
            _ => "Reveal answers (R)",
        })
    };
    let act_reveal = act.clone();
    view! {
        <p>"Open the audience window and move it to the projector, or present from this screen alone. Keys: → or Page Down shows the room the next thing (an answer, then the next item or question, then the next slide), as a clicker does; ← or Page Up goes back one; B blanks the screen; R reveals or hides the answer on screen."</p>
        <div class="app-present__controls app-button-group">
            {button(Action::Previous, "Previous (←)", "ArrowLeft")}
            {button(Action::Next, "Next (→)", "ArrowRight")}
            {button(Action::Blank, "Blank screen (B)", "B")}
            <button type="button" class="app-button app-button--secondary" aria-keyshortcuts="R" on:click=move |_| act_reveal(Action::Reveal)>{reveal_label}</button>
            <button type="button" class="app-button" on:click=open_audience data-testid="open-audience">"Open the audience window"</button>
        </div>
        {status}
        <div class="app-present">
            <section class="app-present__screen" aria-labelledby="screen-heading">
                <h2 class="app-heading-m" id="screen-heading">"The room sees"</h2>
                <div class="app-audience app-audience--preview">
                    <LiveSlide workshop=workshop.clone() live=live/>
                </div>
            </section>
            <div class="app-present__side">
                {notes}
                {steer}
                {uncover}
                {questions}
                {hands}
            </div>
        </div>
    }
}

/// Which of a slide's activity items or quiz questions the room sees, and
/// the presenter's buttons to step through them.
fn stepper(
    w: Arc<Workshop>,
    change: impl Fn(&dyn Fn(&mut Live)) + Copy + 'static,
    at: usize,
    total: usize,
    noun: &'static str,
) -> impl IntoView {
    let show = {
        let w = w.clone();
        move |to: usize| {
            let w = w.clone();
            move |_| {
                let w = w.clone();
                change(&move |l: &mut Live| l.show_item(&w, to));
            }
        }
    };
    let skip = move |_| {
        let w = w.clone();
        change(&move |l: &mut Live| l.apply(&w, Action::SkipSlide, now_ms()));
    };
    view! {
        <p data-testid="present-step-position">{format!("On screen: {noun} {} of {total}", at + 1)}</p>
        <div class="app-button-group">
            <button type="button" class="app-button app-button--secondary" aria-disabled=(at == 0).then_some("true")
                id="present-step-previous" on:click=show(at.saturating_sub(1))>{format!("Previous {noun}")}</button>
            <button type="button" class="app-button app-button--secondary" aria-disabled=(at + 1 >= total).then_some("true")
                id="present-step-next" on:click=show(at + 1)>{format!("Next {noun}")}</button>
            <button type="button" class="app-button app-button--secondary"
                id="present-step-skip" on:click=skip>"Skip to the next slide"</button>
        </div>
    }
}
