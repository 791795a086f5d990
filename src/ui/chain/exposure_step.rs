//! Section A: where and what you buy, and who works for you. Not scored.

use super::{chain_ctx::ChainCtx, note::ChainNote, scoring_page::ChainStepSources};
use crate::{
    domain::chain_checker::bank::EXPOSURE,
    ui::components::question::{input_id, Checkbox, Choice, QuestionFieldset, Radios},
};
use leptos::prelude::*;

#[component]
pub fn ExposureStep(ctx: ChainCtx) -> impl IntoView {
    let questions = EXPOSURE
        .iter()
        .map(|q| {
            let chosen = move || ctx.check.with(|c| c.as_ref().map(|c| c.chosen(q.id).to_vec()).unwrap_or_default());
            let input = if q.multi {
                q.options
                    .iter()
                    .enumerate()
                    .map(|(n, o)| {
                        let value = o.id.to_string();
                        let checked = Signal::derive(move || chosen().iter().any(|c| c == o.id));
                        let on_toggle = Callback::new(move |on: bool| {
                            ctx.update(|c| {
                                let mut now = c.chosen(q.id).to_vec();
                                now.retain(|x| x != &value);
                                if on {
                                    // "Not sure" and "None of these" stand alone.
                                    if value == "not-sure" || value == "none" {
                                        now.clear();
                                    } else {
                                        now.retain(|x| x != "not-sure" && x != "none");
                                    }
                                    now.push(value.clone());
                                }
                                c.set_exposure(q.id, now);
                            })
                        });
                        view! {
                            <Checkbox id=input_id(q.id, n) name=q.id choice=Choice::new(o.id, o.label) checked=checked on_toggle=on_toggle/>
                        }
                    })
                    .collect_view()
                    .into_any()
            } else {
                let choices: Vec<Choice> = q.options.iter().map(|o| Choice::new(o.id, o.label)).collect();
                let selected = Signal::derive(move || chosen().first().cloned());
                let on_select = Callback::new(move |v: String| ctx.update(|c| c.set_exposure(q.id, vec![v])));
                view! { <Radios field=q.id choices=choices selected=selected on_select=on_select/> }.into_any()
            };
            let hint = (!q.hint.is_empty()).then(|| q.hint.to_string());
            // Some hints already say so; say it once.
            let hint = if q.multi && !q.hint.contains("all that apply") {
                Some(format!("{} Select all that apply.", hint.unwrap_or_default()).trim().to_string())
            } else {
                hint
            };
            view! {
                <div class="app-chain-question" data-question=q.id>
                    <QuestionFieldset field=q.id question=format!("{} {}", q.id, q.text) hint=hint.unwrap_or_default() error=Signal::derive(|| None::<String>) heading_level=2>
                        <div class=if q.multi { "app-checkboxes" } else { "" }>{input}</div>
                    </QuestionFieldset>
                    <ChainNote ctx=ctx question=q.id/>
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="app-body-l">"Where and what you buy, and who does the work. These answers are not scored: they say how exposed you are, and decide which parts of the check apply."</p>
        {questions}
        <ChainStepSources theme=None/>
    }
}
