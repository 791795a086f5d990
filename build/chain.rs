//! The Chain Checker's question bank compiler: reads content/chain-checker/
//! (sources, exposure questions, themes and questions in TOML), checks it and
//! writes it as Rust statics. Used by build.rs, so a mistake fails the build,
//! not the user; and by tests/chain_content_build.rs, which proves that it does.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt::Write as _;

#[path = "../src/domain/chain_checker/tags.rs"]
#[allow(dead_code)]
mod tags;

// `{number:OrgId}` placeholders, as the workshop's content uses them (its
// includer mounts the workshop model beside this file).
use super::workshop_model::{fill_numbers, number_refs};

/// The registry's numbers, as build.rs reads them from
/// src/domain/registry.rs: the `OrgId` name and the first number as written
/// ("Emergency999", "999"), then every other number the registry holds, so
/// that none is typed into the content.
#[derive(Debug, Clone, Default)]
pub struct Numbers {
    pub by_name: Vec<(String, String)>,
    pub all: Vec<String>,
}

impl Numbers {
    /// From each registry entry's `OrgId` name and its numbers as written.
    pub fn new<'a>(entries: impl IntoIterator<Item = (String, Vec<&'a str>)>) -> Numbers {
        let mut n = Numbers::default();
        for (name, displays) in entries {
            if let Some(first) = displays.first() {
                n.by_name.push((name, first.to_string()));
            }
            n.all.extend(displays.iter().map(|d| d.to_string()));
        }
        n
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.by_name
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, d)| d.as_str())
    }
}

