//! What happens after a referral, as numbered steps for the chosen nation.

use crate::domain::{nation::Nation, source::Source, sources::*};
use leptos::prelude::*;

/// The steps, and the sources that back them.
pub fn steps(nation: Nation) -> (Vec<&'static str>, Vec<&'static Source>) {
    let decisions = [
        "Decision makers in the Home Office aim to make a first 'reasonable grounds' decision within 5 working days of a referral.",
        "After a positive first decision, an adult has a recovery period with support: the Council of Europe Convention requires at least 30 days. Check your organisation's copy of the statutory guidance for the current UK period.",
        "A final 'conclusive grounds' decision follows, made on the balance of probabilities.",
    ];
    let shared: Vec<&'static Source> = vec![&S130, &S63X, &S145, &S146, &S43];
    match nation {
        Nation::EnglandWales => {
            let mut s = vec![
                "Your council's modern slavery lead, as a first responder, fills in the Home Office's online form: a National Referral Mechanism referral for a child, or for an adult who agrees; or a Duty to Notify report that does not name an adult who does not agree.",
                "A child is safeguarded by children's services and the police first; their referral needs no consent.",
            ];
            s.extend(decisions);
            s.push("Support for adults in England and Wales is arranged through the Salvation Army's victim care contract: accommodation, money, health care, counselling and legal advice.");
            let mut src = vec![&S143, &S144, &S152, &S154, &S149, &S150, &S47];
            src.extend(shared);
            (s, src)
        }
        Nation::Scotland => {
            let mut s = vec![
                "A first responder — Police Scotland, TARA (for women trafficked for sexual exploitation) or Migrant Help (for other adults) — makes the referral. An adult must agree; a child does not need to.",
            ];
            s.extend(decisions);
            s.push("In Scotland, regulations made in 2018 set a minimum support period of 90 days for adults.");
            let mut src = vec![&S126, &S135, &S208, &S149];
            src.extend(shared);
            (s, src)
        }
        Nation::NorthernIreland => {
            let mut s = vec![
                "The Police Service of Northern Ireland makes the referral. An adult must agree; a child does not need to, and children are safeguarded by the Health and Social Care Trust.",
            ];
            s.extend(decisions);
            s.push("Support for adult women comes from Belfast & Lisburn Women's Aid and for other adults from Migrant Help. The Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022 allows support to be extended.");
            let mut src = vec![&S138, &S137, &S136, &S37, &S38];
            src.extend(shared);
            (s, src)
        }
    }
}

#[component]
pub fn WhatHappensNext(nation: Nation) -> impl IntoView {
    let (steps, _) = steps(nation);
    view! {
        <h2 class="app-heading-m">{format!("What happens next in {}", nation.label())}</h2>
        <ol class="app-steps">
            {steps.into_iter().map(|s| view! { <li class="app-steps__item">{s}</li> }).collect_view()}
        </ol>
    }
}
