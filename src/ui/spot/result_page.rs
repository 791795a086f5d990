//! The level of concern and what to do next (rendered by `render::result`).

use super::visit_ctx::VisitCtx;
use crate::domain::address::Address;
use crate::{
    domain::{engine::assess, local_contacts::Local, practice::sample, wizard::Step},
    platform::clock::today_iso,
    render::result::{page, Links, MY_CONTACTS_SLOT},
    ui::components::page_title::PageTitle,
    ui::contacts::my_contacts_on_result::MyContactsOnResult,
};
use leptos::prelude::*;

#[component]
pub fn ResultPage(ctx: VisitCtx) -> impl IntoView {
    let Some((answers, sample_id)) = ctx.peek(|v| (v.answers.clone(), v.sample.clone())) else {
        return ().into_any();
    };
    let assessment = assess(&answers);
    let check = ctx.href(Step::Check, false);
    let summary = ctx.href(Step::Summary, false);
    let (list, list_name) = if ctx.practice {
        (Address::Practice.path(), "Back to practice visits")
    } else {
        (Address::Visits.path(), "Back to your visits")
    };
    let practice = sample_id
        .as_deref()
        .filter(|_| ctx.practice)
        .and_then(sample);
    // Only the answers' choices and the engine's output go in: no free text a
    // user typed, and every value is escaped.
    let today = today_iso();
    let html = page(
        &answers,
        &assessment,
        practice,
        Links {
            check: &check,
            summary: &summary,
            list: &list,
            list_name,
            local: Local::deployed(&today),
        },
    );
    // The inspector's own contacts go in the room the page leaves after the
    // routes, as text nodes.
    let (routes_html, rest_html) = html
        .split_once(MY_CONTACTS_SLOT)
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap_or((html.clone(), String::new()));
    let kinds: Vec<_> = assessment.routes.iter().map(|r| r.kind).collect();
    view! {
        <PageTitle title="Level of concern and what to do next"/>
        <div inner_html=routes_html></div>
        <MyContactsOnResult routes=kinds/>
        <div inner_html=rest_html></div>
    }
    .into_any()
}
