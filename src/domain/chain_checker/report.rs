//! The board report as Markdown and the answers as CSV, made on the device.
//! Everything a user typed is escaped, so a note cannot add Markdown, HTML or
//! a spreadsheet formula.

use super::{
    actions::{actions, top_five, Kind},
    bank::{questions_in, Risk, EXPOSURE, SOURCES},
    check::Check,
    diff::what_changed,
    s54::{registry_fields, statement_areas},
    score::{assess, Outcome},
    tags::{label, FAST_GOALS, KTC_THEMES, REGISTRY_FIELDS, S54_AREAS},
};
use crate::domain::registry::{org, OrgId, Verification};
use std::fmt::Write as _;

/// The limits of a self-assessment, in the report and on the results page.
pub const LIMITS: &[&str] = &[
    "This is a self-assessment, not an audit or a certification: it shows what the organisation says it does.",
    "No score means that a supply chain is free of modern slavery, and there is no pass mark.",
    "The answers were kept on the device they were entered on; this report was made there.",
];

/// Suggested KPIs for the next statement.
pub const KPIS: &[&str] = &[
    "Share of high-risk suppliers assessed this year",
    "Recruitment fees found and repaid to workers",
    "Grievances received from supply-chain workers, and resolved",
    "Staff trained, by role (buyers, HR, site managers)",
];

/// User text made safe for Markdown: one line, with Markdown and HTML
/// characters escaped.
pub fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One CSV cell: quoted, and never read as a formula by a spreadsheet.
pub fn csv_cell(s: &str) -> String {
    let mut v: String = s
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    if v.starts_with(['=', '+', '-', '@']) {
        v.insert(0, '\'');
    }
    format!("\"{}\"", v.replace('"', "\"\""))
}

pub fn theme_tags(theme_id: &str) -> (Vec<&'static str>, Vec<&'static str>, Vec<&'static str>) {
    let mut s54 = Vec::new();
    let mut reg = Vec::new();
    let mut ktc = Vec::new();
    for q in questions_in(theme_id) {
        for (list, tags, id) in [
            (&mut s54, &S54_AREAS[..], q.s54),
            (&mut reg, &REGISTRY_FIELDS[..], q.registry),
            (&mut ktc, &KTC_THEMES[..], q.ktc),
        ] {
            let l = label(tags, id);
            if !list.contains(&l) {
                list.push(l);
            }
        }
    }
    (s54, reg, ktc)
}

fn org_name(check: &Check) -> String {
    if check.organisation.trim().is_empty() {
        "Your organisation".into()
    } else {
        md_text(&check.organisation)
    }
}

/// How many exposure questions can name a risk factor.
pub fn risk_questions() -> usize {
    EXPOSURE
        .iter()
        .filter(|q| q.options.iter().any(|o| o.risk != Risk::None))
        .count()
}

/// The Act now steps, with numbers and caveats from the registry.
fn act_now_markdown() -> String {
    let mut m = String::from("What to do now:\n\n");
    let number = |id: OrgId| org(id).numbers.first().map(|n| n.display).unwrap_or("");
    let _ = writeln!(
        m,
        "1. If anyone is in immediate danger, call {}.",
        number(OrgId::Emergency999)
    );
    let h = org(OrgId::Helpline);
    let _ = writeln!(
        m,
        "2. For advice, call the {} on {} (24 hours, free).",
        h.name,
        number(OrgId::Helpline)
    );
    let l = org(OrgId::LabourAuthority);
    let _ = write!(
        m,
        "3. For labour abuse in England and Wales, contact the {} ({}).",
        l.name,
        number(OrgId::LabourAuthority)
    );
    if let Verification::CheckBeforeUse(note) = l.verification {
        let _ = write!(m, " Check before use: {note}");
    }
    m.push('\n');
    m.push_str("4. Do not end contracts on reflex: that can leave workers worse off. Follow the victim-centred steps in the Home Office guidance and keep working with the supplier to protect workers.\n\n");
    m
}

