//! The workshop checker: reads content/workshop/*.toml into the app's own
//! model (src/domain/workshop/model.rs) and refuses a plan that does not add
//! up to 120 minutes, a quiz item without its source or explanation, a
//! scenario with an unreachable node, a dead link or a path that never ends,
//! and any reference to a topic, term, sign, organisation or source that does
//! not exist. Used by build.rs and by tests/workshop_build.rs.

use super::workshop_model::{number_refs, Ending, Scenario, Workshop};
use std::collections::{BTreeMap, BTreeSet};

/// The length of the workshop, as designed.
pub const WORKSHOP_MINUTES: u32 = 120;
/// The length of the team pack's toolbox talk.
pub const TALK_MINUTES: u32 = 10;

/// Ids the workshop may refer to, from the rest of the app.
#[derive(Default)]
pub struct Known {
    pub sources: BTreeSet<String>,
    pub topics: BTreeSet<String>,
    pub terms: BTreeSet<String>,
    pub signs: BTreeSet<String>,
    pub orgs: BTreeSet<String>,
}

/// Reads the files (name, text) as one workshop: each file holds some of its
/// tables (plan, quiz items, scenarios, sources).
pub fn parse(files: &[(String, String)]) -> Result<Workshop, Vec<String>> {
    let mut all = toml::Table::new();
    let mut errors = Vec::new();
    for (name, text) in files {
        match toml::from_str::<toml::Table>(text) {
            Ok(table) => {
                for (key, value) in table {
                    match (all.get_mut(&key), value) {
                        (Some(toml::Value::Array(have)), toml::Value::Array(more)) => {
                            have.extend(more)
                        }
                        (Some(_), _) => {
                            errors.push(format!("workshop/{name}: `{key}` is set twice"))
                        }
                        (None, value) => {
                            all.insert(key, value);
                        }
                    }
                }
            }
            Err(e) => errors.push(format!("workshop/{name}: {e}")),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    toml::Value::Table(all)
        .try_into::<Workshop>()
        .map_err(|e| vec![format!("workshop: {e}")])
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Every check; all problems at once.
pub fn check(w: &Workshop, known: &Known) -> Result<(), Vec<String>> {
    let mut e = Vec::new();
    if !is_date(&w.reviewed) {
        e.push(format!(
            "workshop: reviewed `{}` is not YYYY-MM-DD",
            w.reviewed
        ));
    }
    let total = w.total_minutes();
    if total != WORKSHOP_MINUTES {
        e.push(format!(
            "workshop: the blocks' timings add up to {total} minutes, not {WORKSHOP_MINUTES}"
        ));
    }
    let mut sources = known.sources.clone();
    for s in &w.sources {
        if s.citation.trim().is_empty() || !s.url.starts_with("http") {
            e.push(format!(
                "workshop source {}: needs a citation and its address",
                s.key
            ));
        }
        if !sources.insert(s.key.clone()) {
            e.push(format!("workshop source {}: key used twice", s.key));
        }
    }
    let cite = |e: &mut Vec<String>, what: &str, keys: &[String]| {
        for k in keys {
            if !sources.contains(k) {
                e.push(format!("{what}: unknown source `{k}`"));
            }
        }
    };
    let mut ids = BTreeSet::new();
    for m in 1..=4u8 {
        if !w.blocks.iter().any(|b| b.module == m) {
            e.push(format!("workshop: module {m} has no block"));
        }
    }
    for b in &w.blocks {
        let what = format!("block {}", b.id);
        if !ids.insert(b.id.clone()) {
            e.push(format!("{what}: id used twice"));
        }
        if b.minutes == 0 {
            e.push(format!("{what}: has no time"));
        }
        if b.module > 4 {
            e.push(format!("{what}: module {} does not exist", b.module));
        }
        if b.module > 0 && b.outcomes.is_empty() {
            e.push(format!("{what}: a module needs its learning outcomes"));
        }
        if b.slides.is_empty() {
            e.push(format!("{what}: has no slide"));
        }
        let mut slide_ids = BTreeSet::new();
        for s in &b.slides {
            let what = format!("slide {}/{}", b.id, s.id);
            if !slide_ids.insert(s.id.clone()) {
                e.push(format!("{what}: id used twice"));
            }
            if s.title.trim().is_empty() || s.notes.trim().is_empty() {
                e.push(format!("{what}: needs a title and facilitator notes"));
            }
            if b.module > 0 && s.sources.is_empty() {
                e.push(format!("{what}: has no source"));
            }
            cite(&mut e, &what, &s.sources);
            for q in &s.quiz {
                if w.item(q).is_none() {
                    e.push(format!("{what}: unknown quiz item `{q}`"));
                }
            }
            if let Some(c) = &s.confidence {
                if c != "before" && c != "after" {
                    e.push(format!(
                        "{what}: confidence is \"before\" or \"after\", not `{c}`"
                    ));
                }
                if w.confidence.len() != 5 {
                    e.push(format!(
                        "{what}: the confidence check needs its five statements"
                    ));
                }
            }
            if let Some(sc) = &s.scenario {
                if w.scenario(sc).is_none() {
                    e.push(format!("{what}: unknown scenario `{sc}`"));
                }
            }
            let refs: [(&str, &Vec<String>, &BTreeSet<String>); 4] = [
                ("topic", &s.topics, &known.topics),
                ("glossary term", &s.terms, &known.terms),
                ("sign", &s.signs, &known.signs),
                ("organisation", &s.orgs, &known.orgs),
            ];
            for (kind, list, set) in refs {
                for id in list {
                    if !set.contains(id) {
                        e.push(format!("{what}: unknown {kind} `{id}`"));
                    }
                }
            }
        }
    }
    if !w.talk.is_empty() {
        let talk: u32 = w.talk.iter().map(|t| t.minutes).sum();
        if talk != TALK_MINUTES {
            e.push(format!(
                "toolbox talk: its parts add up to {talk} minutes, not {TALK_MINUTES}"
            ));
        }
    }
    for t in &w.talk {
        let what = format!("toolbox talk \"{}\"", t.title);
        for q in &t.quiz {
            if w.item(q).is_none() {
                e.push(format!("{what}: unknown quiz item `{q}`"));
            }
        }
        if let Some(sc) = t.scenario.as_deref().filter(|sc| w.scenario(sc).is_none()) {
            e.push(format!("{what}: unknown scenario `{sc}`"));
        }
        for o in t.orgs.iter().filter(|o| !known.orgs.contains(*o)) {
            e.push(format!("{what}: unknown organisation `{o}`"));
        }
    }
    let mut item_ids = BTreeSet::new();
    for q in &w.quiz {
        let what = format!("quiz item {}", q.id);
        if !item_ids.insert(q.id.clone()) {
            e.push(format!("{what}: id used twice"));
        }
        if q.explanation.trim().is_empty() {
            e.push(format!("{what}: has no explanation"));
        }
        if q.sources.is_empty() {
            e.push(format!("{what}: has no source"));
        }
        cite(&mut e, &what, &q.sources);
        for text in q.options.iter().chain([&q.question, &q.explanation]) {
            for name in number_refs(text) {
                if !known.orgs.contains(name) {
                    e.push(format!("{what}: {{number:{name}}} is not in the registry"));
                }
            }
        }
        if q.options.len() < 2 {
            e.push(format!("{what}: needs at least two options"));
        }
        if q.answer >= q.options.len() {
            e.push(format!("{what}: the answer is not one of the options"));
        }
    }
    let mut scenario_ids = BTreeSet::new();
    for s in &w.scenarios {
        if !scenario_ids.insert(s.id.clone()) {
            e.push(format!("scenario {}: id used twice", s.id));
        }
        if s.sources.is_empty() {
            e.push(format!("scenario {}: has no source", s.id));
        }
        cite(&mut e, &format!("scenario {}", s.id), &s.sources);
        e.extend(check_graph(s));
    }
    if e.is_empty() {
        Ok(())
    } else {
        Err(e)
    }
}

/// A scenario is a graph of nodes: every node can be reached from the start,
/// every choice leads to a node that exists, and every path ends (there is
/// no loop, and a node without choices is an ending). It has a good and a
/// poor ending, and every choice says why it is good or poor.
pub fn check_graph(s: &Scenario) -> Vec<String> {
    let mut e = Vec::new();
    let what = format!("scenario {}", s.id);
    let mut index = BTreeMap::new();
    for (i, n) in s.nodes.iter().enumerate() {
        if index.insert(n.id.as_str(), i).is_some() {
            e.push(format!("{what}: node `{}` defined twice", n.id));
        }
        match (n.choices.is_empty(), n.ending.is_some()) {
            (true, false) => e.push(format!(
                "{what}: node `{}` has no choice and is not an ending: the path stops there",
                n.id
            )),
            (false, true) => e.push(format!("{what}: ending `{}` also offers choices", n.id)),
            _ => {}
        }
        for c in &n.choices {
            if !s.nodes.iter().any(|m| m.id == c.next) {
                e.push(format!(
                    "{what}: node `{}` links to `{}`, which does not exist",
                    n.id, c.next
                ));
            }
            if c.feedback.trim().is_empty() {
                e.push(format!(
                    "{what}: the choice \"{}\" does not explain itself",
                    c.label
                ));
            }
        }
    }
    let Some(&start) = index.get(s.start.as_str()) else {
        e.push(format!("{what}: start node `{}` does not exist", s.start));
        return e;
    };
    // Depth-first from the start: colours find loops; what is never visited
    // cannot be reached.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut mark = vec![Mark::New; s.nodes.len()];
    let mut stack = vec![(start, 0usize)];
    mark[start] = Mark::Open;
    while let Some((node, next_choice)) = stack.pop() {
        let choices = &s.nodes[node].choices;
        if next_choice == choices.len() {
            mark[node] = Mark::Done;
            continue;
        }
        stack.push((node, next_choice + 1));
        let Some(&to) = index.get(choices[next_choice].next.as_str()) else {
            continue;
        };
        match mark[to] {
            Mark::New => {
                mark[to] = Mark::Open;
                stack.push((to, 0));
            }
            Mark::Open => e.push(format!(
                "{what}: `{}` leads back to `{}`: a path that never ends",
                s.nodes[node].id, s.nodes[to].id
            )),
            Mark::Done => {}
        }
    }
    for (i, n) in s.nodes.iter().enumerate() {
        if mark[i] == Mark::New {
            e.push(format!(
                "{what}: node `{}` cannot be reached from the start",
                n.id
            ));
        }
    }
    for ending in [Ending::Good, Ending::Poor] {
        if !s.nodes.iter().any(|n| n.ending == Some(ending)) {
            e.push(format!("{what}: needs a {ending:?} ending").to_lowercase());
        }
    }
    e
}
