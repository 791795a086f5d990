//! Facilitator mode: what the room sees (the live state the presenter
//! window sends to the audience window), the presenter's keys, and the
//! pacing of each block against its planned minutes.

use super::model::{Block, Slide, Workshop};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Everything the audience window needs to show the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Live {
    pub block: String,
    pub slide: String,
    /// When the current block was started, for its pacing timer.
    pub block_started: u64,
    /// The answers to this slide's questions are shown.
    pub revealed: bool,
    /// The screen is blank (B).
    pub blank: bool,
    /// Show-of-hands counts keyed in: quiz item id → count per option.
    #[serde(default)]
    pub hands: BTreeMap<String, Vec<u32>>,
    /// The room's choices in this slide's scenario.
    #[serde(default)]
    pub path: Vec<usize>,
    /// Activity items whose answer the presenter has revealed one by one,
    /// as "activity/item" (R reveals them all).
    #[serde(default)]
    pub uncovered: BTreeSet<String>,
}

/// What a presenter key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    Blank,
    Reveal,
}

/// The presenter's keys, as remote clickers send them too.
pub fn action_for_key(key: &str) -> Option<Action> {
    match key {
        "ArrowRight" | "PageDown" | "ArrowDown" => Some(Action::Next),
        "ArrowLeft" | "PageUp" | "ArrowUp" => Some(Action::Previous),
        "b" | "B" | "." => Some(Action::Blank),
        "r" | "R" => Some(Action::Reveal),
        _ => None,
    }
}

/// How the current block is doing against its planned time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pacing {
    pub elapsed_minutes: u64,
    pub planned_minutes: u64,
    pub over: bool,
}

impl Live {
    /// The first slide, with its block starting now.
    pub fn start(w: &Workshop, now: u64) -> Option<Self> {
        let (b, s) = w.slides().next()?;
        Some(Live {
            block: b.id.clone(),
            slide: s.id.clone(),
            block_started: now,
            revealed: false,
            blank: false,
            hands: BTreeMap::new(),
            path: Vec::new(),
            uncovered: BTreeSet::new(),
        })
    }

    fn position(&self, w: &Workshop) -> Option<usize> {
        w.slides()
            .position(|(b, s)| b.id == self.block && s.id == self.slide)
    }

    pub fn current<'w>(&self, w: &'w Workshop) -> Option<(&'w Block, &'w Slide)> {
        w.slides()
            .find(|(b, s)| b.id == self.block && s.id == self.slide)
    }

    /// The slide after this one, for the presenter's preview.
    pub fn upcoming<'w>(&self, w: &'w Workshop) -> Option<(&'w Block, &'w Slide)> {
        let at = self.position(w)?;
        w.slides().nth(at + 1)
    }

    /// Applies a key. Moving to another slide clears the reveal, the blank
    /// screen and the scenario's path; entering another block restarts its
    /// timer. Show-of-hands counts are kept for the whole session.
    pub fn apply(&mut self, w: &Workshop, action: Action, now: u64) {
        match action {
            Action::Blank => self.blank = !self.blank,
            Action::Reveal => self.revealed = !self.revealed,
            Action::Next | Action::Previous => {
                let Some(at) = self.position(w) else {
                    return;
                };
                let to = if action == Action::Next {
                    at.checked_add(1)
                } else {
                    at.checked_sub(1)
                };
                let Some((b, s)) = to.and_then(|i| w.slides().nth(i)) else {
                    return;
                };
                if b.id != self.block {
                    self.block_started = now;
                }
                self.block = b.id.clone();
                self.slide = s.id.clone();
                self.revealed = false;
                self.blank = false;
                self.path.clear();
                self.uncovered.clear();
            }
        }
    }

    /// Reveals one activity item's answer to the room, or hides it again.
    pub fn uncover(&mut self, activity: &str, item: &str) {
        let key = format!("{activity}/{item}");
        if !self.uncovered.remove(&key) {
            self.uncovered.insert(key);
        }
    }

    /// Whether the room sees this activity item's answer.
    pub fn shows_answer(&self, activity: &str, item: &str) -> bool {
        self.revealed || self.uncovered.contains(&format!("{activity}/{item}"))
    }

    /// Sets the count of hands for one option of a question.
    pub fn set_hands(&mut self, item: &str, options: usize, option: usize, count: u32) {
        let counts = self
            .hands
            .entry(item.to_string())
            .or_insert_with(|| vec![0; options]);
        counts.resize(options, 0);
        if let Some(c) = counts.get_mut(option) {
            *c = count;
        }
    }

    pub fn pacing(&self, w: &Workshop, now: u64) -> Pacing {
        let planned = self.current(w).map_or(0, |(b, _)| u64::from(b.minutes));
        let elapsed = now.saturating_sub(self.block_started) / 60_000;
        Pacing {
            elapsed_minutes: elapsed,
            planned_minutes: planned,
            over: elapsed >= planned,
        }
    }
}