pub fn markdown(check: &Check) -> String {
    let o: Outcome = assess(check);
    let mut m = String::new();
    let _ = writeln!(m, "# Chain Checker board report: {}\n", org_name(check));
    let _ = writeln!(
        m,
        "Self-assessment of {}.\n",
        if check.date.is_empty() {
            "an undated check"
        } else {
            &check.date
        }
    );
    let _ = writeln!(m, "**Band: {}.** {}\n", o.band.label(), o.band.meaning());
    let _ = writeln!(
        m,
        "**Exposure: {}** ({} of {} risk factors).{}\n",
        o.exposure.label(),
        o.risk_factors,
        risk_questions(),
        if o.assess_further() {
            " Two or more risk factors: assess further."
        } else {
            ""
        }
    );
    if o.red_flags.is_empty() {
        m.push_str("**Red flags: none answered Yes or Not sure.**\n\n");
    } else {
        m.push_str("**Red flags: act now.**\n\n");
        for q in &o.red_flags {
            let a = check
                .answers
                .get(q.id)
                .map(|a| q.scale.label(*a))
                .unwrap_or("");
            let _ = writeln!(m, "- **{}** {} ({a})", q.id, q.text);
        }
        m.push('\n');
        m.push_str(&act_now_markdown());
    }
    let _ = writeln!(m, "**Overall maturity: {}%.** No score means a supply chain is free of modern slavery, and there is no pass mark.\n", o.overall);
    if o.unanswered > 0 {
        let _ = writeln!(
            m,
            "{} question(s) were not answered and score 0.\n",
            o.unanswered
        );
    }
    m.push_str("## Themes\n\n| Theme | Score | s54 area | Registry field | KnowTheChain theme |\n|---|---|---|---|---|\n");
    for t in &o.themes {
        let (s54, reg, ktc) = theme_tags(t.theme.id);
        let _ = writeln!(
            m,
            "| {} {} | {}% ({} of {} points) | {} | {} | {} |",
            t.theme.id,
            t.theme.title,
            t.percent,
            t.points,
            t.max,
            s54.join("; "),
            reg.join("; "),
            ktc.join("; ")
        );
    }
    m.push('\n');
    if let Some(areas) = statement_areas(check) {
        m.push_str("## What the next statement can evidence\n\n| Section 54 area | Evidence | Gaps |\n|---|---|---|\n");
        for a in &areas {
            let gaps: Vec<&str> = a.gaps.iter().map(|q| q.id).collect();
            let _ = writeln!(
                m,
                "| {} | {} | {} |",
                a.label,
                a.evidence.label(),
                if gaps.is_empty() {
                    "none".to_string()
                } else {
                    gaps.join(", ")
                }
            );
        }
        m.push('\n');
    }
    if let Some(fields) = registry_fields(check) {
        m.push_str("| Registry field (statement includes) | Evidence |\n|---|---|\n");
        for a in &fields {
            let _ = writeln!(m, "| {} | {} |", a.label, a.evidence.label());
        }
        m.push('\n');
    }
    m.push_str("## Top five actions\n\n");
    let top = top_five(check, o.exposure);
    if top.is_empty() {
        m.push_str("No weak answers: keep looking, and re-check next quarter.\n\n");
    }
    for (i, a) in top.iter().enumerate() {
        let plan = check.plans.get(a.question.id).cloned().unwrap_or_default();
        let _ = writeln!(
            m,
            "{}. {}{} (Question {}.) Owner: {}. Due: {}.{}",
            i + 1,
            if a.kind == Kind::ActNow {
                "**Act now.** "
            } else {
                ""
            },
            a.text,
            a.question.id,
            if plan.owner.trim().is_empty() {
                "not set".into()
            } else {
                md_text(&plan.owner)
            },
            if plan.due.is_empty() {
                "not set"
            } else {
                &plan.due
            },
            if plan.acknowledged {
                " Acknowledged."
            } else {
                ""
            }
        );
    }
    m.push_str("\n## Change since the last check\n\n");
    match what_changed(check) {
        None => m.push_str("This is the first check: there is nothing to compare yet.\n\n"),
        Some(c) => {
            let _ = writeln!(
                m,
                "Since the check of {}: band {} → {}; overall {}% → {}%.\n",
                c.since,
                c.band.0.label(),
                c.band.1.label(),
                c.overall.0,
                c.overall.1
            );
            for (t, a, b) in &c.themes {
                let _ = writeln!(m, "- {t}: {a}% → {b}%");
            }
            if !c.themes.is_empty() {
                m.push('\n');
            }
            let _ = writeln!(m, "{} answer(s) changed.\n", c.answers.len());
        }
    }
    m.push_str("## Suggested KPIs\n\n");
    for k in KPIS {
        let _ = writeln!(m, "- {k}");
    }
    m.push_str("\n## Limits\n\n");
    for l in LIMITS {
        let _ = writeln!(m, "- {l}");
    }
    m.push_str("\n---\n\n# Annex: answers\n\n## A Exposure\n\n");
    for q in EXPOSURE {
        let chosen = check.chosen_labels(q);
        let _ = writeln!(
            m,
            "- **{}** {} {}",
            q.id,
            q.text,
            if chosen.is_empty() {
                "Not answered".to_string()
            } else {
                chosen.join("; ")
            }
        );
        if let Some(n) = check.notes.get(q.id).filter(|n| !n.trim().is_empty()) {
            let _ = writeln!(m, "  - Note: {}", md_text(n));
        }
    }
    for t in &o.themes {
        let _ = writeln!(m, "\n## {} {}: {}%\n", t.theme.id, t.theme.title, t.percent);
        for q in questions_in(t.theme.id) {
            let a = check
                .answers
                .get(q.id)
                .map(|a| q.scale.label(*a))
                .unwrap_or("Not answered");
            let fast = if q.fast.is_empty() {
                String::new()
            } else {
                format!(" (FAST goal {}: {})", q.fast, label(&FAST_GOALS, q.fast))
            };
            let _ = writeln!(m, "- **{}** {} **{a}**{fast}", q.id, q.text);
            if let Some(n) = check.notes.get(q.id).filter(|n| !n.trim().is_empty()) {
                let _ = writeln!(m, "  - Note: {}", md_text(n));
            }
        }
    }
    let all = actions(check, o.exposure);
    if all.len() > 5 {
        m.push_str("\n## All actions\n\n");
        for a in &all {
            let _ = writeln!(m, "- {} ({})", a.text, a.question.id);
        }
    }
    m.push_str("\n## Sources\n\n");
    for s in SOURCES {
        let _ = writeln!(
            m,
            "- [{}] {}{}",
            s.key,
            s.citation,
            if s.url.is_empty() {
                String::new()
            } else {
                format!(" {}", s.url)
            }
        );
    }
    m
}

