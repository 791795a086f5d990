//! What happens after a referral, as numbered steps for a nation.

use super::markup::Html;
use crate::domain::{nation::Nation, source::Source, sources::*};

/// The steps, and the sources that back them.
pub fn steps(nation: Nation) -> (Vec<&'static str>, Vec<&'static Source>) {
    let decisions = [
        "Decision makers in the Home Office aim to make a first 'reasonable grounds' decision within 5 working days of a referral.",
        "After a positive first decision, an adult has a recovery period with support: the Council of Europe Convention requires at least 30 days. Check your organisation's copy of the statutory guidance for the current UK period.",
        "A final 'conclusive grounds' decision follows, made on the balance of probabilities.",
    ];
    let shared: [&'static Source; 5] = [&S130, &S63X, &S145, &S146, &S43];
    let (mut steps, mut sources): (Vec<&'static str>, Vec<&'static Source>) = match nation {
        Nation::EnglandWales => (
            vec![
                "Your council's modern slavery lead, as a first responder, fills in the Home Office's online form: a National Referral Mechanism referral for a child, or for an adult who agrees; or a Duty to Notify report that does not name an adult who does not agree.",
                "A child is safeguarded by children's services and the police first; their referral needs no consent.",
            ],
            vec![&S143, &S144, &S152, &S154, &S149, &S150, &S47],
        ),
        Nation::Scotland => (
            vec!["A first responder — Police Scotland, TARA (for women trafficked for sexual exploitation) or Migrant Help (for other adults) — makes the referral. An adult must agree; a child does not need to."],
            vec![&S126, &S135, &S208, &S149],
        ),
        Nation::NorthernIreland => (
            vec!["The Police Service of Northern Ireland makes the referral. An adult must agree; a child does not need to, and children are safeguarded by the Health and Social Care Trust."],
            vec![&S138, &S137, &S136, &S37, &S38],
        ),
    };
    steps.extend(decisions);
    steps.push(match nation {
        Nation::EnglandWales => "Support for adults in England and Wales is arranged through the Salvation Army's victim care contract: accommodation, money, health care, counselling and legal advice.",
        Nation::Scotland => "In Scotland, regulations made in 2018 set a minimum support period of 90 days for adults.",
        Nation::NorthernIreland => "Support for adult women comes from Belfast & Lisburn Women's Aid and for other adults from Migrant Help. The Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022 allows support to be extended.",
    });
    sources.extend(shared);
    (steps, sources)
}

/// "What happens next in …" with its numbered steps.
pub fn section(h: &mut Html, nation: Nation) {
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        &format!("What happens next in {}", nation.label()),
    );
    h.open("ol", &[("class", "app-steps")]);
    for s in steps(nation).0 {
        h.el("li", &[("class", "app-steps__item")], s);
    }
    h.close("ol");
}
