//! The workshop checker: reads content/workshop/*.toml into the app's own
//! model (src/domain/workshop/model.rs) and refuses a plan that does not add
//! up to 120 minutes, a quiz item without its source or explanation, a
//! scenario with an unreachable node, a dead link or a path that never ends,
//! and any reference to a topic, term, sign, organisation or source that does
//! not exist. Used by build.rs and by tests/workshop_build.rs.

use super::workshop_model::{number_refs, ActivityKind, Ending, Scenario, Workshop};
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
    /// The signs the catalogue links to at least one form of exploitation:
    /// only those can be sorted.
    pub signs_with_forms: BTreeSet<String>,
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
            // The room's screen steps through one activity's items, or else
            // the slide's quiz questions, one at a time: so an activity has
            // its own slide.
            if s.activities.len() > 1 {
                e.push(format!(
                    "{what}: plays {} activities: give each its own slide",
                    s.activities.len()
                ));
            }
            if !s.activities.is_empty() && (!s.quiz.is_empty() || s.scenario.is_some()) {
                e.push(format!(
                    "{what}: an activity shares its slide with a quiz or a scenario: give it its own slide"
                ));
            }
            for a in &s.activities {
                match w.activity(a) {
                    None => e.push(format!("{what}: unknown activity `{a}`")),
                    // The slide's title and the activity's are shown one
                    // under the other, on the projector and in the course.
                    Some(act) if act.title.trim().eq_ignore_ascii_case(s.title.trim()) => {
                        e.push(format!(
                            "{what}: activity `{a}` has the slide's own title, so it would show twice: give the activity its own"
                        ))
                    }
                    Some(_) => {}
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
    e.extend(check_briefings(w, known, &sources));
    for r in &w.resources {
        let what = format!("resource \"{}\"", r.title);
        if r.title.trim().is_empty() || r.publisher.trim().is_empty() || r.date.trim().is_empty() {
            e.push(format!("{what}: needs its title, publisher and date"));
        }
        match &r.url {
            Some(url) if !url.starts_with("http") => {
                e.push(format!("{what}: `{url}` is not a web address"))
            }
            None if r.caveat.as_deref().is_none_or(|c| c.trim().is_empty()) => e.push(format!(
                "{what}: without the original's address, it needs a caveat saying so"
            )),
            _ => {}
        }
        if r.sources.is_empty() {
            e.push(format!("{what}: has no source confirming it"));
        }
        cite(&mut e, &what, &r.sources);
    }
    let mut activity_ids = BTreeSet::new();
    for a in &w.activities {
        if !activity_ids.insert(a.id.clone()) {
            e.push(format!("activity {}: id used twice", a.id));
        }
        if !w.slides().any(|(_, s)| s.activities.contains(&a.id)) {
            e.push(format!("activity {}: no slide plays it", a.id));
        }
        e.extend(check_activity(a, known, &sources));
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

/// The most signs and routes a briefing can list and still fit one A4 page.
pub const BRIEFING_MAX_SIGNS: usize = 8;
pub const BRIEFING_MAX_ROUTES: usize = 6;

/// Each role's briefing: known signs and organisations, a source, and short
/// enough for one page; the shared steps exist and name only registry numbers.
pub fn check_briefings(w: &Workshop, known: &Known, sources: &BTreeSet<String>) -> Vec<String> {
    let mut e = Vec::new();
    if !w.briefings.is_empty() && w.briefing_steps.is_empty() {
        e.push("briefings: the steps (what to do) are missing".to_string());
    }
    if !w.briefings.is_empty() && w.briefing_sources.is_empty() {
        e.push("briefings: the steps have no source".to_string());
    }
    for k in w.briefing_sources.iter().filter(|k| !sources.contains(*k)) {
        e.push(format!("briefings: unknown source `{k}`"));
    }
    for step in &w.briefing_steps {
        for name in number_refs(step)
            .into_iter()
            .filter(|n| !known.orgs.contains(*n))
        {
            e.push(format!(
                "briefings: {{number:{name}}} is not in the registry"
            ));
        }
    }
    let mut ids = BTreeSet::new();
    for b in &w.briefings {
        let what = format!("briefing {}", b.id);
        if !ids.insert(b.id.clone()) {
            e.push(format!("{what}: id used twice"));
        }
        if b.role.trim().is_empty() || b.visits.trim().is_empty() {
            e.push(format!("{what}: needs its role and what its visits show"));
        }
        if b.signs.is_empty() || b.signs.len() > BRIEFING_MAX_SIGNS {
            e.push(format!(
                "{what}: lists {} signs; 1 to {BRIEFING_MAX_SIGNS} fit one page",
                b.signs.len()
            ));
        }
        if b.orgs.is_empty() || b.orgs.len() > BRIEFING_MAX_ROUTES {
            e.push(format!(
                "{what}: lists {} routes; 1 to {BRIEFING_MAX_ROUTES} fit one page",
                b.orgs.len()
            ));
        }
        for s in b.signs.iter().filter(|s| !known.signs.contains(*s)) {
            e.push(format!("{what}: unknown sign `{s}`"));
        }
        for o in b.orgs.iter().filter(|o| !known.orgs.contains(*o)) {
            e.push(format!("{what}: unknown organisation `{o}`"));
        }
        if b.sources.is_empty() {
            e.push(format!("{what}: has no source"));
        }
        for k in b.sources.iter().filter(|k| !sources.contains(*k)) {
            e.push(format!("{what}: unknown source `{k}`"));
        }
    }
    e
}

/// Every item of an activity has its answer, an explanation and a source; a
/// sign is in the catalogue and linked to a form, an organisation is in the
/// registry, and every answer is one of the activity's groups.
pub fn check_activity(
    a: &super::workshop_model::Activity,
    known: &Known,
    sources: &BTreeSet<String>,
) -> Vec<String> {
    let mut e = Vec::new();
    let what = format!("activity {}", a.id);
    if a.items.len() < 2 {
        e.push(format!("{what}: needs at least two items"));
    }
    match a.kind {
        ActivityKind::Sort if !a.groups.is_empty() => e.push(format!(
            "{what}: a sort's groups are the catalogue's forms of exploitation: list none"
        )),
        ActivityKind::Myths | ActivityKind::Match if a.groups.len() < 2 => {
            e.push(format!("{what}: needs at least two groups"))
        }
        _ => {}
    }
    let groups: BTreeSet<&str> = a.groups.iter().map(|g| g.id.as_str()).collect();
    if groups.len() != a.groups.len() {
        e.push(format!("{what}: a group id is used twice"));
    }
    let mut keys = BTreeSet::new();
    for item in &a.items {
        let key = item.key().to_string();
        let what = format!("{what}, item `{key}`");
        if key.is_empty() {
            e.push(format!("{what}: needs an id"));
        }
        if !keys.insert(key.clone()) {
            e.push(format!("{what}: used twice"));
        }
        if item.explanation.trim().is_empty() {
            e.push(format!("{what}: has no explanation"));
        }
        let shape = (
            !item.statement.trim().is_empty(),
            item.sign.is_some(),
            item.org.is_some(),
        );
        match (a.kind, shape) {
            (ActivityKind::Myths, (true, false, false)) => {}
            (ActivityKind::Sort, (false, true, false)) => {}
            (ActivityKind::Match, (false, false, true)) => {}
            (ActivityKind::Myths, _) => e.push(format!("{what}: a myth is a statement only")),
            (ActivityKind::Sort, _) => e.push(format!(
                "{what}: a sort item names a sign from the catalogue only"
            )),
            (ActivityKind::Match, _) => e.push(format!(
                "{what}: a match item names an organisation from the registry only"
            )),
        }
        if let Some(sign) = &item.sign {
            if !known.signs.contains(sign) {
                e.push(format!("{what}: unknown sign `{sign}`"));
            } else if !known.signs_with_forms.contains(sign) {
                e.push(format!(
                    "{what}: the catalogue links this sign to no form of exploitation"
                ));
            }
            if !item.answers.is_empty() || !item.sources.is_empty() {
                e.push(format!(
                    "{what}: a sign's forms and sources come from the catalogue: do not copy them"
                ));
            }
        } else {
            if item.answers.is_empty() {
                e.push(format!("{what}: has no answer"));
            }
            for answer in item.answers.iter().filter(|x| !groups.contains(x.as_str())) {
                e.push(format!(
                    "{what}: the answer `{answer}` is not one of the groups"
                ));
            }
            if item.sources.is_empty() {
                e.push(format!("{what}: has no source"));
            }
            for k in item.sources.iter().filter(|k| !sources.contains(*k)) {
                e.push(format!("{what}: unknown source `{k}`"));
            }
        }
        if let Some(org) = item.org.as_ref().filter(|o| !known.orgs.contains(*o)) {
            e.push(format!("{what}: unknown organisation `{org}`"));
        }
    }
    e
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