/// The confidence scale's points, as the learner's form words them.
pub const RATINGS: [&str; 5] = ["1 Not at all", "2", "3", "4", "5 Fully"];

/// A question the room answers by show of hands: a quiz item, or one of the
/// confidence statements (counted per rating, the room's totals only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandsQuestion {
    /// The key its counts are kept under in [`Live::hands`].
    pub key: String,
    pub question: String,
    pub options: Vec<String>,
}

/// The show-of-hands questions of a slide: its quiz items, then, on a
/// confidence slide, each statement rated 1 to 5 ("before" or "after").
pub fn hands_questions(w: &Workshop, slide: &Slide) -> Vec<HandsQuestion> {
    let quiz = slide
        .quiz
        .iter()
        .filter_map(|id| w.item(id))
        .map(|q| HandsQuestion {
            key: q.id.clone(),
            question: q.question.clone(),
            options: q.options.clone(),
        });
    let confidence = slide.confidence.iter().flat_map(|when| {
        w.confidence
            .iter()
            .enumerate()
            .map(move |(i, statement)| HandsQuestion {
                key: format!("confidence-{when}-{}", i + 1),
                question: statement.clone(),
                options: RATINGS.iter().map(|r| r.to_string()).collect(),
            })
    });
    quiz.chain(confidence).collect()
}

