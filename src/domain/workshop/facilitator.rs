//! Facilitator mode: what the room sees (the live state the presenter
//! window sends to the audience window), the presenter's keys, and the
//! pacing of each block against its planned minutes.

use super::model::{Activity, Block, Slide, Workshop};
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
    /// What the room sees of this slide's activity items, or else of its quiz
    /// questions, from 0: one at a time, so the room takes a show of hands on
    /// one thing and a long activity never needs a scrolling screen.
    #[serde(default)]
    pub item: usize,
}

/// The group [`Live::uncovered`] keeps revealed quiz questions under.
pub const QUIZ: &str = "quiz";

/// How [`Live::uncovered`] names one revealed answer.
fn uncovered_key(group: &str, item: &str) -> String {
    format!("{group}/{item}")
}

/// What a presenter key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    Blank,
    Reveal,
    /// Straight to the next slide, leaving this one's remaining items and
    /// answers unshown (a button, for a session running late).
    SkipSlide,
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
            item: 0,
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

    /// Applies a key. Reveal shows the answer of the activity item or quiz
    /// question on screen, or hides it again.
    ///
    /// Next shows the room the next thing, as a clicker's one button must:
    /// the answer on screen if it is still covered, then the slide's next
    /// item or question, then the next slide. Previous undoes exactly one
    /// Next, so a presenter who pressed once too often gets back what the
    /// room saw: going back onto a slide shows it finished, at its last item
    /// with the answers uncovered.
    ///
    /// Moving to another slide clears the reveal, the blank screen and the
    /// scenario's path; entering another block restarts its timer.
    /// Show-of-hands counts are kept for the whole session.
    pub fn apply(&mut self, w: &Workshop, action: Action, now: u64) {
        match action {
            Action::Blank => self.blank = !self.blank,
            Action::Reveal => match self.on_screen(w) {
                Some((group, key)) => self.uncover(&group, &key),
                None => self.revealed = !self.revealed,
            },
            Action::SkipSlide => {
                self.go_to_slide(w, true, now);
            }
            Action::Next => {
                let steps = self.steps(w);
                if let Some((group, key)) = steps.get(self.item) {
                    if !self.shows_answer(group, key) {
                        self.uncover(group, key);
                        return;
                    }
                    if self.item + 1 < steps.len() {
                        self.item += 1;
                        return;
                    }
                }
                if self.go_to_slide(w, true, now) {
                    self.item = 0;
                }
            }
            Action::Previous => {
                if let Some((group, key)) = self.on_screen(w) {
                    if self.uncovered.remove(&uncovered_key(&group, &key)) {
                        return;
                    }
                    if self.item > 0 {
                        self.item -= 1;
                        return;
                    }
                }
                if self.go_to_slide(w, false, now) {
                    let steps = self.steps(w);
                    self.item = steps.len().saturating_sub(1);
                    self.uncovered = steps.iter().map(|(g, k)| uncovered_key(g, k)).collect();
                }
            }
        }
    }

    /// Moves to the next or the previous slide, if there is one, with a
    /// fresh screen. Returns whether it moved.
    fn go_to_slide(&mut self, w: &Workshop, forward: bool, now: u64) -> bool {
        let Some(at) = self.position(w) else {
            return false;
        };
        let to = if forward {
            at.checked_add(1)
        } else {
            at.checked_sub(1)
        };
        let Some((b, s)) = to.and_then(|i| w.slides().nth(i)) else {
            return false;
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
        self.item = 0;
        true
    }

    /// The activity on this slide (a slide plays at most one, and then no
    /// quiz: checked when the app builds).
    pub fn activity<'w>(&self, w: &'w Workshop) -> Option<&'w Activity> {
        let (_, slide) = self.current(w)?;
        slide.activities.iter().find_map(|id| w.activity(id))
    }

    /// What the room answers on this slide, one at a time, as the keys
    /// [`Live::shows_answer`] takes: the activity's items, or else the quiz
    /// questions.
    pub fn steps(&self, w: &Workshop) -> Vec<(String, String)> {
        if let Some(a) = self.activity(w) {
            return a
                .items
                .iter()
                .map(|i| (a.id.clone(), i.key().to_string()))
                .collect();
        }
        self.current(w).map_or_else(Vec::new, |(_, s)| {
            s.quiz
                .iter()
                .map(|q| (QUIZ.to_string(), q.clone()))
                .collect()
        })
    }

    /// Which of `total` items or questions is on the room's screen, from 0,
    /// kept in range (a state from another window may name one past the end).
    pub fn place(&self, total: usize) -> usize {
        self.item.min(total.saturating_sub(1))
    }

    /// The step on the room's screen, if the slide has any.
    fn on_screen(&self, w: &Workshop) -> Option<(String, String)> {
        self.steps(w).into_iter().nth(self.item)
    }

    /// Puts another activity item or quiz question on the room's screen.
    pub fn show_item(&mut self, w: &Workshop, item: usize) {
        if item < self.steps(w).len() {
            self.item = item;
        }
    }

    /// Puts the quiz question with this id on the room's screen, if this
    /// slide asks it: keying in its show of hands shows the room its bars.
    pub fn show_question(&mut self, w: &Workshop, id: &str) {
        if let Some(i) = self.steps(w).iter().position(|(g, k)| g == QUIZ && k == id) {
            self.item = i;
        }
    }

    /// Whether the room sees the answer the Reveal key toggles.
    pub fn answer_shown(&self, w: &Workshop) -> bool {
        match self.on_screen(w) {
            Some((group, key)) => self.shows_answer(&group, &key),
            None => self.revealed,
        }
    }

    /// Reveals one activity item's or quiz question's answer to the room, or
    /// hides it again.
    pub fn uncover(&mut self, activity: &str, item: &str) {
        let key = uncovered_key(activity, item);
        if !self.uncovered.remove(&key) {
            self.uncovered.insert(key);
        }
    }

    /// Whether the room sees this activity item's answer.
    pub fn shows_answer(&self, activity: &str, item: &str) -> bool {
        self.revealed || self.uncovered.contains(&uncovered_key(activity, item))
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
    use crate::domain::workshop::model::QuizItem;

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

    /// The workshop with a two-item activity on its second slide.
    fn with_two_myths_on_slide_two() -> Workshop {
        let mut w = workshop();
        w.activities = vec![serde_json::from_str(
            r#"{"id":"myths","kind":"myths","title":"T","intro":"i",
              "groups":[{"id":"true","label":"True"},{"id":"false","label":"False"}],
              "item":[{"id":"men-too","statement":"s","answers":["true"],"explanation":"e"},
                      {"id":"paid","statement":"s","answers":["false"],"explanation":"e"}]}"#,
        )
        .unwrap()];
        w.blocks[0].slides[1].activities = vec!["myths".into()];
        w
    }

    #[test]
    fn keys_move_blank_and_reveal() {
        assert_eq!(action_for_key("ArrowRight"), Some(Action::Next));
        assert_eq!(action_for_key("ArrowLeft"), Some(Action::Previous));
        assert_eq!(action_for_key("PageDown"), Some(Action::Next), "a clicker");
        assert_eq!(action_for_key("PageUp"), Some(Action::Previous));
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
    fn an_activity_shows_one_item_at_a_time_and_reveal_uncovers_the_one_on_screen() {
        let w = with_two_myths_on_slide_two();
        let mut live = Live::start(&w, T0).unwrap();
        live.show_item(&w, 1);
        assert_eq!(
            live.item, 0,
            "nothing to answer on this slide: nothing to step"
        );
        live.apply(&w, Action::Reveal, T0);
        assert!(live.answer_shown(&w), "R still reveals on any slide");
        live.apply(&w, Action::Next, T0);
        assert_eq!((live.item, live.answer_shown(&w)), (0, false));
        live.apply(&w, Action::Reveal, T0);
        assert!(live.shows_answer("myths", "men-too"));
        assert!(
            !live.shows_answer("myths", "paid"),
            "only the item on screen"
        );
        live.show_item(&w, 1);
        assert!(!live.answer_shown(&w), "the next item starts covered");
        live.show_item(&w, 2);
        assert_eq!(live.item, 1, "there is no third item");
        live.apply(&w, Action::Reveal, T0);
        live.apply(&w, Action::Reveal, T0);
        assert!(!live.shows_answer("myths", "paid"), "R again hides it");
        live.show_item(&w, 0);
        assert!(
            live.answer_shown(&w),
            "back to an answered item: still answered"
        );
        live.show_item(&w, 1);
        live.apply(&w, Action::Next, T0);
        live.apply(&w, Action::Next, T0);
        assert_eq!(live.slide, "three");
        live.apply(&w, Action::Previous, T0);
        live.apply(&w, Action::Previous, T0);
        live.apply(&w, Action::Previous, T0);
        live.apply(&w, Action::Previous, T0);
        live.apply(&w, Action::Previous, T0);
        live.apply(&w, Action::Next, T0);
        assert_eq!(live.item, 0, "a slide starts at its first item");
        assert!(!live.answer_shown(&w), "covered");
    }

    #[test]
    fn a_clickers_next_shows_each_answer_then_each_item_then_the_next_slide_and_previous_undoes_it()
    {
        let w = with_two_myths_on_slide_two();
        let mut live = Live::start(&w, T0).unwrap();
        // What the room sees after each press: slide, item, answer shown.
        let seen = |l: &Live| (l.slide.clone(), l.item, l.answer_shown(&w));
        let mut forward = vec![seen(&live)];
        for _ in 0..5 {
            live.apply(&w, Action::Next, T0);
            forward.push(seen(&live));
        }
        let at = |s: &str, i, shown| (s.to_string(), i, shown);
        assert_eq!(
            forward,
            vec![
                at("one", 0, false),
                at("two", 0, false),
                at("two", 0, true),
                at("two", 1, false),
                at("two", 1, true),
                at("three", 0, false),
            ],
            "no answers on slide one: Next moves on"
        );
        let mut back = vec![seen(&live)];
        for _ in 0..5 {
            live.apply(&w, Action::Previous, T0);
            back.push(seen(&live));
        }
        back.reverse();
        assert_eq!(back, forward, "Previous retraces every Next");
        live.apply(&w, Action::Previous, T0);
        assert_eq!(
            seen(&live),
            at("one", 0, false),
            "nothing before the first slide"
        );
        live.apply(&w, Action::Next, T0);
        live.apply(&w, Action::SkipSlide, T0);
        assert_eq!(seen(&live), at("three", 0, false), "skipped the items");
        live.apply(&w, Action::SkipSlide, T0);
        assert_eq!(
            seen(&live),
            at("three", 0, false),
            "nothing after the last slide"
        );
    }

    #[test]
    fn quiz_questions_show_one_at_a_time_and_keying_in_hands_shows_that_one() {
        let mut w = workshop();
        let q = |id: &str| -> QuizItem {
            serde_json::from_str(&format!(
                r#"{{"id":"{id}","question":"Q?","options":["a","b"],"answer":0,"explanation":"e","sources":["1"]}}"#
            ))
            .unwrap()
        };
        w.quiz = vec![q("q1"), q("q2")];
        w.blocks[0].slides[0].quiz = vec!["q1".into(), "q2".into()];
        let mut live = Live::start(&w, T0).unwrap();
        assert_eq!(live.steps(&w).len(), 2);
        live.apply(&w, Action::Reveal, T0);
        assert!(live.shows_answer(QUIZ, "q1"));
        assert!(
            !live.shows_answer(QUIZ, "q2"),
            "only the question on screen"
        );
        live.show_question(&w, "q2");
        assert_eq!((live.item, live.answer_shown(&w)), (1, false));
        live.show_question(&w, "confidence-before-1");
        assert_eq!(live.item, 1, "not a question of this slide");
        live.show_item(&w, 0);
        assert!(live.answer_shown(&w));
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
