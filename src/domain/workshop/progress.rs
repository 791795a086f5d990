//! The learner's progress through the self-paced course and the reviews,
//! kept on the device only (stored as JSON by platform/training.rs).

use super::model::{QuizItem, Workshop};
use super::review::Review;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The stored format's version: a newer one is never read as this one.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    /// The slide the learner was last on: (block id, slide id).
    #[serde(default)]
    pub at: Option<(String, String)>,
    /// Answers given in the course: quiz item id → option chosen.
    #[serde(default)]
    pub answers: BTreeMap<String, usize>,
    /// Choices made in each scenario, in order.
    #[serde(default)]
    pub scenarios: BTreeMap<String, Vec<usize>>,
    /// When the course was finished.
    #[serde(default)]
    pub finished: Option<u64>,
    #[serde(default)]
    pub review: Option<Review>,
    /// A review under way, so a reload resumes it.
    #[serde(default)]
    pub session: Option<Session>,
    /// The confidence check, for the learner's eyes only.
    #[serde(default)]
    pub confidence: Confidence,
    /// The name typed for the record of completion.
    #[serde(default)]
    pub name: String,
    /// The activities played in the course: activity id → what was chosen.
    #[serde(default)]
    pub activities: BTreeMap<String, super::activity::Played>,
}

/// Ratings from 1 to 5 per statement; 0 where none was given.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Confidence {
    pub before: Vec<u8>,
    /// After the workshop: how it is now.
    pub after: Vec<u8>,
    /// After the workshop, thinking back to before it.
    pub then: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Before,
    After,
    ThinkingBack,
}

impl Confidence {
    fn list(&mut self, r: Rating) -> &mut Vec<u8> {
        match r {
            Rating::Before => &mut self.before,
            Rating::After => &mut self.after,
            Rating::ThinkingBack => &mut self.then,
        }
    }

    /// Rates statement `i` (ratings outside 1 to 5 are ignored).
    pub fn rate(&mut self, r: Rating, i: usize, rating: u8) {
        if !(1..=5).contains(&rating) {
            return;
        }
        let list = self.list(r);
        if list.len() <= i {
            list.resize(i + 1, 0);
        }
        list[i] = rating;
    }

    pub fn get(&self, r: Rating, i: usize) -> Option<u8> {
        let list = match r {
            Rating::Before => &self.before,
            Rating::After => &self.after,
            Rating::ThinkingBack => &self.then,
        };
        list.get(i).copied().filter(|v| *v > 0)
    }
}

/// The items of a review under way and the answers given so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub items: Vec<String>,
    pub answers: Vec<usize>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: VERSION,
            at: None,
            answers: BTreeMap::new(),
            scenarios: BTreeMap::new(),
            finished: None,
            review: None,
            session: None,
            confidence: Confidence::default(),
            name: String::new(),
            activities: BTreeMap::new(),
        }
    }
}

/// What the learner is told after answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feedback {
    pub correct: bool,
    pub answer: usize,
}

pub fn mark(item: &QuizItem, chosen: usize) -> Feedback {
    Feedback {
        correct: chosen == item.answer,
        answer: item.answer,
    }
}

/// Right and asked, over the course's answers to items that still exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub asked: usize,
}

impl Progress {
    /// Reads stored progress. Anything unreadable, or from a newer version,
    /// is an error for the caller to report: it is never overwritten silently.
    pub fn from_json(text: &str) -> Result<Self, String> {
        let p: Progress = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if p.version > VERSION {
            return Err(format!("saved by a newer version ({})", p.version));
        }
        Ok(p)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Records the first answer to a course item; a second try does not
    /// change the score, as with a real quiz.
    pub fn answer(&mut self, item: &QuizItem, chosen: usize) -> Feedback {
        let kept = *self.answers.entry(item.id.clone()).or_insert(chosen);
        mark(item, kept)
    }

    pub fn score(&self, w: &Workshop) -> Score {
        let mut s = Score {
            correct: 0,
            asked: 0,
        };
        for (id, chosen) in &self.answers {
            if let Some(item) = w.item(id) {
                s.asked += 1;
                s.correct += usize::from(item.answer == *chosen);
            }
        }
        s
    }

    /// The slide to resume at: the stored one if it still exists, else the first.
    pub fn resume_at<'w>(&self, w: &'w Workshop) -> Option<(&'w str, &'w str)> {
        let stored = self.at.as_ref().and_then(|(b, s)| {
            w.slides()
                .find(|(blk, sl)| blk.id == *b && sl.id == *s)
                .map(|(blk, sl)| (blk.id.as_str(), sl.id.as_str()))
        });
        stored.or_else(|| {
            w.slides()
                .next()
                .map(|(b, s)| (b.id.as_str(), s.id.as_str()))
        })
    }

