//! The Chain Checker's static pages and parts, from the same bank and rules
//! the check uses: "How the Chain Checker scores", the Act now steps, theme
//! bars with their table, the s54 checklist and the printable board report.
//! Every value, including anything the user typed, goes through
//! `markup::Html`, which escapes it.

use super::{
    contact::{org_contact, warning},
    markup::Html,
    sources,
};
use crate::domain::{
    chain_checker::{
        actions::{actions, top_five, Kind, ORDER_RULE},
        bank::{questions_in, Scale, EXPOSURE, QUESTIONS, REVIEWED, SOURCES, THEMES},
        check::Check,
        diff::what_changed,
        report::{theme_tags, KPIS, LIMITS},
        s54::{registry_fields, statement_areas, Area, RULE as S54_RULE},
        score::{assess, Band, Outcome, RULES},
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
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "If anyone is in immediate danger, call 999",
    );
    org_contact(&mut h, OrgId::Emergency999, false);
    h.close("li");
    h.open("li", &[]);
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "For advice, call the helpline",
    );
    h.el("p", &[], "It takes calls from businesses as well as the public, at any time, and can tell you what to do next.");
    org_contact(&mut h, OrgId::Helpline, false);
    h.close("li");
    h.open("li", &[]);
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "For labour abuse, contact the labour-exploitation authority",
    );
    org_contact(&mut h, OrgId::LabourAuthority, false);
    h.close("li");
    h.open("li", &[]);
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "Do not end the contract on reflex",
    );
    h.el("p", &[], "Ending a contract at once can leave workers without pay or with the people exploiting them. Government guidance asks organisations to put workers first: keep working with the supplier, protect the workers, and take advice before deciding.");
    h.close("li");
    h.close("ol");
    h.finish()
}

