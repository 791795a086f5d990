//! The board report as Markdown and the answers as CSV, made on the device
//! from the same `board::Board` the screen and the printed report show, in
//! the printed report's order: the one-page summary, then the annex.
//! Everything a user typed is escaped, so a note cannot add Markdown, HTML or
//! a spreadsheet formula.

use super::{
    actions::Kind,
    bank::SOURCES,
    board::{Board, Change},
};
use crate::domain::registry::{org, OrgId, Verification};
use std::fmt::Write as _;

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

fn number(id: OrgId) -> &'static str {
    org(id).numbers.first().map(|n| n.display).unwrap_or("")
}

/// The Act now steps, with numbers and caveats from the registry.
fn act_now_markdown() -> String {
    let mut m = String::from("What to do now:\n\n");
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
    m.push_str("4. Do not end contracts straight away: that can leave workers worse off. Follow the victim-centred steps in the Home Office guidance and keep working with the supplier to protect workers.\n\n");
    m
}

/// The Act now steps in one line, for the report's one-page summary; the
/// annex gives them in full. Each number is kept on one line.
pub fn act_now_in_brief() -> String {
    let unbroken = |id| number(id).replace(' ', "\u{a0}");
    format!(
        "If anyone is in immediate danger, call {}. For advice, call the helpline on {}. Do not end contracts straight away. The annex gives every step and contact.",
        unbroken(OrgId::Emergency999),
        unbroken(OrgId::Helpline)
    )
}

/// "Since the check of …: band … → …; overall …% → …%."
pub fn change_in_brief(c: &Change, date: impl Fn(&str) -> String) -> String {
    format!(
        "Since the check of {}: band {} → {}; overall {}% → {}%.",
        date(&c.since),
        c.band.0.label(),
        c.band.1.label(),
        c.overall.0,
        c.overall.1
    )
}

fn or_not_set(s: &str) -> String {
    if s.trim().is_empty() {
        "not set".into()
    } else {
        md_text(s)
    }
}

/// Band, exposure and red flags (with the Act now steps), then the overall
/// score: what a board reads first.
fn headline(m: &mut String, b: &Board) {
    let h = &b.headline;
    let _ = writeln!(m, "**Band: {}.** {}\n", h.band.label(), h.band.meaning());
    let _ = writeln!(
        m,
        "**Exposure: {}** ({} of {} risk factors).{}\n",
        h.exposure.label(),
        h.risk_factors,
        h.risk_questions,
        if h.assess_further {
            " Two or more risk factors: assess further."
        } else {
            ""
        }
    );
    if h.red_flags.is_empty() {
        m.push_str("**Red flags: none answered Yes or Not sure.**\n\n");
    } else {
        m.push_str("**Red flags: act now.**\n\n");
        for f in &h.red_flags {
            let _ = writeln!(m, "- **{}** {} ({})", f.id, f.text, f.answer);
        }
        m.push('\n');
        m.push_str(&act_now_markdown());
    }
    let _ = writeln!(m, "**Overall maturity: {}%.** No score means a supply chain is free of modern slavery, and there is no pass mark.\n", h.overall);
    if h.unanswered > 0 {
        let _ = writeln!(
            m,
            "{} question(s) were not answered and score 0.\n",
            h.unanswered
        );
    }
}

/// The one-page summary: headline, top five actions, theme scores, the
/// change in a line and the limits in a line.
fn summary(m: &mut String, b: &Board) {
    let _ = writeln!(
        m,
        "# Chain Checker board report: {}\n",
        md_text(&b.organisation)
    );
    let _ = writeln!(
        m,
        "Self-assessment of {}.\n",
        if b.date.is_empty() {
            "an undated check".to_string()
        } else {
            md_text(&b.date)
        }
    );
    headline(m, b);
    m.push_str("## Top five actions\n\n");
    let top = b.top_five();
    if top.is_empty() {
        m.push_str("No weak answers: keep looking, and re-check next quarter.\n");
    }
    for (i, a) in top.iter().enumerate() {
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
            a.question,
            or_not_set(&a.owner),
            or_not_set(&a.due),
            if a.acknowledged { " Acknowledged." } else { "" }
        );
    }
    m.push_str("\n## Theme scores\n\n| Theme | Score |\n|---|---|\n");
    for t in &b.themes {
        let _ = writeln!(m, "| {} | {}% |", t.name(), t.percent);
    }
    m.push('\n');
    if let Some(c) = &b.change {
        let _ = writeln!(m, "{}\n", change_in_brief(c, str::to_string));
    }
    let _ = writeln!(m, "*{}*\n", b.limits_in_brief);
}