    /// Finishes the course (once) and starts the review schedule.
    pub fn finish(&mut self, w: &Workshop, now: u64) {
        if self.finished.is_some() {
            return;
        }
        self.finished = Some(now);
        let wrong: Vec<&str> = self
            .answers
            .iter()
            .filter(|(id, chosen)| w.item(id).is_some_and(|i| i.answer != **chosen))
            .map(|(id, _)| id.as_str())
            .collect();
        self.review = Some(Review::start(now, wrong));
    }

    pub fn review_due(&self, now: u64) -> bool {
        self.session.is_some() || self.review.as_ref().is_some_and(|r| r.is_due(now))
    }

    /// The review under way, or a new one drawn from the bank.
    pub fn start_session(&mut self, w: &Workshop, now: u64) -> Option<&Session> {
        if self.session.is_none() {
            let review = self.review.as_ref()?;
            let bank: Vec<&str> = w.quiz.iter().map(|q| q.id.as_str()).collect();
            self.session = Some(Session {
                items: review.draw(&bank, now),
                answers: Vec::new(),
            });
        }
        self.session.as_ref()
    }

    /// Answers the next item of the review under way.
    pub fn answer_in_session(&mut self, w: &Workshop, chosen: usize, now: u64) -> Option<Feedback> {
        let session = self.session.as_mut()?;
        let id = session.items.get(session.answers.len())?.clone();
        let item = w.item(&id)?;
        session.answers.push(chosen);
        let feedback = mark(item, chosen);
        if let Some(r) = self.review.as_mut() {
            r.record(&id, feedback.correct, now);
        }
        Some(feedback)
    }

    /// Closes the review under way once every item is answered.
    pub fn end_session(&mut self, w: &Workshop, now: u64) -> Option<Score> {
        let session = self.session.take()?;
        if session.answers.len() < session.items.len() {
            self.session = Some(session);
            return None;
        }
        if let Some(r) = self.review.as_mut() {
            r.finish(now);
        }
        let correct = session
            .answers
            .iter()
            .zip(&session.items)
            .filter(|(a, id)| w.item(id).is_some_and(|i| i.answer == **a))
            .count();
        Some(Score {
            correct,
            asked: session.items.len(),
        })
    }

    /// When the next review is due, for the home page.
    pub fn next_due(&self) -> Option<u64> {
        if self.session.is_some() {
            return self.review.as_ref().map(|r| r.start);
        }
        self.review.as_ref().and_then(Review::next_due)
    }
}

#[cfg(test)]
mod tests {
    use super::super::review::DAY_MS;
    use super::*;

    const T0: u64 = 1_800_000_000_000;

