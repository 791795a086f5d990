//! Act now: shown before the results whenever a red flag is answered Yes
//! or Not sure. Each flag with what to do about it, then the contacts from
//! the registry, with its caveats, and the one 999 panel.

use super::chain_ctx::ChainCtx;
use crate::{
    domain::chain_checker::{actions::Kind, board::board},
    render::chain,
};
use leptos::prelude::*;

#[component]
pub fn ActNowStep(ctx: ChainCtx) -> impl IntoView {
    let flags = move || {
        ctx.check.with(|c| {
            c.as_ref().map(|c| {
                let b = board(c);
                b.headline
                    .red_flags
                    .iter()
                    .map(|f| {
                        let todo = b
                            .actions
                            .iter()
                            .find(|a| a.question == f.id && a.kind == Kind::ActNow)
                            .map(|a| a.text);
                        view! {
                            <li>
                                <strong>{format!("{}: you answered {}. ", f.id, f.answer)}</strong>{f.text}
                                {todo.map(|t| view! { <p class="app-chain-flag-action"><strong>"What to do: "</strong>{t}</p> })}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <div class="app-inset app-inset--warning" data-testid="act-now">
            <p class="app-body-l">"You answered Yes or Not sure to a red flag: a sign that workers may be controlled or exploited. Whatever your score, deal with it now."</p>
            <ul class="app-list app-list--bullet">{flags}</ul>
            <p>"On the next page you can give each action an owner and a due date; it leads the board report."</p>
        </div>
        <h2 class="app-heading-l">"Who to contact"</h2>
        // Built from the registry only, with every value escaped.
        <div inner_html=chain::act_now()></div>
    }
}
