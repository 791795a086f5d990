//! Act now: shown before the results whenever a red flag is answered Yes
//! or Not sure. The contacts come from the registry, with its caveats.

use super::chain_ctx::ChainCtx;
use crate::{domain::chain_checker::score::assess, render::chain};
use leptos::prelude::*;

#[component]
pub fn ActNowStep(ctx: ChainCtx) -> impl IntoView {
    let flags = move || {
        ctx.check.with(|c| {
            c.as_ref().map(|c| {
                assess(c)
                    .red_flags
                    .iter()
                    .map(|q| {
                        let a = c.answers.get(q.id).map(|a| q.scale.label(*a)).unwrap_or("");
                        view! { <li><strong>{format!("{}: {a}. ", q.id)}</strong>{q.text}</li> }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <div class="app-inset app-inset--warning" data-testid="act-now">
            <p class="app-body-l">"You answered Yes or Not sure to a red flag. Whatever your score, act now:"</p>
            <ul class="app-list app-list--bullet">{flags}</ul>
        </div>
        // Built from the registry only, with every value escaped.
        <div inner_html=chain::act_now()></div>
    }
}