fn change(m: &mut String, change: &Option<Change>) {
    m.push_str("## Change since the last check\n\n");
    let Some(c) = change else {
        m.push_str("This is the first check: there is nothing to compare yet.\n\n");
        return;
    };
    let _ = writeln!(m, "{}\n", change_in_brief(c, str::to_string));
    for (t, a, b) in &c.themes {
        let _ = writeln!(m, "- {t}: {a}% → {b}%");
    }
    if !c.themes.is_empty() {
        m.push('\n');
    }
    let _ = writeln!(m, "{} answer(s) changed.\n", c.answers.len());
    for a in &c.answers {
        let _ = writeln!(m, "- {} {}: {} → {}", a.id, a.text, a.then, a.now);
    }
    if !c.answers.is_empty() {
        m.push('\n');
    }
}

/// The annex: each theme's score and what it maps to, what the next
/// statement can evidence, the change, KPIs, limits, every answer and note,
/// every action and the sources.
fn annex(m: &mut String, b: &Board) {
    m.push_str("---\n\n# Annex\n\n## Themes and what they map to\n\n| Theme | Score | s54 area | Registry field | KnowTheChain theme |\n|---|---|---|---|---|\n");
    for t in &b.themes {
        let _ = writeln!(
            m,
            "| {} | {}% ({} of {} points) | {} | {} | {} |",
            t.name(),
            t.percent,
            t.points,
            t.max,
            t.s54.join("; "),
            t.registry.join("; "),
            t.ktc.join("; ")
        );
    }
    m.push('\n');
    if let Some(s) = &b.statement {
        m.push_str("## What the next statement can evidence\n\n| Section 54 area | Evidence | Gaps |\n|---|---|---|\n");
        for a in &s.areas {
            let gaps = if a.gaps.is_empty() {
                "none".to_string()
            } else {
                a.gaps.join(", ")
            };
            let _ = writeln!(m, "| {} | {} | {gaps} |", a.label, a.evidence);
        }
        m.push_str("\n| Registry field (statement includes) | Evidence |\n|---|---|\n");
        for a in &s.fields {
            let _ = writeln!(m, "| {} | {} |", a.label, a.evidence);
        }
        m.push('\n');
    }
    change(m, &b.change);
    m.push_str("## Suggested KPIs\n\n");
    for k in b.kpis {
        let _ = writeln!(m, "- {k}");
    }
    m.push_str("\n## Limits\n\n");
    for l in b.limits {
        let _ = writeln!(m, "- {l}");
    }
    m.push_str("\n## Answers\n");
    for s in &b.annex {
        let _ = writeln!(m, "\n### {}\n", s.heading());
        for r in &s.rows {
            // Exposure answers are plain; theme answers bold, as scored.
            match r.max {
                None => {
                    let _ = writeln!(m, "- **{}** {} {}", r.id, r.text, r.answer_or_not());
                }
                Some(_) => {
                    let fast = r
                        .fast
                        .as_ref()
                        .map(|f| format!(" ({f})"))
                        .unwrap_or_default();
                    let _ = writeln!(
                        m,
                        "- **{}** {} **{}**{fast}",
                        r.id,
                        r.text,
                        r.answer_or_not()
                    );
                }
            }
            if let Some(n) = &r.note {
                let _ = writeln!(m, "  - Note: {}", md_text(n));
            }
        }
    }
    if b.actions.len() > 5 {
        m.push_str("\n## All actions\n\n");
        for a in &b.actions {
            let _ = writeln!(m, "- {} ({})", a.text, a.question);
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
}

pub fn markdown(b: &Board) -> String {
    let mut m = String::new();
    summary(&mut m, b);
    annex(&mut m, b);
    m
}

/// The answers, one row a question, with each action's owner and due date.
pub fn csv(b: &Board) -> String {
    let mut out = String::from(
        "Section,Question ID,Question,Answer,Points,Maximum,Note,Action,Owner,Due,Acknowledged\r\n",
    );
    for s in &b.annex {
        for r in &s.rows {
            let action = b.actions.iter().find(|a| a.question == r.id);
            let cells = [
                s.name.as_str(),
                r.id,
                r.text,
                r.answer.as_deref().unwrap_or(""),
                &r.points.map(|p| p.to_string()).unwrap_or_default(),
                &r.max.map(|p| p.to_string()).unwrap_or_default(),
                r.note.as_deref().unwrap_or(""),
                action.map(|a| a.text).unwrap_or(""),
                action.map(|a| a.owner.as_str()).unwrap_or(""),
                action.map(|a| a.due.as_str()).unwrap_or(""),
                if action.is_some_and(|a| a.acknowledged) {
                    "yes"
                } else {
                    ""
                },
            ];
            let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}
