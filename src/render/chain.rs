//! The Chain Checker's static pages and parts, from the same bank and rules
//! the check uses: "How the Chain Checker scores", the Act now steps and the
//! sources. Nothing here depends on answers (those parts are components in
//! `ui::chain`), and every value goes through `markup::Html`, which escapes it.

use super::{
    contact::{org_contact, warning},
    emergency,
    markup::Html,
    sources,
};
use crate::domain::{
    chain_checker::{
        actions::ORDER_RULE,
        bank::{questions_in, Scale, EXPOSURE, QUESTIONS, REVIEWED, SOURCES, THEMES},
        board::theme_tags,
        s54::RULE as S54_RULE,
        score::RULES,
        tags::{label, FAST_GOALS, KTC_THEMES, REGISTRY_FIELDS, S54_AREAS},
    },
    registry::OrgId,
    source::Source,
};

/// The Act now steps: 999, the helpline, the labour-exploitation authority
/// with the registry's caveat, and no reflex termination.
pub fn act_now() -> String {
    let mut h = Html::new();
    h.open(
        "ol",
        &[("class", "app-list app-list--number app-chain-steps")],
    );
    h.open("li", &[]);
    h.el("h3", &[("class", "app-heading-m")], "In an emergency");
    emergency::panel(&mut h, emergency::Place::Stop);
    h.close("li");
    h.open("li", &[]);
    h.el(
        "h3",
        &[("class", "app-heading-m")],
        "For advice, call the helpline",
    );
    h.el("p", &[], "It takes calls from businesses as well as the public, at any time, and can tell you what to do next.");
    org_contact(&mut h, OrgId::Helpline, false);
    h.close("li");
    h.open("li", &[]);
    h.el(
        "h3",
        &[("class", "app-heading-m")],
        "For labour abuse, contact the labour-exploitation authority",
    );
    org_contact(&mut h, OrgId::LabourAuthority, false);
    h.close("li");
    h.open("li", &[]);
    h.el(
        "h3",
        &[("class", "app-heading-m")],
        "Do not end the contract straight away",
    );
    h.el("p", &[], "Ending a contract at once can leave workers without pay or with the people exploiting them. Government guidance asks organisations to put workers first: keep working with the supplier, protect the workers, and take advice before deciding.");
    h.close("li");
    h.close("ol");
    h.finish()
}

fn sources_section() -> String {
    sources_of(SOURCES.to_vec(), sources::Placement::PageEnd)
}

/// "Sources" and "Last reviewed" for one page of the Chain Checker.
pub fn sources_of(list: Vec<&'static Source>, at: sources::Placement) -> String {
    let mut h = Html::new();
    sources::section(&mut h, list, REVIEWED, at);
    h.finish()
}

/// The sources of one page of a check: its questions' and its theme's.
pub fn step_sources(theme: Option<&str>) -> String {
    let mut list: Vec<&'static Source> = Vec::new();
    match theme {
        None => {
            for q in EXPOSURE {
                list.extend(q.sources.iter().copied());
            }
        }
        Some(id) => {
            if let Some(t) = THEMES.iter().find(|t| t.id == id) {
                list.extend(t.sources.iter().copied());
            }
            for q in questions_in(id) {
                list.extend(q.sources.iter().copied());
            }
        }
    }
    sources_of(list, sources::Placement::AboveActions)
}