    fn workshop() -> Workshop {
        let items: Vec<String> = (0..8)
            .map(|i| {
                format!(
                    r#"{{"id":"q{i}","question":"Q{i}?","options":["yes","no"],"answer":0,"explanation":"because","sources":["1"]}}"#
                )
            })
            .collect();
        serde_json::from_str(&format!(
            r#"{{"title":"t","reviewed":"2026-12-02","block":[
              {{"id":"m1","title":"M1","minutes":60,"module":1,"slide":[
                {{"id":"one","title":"One","notes":"n"}},{{"id":"two","title":"Two","notes":"n"}}]}},
              {{"id":"m2","title":"M2","minutes":60,"module":2,"slide":[{{"id":"three","title":"Three","notes":"n"}}]}}],
              "item":[{}]}}"#,
            items.join(",")
        ))
        .unwrap()
    }

    #[test]
    fn confidence_ratings_are_kept_per_statement_and_checked() {
        let mut p = Progress::default();
        p.confidence.rate(Rating::Before, 2, 2);
        p.confidence.rate(Rating::After, 2, 4);
        p.confidence.rate(Rating::ThinkingBack, 2, 1);
        p.confidence.rate(Rating::After, 0, 9);
        let back = Progress::from_json(&p.to_json()).unwrap();
        assert_eq!(back.confidence.get(Rating::Before, 2), Some(2));
        assert_eq!(back.confidence.get(Rating::After, 2), Some(4));
        assert_eq!(back.confidence.get(Rating::ThinkingBack, 2), Some(1));
        assert_eq!(
            back.confidence.get(Rating::After, 0),
            None,
            "9 is not a rating"
        );
        assert_eq!(back.confidence.get(Rating::Before, 4), None);
    }

    #[test]
    fn first_answers_count_and_are_scored() {
        let w = workshop();
        let mut p = Progress::default();
        assert!(p.answer(w.item("q0").unwrap(), 0).correct);
        let f = p.answer(w.item("q1").unwrap(), 1);
        assert_eq!(
            f,
            Feedback {
                correct: false,
                answer: 0
            }
        );
        // A second try is shown as the first.
        assert!(!p.answer(w.item("q1").unwrap(), 0).correct);
        assert_eq!(
            p.score(&w),
            Score {
                correct: 1,
                asked: 2
            }
        );
    }

    #[test]
    fn progress_survives_a_round_trip_through_storage() {
        let w = workshop();
        let mut p = Progress {
            at: Some(("m1".into(), "two".into())),
            ..Progress::default()
        };
        p.answer(w.item("q0").unwrap(), 1);
        p.scenarios.insert("s".into(), vec![0, 1]);
        p.finish(&w, T0);
        let back = Progress::from_json(&p.to_json()).unwrap();
        assert_eq!(back, p);
        assert_eq!(back.resume_at(&w), Some(("m1", "two")));
    }

    #[test]
    fn damaged_or_newer_progress_is_refused_not_guessed() {
        assert!(Progress::from_json("{not json").is_err());
        assert!(Progress::from_json(r#"{"version":99}"#).is_err());
        assert_eq!(
            Progress::from_json(r#"{"version":1}"#).unwrap(),
            Progress::default()
        );
    }

    #[test]
    fn a_slide_that_no_longer_exists_resumes_at_the_start() {
        let w = workshop();
        let p = Progress {
            at: Some(("m9".into(), "gone".into())),
            ..Progress::default()
        };
        assert_eq!(p.resume_at(&w), Some(("m1", "one")));
    }

    #[test]
    fn finishing_the_course_schedules_reviews_with_wrong_answers_sooner() {
        let w = workshop();
        let mut p = Progress::default();
        p.answer(w.item("q3").unwrap(), 1);
        assert!(!p.review_due(T0));
        p.finish(&w, T0);
        assert_eq!(p.next_due(), Some(T0 + DAY_MS));
        assert!(!p.review_due(T0 + DAY_MS - 1));
        assert!(p.review_due(T0 + DAY_MS));
        let items = p.start_session(&w, T0 + DAY_MS).unwrap().items.clone();
        assert_eq!(items[0], "q3");
        assert_eq!(items.len(), 5);
    }

    #[test]
    fn a_review_resumes_where_it_stopped_and_then_schedules_the_next() {
        let w = workshop();
        let mut p = Progress::default();
        p.finish(&w, T0);
        let now = T0 + 2 * DAY_MS;
        assert!(p.review_due(now));
        p.start_session(&w, now);
        assert!(p.answer_in_session(&w, 0, now).unwrap().correct);
        assert!(!p.answer_in_session(&w, 1, now).unwrap().correct);
        // Not finished: nothing closes, and a reload finds it under way.
        assert_eq!(p.end_session(&w, now), None);
        let mut p = Progress::from_json(&p.to_json()).unwrap();
        assert_eq!(p.session.as_ref().unwrap().answers.len(), 2);
        for _ in 0..3 {
            p.answer_in_session(&w, 0, now);
        }
        assert_eq!(
            p.end_session(&w, now),
            Some(Score {
                correct: 4,
                asked: 5
            })
        );
        // The wrong one is back a day later, before week 1.
        assert_eq!(p.next_due(), Some(now + DAY_MS));
    }
}
