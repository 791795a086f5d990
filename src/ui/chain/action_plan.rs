//! The actions on the results page: the top five first, each to
//! acknowledge and give an owner and a due date, then the rest folded away.
//! Saved as they are typed.

use super::chain_ctx::ChainCtx;
use crate::domain::chain_checker::{actions::Kind, board::ActionRow, check::Plan};
use leptos::prelude::*;

fn kind_tag(kind: Kind) -> impl IntoView {
    match kind {
        Kind::ActNow => {
            view! { <strong class="app-tag app-tag--red">"Act now"</strong> }.into_any()
        }
        Kind::FindOut => {
            view! { <strong class="app-tag app-tag--weak">"Find out"</strong> }.into_any()
        }
        Kind::Improve => {
            view! { <strong class="app-tag app-tag--medium">"Improve"</strong> }.into_any()
        }
    }
}

#[component]
fn ActionItem(ctx: ChainCtx, n: usize, action: ActionRow) -> impl IntoView {
    let q = action.question;
    let plan = move || {
        ctx.check.with(|c| {
            c.as_ref()
                .and_then(|c| c.plans.get(q).cloned())
                .unwrap_or_default()
        })
    };
    let set = move |f: Box<dyn FnOnce(&mut Plan)>| {
        ctx.update(|c| {
            let p = c.plans.entry(q.to_string()).or_default();
            f(p);
            if *p == Plan::default() {
                c.plans.remove(q);
            }
        })
    };
    let (ack, owner, due) = (format!("ack-{q}"), format!("owner-{q}"), format!("due-{q}"));
    let owner_hint = format!("{owner}-hint");
    view! {
        <li class="app-chain-action" data-action=q>
            <h3 class="app-heading-s">{format!("{n}. ")}{kind_tag(action.kind)}" "{action.text}</h3>
            <p class="app-hint">{format!("Because of your answer to {q}: {}", action.question_text)}</p>
            <div class="app-checkboxes__item">
                <input class="app-checkboxes__input" type="checkbox" id=ack.clone()
                    prop:checked=move || plan().acknowledged
                    on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |p| p.acknowledged = on)) }/>
                <label class="app-checkboxes__label" for=ack>"We accept this action"</label>
            </div>
            <div class="app-chain-plan">
                <div class="app-form-group">
                    <label class="app-label" for=owner.clone()>"Owner"</label>
                    <div class="app-hint" id=owner_hint.clone()>"A person or role, for example Head of HR"</div>
                    <input class="app-input" type="text" id=owner maxlength="200" autocomplete="off" aria-describedby=owner_hint
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
}

#[component]
pub fn ActionPlan(ctx: ChainCtx, actions: Vec<ActionRow>) -> impl IntoView {
    if actions.is_empty() {
        return view! { <p>"No weak answers. Keep looking: re-check next quarter, and whenever you change suppliers or markets."</p> }.into_any();
    }
    let mut items = actions.into_iter().enumerate();
    let top = items
        .by_ref()
        .take(5)
        .map(|(i, a)| view! { <ActionItem ctx=ctx n=i + 1 action=a/> })
        .collect_view();
    let rest: Vec<_> = items.collect();
    let more = (!rest.is_empty()).then(|| {
        let count = rest.len();
        let list = rest
            .into_iter()
            .map(|(i, a)| view! { <ActionItem ctx=ctx n=i + 1 action=a/> })
            .collect_view();
        view! {
            <details class="app-details app-chain-more-actions">
                <summary class="app-details__summary">{format!("{count} more action(s), for later")}</summary>
                <div class="app-details__text">
                    <p>"These are not in the board report's top five, but they are in its annex and in the answers file. Give them an owner when you are ready."</p>
                    <ol class="app-chain-actions">{list}</ol>
                </div>
            </details>
        }
    });
    view! {
        <ol class="app-chain-actions" data-testid="top-actions">{top}</ol>
        {more}
    }
    .into_any()
}
