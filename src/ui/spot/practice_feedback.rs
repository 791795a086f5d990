//! On a practice result: how the trainee's record compares with the worked answer.

use crate::domain::{
    catalogue::indicator,
    engine::Assessment,
    practice::{compare, sample},
    visit::Visit,
};
use leptos::prelude::*;

fn wording(id: &str) -> String {
    indicator(id)
        .map(|i| i.wording.to_string())
        .unwrap_or_else(|| id.to_string())
}

#[component]
pub fn PracticeFeedback(visit: Visit, assessment: Assessment) -> impl IntoView {
    let Some(s) = visit.sample.as_deref().and_then(sample) else {
        return ().into_any();
    };
    let model = s.model_assessment();
    let c = compare(s, &visit.answers);
    let same_level = model.level == assessment.level;
    view! {
        <section class="app-feedback" aria-labelledby="feedback-heading" data-testid="practice-feedback">
            <h2 class="app-heading-m" id="feedback-heading">"Compared with the worked answer"</h2>
            <p>{format!("The worked answer reaches '{}'. ", model.level.label())}
                {if same_level { "Your record reaches the same level." } else { "Your record reaches a different level: look at what differs below." }}
            </p>
            <p>{format!("You recorded {} of the {} observations in the worked answer.", c.matched.len(), s.model_seen.len())}</p>
            {(!c.missed.is_empty()).then(|| view! {
                <h3 class="app-heading-s">"In the worked answer, not in yours"</h3>
                <ul class="app-list app-list--bullet">{c.missed.iter().map(|id| view! { <li>{wording(id)}</li> }).collect_view()}</ul>
            })}
            {(!c.extra.is_empty()).then(|| view! {
                <h3 class="app-heading-s">"In yours, not in the worked answer"</h3>
                <p>"Check the briefing: did it describe these? Record only what you saw or heard."</p>
                <ul class="app-list app-list--bullet">{c.extra.iter().map(|id| view! { <li>{wording(id)}</li> }).collect_view()}</ul>
            })}
        </section>
    }
    .into_any()
}