pub fn csv(check: &Check) -> String {
    let o = assess(check);
    let acts = actions(check, o.exposure);
    let mut out = String::from(
        "Section,Question ID,Question,Answer,Points,Maximum,Note,Action,Owner,Due,Acknowledged\r\n",
    );
    let row = |cells: &[&str]| {
        cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(",")
            + "\r\n"
    };
    for q in EXPOSURE {
        let chosen = check.chosen_labels(q);
        let note = check.notes.get(q.id).cloned().unwrap_or_default();
        out.push_str(&row(&[
            "A Exposure",
            q.id,
            q.text,
            &chosen.join("; "),
            "",
            "",
            &note,
            "",
            "",
            "",
            "",
        ]));
    }
    for t in &o.themes {
        let section = format!("{} {}", t.theme.id, t.theme.title);
        for q in questions_in(t.theme.id) {
            let a = check.answers.get(q.id).copied();
            let answer = a.map(|a| q.scale.label(a)).unwrap_or("");
            let points = a
                .and_then(|a| q.scale.points(a))
                .map(|p| p.to_string())
                .unwrap_or_default();
            let note = check.notes.get(q.id).cloned().unwrap_or_default();
            let action = acts
                .iter()
                .find(|x| x.question.id == q.id)
                .map(|x| x.text)
                .unwrap_or("");
            let plan = check.plans.get(q.id).cloned().unwrap_or_default();
            out.push_str(&row(&[
                &section,
                q.id,
                q.text,
                answer,
                &points,
                &q.scale.max().to_string(),
                &note,
                action,
                &plan.owner,
                &plan.due,
                if plan.acknowledged { "yes" } else { "" },
            ]));
        }
    }
    out
}
