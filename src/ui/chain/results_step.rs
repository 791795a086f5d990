//! Results: band, exposure and red flags first, theme bars with their
//! table, then every action, which the user acknowledges and can give an
//! owner and a due date, the s54 checklist and what changed.

use super::chain_ctx::ChainCtx;
use crate::domain::address::Address;
use crate::{
    domain::chain_checker::{
        actions::{actions, Kind},
        check::Plan,
        score::assess,
        steps::{href, Step},
    },
    render::chain,
};
use leptos::prelude::*;

#[component]
pub fn ResultsStep(ctx: ChainCtx) -> impl IntoView {
    let id = ctx.peek(|c| c.id.clone()).unwrap_or_default();
    // The parts built from the bank and the scores, escaped by render::markup.
    let html = move |f: fn(&crate::domain::chain_checker::check::Check) -> String| {
        move || ctx.check.with(|c| c.as_ref().map(f).unwrap_or_default())
    };
    let outcome_html = move |f: fn(&crate::domain::chain_checker::score::Outcome) -> String| {
        move || {
            ctx.check
                .with(|c| c.as_ref().map(|c| f(&assess(c))).unwrap_or_default())
        }
    };
    let headline = move || {
        ctx.check.with(|c| {
            c.as_ref()
                .map(|c| chain::headline(c, &assess(c)))
                .unwrap_or_default()
        })
    };
    // The list of actions is rebuilt only when the answers change, so typing
    // an owner does not replace the field being typed in.
    let answers = Memo::new(move |_| {
        ctx.check
            .with(|c| c.as_ref().map(|c| (c.answers.clone(), c.exposure.clone())))
    });
    let list = move || {
        answers.track();
        let acts = ctx
            .peek(|c| actions(c, assess(c).exposure))
            .unwrap_or_default();
        if acts.is_empty() {
            return view! { <p>"No weak answers. Keep looking: re-check next quarter, and whenever you change suppliers or markets."</p> }.into_any();
        }
        let items = acts
            .into_iter()
            .enumerate()
            .map(|(n, a)| {
                let q = a.question.id;
                let plan = move || ctx.check.with(|c| c.as_ref().and_then(|c| c.plans.get(q).cloned()).unwrap_or_default());
                let set = move |f: Box<dyn FnOnce(&mut Plan)>| {
                    ctx.update(|c| {
                        let p = c.plans.entry(q.to_string()).or_default();
                        f(p);
                        if *p == Plan::default() {
                            c.plans.remove(q);
                        }
                    })
                };
                let tag = match a.kind {
                    Kind::ActNow => view! { <strong class="app-tag app-tag--red">"Act now"</strong> }.into_any(),
                    Kind::FindOut => view! { <strong class="app-tag app-tag--weak">"Find out"</strong> }.into_any(),
                    Kind::Improve => view! { <strong class="app-tag app-tag--medium">"Improve"</strong> }.into_any(),
                };
                let (ack, owner, due) = (format!("ack-{q}"), format!("owner-{q}"), format!("due-{q}"));
                view! {
                    <li class="app-chain-action" data-action=q>
                        <h3 class="app-heading-s">{format!("{}. ", n + 1)}{tag}" "{a.text}</h3>
                        <p class="app-hint">{format!("From question {q}: {}", a.question.text)}</p>
                        <div class="app-checkboxes__item">
                            <input class="app-checkboxes__input" type="checkbox" id=ack.clone()
                                prop:checked=move || plan().acknowledged
                                on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |p| p.acknowledged = on)) }/>
                            <label class="app-checkboxes__label" for=ack>"We acknowledge this action"</label>
                        </div>
                        <div class="app-chain-plan">
                            <div class="app-form-group">
                                <label class="app-label" for=owner.clone()>"Owner"</label>
                                <input class="app-input" type="text" id=owner maxlength="200" autocomplete="off"
                                    prop:value=move || plan().owner
                                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |p| p.owner = v)) }/>
                            </div>
                            <div class="app-form-group">
                                <label class="app-label" for=due.clone()>"Due date"</label>
                                <input class="app-input app-input--date" type="date" id=due
                                    prop:value=move || plan().due
                                    on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |p| p.due = v)) }/>
                            </div>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="app-chain-actions">{items}</ol> }.into_any()
    };
    view! {
        <div inner_html=headline></div>
        <h2 class="app-heading-l">"Theme scores"</h2>
        <div inner_html=outcome_html(chain::theme_bars)></div>
        <h2 class="app-heading-l" id="actions">"Actions"</h2>
        <p>"Red flags come first, then the rest by your exposure and each theme's weight. The first five go in the board report. Acknowledge each action and give it an owner and a due date: they are saved as you type."</p>
        {list}
        <div inner_html=html(chain::s54_checklist)></div>
        <h2 class="app-heading-l">"Change since the last check"</h2>
        <div inner_html=html(chain::changes)></div>
        <div class="app-button-group">
            <a class="app-button" href=href(&id, Step::Report)>"See the board report"</a>
            <a class="app-button app-button--secondary" href=href(&id, Step::Exposure)>"Change answers"</a>
        </div>
        <p><a href=Address::ChainScoring.path()>"How the Chain Checker scores"</a></p>
    }
}