/// Registry numbers typed into `text` rather than named with
/// `{number:OrgId}`: a number counts only with no digit either side, so
/// "999" is found in "call 999," but not in "1999".
pub fn typed_numbers<'a>(text: &str, numbers: &'a Numbers) -> Vec<&'a str> {
    // The placeholders' own names may hold digits (Emergency999).
    let plain = fill_numbers(text, |_| Some(" "));
    let mut found: Vec<&str> = Vec::new();
    for n in &numbers.all {
        let hit = plain.match_indices(n.as_str()).any(|(at, _)| {
            let before = plain[..at].chars().next_back();
            let after = plain[at + n.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_digit())
                && !after.is_some_and(|c| c.is_ascii_digit())
        });
        if hit && !found.contains(&n.as_str()) {
            found.push(n);
        }
    }
    found
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub key: String,
    pub citation: String,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub reviewed: String,
    pub source: Vec<SourceEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExposureOption {
    pub id: String,
    pub label: String,
    pub risk: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExposureQuestion {
    pub id: String,
    pub text: String,
    pub hint: String,
    pub kind: String,
    pub sources: Vec<String>,
    pub options: Vec<ExposureOption>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExposureFile {
    pub question: Vec<ExposureQuestion>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub intro: String,
    /// In tenths: 10 counts once, 15 one and a half times.
    pub weight: u32,
    pub finance: bool,
    pub follows_exposure: bool,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub theme: String,
    pub text: String,
    #[serde(default)]
    pub hint: String,
    pub scale: String,
    pub weak_action: String,
    pub find_out: String,
    pub sources: Vec<String>,
    pub s54: String,
    pub registry: String,
    pub ktc: String,
    #[serde(default)]
    pub fast: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    pub theme: Vec<Theme>,
    pub question: Vec<Question>,
}

/// The whole bank, as read.
#[derive(Debug, Clone)]
pub struct Bank {
    pub sources: SourceFile,
    pub exposure: ExposureFile,
    pub questions: QuestionFile,
}

pub fn parse(sources: &str, exposure: &str, questions: &str) -> Result<Bank, Vec<String>> {
    let mut errors = Vec::new();
    let s = toml::from_str::<SourceFile>(sources)
        .map_err(|e| errors.push(format!("chain-checker/sources.toml: {e}")))
        .ok();
    let x = toml::from_str::<ExposureFile>(exposure)
        .map_err(|e| errors.push(format!("chain-checker/exposure.toml: {e}")))
        .ok();
    let q = toml::from_str::<QuestionFile>(questions)
        .map_err(|e| errors.push(format!("chain-checker/questions.toml: {e}")))
        .ok();
    match (s, x, q) {
        (Some(sources), Some(exposure), Some(questions)) => Ok(Bank {
            sources,
            exposure,
            questions,
        }),
        _ => Err(errors),
    }
}

fn known(list: &[(&str, &str)], id: &str) -> bool {
    list.iter().any(|(i, _)| *i == id)
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

/// Every way the bank can be wrong.
pub fn check(bank: &Bank, numbers: &Numbers) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    // Phone numbers live in the registry alone: text names them.
    for (at, text) in texts(bank) {
        for n in typed_numbers(text, numbers) {
            errors.push(format!(
                "{at}: the number {n} is typed in; name it from the registry, as {{number:OrgId}}"
            ));
        }
        for name in number_refs(text) {
            if numbers.get(name).is_none() {
                errors.push(format!("{at}: {{number:{name}}} is not in the registry"));
            }
        }
    }
    let mut keys = BTreeSet::new();
    if !is_date(&bank.sources.reviewed) {
        errors.push("sources.toml: no valid review date (YYYY-MM-DD)".into());
    }
    for s in &bank.sources.source {
        if !keys.insert(s.key.as_str()) {
            errors.push(format!("sources.toml: source '{}' is listed twice", s.key));
        }
        if s.citation.trim().is_empty() {
            errors.push(format!("sources.toml: source '{}' has no citation", s.key));
        }
        if !s.url.is_empty() && !s.url.starts_with("http") {
            errors.push(format!(
                "sources.toml: source '{}' has a bad address",
                s.key
            ));
        }
    }
    let cite = |at: &str, list: &[String], errors: &mut Vec<String>| {
        if list.is_empty() {
            errors.push(format!("{at}: has no source"));
        }
        for k in list {
            if !keys.contains(k.as_str()) {
                errors.push(format!("{at}: unknown source '{k}'"));
            }
        }
    };
    let mut ids = BTreeSet::new();
    for q in &bank.exposure.question {
        let at = format!("exposure {}", q.id);
        if !ids.insert(q.id.clone()) {
            errors.push(format!("{at}: id is used twice"));
        }
        if q.text.trim().is_empty() {
            errors.push(format!("{at}: has no text"));
        }
        if q.kind != "single" && q.kind != "multi" {
            errors.push(format!("{at}: kind must be single or multi"));
        }
        cite(&at, &q.sources, &mut errors);
        let mut opts = BTreeSet::new();
        for o in &q.options {
            if !opts.insert(o.id.as_str()) || o.label.trim().is_empty() {
                errors.push(format!(
                    "{at}: option '{}' is repeated or has no label",
                    o.id
                ));
            }
            if !tags::RISKS.contains(&o.risk.as_str()) {
                errors.push(format!(
                    "{at}: option '{}' has unknown risk '{}'",
                    o.id, o.risk
                ));
            }
        }
        if !opts.contains("not-sure") {
            errors.push(format!(
                "{at}: needs a \"not-sure\" option (Not sure is always an answer)"
            ));
        }
    }
    let mut theme_ids = BTreeSet::new();
    for t in &bank.questions.theme {
        let at = format!("theme {}", t.id);
        if !theme_ids.insert(t.id.as_str()) {
            errors.push(format!("{at}: id is used twice"));
        }
        if t.title.trim().is_empty() || t.intro.trim().is_empty() || t.slug.trim().is_empty() {
            errors.push(format!("{at}: needs a slug, a title and an intro"));
        }
        if t.weight == 0 || t.weight > 30 {
            errors.push(format!("{at}: weight must be 1 to 30 tenths"));
        }
        cite(&at, &t.sources, &mut errors);
        if !bank.questions.question.iter().any(|q| q.theme == t.id) {
            errors.push(format!("{at}: has no questions"));
        }
    }
    for q in &bank.questions.question {
        let at = format!("question {}", q.id);
        if !ids.insert(q.id.clone()) {
            errors.push(format!("{at}: id is used twice"));
        }
        if q.text.trim().is_empty() {
            errors.push(format!("{at}: has no text"));
        }
        let theme = bank.questions.theme.iter().find(|t| t.id == q.theme);
        if theme.is_none() {
            errors.push(format!("{at}: unknown theme '{}'", q.theme));
        }
        if !tags::SCALES.contains(&q.scale.as_str()) {
            errors.push(format!("{at}: unknown scale '{}'", q.scale));
        }
        if q.weak_action.trim().is_empty() {
            errors.push(format!("{at}: a weak answer has no action"));
        }
        if q.find_out.trim().is_empty() {
            errors.push(format!("{at}: \"Not sure\" has no find-out action"));
        }
        if q.scale == "red-flag" && !q.weak_action.starts_with("Act now") {
            errors.push(format!(
                "{at}: a red flag's action must start with \"Act now\""
            ));
        }
        cite(&at, &q.sources, &mut errors);
        if !known(&tags::S54_AREAS, &q.s54) {
            errors.push(format!("{at}: unknown s54 area '{}'", q.s54));
        }
        if !known(&tags::REGISTRY_FIELDS, &q.registry) {
            errors.push(format!("{at}: unknown registry field '{}'", q.registry));
        }
        if !known(&tags::KTC_THEMES, &q.ktc) {
            errors.push(format!("{at}: unknown KnowTheChain theme '{}'", q.ktc));
        }
        let finance = theme.is_some_and(|t| t.finance);
        if finance && !known(&tags::FAST_GOALS, &q.fast) {
            errors.push(format!(
                "{at}: a finance question needs a FAST goal (1 to 5)"
            ));
        }
        if !finance && !q.fast.is_empty() {
            errors.push(format!("{at}: only finance questions take a FAST goal"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Every text of the bank a user reads, with where it is.
fn texts(bank: &Bank) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for q in &bank.exposure.question {
        let at = format!("exposure {}", q.id);
        out.push((at.clone(), q.text.as_str()));
        out.push((at.clone(), q.hint.as_str()));
        for o in &q.options {
            out.push((at.clone(), o.label.as_str()));
        }
    }
    for t in &bank.questions.theme {
        let at = format!("theme {}", t.id);
        out.push((at.clone(), t.title.as_str()));
        out.push((at, t.intro.as_str()));
    }
    for q in &bank.questions.question {
        let at = format!("question {}", q.id);
        for text in [&q.text, &q.hint, &q.weak_action, &q.find_out] {
            out.push((at.clone(), text.as_str()));
        }
    }
    out
}

fn source_const(key: &str) -> String {
    format!("CS_{}", key.to_uppercase())
}

fn refs(keys: &[String]) -> String {
    keys.iter()
        .map(|k| format!("&{}", source_const(k)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The bank as Rust, for `include!` in src/domain/chain_checker/bank.rs,
/// with each `{number:OrgId}` filled in from the registry.
pub fn render(bank: &Bank, numbers: &Numbers) -> String {
    let f = |text: &str| fill_numbers(text, |name| numbers.get(name));
    let mut out =
        String::from("// Generated by build.rs from content/chain-checker/. Do not edit.\n\n");
    let _ = writeln!(
        out,
        "pub const REVIEWED: &str = {:?};\n",
        bank.sources.reviewed
    );
    for s in &bank.sources.source {
        let _ = writeln!(
            out,
            "pub const {}: Source = Source {{ key: {:?}, citation: {:?}, url: {:?} }};",
            source_const(&s.key),
            s.key,
            s.citation,
            s.url
        );
    }
    out.push_str("\npub static SOURCES: &[&Source] = &[");
    for s in &bank.sources.source {
        let _ = write!(out, "&{}, ", source_const(&s.key));
    }
    out.push_str("];\n\npub static EXPOSURE: &[ExposureQuestion] = &[\n");
    for q in &bank.exposure.question {
        let opts: Vec<String> = q
            .options
            .iter()
            .map(|o| {
                let risk = match o.risk.as_str() {
                    "high-risk" => "Risk::HighRisk",
                    "indicator" => "Risk::Indicator",
                    "vulnerable" => "Risk::Vulnerable",
                    _ => "Risk::None",
                };
                format!(
                    "ExposureOption {{ id: {:?}, label: {:?}, risk: {risk} }}",
                    o.id,
                    f(&o.label)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "    ExposureQuestion {{ id: {:?}, text: {:?}, hint: {:?}, multi: {}, sources: &[{}], options: &[{}] }},",
            q.id,
            f(&q.text),
            f(&q.hint),
            q.kind == "multi",
            refs(&q.sources),
            opts.join(", ")
        );
    }
    out.push_str("];\n\npub static THEMES: &[Theme] = &[\n");
    for t in &bank.questions.theme {
        let _ = writeln!(
            out,
            "    Theme {{ id: {:?}, slug: {:?}, title: {:?}, intro: {:?}, weight: {}, finance: {}, follows_exposure: {}, sources: &[{}] }},",
            t.id,
            t.slug,
            f(&t.title),
            f(&t.intro),
            t.weight,
            t.finance,
            t.follows_exposure,
            refs(&t.sources)
        );
    }
    out.push_str("];\n\npub static QUESTIONS: &[Question] = &[\n");
    for q in &bank.questions.question {
        let scale = match q.scale.as_str() {
            "maturity" => "Scale::Maturity",
            "red-flag" => "Scale::RedFlag",
            _ => "Scale::YesNo",
        };
        let _ = writeln!(
            out,
            "    Question {{ id: {:?}, theme: {:?}, text: {:?}, hint: {:?}, scale: {scale}, weak_action: {:?}, find_out: {:?}, sources: &[{}], s54: {:?}, registry: {:?}, ktc: {:?}, fast: {:?} }},",
            q.id,
            q.theme,
            f(&q.text),
            f(&q.hint),
            f(&q.weak_action),
            f(&q.find_out),
            refs(&q.sources),
            q.s54,
            q.registry,
            q.ktc,
            q.fast
        );
    }
    out.push_str("];\n");
    out
}
