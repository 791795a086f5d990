//! The guidance compiler: reads content/ (topics in Markdown with TOML front
//! matter, the glossary, chart data), checks it, and renders it to HTML and a
//! search index. Used by build.rs, so a mistake fails the build, not the
//! user; and by tests/content_build.rs, which proves that it does.

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

pub const SECTIONS: [&str; 6] = ["understand", "scale", "forms", "tackle", "refer", "stories"];
pub const NATIONS: [&str; 3] = ["england-wales", "scotland", "northern-ireland"];
const NATION_LABELS: [&str; 3] = ["England and Wales", "Scotland", "Northern Ireland"];

/// The app's fixed addresses (those without a `:parameter`), read from
/// `ROUTE_PATTERNS` in src/domain/address.rs, the one list the router uses,
/// so content can link to any page the app has and to nothing else.
pub fn app_pages(address_rs: &str) -> Result<Vec<String>, String> {
    let start = address_rs
        .find("pub const ROUTE_PATTERNS")
        .ok_or("no ROUTE_PATTERNS in src/domain/address.rs")?;
    let body = &address_rs[start..];
    let body = &body[body.find('[').unwrap_or(0)..];
    let body = &body[..body.find("];").ok_or("ROUTE_PATTERNS is not closed")?];
    let pages: Vec<String> = body
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|p| p.starts_with('/') && !p.contains(':'))
        .map(str::to_string)
        .collect();
    if pages.is_empty() {
        return Err("ROUTE_PATTERNS in src/domain/address.rs has no fixed address".into());
    }
    Ok(pages)
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub section: String,
    pub order: u32,
    pub nations: Vec<String>,
    pub sources: Vec<String>,
    pub reviewed: String,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub composite: bool,
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub file: String,
    pub fm: FrontMatter,
    pub body: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub definition: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub see: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Glossary {
    pub term: Vec<Term>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    pub label: String,
    pub value: u64,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub title: String,
    pub caption: String,
    pub unit: String,
    pub sources: Vec<String>,
    pub rows: Vec<Row>,
}

/// A topic ready for the app: HTML per nation (the reader's nation first,
/// the others folded) and text for search.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub fm: FrontMatter,
    /// One per nation, in `NATIONS` order; all equal when the topic has no nation blocks.
    pub html: [String; 3],
    pub headings: Vec<String>,
    pub text: String,
}

pub fn parse_topic(file: &str, raw: &str) -> Result<Topic, String> {
    let rest = raw
        .strip_prefix("+++\n")
        .ok_or_else(|| format!("{file}: must start with +++ front matter"))?;
    let end = rest
        .find("\n+++\n")
        .ok_or_else(|| format!("{file}: front matter is not closed with +++"))?;
    let fm: FrontMatter =
        toml::from_str(&rest[..end]).map_err(|e| format!("{file}: front matter: {e}"))?;
    Ok(Topic {
        file: file.to_string(),
        fm,
        body: rest[end + 5..].to_string(),
    })
}

pub fn parse_glossary(raw: &str) -> Result<Glossary, String> {
    toml::from_str(raw).map_err(|e| format!("glossary.toml: {e}"))
}

