//! Results: band, exposure and red flags first, then the actions (the top
//! five to accept and give an owner and a due date), theme bars with their
//! table, the s54 checklist and what changed.

use super::{
    action_plan::ActionPlan,
    chain_ctx::ChainCtx,
    headline::ChainHeadline,
    statement_checklist::StatementChecklist,
    theme_bars::{ThemeBars, ThemeTable},
    what_changed::WhatChanged,
};
use crate::domain::{
    address::Address,
    chain_checker::{
        board::board,
        steps::{href, Step},
    },
};
use crate::render::sources::human_date;
use leptos::prelude::*;

#[component]
pub fn ResultsStep(ctx: ChainCtx) -> impl IntoView {
    let id = ctx.peek(|c| c.id.clone()).unwrap_or_default();
    // Rebuilt only when the answers change, so typing an owner does not
    // replace the field being typed in.
    let answers = Memo::new(move |_| {
        ctx.check
            .with(|c| c.as_ref().map(|c| (c.answers.clone(), c.exposure.clone())))
    });
    let scored = move || {
        answers.track();
        ctx.peek(board)
    };
    let report = href(&id, Step::Report);
    let body = move || {
        scored().map(|b| {
            view! {
                {b.change.as_ref().map(|c| view! {
                    <div class="app-inset" data-testid="change-summary">
                        <p>{format!("Compared with your check of {}: band {} → {}, overall maturity {}% → {}%.", human_date(&c.since), c.band.0.label(), c.band.1.label(), c.overall.0, c.overall.1)}</p>
                        <p><a href="#changes">"See what changed, answer by answer"</a></p>
                    </div>
                })}
                <ChainHeadline headline=b.headline/>
                <h2 class="app-heading-l" id="actions">"Your actions"</h2>
                <p>"Red flags come first, then the rest by your exposure and each theme's weight. The first five go in the board report: accept each one and give it an owner and a due date. They are saved as you type."</p>
                <ActionPlan ctx=ctx actions=b.actions/>
                <h2 class="app-heading-l">"Theme scores"</h2>
                <ThemeBars themes=b.themes.clone() id="chain-bars-title"/>
                <ThemeTable themes=b.themes/>
                {b.statement.map(|s| view! { <StatementChecklist statement=s/> })}
                <h2 class="app-heading-l" id="changes">"Change since the last check"</h2>
                <WhatChanged change=b.change/>
            }
        })
    };
    view! {
        <p class="app-body-l">"What your answers show, and what to do next. When you have given the top five actions an owner and a due date, go on to the board report to print it."</p>
        {body}
        <div class="app-button-group">
            <a class="app-button" href=report>"See the board report"</a>
            <a class="app-button app-button--secondary" href=href(&id, Step::Exposure)>"Change answers"</a>
        </div>
        <p><a href=Address::ChainScoring.path()>"How the Chain Checker scores"</a></p>
    }
}
