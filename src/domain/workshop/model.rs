//! The workshop's content, as written in content/workshop/*.toml and as the
//! app reads it (JSON made at build time). build.rs compiles this same file,
//! so the build checks exactly what the app shows.

use serde::{Deserialize, Serialize};

/// The whole workshop: the plan (blocks of slides), the quiz bank, the
/// branching scenarios and the sources only the workshop cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    pub title: String,
    /// YYYY-MM-DD: when the content was last checked against its sources.
    pub reviewed: String,
    #[serde(rename = "block")]
    pub blocks: Vec<Block>,
    #[serde(rename = "item", default)]
    pub quiz: Vec<QuizItem>,
    #[serde(rename = "scenario", default)]
    pub scenarios: Vec<Scenario>,
    /// Sources cited by the workshop but not by the library, keyed "w…".
    #[serde(rename = "source", default)]
    pub sources: Vec<WorkshopSource>,
    /// Things the workshop could not verify: shown as caveats.
    #[serde(default)]
    pub caveats: Vec<String>,
    /// The confidence check's statements, rated 1 to 5 before and after.
    #[serde(default)]
    pub confidence: Vec<String>,
    /// The team pack's 10-minute toolbox talk.
    #[serde(default)]
    pub talk: Vec<TalkStep>,
    /// The classroom activities: myths, sorting signs, matching agencies.
    #[serde(rename = "activity", default)]
    pub activities: Vec<Activity>,
    /// The team pack's one-page briefings, one per role.
    #[serde(rename = "briefing", default)]
    pub briefings: Vec<Briefing>,
    /// What to do, the same on every role's briefing.
    #[serde(default)]
    pub briefing_steps: Vec<String>,
    #[serde(default)]
    pub briefing_sources: Vec<String>,
    /// Module 4's Resources page: original documents only.
    #[serde(rename = "resource", default)]
    pub resources: Vec<Resource>,
}

/// A document or tool on the Resources page, named as its publisher names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: String,
    pub publisher: String,
    pub date: String,
    /// The publisher's own address; none where it could not be confirmed.
    #[serde(default)]
    pub url: Option<String>,
    pub about: String,
    /// What could not be confirmed: required when there is no address.
    #[serde(default)]
    pub caveat: Option<String>,
    /// Where the reference confirms the original.
    pub sources: Vec<String>,
}

/// A one-page briefing for one role: what its visits show, what to look for
/// (signs from the catalogue, by id) and the routes (registry `OrgId`s).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    pub id: String,
    pub role: String,
    pub visits: String,
    pub signs: Vec<String>,
    pub orgs: Vec<String>,
    pub sources: Vec<String>,
}

/// What an activity asks of each item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActivityKind {
    /// A statement: true or false.
    Myths,
    /// A sign from the indicator catalogue: which form of exploitation.
    Sort,
    /// An organisation from the registry: which "P".
    Match,
}

/// A classroom activity: each item is put in one of its groups. No dragging:
/// the learner chooses a group for each item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    pub kind: ActivityKind,
    pub title: String,
    pub intro: String,
    /// The groups to choose from. A sort activity's groups are the
    /// catalogue's forms of exploitation, so it lists none.
    #[serde(default)]
    pub groups: Vec<ActivityGroup>,
    /// Shown with the activity: what is our reading rather than a source's.
    #[serde(default)]
    pub caveat: Option<String>,
    #[serde(rename = "item")]
    pub items: Vec<ActivityItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityGroup {
    pub id: String,
    pub label: String,
}

/// One thing to place: a statement (myths), a sign by its catalogue id
/// (sort) or an organisation by its registry `OrgId` (match).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityItem {
    /// A statement's own id; signs and organisations use theirs.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub statement: String,
    #[serde(default)]
    pub sign: Option<String>,
    #[serde(default)]
    pub org: Option<String>,
    /// The groups that are right. A sign's come from the catalogue.
    #[serde(default)]
    pub answers: Vec<String>,
    pub explanation: String,
    /// A sign's sources are the catalogue's.
    #[serde(default)]
    pub sources: Vec<String>,
}

impl ActivityItem {
    /// The id answers are kept under.
    pub fn key(&self) -> &str {
        self.sign
            .as_deref()
            .or(self.org.as_deref())
            .unwrap_or(&self.id)
    }
}