pub fn parse_chart(id: &str, raw: &str) -> Result<Chart, String> {
    toml::from_str(raw).map_err(|e| format!("data/{id}.toml: {e}"))
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Every check that does not need rendering.
pub fn check(
    topics: &[Topic],
    glossary: &Glossary,
    charts: &BTreeMap<String, Chart>,
    source_keys: &BTreeSet<String>,
) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let ids: BTreeSet<&str> = topics.iter().map(|t| t.fm.id.as_str()).collect();
    if ids.len() != topics.len() {
        errors.push("two topics share an id".into());
    }
    for t in topics {
        let f = &t.fm;
        let at = &t.file;
        if !is_kebab(&f.id) || format!("{}.md", f.id) != *at {
            errors.push(format!(
                "{at}: id '{}' must be kebab-case and match the file name",
                f.id
            ));
        }
        if f.title.trim().is_empty() || f.summary.trim().is_empty() {
            errors.push(format!("{at}: needs a title and a summary"));
        }
        if !SECTIONS.contains(&f.section.as_str()) {
            errors.push(format!("{at}: unknown section '{}'", f.section));
        }
        if f.sources.is_empty() {
            errors.push(format!("{at}: has no source"));
        }
        for s in &f.sources {
            if !source_keys.contains(s) {
                errors.push(format!("{at}: unknown source '{s}'"));
            }
        }
        if !is_date(&f.reviewed) {
            errors.push(format!("{at}: no valid review date (YYYY-MM-DD)"));
        }
        if f.nations.is_empty()
            || !f
                .nations
                .iter()
                .all(|n| n == "all" || NATIONS.contains(&n.as_str()))
        {
            errors.push(format!("{at}: nations must be [\"all\"] or known nations"));
        }
        for r in &f.related {
            if !ids.contains(r.as_str()) {
                errors.push(format!("{at}: unknown related topic '{r}'"));
            }
        }
        if f.section == "stories" && !f.composite {
            errors.push(format!("{at}: a story must be marked composite = true"));
        }
        if let Some(tag) = raw_html(&t.body) {
            errors.push(format!(
                "{at}: raw HTML ({tag}) in Markdown; write Markdown, or use a directive \
                 (::chart, :::nation, [S:n])"
            ));
        }
        for key in cite_keys(&t.body) {
            if !f.sources.contains(&key) {
                errors.push(format!("{at}: [S:{key}] is not in the topic's sources"));
            }
        }
        for line in t.body.lines() {
            if let Some(id) = line.trim().strip_prefix("::chart ") {
                if !charts.contains_key(id.trim()) {
                    errors.push(format!("{at}: unknown chart '{}'", id.trim()));
                }
            }
            if let Some(n) = line.trim().strip_prefix(":::nation ") {
                if !NATIONS.contains(&n.trim()) {
                    errors.push(format!("{at}: unknown nation block '{}'", n.trim()));
                }
            }
        }
    }
    let term_ids: BTreeSet<&str> = glossary.term.iter().map(|t| t.id.as_str()).collect();
    if term_ids.len() != glossary.term.len() {
        errors.push("glossary: two terms share an id".into());
    }
    for t in &glossary.term {
        if !is_kebab(&t.id) || t.term.trim().is_empty() || t.definition.trim().is_empty() {
            errors.push(format!(
                "glossary: term '{}' needs a kebab-case id, a term and a definition",
                t.id
            ));
        }
        if t.sources.is_empty() {
            errors.push(format!("glossary: term '{}' has no source", t.id));
        }
        for s in &t.sources {
            if !source_keys.contains(s) {
                errors.push(format!(
                    "glossary: term '{}' cites unknown source '{s}'",
                    t.id
                ));
            }
        }
        for s in &t.see {
            if !term_ids.contains(s.as_str()) {
                errors.push(format!("glossary: term '{}' sees unknown term '{s}'", t.id));
            }
        }
    }
    for (id, c) in charts {
        if c.rows.is_empty() || c.sources.is_empty() {
            errors.push(format!("data/{id}.toml: needs rows and sources"));
        }
        for s in &c.sources {
            if !source_keys.contains(s) {
                errors.push(format!("data/{id}.toml: unknown source '{s}'"));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn cite_keys(body: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = body;
    while let Some(i) = rest.find("[S:") {
        rest = &rest[i + 3..];
        if let Some(end) = rest.find(']') {
            keys.push(rest[..end].trim().to_string());
            rest = &rest[end..];
        }
    }
    keys
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The first HTML an author wrote into a topic, if any. The renderer adds
/// its own markup (citations, charts, nation blocks) after this check, so
/// everything users see from content is either Markdown or that markup.
fn raw_html(body: &str) -> Option<String> {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    Parser::new_ext(body, opts).find_map(|e| match e {
        Event::Html(h) | Event::InlineHtml(h) => {
            Some(h.trim().chars().take(40).collect::<String>())
        }
        _ => None,
    })
}

/// Splits a body into plain parts and nation blocks, in order.
enum Part {
    Plain(String),
    Nation(usize, String),
}

fn parts(body: &str) -> Vec<Part> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut block: Option<(usize, String)> = None;
    for line in body.lines() {
        let trimmed = line.trim();
        if let Some(n) = trimmed.strip_prefix(":::nation ") {
            if !plain.is_empty() {
                out.push(Part::Plain(std::mem::take(&mut plain)));
            }
            let idx = NATIONS.iter().position(|x| *x == n.trim()).unwrap_or(0);
            block = Some((idx, String::new()));
        } else if trimmed == ":::" && block.is_some() {
            let (idx, text) = block.take().unwrap_or_default();
            out.push(Part::Nation(idx, text));
        } else if let Some((_, text)) = block.as_mut() {
            text.push_str(line);
            text.push('\n');
        } else {
            plain.push_str(line);
            plain.push('\n');
        }
    }
    if let Some((idx, text)) = block {
        out.push(Part::Nation(idx, text));
    }
    if !plain.is_empty() {
        out.push(Part::Plain(plain));
    }
    out
}

/// The Markdown for one nation: its blocks first in each run of blocks, the
/// others folded in <details>.
fn for_nation(body: &str, nation: usize) -> String {
    let parts = parts(body);
    let mut out = String::new();
    let mut i = 0;
    while i < parts.len() {
        match &parts[i] {
            Part::Plain(text) => {
                out.push_str(text);
                i += 1;
            }
            Part::Nation(..) => {
                let mut run = Vec::new();
                while let Some(Part::Nation(idx, text)) = parts.get(i) {
                    run.push((*idx, text.as_str()));
                    i += 1;
                }
                run.sort_by_key(|(idx, _)| *idx != nation);
                for (idx, text) in run {
                    let label = NATION_LABELS[idx];
                    if idx == nation {
                        out.push_str(&format!("\n<div class=\"app-nation\" data-nation=\"{}\">\n\n<p class=\"app-nation__label\">In {label}</p>\n\n{text}\n</div>\n\n", NATIONS[idx]));
                    } else {
                        out.push_str(&format!("\n<details class=\"app-details app-nation\" data-nation=\"{}\">\n<summary class=\"app-details__summary\">In {label}</summary>\n<div class=\"app-details__text\">\n\n{text}\n</div>\n</details>\n\n", NATIONS[idx]));
                    }
                }
            }
        }
    }
    out
}

/// A horizontal bar chart in SVG, and the same numbers as a table.
pub fn chart_html(id: &str, c: &Chart, source_keys: &dyn Fn(&str) -> String) -> String {
    let max = c.rows.iter().map(|r| r.value).max().unwrap_or(1).max(1);
    let row_h = 28;
    // Wide enough for the longest label (about 7.5 px a character at 14 px).
    let longest = c
        .rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(4);
    let label_w = (longest * 15 / 2 + 12).clamp(60, 300);
    let width = label_w + 420;
    let height = c.rows.len() * row_h + 10;
    let mut svg = format!(
        "<svg class=\"app-chart__svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-{id}-title\" focusable=\"false\"><title id=\"chart-{id}-title\">{} (the same figures are in the table below)</title>",
        escape(&c.title)
    );
    for (i, r) in c.rows.iter().enumerate() {
        let y = i * row_h + 5;
        let w = (r.value as f64 / max as f64 * (width - label_w - 80) as f64)
            .round()
            .max(1.0);
        svg.push_str(&format!(
            "<text class=\"app-chart__label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect class=\"app-chart__bar\" x=\"{label_w}\" y=\"{}\" width=\"{w}\" height=\"{}\"></rect><text class=\"app-chart__value\" x=\"{}\" y=\"{}\">{}</text>",
            label_w - 8,
            y + 18,
            escape(&r.label),
            y + 3,
            row_h - 8,
            label_w as f64 + w + 6.0,
            y + 18,
            thousands(r.value)
        ));
    }
    svg.push_str("</svg>");
    let has_notes = c.rows.iter().any(|r| !r.note.is_empty());
    let mut table = format!(
        "<table class=\"app-table\" data-chart-table=\"{id}\"><caption class=\"app-table__caption\">{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"app-table__numeric\">{}</th>{}</tr></thead><tbody>",
        escape(&c.title),
        if c.rows.iter().all(|r| r.label.bytes().all(|b| b.is_ascii_digit())) { "Year" } else { "Group" },
        escape(&c.unit),
        if has_notes { "<th scope=\"col\">Note</th>" } else { "" }
    );
    for r in &c.rows {
        table.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td class=\"app-table__numeric\">{}</td>{}</tr>",
            escape(&r.label),
            thousands(r.value),
            if has_notes {
                format!("<td>{}</td>", escape(&r.note))
            } else {
                String::new()
            }
        ));
    }
    table.push_str("</tbody></table>");
    format!(
        "<figure class=\"app-chart\" data-chart=\"{id}\">{svg}<figcaption class=\"app-chart__caption\">{} Source: {}</figcaption>{table}</figure>",
        escape(&c.caption),
        c.sources.iter().map(|s| source_keys(s)).collect::<Vec<_>>().join(" ")
    )
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Renders Markdown, checks its links, and collects headings and text.
fn render_markdown(
    md: &str,
    at: &str,
    link_ok: &dyn Fn(&str) -> bool,
) -> Result<(String, Vec<String>, String), String> {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    let mut headings = Vec::new();
    let mut text = String::new();
    let mut in_heading = false;
    let mut heading = String::new();
    let mut bad_links = Vec::new();
    let events: Vec<Event> = Parser::new_ext(md, opts)
        .inspect(|e| match e {
            Event::Start(Tag::Heading { level, .. }) if *level != HeadingLevel::H1 => {
                in_heading = true;
                heading.clear();
            }
            Event::End(TagEnd::Heading(_)) if in_heading => {
                in_heading = false;
                headings.push(heading.trim().to_string());
            }
            Event::Start(Tag::Link { dest_url, .. }) if !link_ok(dest_url) => {
                bad_links.push(dest_url.to_string());
            }
            Event::Text(t) | Event::Code(t) => {
                if in_heading {
                    heading.push_str(t);
                }
                text.push_str(t);
                text.push(' ');
            }
            _ => {}
        })
        .collect();
    if !bad_links.is_empty() {
        return Err(format!(
            "{at}: broken or external link(s): {}",
            bad_links.join(", ")
        ));
    }
    let mut out = String::new();
    html::push_html(&mut out, events.into_iter());
    Ok((
        out,
        headings,
        text.split_whitespace().collect::<Vec<_>>().join(" "),
    ))
}

/// Renders every topic and the glossary. `cite` turns a source key into its
/// citation mark text.
pub fn render_all(
    topics: &[Topic],
    glossary: &Glossary,
    charts: &BTreeMap<String, Chart>,
    app_pages: &[String],
) -> Result<(Vec<Rendered>, String), Vec<String>> {
    let is_page = |url: &str| app_pages.iter().any(|p| p == url);
    let topic_ids: BTreeSet<&str> = topics.iter().map(|t| t.fm.id.as_str()).collect();
    let term_ids: BTreeSet<&str> = glossary.term.iter().map(|t| t.id.as_str()).collect();
    let link_ok = |url: &str| -> bool {
        if let Some(anchor) = url.strip_prefix("/sense/glossary#") {
            return term_ids.contains(anchor);
        }
        if let Some(id) = url.strip_prefix("/sense/") {
            let id = id.split('#').next().unwrap_or("");
            return topic_ids.contains(id) || is_page(url);
        }
        is_page(url) || (url.starts_with('#') && url.len() > 1)
    };
    let cite = |key: &str| format!("[{key}]");
    let mut errors = Vec::new();
    let mut rendered = Vec::new();
    for t in topics {
        let mut body = t.body.clone();
        // Citation marks and charts become HTML before Markdown runs.
        for key in cite_keys(&t.body) {
            body = body.replace(
                &format!("[S:{key}]"),
                &format!("<sup class=\"app-cite\">[{}]</sup>", escape(&key)),
            );
        }
        let mut html_per_nation: Vec<String> = Vec::new();
        let mut headings = Vec::new();
        let mut text = String::new();
        for n in 0..3 {
            let md = for_nation(&body, n);
            let md: String = md
                .lines()
                .map(|l| match l.trim().strip_prefix("::chart ") {
                    Some(id) => format!("\n<div data-chart-slot=\"{}\"></div>\n", id.trim()),
                    None => l.to_string(),
                })
                .collect::<Vec<_>>()
                .join("\n");
            match render_markdown(&md, &t.file, &link_ok) {
                Ok((mut html, h, tx)) => {
                    for (id, c) in charts {
                        html = html.replace(
                            &format!("<div data-chart-slot=\"{id}\"></div>"),
                            &chart_html(id, c, &cite),
                        );
                    }
                    if n == 0 {
                        headings = h;
                        text = tx;
                    }
                    html_per_nation.push(html);
                }
                Err(e) => {
                    errors.push(e);
                    break;
                }
            }
        }
        if html_per_nation.len() == 3 {
            let [a, b, c]: [String; 3] = html_per_nation.try_into().unwrap_or_default();
            rendered.push(Rendered {
                fm: t.fm.clone(),
                html: [a, b, c],
                headings,
                text,
            });
        }
    }
    let mut g = String::from("<dl class=\"app-glossary\">");
    let mut terms: Vec<&Term> = glossary.term.iter().collect();
    terms.sort_by_key(|t| t.term.to_lowercase());
    for t in terms {
        g.push_str(&format!(
            "<div class=\"app-glossary__item\" id=\"{}\"><dt class=\"app-glossary__term\">{}</dt><dd class=\"app-glossary__definition\">{} <span class=\"app-source-ref\">{}</span>",
            t.id,
            escape(&t.term),
            escape(&t.definition),
            t.sources.iter().map(|s| cite(s)).collect::<Vec<_>>().join(" ")
        ));
        if !t.see.is_empty() {
            let links: Vec<String> = t
                .see
                .iter()
                .filter_map(|s| glossary.term.iter().find(|x| &x.id == s))
                .map(|x| {
                    format!(
                        "<a href=\"/sense/glossary#{}\">{}</a>",
                        x.id,
                        escape(&x.term)
                    )
                })
                .collect();
            g.push_str(&format!(
                " <span class=\"app-glossary__see\">See also: {}.</span>",
                links.join(", ")
            ));
        }
        g.push_str("</dd></div>");
    }
    g.push_str("</dl>");
    if errors.is_empty() {
        Ok((rendered, g))
    } else {
        Err(errors)
    }
}