/// "How the Chain Checker scores": every rule, scale, weight, tag, action
/// and source, from the bank and the code that applies them.
pub fn scoring_page() -> String {
    let mut h = Html::new();
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "It never says a supply chain is free of modern slavery",
    );
    h.el("p", &[], "The Chain Checker is a self-assessment, not an audit. It gives a band, a level of exposure and actions; there is no pass mark.");
    for (title, rule) in RULES {
        h.el("h2", &[("class", "app-heading-m")], title);
        h.el("p", &[], rule);
    }
    h.el("h2", &[("class", "app-heading-m")], "Actions");
    h.el("p", &[], "Every weak answer brings its own action: No or Partly to a yes/no question, a maturity of 0 or 1, and Yes to a red flag. Not sure brings a \"find out\" action instead.");
    h.el("p", &[], ORDER_RULE);
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "Section 54 statement checklist",
    );
    h.el("p", &[], S54_RULE);
    warning(&mut h, "The weights, bands and exposure rule are this app's own proposal, built on the sources below. The themes and scoring of the government's Modern Slavery Assessment Tool, and KnowTheChain's weights for each theme, could not be found, so they are not copied here.");
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "Exposure questions (not scored)",
    );
    h.open("div", &[("class", "app-table-block")])
        .open("table", &[("class", "app-table app-table--stack")]);
    h.el(
        "caption",
        &[("class", "app-table__caption")],
        "Exposure questions and the risk each answer carries",
    );
    h.open("thead", &[]).open("tr", &[]);
    for c in ["Question", "Answers that are risk factors", "Sources"] {
        h.el("th", &[("scope", "col")], c);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    use crate::domain::chain_checker::bank::Risk;
    for q in EXPOSURE {
        let risky: Vec<String> = q
            .options
            .iter()
            .filter(|o| o.risk != Risk::None)
            .map(|o| {
                format!(
                    "{} ({})",
                    o.label,
                    match o.risk {
                        Risk::HighRisk => "high-risk",
                        Risk::Vulnerable => "vulnerable workforce",
                        _ => "risk factor",
                    }
                )
            })
            .collect();
        h.open("tr", &[]);
        h.el("th", &[("scope", "row")], &format!("{} {}", q.id, q.text));
        h.el(
            "td",
            &[("data-label", "Risk factors")],
            &if risky.is_empty() {
                "None: it decides which parts of the check apply".to_string()
            } else {
                risky.join("; ")
            },
        );
        h.el(
            "td",
            &[("data-label", "Sources")],
            &sources::keys(q.sources),
        );
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.el("h2", &[("class", "app-heading-m")], "Themes");
    h.open("div", &[("class", "app-table-block")])
        .open("table", &[("class", "app-table app-table--stack")]);
    h.el(
        "caption",
        &[("class", "app-table__caption")],
        "Themes, weights and what they map to",
    );
    h.open("thead", &[]).open("tr", &[]);
    for c in [
        "Theme",
        "Weight",
        "Questions",
        "s54 area",
        "Registry field",
        "KnowTheChain theme",
    ] {
        h.el("th", &[("scope", "col")], c);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for t in THEMES {
        let (s54, reg, ktc) = theme_tags(t.id);
        h.open("tr", &[]);
        h.el(
            "th",
            &[("scope", "row")],
            &format!(
                "{} {}{}",
                t.id,
                t.title,
                if t.finance {
                    " (lenders and investors only)"
                } else {
                    ""
                }
            ),
        );
        h.el(
            "td",
            &[("data-label", "Weight")],
            &format!("×{}.{}", t.weight / 10, t.weight % 10),
        );
        h.el(
            "td",
            &[("data-label", "Questions")],
            &questions_in(t.id).count().to_string(),
        );
        h.el("td", &[("data-label", "s54 area")], &s54.join("; "));
        h.el("td", &[("data-label", "Registry field")], &reg.join("; "));
        h.el(
            "td",
            &[("data-label", "KnowTheChain theme")],
            &ktc.join("; "),
        );
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.el("h2", &[("class", "app-heading-m")], "Every question");
    for t in THEMES {
        h.open("div", &[("class", "app-table-block")]).open(
            "table",
            &[
                ("class", "app-table app-table--stack"),
                ("data-theme", t.id),
            ],
        );
        h.el(
            "caption",
            &[("class", "app-table__caption")],
            &format!("{} {}", t.id, t.title),
        );
        h.open("thead", &[]).open("tr", &[]);
        for c in [
            "Question",
            "Scale",
            "Weak answer: action",
            "Not sure: find out",
            "Tags",
            "Sources",
        ] {
            h.el("th", &[("scope", "col")], c);
        }
        h.close("tr").close("thead").open("tbody", &[]);
        for q in QUESTIONS.iter().filter(|q| q.theme == t.id) {
            h.open("tr", &[]);
            h.open("th", &[("scope", "row")]);
            h.text(&format!("{} {}", q.id, q.text));
            if q.scale == Scale::RedFlag {
                h.text(" ");
                h.el("strong", &[("class", "app-tag app-tag--red")], "Red flag");
            }
            h.close("th");
            h.el("td", &[("data-label", "Scale")], q.scale.name());
            h.el("td", &[("data-label", "Action")], q.weak_action);
            h.el("td", &[("data-label", "Find out")], q.find_out);
            let mut tags = format!(
                "s54: {}. Registry: {}. KnowTheChain: {}.",
                label(&S54_AREAS, q.s54),
                label(&REGISTRY_FIELDS, q.registry),
                label(&KTC_THEMES, q.ktc)
            );
            if !q.fast.is_empty() {
                tags.push_str(&format!(
                    " FAST goal {}: {}.",
                    q.fast,
                    label(&FAST_GOALS, q.fast)
                ));
            }
            h.el("td", &[("data-label", "Tags")], &tags);
            h.el(
                "td",
                &[("data-label", "Sources")],
                &sources::keys(q.sources),
            );
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
    }
    let mut out = h.finish();
    out.push_str(&sources_section());
    out
}

/// Every source the Chain Checker cites.
pub fn all_sources() -> Vec<&'static Source> {
    SOURCES.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scoring_page_lists_every_question_and_source_and_never_says_slavery_free() {
        let html = scoring_page();
        for q in QUESTIONS {
            assert!(html.contains(&format!("{} ", q.id)), "{}", q.id);
        }
        for s in SOURCES {
            assert!(html.contains(&format!("[{}]", s.key)), "{}", s.key);
        }
        assert!(!html.to_lowercase().contains("slavery-free"));
        assert!(html.contains("Last reviewed"));
    }

    #[test]
    fn act_now_names_999_the_helpline_and_the_authority_with_its_caveat() {
        let html = act_now();
        assert!(html.contains("tel:999"));
        assert!(html.contains("app-panel--emergency"), "the one 999 panel");
        assert!(html.contains("08000 121 700"));
        assert!(html.contains("Fair Work Agency"));
        assert!(html.contains("app-warning"));
        assert!(html.contains("Do not end the contract straight away"));
    }
}