/// One part of the toolbox talk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TalkStep {
    pub minutes: u32,
    pub title: String,
    pub say: String,
    #[serde(default)]
    pub quiz: Vec<String>,
    #[serde(default)]
    pub scenario: Option<String>,
    #[serde(default)]
    pub orgs: Vec<String>,
}

/// One timed part of the 2 hours: a module, the opening, the break or the close.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub id: String,
    pub title: String,
    pub minutes: u32,
    /// 1 to 4 for the modules; 0 for the opening, the break and the close.
    #[serde(default)]
    pub module: u8,
    /// "By the end, learners can …".
    #[serde(default)]
    pub outcomes: Vec<String>,
    #[serde(rename = "slide", default)]
    pub slides: Vec<Slide>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub points: Vec<String>,
    /// For the facilitator only.
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub sources: Vec<String>,
    /// Quiz items asked on this slide, by id.
    #[serde(default)]
    pub quiz: Vec<String>,
    /// A branching scenario played on this slide, by id.
    #[serde(default)]
    pub scenario: Option<String>,
    /// Activities played on this slide, by id.
    #[serde(default)]
    pub activities: Vec<String>,
    /// The confidence check asked on this slide: "before" or "after".
    #[serde(default)]
    pub confidence: Option<String>,
    /// Library topics to read more, by id.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Glossary terms, by id.
    #[serde(default)]
    pub terms: Vec<String>,
    /// Signs from the indicator catalogue, by id.
    #[serde(default)]
    pub signs: Vec<String>,
    /// Organisations from the registry, by `OrgId` name: their numbers are
    /// shown from the registry, never copied.
    #[serde(default)]
    pub orgs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizItem {
    pub id: String,
    pub question: String,
    pub options: Vec<String>,
    /// Index into `options`.
    pub answer: usize,
    pub explanation: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    /// Every scenario is a composite, made up for practice.
    pub intro: String,
    pub start: String,
    pub sources: Vec<String>,
    #[serde(rename = "node")]
    pub nodes: Vec<Node>,
}

/// A moment in a scenario: either a choice to make or an ending.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    pub text: String,
    #[serde(rename = "choice", default)]
    pub choices: Vec<Choice>,
    /// Set on endings only.
    #[serde(default)]
    pub ending: Option<Ending>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ending {
    Good,
    Poor,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub label: String,
    pub next: String,
    /// Why this is a good or a poor move: shown once it is chosen.
    pub feedback: String,
    pub good: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkshopSource {
    pub key: String,
    pub citation: String,
    pub url: String,
}

impl Workshop {
    pub fn item(&self, id: &str) -> Option<&QuizItem> {
        self.quiz.iter().find(|q| q.id == id)
    }

    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    pub fn briefing(&self, id: &str) -> Option<&Briefing> {
        self.briefings.iter().find(|b| b.id == id)
    }

    pub fn block(&self, id: &str) -> Option<(usize, &Block)> {
        self.blocks.iter().enumerate().find(|(_, b)| b.id == id)
    }

    pub fn total_minutes(&self) -> u32 {
        self.blocks.iter().map(|b| b.minutes).sum()
    }

    /// Every slide in running order, with its block.
    pub fn slides(&self) -> impl Iterator<Item = (&Block, &Slide)> {
        self.blocks
            .iter()
            .flat_map(|b| b.slides.iter().map(move |s| (b, s)))
    }
}

impl Scenario {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

/// The organisations named by `{number:OrgId}` in a text. Content never
/// copies a phone number: it names the registry entry whose number is shown.
pub fn number_refs(text: &str) -> Vec<&str> {
    text.split("{number:")
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// The text with each `{number:OrgId}` replaced by `number(OrgId)`; a name
/// the lookup does not know is left as it is (the build refuses those).
pub fn fill_numbers<'a>(text: &str, number: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("{number:") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "{number:".len()..];
        match after.split_once('}') {
            Some((name, tail)) if number(name).is_some() => {
                out.push_str(number(name).unwrap_or_default());
                rest = tail;
            }
            _ => {
                out.push_str("{number:");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_from_the_lookup_and_unknown_names_stay_visible() {
        let lookup = |name: &str| (name == "Helpline").then_some("0000 111");
        assert_eq!(
            fill_numbers("Call {number:Helpline} or {number:Nobody}.", lookup),
            "Call 0000 111 or {number:Nobody}."
        );
        assert_eq!(number_refs("a {number:X} b {number:Y}"), vec!["X", "Y"]);
        assert_eq!(fill_numbers("no braces", lookup), "no braces");
    }
}