/// Each option's share of the hands, in whole per cent, for the bars.
pub fn shares(counts: &[u32]) -> Vec<u32> {
    let total: u32 = counts.iter().sum();
    counts
        .iter()
        .map(|c| (c * 100).checked_div(total).unwrap_or(0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_800_000_000_000;
    const MIN: u64 = 60_000;

    fn workshop() -> Workshop {
        serde_json::from_str(
            r#"{"title":"t","reviewed":"2026-12-02","block":[
              {"id":"a","title":"A","minutes":10,"slide":[{"id":"one","title":"One","notes":"n"},{"id":"two","title":"Two","notes":"n"}]},
              {"id":"b","title":"B","minutes":110,"module":1,"slide":[{"id":"three","title":"Three","notes":"n"}]}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn keys_move_blank_and_reveal() {
        assert_eq!(action_for_key("ArrowRight"), Some(Action::Next));
        assert_eq!(action_for_key("ArrowLeft"), Some(Action::Previous));
        assert_eq!(action_for_key("b"), Some(Action::Blank));
        assert_eq!(action_for_key("B"), Some(Action::Blank));
        assert_eq!(action_for_key("x"), None);
    }

    #[test]
    fn moving_on_shows_the_next_slide_and_previews_the_one_after() {
        let w = workshop();
        let mut live = Live::start(&w, T0).unwrap();
        assert_eq!(live.upcoming(&w).unwrap().1.id, "two");
        live.apply(&w, Action::Reveal, T0);
        live.apply(&w, Action::Blank, T0);
        live.apply(&w, Action::Next, T0 + MIN);
        assert_eq!(
            (live.slide.as_str(), live.revealed, live.blank),
            ("two", false, false)
        );
        assert_eq!(live.block_started, T0, "same block: the timer runs on");
        live.apply(&w, Action::Next, T0 + 12 * MIN);
        assert_eq!(live.block, "b");
        assert_eq!(
            live.block_started,
            T0 + 12 * MIN,
            "a new block restarts the timer"
        );
        assert!(live.upcoming(&w).is_none());
        live.apply(&w, Action::Next, T0 + 13 * MIN);
        assert_eq!(live.slide, "three", "nothing after the last slide");
        live.apply(&w, Action::Previous, T0 + 14 * MIN);
        assert_eq!(live.slide, "two");
    }

    #[test]
    fn the_pacing_timer_says_when_a_block_runs_over() {
        let w = workshop();
        let live = Live::start(&w, T0).unwrap();
        assert_eq!(
            live.pacing(&w, T0 + 4 * MIN),
            Pacing {
                elapsed_minutes: 4,
                planned_minutes: 10,
                over: false
            }
        );
        assert!(live.pacing(&w, T0 + 10 * MIN).over);
    }

    #[test]
    fn activity_answers_are_revealed_one_at_a_time_or_all_at_once() {
        let w = workshop();
        let mut live = Live::start(&w, T0).unwrap();
        live.uncover("myths", "men-too");
        assert!(live.shows_answer("myths", "men-too"));
        assert!(!live.shows_answer("myths", "paid"));
        assert!(!live.shows_answer("sort", "men-too"));
        live.uncover("myths", "men-too");
        assert!(
            !live.shows_answer("myths", "men-too"),
            "a second press hides it"
        );
        live.uncover("myths", "paid");
        live.apply(&w, Action::Reveal, T0);
        assert!(
            live.shows_answer("myths", "men-too"),
            "R reveals every answer"
        );
        live.apply(&w, Action::Next, T0);
        assert!(
            !live.shows_answer("myths", "paid"),
            "a new slide starts covered"
        );
        // An audience window from before this field still reads the state.
        let old = r#"{"block":"a","slide":"one","block_started":0,"revealed":false,"blank":false}"#;
        assert!(serde_json::from_str::<Live>(old)
            .unwrap()
            .uncovered
            .is_empty());
    }

    #[test]
    fn a_confidence_slide_takes_the_rooms_totals_per_statement_and_rating() {
        let mut w = workshop();
        w.confidence = vec!["I can explain it.".into(), "I can refer.".into()];
        w.quiz = vec![serde_json::from_str(
            r#"{"id":"q","question":"Q?","options":["a","b"],"answer":0,"explanation":"e","sources":["1"]}"#,
        )
        .unwrap()];
        let mut slide = w.blocks[0].slides[0].clone();
        assert!(hands_questions(&w, &slide).is_empty());
        slide.quiz = vec!["q".into()];
        slide.confidence = Some("after".into());
        let qs = hands_questions(&w, &slide);
        let keys: Vec<&str> = qs.iter().map(|q| q.key.as_str()).collect();
        assert_eq!(keys, ["q", "confidence-after-1", "confidence-after-2"]);
        assert_eq!(qs[2].question, "I can refer.");
        assert_eq!(qs[1].options.len(), 5);
        let mut live = Live::start(&w, T0).unwrap();
        live.set_hands(&qs[1].key, 5, 3, 6);
        live.set_hands(&qs[1].key, 5, 4, 2);
        assert_eq!(
            shares(&live.hands["confidence-after-1"]),
            vec![0, 0, 0, 75, 25]
        );
    }

    #[test]
    fn show_of_hands_counts_become_shares() {
        let w = workshop();
        let mut live = Live::start(&w, T0).unwrap();
        live.set_hands("q", 3, 0, 3);
        live.set_hands("q", 3, 2, 1);
        assert_eq!(live.hands["q"], vec![3, 0, 1]);
        assert_eq!(shares(&live.hands["q"]), vec![75, 0, 25]);
        assert_eq!(shares(&[0, 0]), vec![0, 0]);
    }
}
