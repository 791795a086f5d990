//! Band, exposure, red flags and overall maturity: the first thing on the
//! results page and in the board report.

use crate::domain::chain_checker::{board::Headline, score::Band};
use leptos::prelude::*;

fn band_class(b: Band) -> &'static str {
    match b {
        Band::ActNow => "app-tag app-tag--red",
        Band::GettingStarted => "app-tag app-tag--strong",
        Band::Developing => "app-tag app-tag--medium",
        _ => "app-tag app-tag--weak",
    }
}

/// `brief` is the board report's first page: the same facts, with the
/// explanations that its limits line and annex give in full left out.
#[component]
pub fn ChainHeadline(headline: Headline, #[prop(optional)] brief: bool) -> impl IntoView {
    let h = headline;
    let red_flags = if h.red_flags.is_empty() {
        view! { <p>"None answered Yes or Not sure."</p> }.into_any()
    } else {
        let items = h
            .red_flags
            .into_iter()
            .map(|f| view! { <li><strong>{format!("{}: {}. ", f.id, f.answer)}</strong>{f.text}</li> })
            .collect_view();
        view! { <ul class="app-list app-list--bullet">{items}</ul> }.into_any()
    };
    let risk = format!(
        "{} of {} risk factors apply.{}",
        h.risk_factors,
        h.risk_questions,
        match (h.assess_further, brief) {
            (false, _) => "",
            (true, true) => " Two or more apply: assess further.",
            (true, false) => " Two or more apply, so look at the risk in more detail: which suppliers, sites and workers it concerns.",
        }
    );
    view! {
        <dl class="app-summary-list app-chain-headline">
            <div class="app-summary-list__row">
                <dt class="app-summary-list__key">"Band"</dt>
                <dd class="app-summary-list__value">
                    <strong class=band_class(h.band) data-testid="band">{h.band.label()}</strong>
                    <p>{h.band.meaning()}</p>
                </dd>
            </div>
            <div class="app-summary-list__row">
                <dt class="app-summary-list__key">"Exposure"</dt>
                <dd class="app-summary-list__value">
                    <strong data-testid="exposure">{h.exposure.label()}</strong>
                    <p>{risk}</p>
                </dd>
            </div>
            <div class="app-summary-list__row">
                <dt class="app-summary-list__key">"Red flags"</dt>
                <dd class="app-summary-list__value" data-testid="red-flags">{red_flags}</dd>
            </div>
            <div class="app-summary-list__row">
                <dt class="app-summary-list__key">"Overall maturity"</dt>
                <dd class="app-summary-list__value">
                    <strong data-testid="overall">{format!("{}%", h.overall)}</strong>
                    {(!brief).then(|| view! { <p>"A measure of practice, not a pass mark. No score means a supply chain is free of modern slavery."</p> })}
                    {(h.unanswered > 0).then(|| view! { <p>{format!("{} question(s) not answered yet; they score 0.", h.unanswered)}</p> })}
                </dd>
            </div>
        </dl>
    }
}
