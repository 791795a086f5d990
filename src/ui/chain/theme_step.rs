//! One theme's questions on one page. "Not sure" is always an answer.

use super::{chain_ctx::ChainCtx, note::ChainNote, scoring_page::ChainStepSources};
use crate::{
    domain::chain_checker::{
        answer::Answer,
        bank::{questions_in, Scale, Theme},
    },
    ui::components::question::{Choice, QuestionFieldset, Radios},
};
use leptos::prelude::*;

#[component]
pub fn ThemeStep(ctx: ChainCtx, theme: &'static Theme) -> impl IntoView {
    let questions = questions_in(theme.id)
        .map(|q| {
            let choices: Vec<Choice> = q
                .scale
                .options()
                .iter()
                .map(|(a, label)| Choice::new(a.code(), *label))
                .collect();
            let selected = Signal::derive(move || {
                ctx.check
                    .with(|c| c.as_ref().and_then(|c| c.answers.get(q.id).map(|a| a.code())))
            });
            let on_select = Callback::new(move |v: String| {
                if let Some(a) = Answer::parse(&v) {
                    ctx.update(|c| c.set_answer(q.id, a));
                }
            });
            let mut hint = if q.hint.is_empty() {
                match q.scale {
                    Scale::Maturity => "Tier 1 means your direct suppliers.",
                    _ => "Answer for your whole organisation.",
                }
                .to_string()
            } else {
                q.hint.to_string()
            };
            if q.scale == Scale::RedFlag {
                hint = format!("{hint} Red flag: \"Yes\" or \"Not sure\" shows what to do now.").trim().to_string();
            }
            view! {
                <div class="app-chain-question" data-question=q.id>
                    <QuestionFieldset field=q.id question=format!("{} {}", q.id, q.text) hint=hint error=Signal::derive(|| None::<String>) heading_level=2>
                        {(q.scale == Scale::RedFlag).then(|| view! { <strong class="app-tag app-tag--red">"Red flag"</strong> })}
                        <Radios field=q.id choices=choices selected=selected on_select=on_select/>
                    </QuestionFieldset>
                    <ChainNote ctx=ctx question=q.id/>
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="app-body-l">{theme.intro}</p>
        {(theme.weight != 10 && !theme.intro.contains("counts")).then(|| view! { <p>{format!("This theme counts ×{}.{} in the overall score.", theme.weight / 10, theme.weight % 10)}</p> })}
        {questions}
        <ChainStepSources theme=Some(theme.id)/>
    }
}