/// Theme scores as bars that reflow to any width (each row also says its
/// score in words; the bar itself is hidden from screen readers), and the
/// same numbers as a table.
pub fn theme_bars(o: &Outcome) -> String {
    let mut h = Html::new();
    h.open("figure", &[("class", "app-chain-bars-figure")]);
    h.el(
        "figcaption",
        &[("class", "app-table__caption"), ("id", "chain-bars-title")],
        "Score for each theme, out of 100",
    );
    h.open(
        "ul",
        &[
            ("class", "app-chain-bars"),
            ("aria-labelledby", "chain-bars-title"),
        ],
    );
    for t in &o.themes {
        // Widths in steps of 5%, as classes: the CSP allows no inline style.
        let step = (t.percent + 2) / 5 * 5;
        let fill = format!("app-chain-bars__fill app-chain-bars__fill--w{step}");
        h.open("li", &[("class", "app-chain-bars__row")]);
        h.el(
            "span",
            &[("class", "app-chain-bars__label")],
            &format!("{} {}", t.theme.id, t.theme.title),
        );
        h.open(
            "span",
            &[("class", "app-chain-bars__track"), ("aria-hidden", "true")],
        );
        h.el("span", &[("class", &fill)], "");
        h.close("span");
        h.el(
            "span",
            &[("class", "app-chain-bars__value")],
            &format!("{}%", t.percent),
        );
        h.close("li");
    }
    h.close("ul");
    h.open(
        "table",
        &[
            ("class", "app-table app-table--stack"),
            ("data-testid", "theme-table"),
        ],
    );
    h.el(
        "caption",
        &[("class", "app-table__caption")],
        "Score for each theme",
    );
    h.open("thead", &[]).open("tr", &[]);
    for c in [
        "Theme",
        "Score",
        "Answered",
        "s54 area",
        "KnowTheChain theme",
    ] {
        h.el("th", &[("scope", "col")], c);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for t in &o.themes {
        let (s54, _, ktc) = theme_tags(t.theme.id);
        h.open("tr", &[]);
        h.el(
            "th",
            &[("scope", "row")],
            &format!("{} {}", t.theme.id, t.theme.title),
        );
        h.el(
            "td",
            &[("data-label", "Score")],
            &format!("{}% ({} of {} points)", t.percent, t.points, t.max),
        );
        h.el(
            "td",
            &[("data-label", "Answered")],
            &format!("{} of {}", t.answered, t.total),
        );
        h.el("td", &[("data-label", "s54 area")], &s54.join("; "));
        h.el(
            "td",
            &[("data-label", "KnowTheChain theme")],
            &ktc.join("; "),
        );
        h.close("tr");
    }
    h.close("tbody").close("table").close("figure");
    h.finish()
}

fn areas_table(h: &mut Html, caption: &str, head: &str, areas: &[Area]) {
    h.open("table", &[("class", "app-table app-table--stack")]);
    h.el("caption", &[("class", "app-table__caption")], caption);
    h.open("thead", &[]).open("tr", &[]);
    for c in [head, "Evidence", "Can evidence", "Not yet"] {
        h.el("th", &[("scope", "col")], c);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    let ids = |qs: &[&'static crate::domain::chain_checker::bank::Question]| {
        if qs.is_empty() {
            "none".to_string()
        } else {
            qs.iter().map(|q| q.id).collect::<Vec<_>>().join(", ")
        }
    };
    for a in areas {
        h.open("tr", &[]);
        h.el("th", &[("scope", "row")], a.label);
        h.el("td", &[("data-label", "Evidence")], a.evidence.label());
        h.el("td", &[("data-label", "Can evidence")], &ids(&a.strong));
        h.el("td", &[("data-label", "Not yet")], &ids(&a.gaps));
        h.close("tr");
    }
    h.close("tbody").close("table");
}

/// The s54 statement checklist, or nothing below £36 million.
pub fn s54_checklist(check: &Check) -> String {
    let (Some(areas), Some(fields)) = (statement_areas(check), registry_fields(check)) else {
        return String::new();
    };
    let mut h = Html::new();
    h.el(
        "h2",
        &[("class", "app-heading-l"), ("id", "s54")],
        "What your next statement can evidence",
    );
    h.el("p", &[], "Organisations with a turnover of £36 million or more must publish a modern slavery statement every year. This shows which of the six recommended areas, and which registry fields, your answers let you evidence, and which not yet. The question numbers refer to the answers in the annex.");
    areas_table(
        &mut h,
        "The six areas of a section 54 statement",
        "Area",
        &areas,
    );
    areas_table(
        &mut h,
        "The registry's \"statement includes\" fields",
        "Registry field",
        &fields,
    );
    h.finish()
}

fn band_class(b: Band) -> &'static str {
    match b {
        Band::ActNow => "app-tag app-tag--red",
        Band::GettingStarted => "app-tag app-tag--strong",
        Band::Developing => "app-tag app-tag--medium",
        _ => "app-tag app-tag--weak",
    }
}

/// Band, exposure and red flags: the first thing on the results and the report.
pub fn headline(check: &Check, o: &Outcome) -> String {
    let mut h = Html::new();
    h.open("dl", &[("class", "app-summary-list app-chain-headline")]);
    h.open("div", &[("class", "app-summary-list__row")]);
    h.el("dt", &[("class", "app-summary-list__key")], "Band");
    h.open("dd", &[("class", "app-summary-list__value")]);
    h.el(
        "strong",
        &[("class", band_class(o.band)), ("data-testid", "band")],
        o.band.label(),
    );
    h.el("p", &[], o.band.meaning());
    h.close("dd").close("div");
    h.open("div", &[("class", "app-summary-list__row")]);
    h.el("dt", &[("class", "app-summary-list__key")], "Exposure");
    h.open("dd", &[("class", "app-summary-list__value")]);
    h.el("strong", &[("data-testid", "exposure")], o.exposure.label());
    h.el(
        "p",
        &[],
        &format!(
            "{} of {} risk factors apply.{}",
            o.risk_factors,
            crate::domain::chain_checker::report::risk_questions(),
            if o.assess_further() {
                " Two or more risk factors: assess the risk further."
            } else {
                ""
            }
        ),
    );
    h.close("dd").close("div");
    h.open("div", &[("class", "app-summary-list__row")]);
    h.el("dt", &[("class", "app-summary-list__key")], "Red flags");
    h.open("dd", &[("class", "app-summary-list__value")]);
    if o.red_flags.is_empty() {
        h.el("p", &[], "None answered Yes or Not sure.");
    } else {
        h.open("ul", &[("class", "app-list app-list--bullet")]);
        for q in &o.red_flags {
            let a = check
                .answers
                .get(q.id)
                .map(|a| q.scale.label(*a))
                .unwrap_or("");
            h.open("li", &[]);
            h.el("strong", &[], &format!("{}: {a}. ", q.id));
            h.text(q.text);
            h.close("li");
        }
        h.close("ul");
    }
    h.close("dd").close("div");
    h.open("div", &[("class", "app-summary-list__row")]);
    h.el(
        "dt",
        &[("class", "app-summary-list__key")],
        "Overall maturity",
    );
    h.open("dd", &[("class", "app-summary-list__value")]);
    h.el(
        "strong",
        &[("data-testid", "overall")],
        &format!("{}%", o.overall),
    );
    h.el("p", &[], "A measure of practice, not a pass mark. No score means a supply chain is free of modern slavery.");
    if o.unanswered > 0 {
        h.el(
            "p",
            &[],
            &format!(
                "{} question(s) not answered yet; they score 0.",
                o.unanswered
            ),
        );
    }
    h.close("dd").close("div");
    h.close("dl");
    h.finish()
}

/// "What changed" since the check this one was copied from.
pub fn changes(check: &Check) -> String {
    let mut h = Html::new();
    match what_changed(check) {
        None => {
            h.el("p", &[], "This is the first check: there is nothing to compare yet. Re-check next quarter to see what changed.");
        }
        Some(c) => {
            h.el(
                "p",
                &[],
                &format!(
                    "Since the check of {}: band {} → {}; overall {}% → {}%.",
                    sources::human_date(&c.since),
                    c.band.0.label(),
                    c.band.1.label(),
                    c.overall.0,
                    c.overall.1
                ),
            );
            if !c.themes.is_empty() {
                h.open("ul", &[("class", "app-list app-list--bullet")]);
                for (t, a, b) in &c.themes {
                    h.el("li", &[], &format!("{t}: {a}% → {b}%"));
                }
                h.close("ul");
            }
            h.el("p", &[], &format!("{} answer(s) changed.", c.answers.len()));
        }
    }
    h.finish()
}

/// The printable board report: one page of headline, themes, statement
/// areas, top actions, change, KPIs and limits, then the annex of answers.
pub fn board_report(check: &Check) -> String {
    let o = assess(check);
    let mut h = Html::new();
    h.open("div", &[("class", "app-chain-report")]);
    let name = if check.organisation.trim().is_empty() {
        "Your organisation"
    } else {
        check.organisation.trim()
    };
    h.el(
        "h2",
        &[("class", "app-heading-l")],
        &format!("Board report: {name}"),
    );
    h.el(
        "p",
        &[],
        &format!("Self-assessment of {}.", sources::human_date(&check.date)),
    );
    let mut out = h.finish();
    out.push_str(&headline(check, &o));
    out.push_str(&theme_bars(&o));
    out.push_str(&s54_checklist(check));
    let mut h = Html::new();
    h.el("h2", &[("class", "app-heading-l")], "Top five actions");
    let top = top_five(check, o.exposure);
    if top.is_empty() {
        h.el(
            "p",
            &[],
            "No weak answers: keep looking, and re-check next quarter.",
        );
    } else {
        h.open("table", &[("class", "app-table app-table--stack")]);
        h.el(
            "caption",
            &[("class", "app-table__caption")],
            "Top five actions, with owners and dates",
        );
        h.open("thead", &[]).open("tr", &[]);
        for c in ["Action", "Question", "Owner", "Due", "Acknowledged"] {
            h.el("th", &[("scope", "col")], c);
        }
        h.close("tr").close("thead").open("tbody", &[]);
        for a in &top {
            let plan = check.plans.get(a.question.id).cloned().unwrap_or_default();
            h.open("tr", &[]);
            h.open("th", &[("scope", "row")]);
            if a.kind == Kind::ActNow {
                h.el("strong", &[], "Act now. ");
            }
            h.text(a.text).close("th");
            h.el("td", &[("data-label", "Question")], a.question.id);
            h.el(
                "td",
                &[("data-label", "Owner")],
                if plan.owner.trim().is_empty() {
                    "Not set"
                } else {
                    &plan.owner
                },
            );
            h.el(
                "td",
                &[("data-label", "Due")],
                if plan.due.is_empty() {
                    "Not set".to_string()
                } else {
                    sources::human_date(&plan.due)
                }
                .as_str(),
            );
            h.el(
                "td",
                &[("data-label", "Acknowledged")],
                if plan.acknowledged { "Yes" } else { "No" },
            );
            h.close("tr");
        }
        h.close("tbody").close("table");
    }
    h.el(
        "h2",
        &[("class", "app-heading-l")],
        "Change since the last check",
    );
    let mut out2 = h.finish();
    out2.push_str(&changes(check));
    let mut h = Html::new();
    h.el("h2", &[("class", "app-heading-l")], "Suggested KPIs");
    h.bullets(KPIS.iter().copied());
    h.el(
        "h2",
        &[("class", "app-heading-l")],
        "Limits of a self-assessment",
    );
    h.bullets(LIMITS.iter().copied());
    h.el(
        "h2",
        &[("class", "app-heading-l app-chain-annex")],
        "Annex: answers",
    );
    h.el("h3", &[("class", "app-heading-m")], "A Exposure");
    h.open("dl", &[("class", "app-summary-list")]);
    for q in EXPOSURE {
        let chosen = check.chosen_labels(q);
        annex_row(
            &mut h,
            q.id,
            q.text,
            &if chosen.is_empty() {
                "Not answered".to_string()
            } else {
                chosen.join("; ")
            },
            check.notes.get(q.id),
        );
    }
    h.close("dl");
    for t in &o.themes {
        h.el(
            "h3",
            &[("class", "app-heading-m")],
            &format!("{} {}: {}%", t.theme.id, t.theme.title, t.percent),
        );
        h.open("dl", &[("class", "app-summary-list")]);
        for q in questions_in(t.theme.id) {
            let a = check
                .answers
                .get(q.id)
                .map(|a| q.scale.label(*a))
                .unwrap_or("Not answered");
            annex_row(&mut h, q.id, q.text, a, check.notes.get(q.id));
        }
        h.close("dl");
    }
    let all = actions(check, o.exposure);
    if all.len() > 5 {
        h.el("h3", &[("class", "app-heading-m")], "All actions");
        h.open("ol", &[("class", "app-list app-list--number")]);
        for a in &all {
            h.el(
                "li",
                &[],
                &format!("{} (question {})", a.text, a.question.id),
            );
        }
        h.close("ol");
    }
    let mut out3 = h.finish();
    out3.push_str(&sources_section());
    format!("{out}{out2}{out3}</div>")
}

fn annex_row(h: &mut Html, id: &str, text: &str, answer: &str, note: Option<&String>) {
    h.open("div", &[("class", "app-summary-list__row")]);
    h.el(
        "dt",
        &[("class", "app-summary-list__key")],
        &format!("{id} {text}"),
    );
    h.open("dd", &[("class", "app-summary-list__value")]);
    h.el("p", &[], answer);
    if let Some(n) = note.filter(|n| !n.trim().is_empty()) {
        h.el("p", &[("class", "app-chain-note")], &format!("Note: {n}"));
    }
    h.close("dd").close("div");
}

fn sources_section() -> String {
    sources_of(SOURCES.to_vec())
}

/// "Sources" and "Last reviewed" for one page of the Chain Checker.
pub fn sources_of(list: Vec<&'static Source>) -> String {
    let mut h = Html::new();
    sources::section(&mut h, list, REVIEWED);
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
    sources_of(list)
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
    h.open("table", &[("class", "app-table app-table--stack")]);
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
    h.close("tbody").close("table");
    h.el("h2", &[("class", "app-heading-m")], "Themes");
    h.open("table", &[("class", "app-table app-table--stack")]);
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
    h.close("tbody").close("table");
    h.el("h2", &[("class", "app-heading-m")], "Every question");
    for t in THEMES {
        h.open(
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
        h.close("tbody").close("table");
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
        assert!(html.contains("08000 121 700"));
        assert!(html.contains("Fair Work Agency"));
        assert!(html.contains("app-warning"));
        assert!(html.contains("Do not end the contract on reflex"));
    }

    #[test]
    fn the_board_report_escapes_what_the_user_typed() {
        let mut c = Check::new("x", "<b>Acme</b>", "2026-11-01");
        c.notes
            .insert("B1".into(), "<script>alert(1)</script>".into());
        c.set_answer("B1", crate::domain::chain_checker::answer::Answer::No);
        let html = board_report(&c);
        assert!(!html.contains("<script>") && !html.contains("<b>Acme"));
        assert!(html.contains("&lt;script&gt;"));
    }
}
