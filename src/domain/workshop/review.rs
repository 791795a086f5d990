//! Spaced review after the course: short retrieval quizzes at day 2, week 1
//! and month 1, drawn from the item bank. An item answered wrongly comes
//! back a day later, sooner than the next round. Spaced retrieval beats
//! massed practice, and expanding gaps were no better than even ones, so the
//! schedule is simple.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const DAY_MS: u64 = 86_400_000;
/// The rounds, in days after the course was finished.
pub const ROUND_DAYS: [u64; 3] = [2, 7, 30];
/// A wrong answer comes back this many days later.
pub const RETRY_DAYS: u64 = 1;
/// About three minutes' worth.
pub const ITEMS_PER_REVIEW: usize = 5;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// When the course was finished.
    pub start: u64,
    /// How many of `ROUND_DAYS` have been done (or passed while away).
    pub rounds_done: usize,
    /// Items answered wrongly, with when they fall due again.
    pub retry: BTreeMap<String, u64>,
    /// When each item was last asked in a review.
    pub seen: BTreeMap<String, u64>,
}

impl Review {
    /// Starts the schedule when the course is finished; what was answered
    /// wrongly in the course comes back first.
    pub fn start<'a>(now: u64, wrong: impl IntoIterator<Item = &'a str>) -> Self {
        Review {
            start: now,
            rounds_done: 0,
            retry: wrong
                .into_iter()
                .map(|id| (id.to_string(), now + RETRY_DAYS * DAY_MS))
                .collect(),
            seen: BTreeMap::new(),
        }
    }

    fn round_due(&self, round: usize) -> Option<u64> {
        ROUND_DAYS.get(round).map(|days| self.start + days * DAY_MS)
    }

    /// When the next review falls due, or `None` when every round is done
    /// and nothing waits to be tried again.
    pub fn next_due(&self) -> Option<u64> {
        let round = self.round_due(self.rounds_done);
        let retry = self.retry.values().min().copied();
        match (round, retry) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    pub fn is_due(&self, now: u64) -> bool {
        self.next_due().is_some_and(|due| due <= now)
    }

    /// The items for a review now: those due again first, then items never
    /// reviewed in bank order, then the ones reviewed longest ago.
    pub fn draw(&self, bank: &[&str], now: u64) -> Vec<String> {
        let mut picked: Vec<String> = Vec::new();
        let mut due: Vec<(&u64, &String)> = self
            .retry
            .iter()
            .filter(|(id, at)| **at <= now && bank.contains(&id.as_str()))
            .map(|(id, at)| (at, id))
            .collect();
        due.sort();
        picked.extend(due.into_iter().map(|(_, id)| id.clone()));
        let mut rest: Vec<(u64, usize, &str)> = bank
            .iter()
            .enumerate()
            .filter(|(_, id)| !picked.iter().any(|p| p == *id))
            .map(|(i, id)| (self.seen.get(*id).copied().unwrap_or(0), i, *id))
            .collect();
        rest.sort();
        picked.extend(rest.into_iter().map(|(_, _, id)| id.to_string()));
        picked.truncate(ITEMS_PER_REVIEW);
        picked
    }

    /// One answer in a review.
    pub fn record(&mut self, item: &str, correct: bool, now: u64) {
        self.seen.insert(item.to_string(), now);
        if correct {
            self.retry.remove(item);
        } else {
            self.retry
                .insert(item.to_string(), now + RETRY_DAYS * DAY_MS);
        }
    }

    /// A review was finished: every round already due counts as done, so
    /// someone back after a month is not asked three times in a row.
    pub fn finish(&mut self, now: u64) {
        while self
            .round_due(self.rounds_done)
            .is_some_and(|due| due <= now)
        {
            self.rounds_done += 1;
        }
    }

    pub fn all_done(&self) -> bool {
        self.next_due().is_none()
    }
}

/// An iCalendar file with a reminder for each review still to come, made on
/// the device for the learner's own calendar. `stamp` is now, for DTSTAMP.
pub fn reminders_ics(review: &Review, stamp: u64) -> String {
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sense it. Spot it. Stop it.//Train//EN\r\nCALSCALE:GREGORIAN\r\n",
    );
    for (i, days) in ROUND_DAYS.iter().enumerate().skip(review.rounds_done) {
        let at = review.start + days * DAY_MS;
        out.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:review-{i}-{start}@sense-spot-stop\r\nDTSTAMP:{stamp}\r\nDTSTART;VALUE=DATE:{day}\r\nSUMMARY:3-minute review: Sense it. Spot it. Stop it.\r\nDESCRIPTION:Open the app and answer five questions from the workshop.\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:A 3-minute review is due\r\nTRIGGER:PT9H\r\nEND:VALARM\r\nEND:VEVENT\r\n",
            start = review.start,
            stamp = utc_stamp(stamp),
            day = &utc_stamp(at)[..8],
        ));
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// "20261204T090000Z" for a time in milliseconds since the epoch.
fn utc_stamp(ms: u64) -> String {
    let secs = ms / 1000;
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const BANK: [&str; 7] = ["a", "b", "c", "d", "e", "f", "g"];
    /// A fake clock: the course is finished at T0.
    const T0: u64 = 1_800_000_000_000;

    fn at(days: u64) -> u64 {
        T0 + days * DAY_MS
    }

    /// Answers every drawn item, wrongly for those in `wrong`.
    fn review(r: &mut Review, now: u64, wrong: &[&str]) -> Vec<String> {
        let items = r.draw(&BANK, now);
        for id in &items {
            r.record(id, !wrong.contains(&id.as_str()), now);
        }
        r.finish(now);
        items
    }

    #[test]
    fn rounds_fall_due_at_day_2_week_1_and_month_1() {
        let mut r = Review::start(T0, []);
        assert!(!r.is_due(at(2) - 1));
        assert!(r.is_due(at(2)));
        review(&mut r, at(2), &[]);
        assert_eq!(r.next_due(), Some(at(7)));
        assert!(!r.is_due(at(6)));
        review(&mut r, at(7), &[]);
        assert_eq!(r.next_due(), Some(at(30)));
        review(&mut r, at(30), &[]);
        assert!(r.all_done());
        assert!(!r.is_due(at(400)));
    }

    #[test]
    fn a_wrong_answer_comes_back_sooner_and_first() {
        let mut r = Review::start(T0, []);
        review(&mut r, at(2), &["c"]);
        // Due again a day later, before the week-1 round.
        assert_eq!(r.next_due(), Some(at(3)));
        let items = review(&mut r, at(3), &[]);
        assert_eq!(items[0], "c");
        assert_eq!(
            r.next_due(),
            Some(at(7)),
            "answered right: it leaves the retry list"
        );
    }

    #[test]
    fn wrong_answers_in_the_course_come_back_before_day_2() {
        let r = Review::start(T0, ["g"]);
        assert_eq!(r.next_due(), Some(at(1)));
        assert_eq!(r.draw(&BANK, at(1))[0], "g");
    }

    #[test]
    fn each_review_draws_five_new_items_before_repeating() {
        let mut r = Review::start(T0, []);
        let first = review(&mut r, at(2), &[]);
        assert_eq!(first, ["a", "b", "c", "d", "e"]);
        let second = review(&mut r, at(7), &[]);
        assert_eq!(&second[..2], ["f", "g"]);
        assert_eq!(second.len(), ITEMS_PER_REVIEW);
    }

    #[test]
    fn coming_back_late_counts_every_round_that_passed() {
        let mut r = Review::start(T0, []);
        review(&mut r, at(10), &[]);
        assert_eq!(r.rounds_done, 2);
        assert_eq!(r.next_due(), Some(at(30)));
    }

    #[test]
    fn the_calendar_file_has_a_reminder_for_each_review_to_come() {
        // 2027-01-15T08:00:00Z
        let start = 1_800_000_000_000;
        assert_eq!(utc_stamp(start), "20270115T080000Z");
        let mut r = Review::start(start, []);
        let ics = reminders_ics(&r, start);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
        assert!(ics.contains("DTSTART;VALUE=DATE:20270117"), "day 2");
        assert!(ics.contains("DTSTART;VALUE=DATE:20270122"), "week 1");
        assert!(ics.contains("DTSTART;VALUE=DATE:20270214"), "month 1");
        r.finish(start + 2 * DAY_MS);
        assert_eq!(reminders_ics(&r, start).matches("BEGIN:VEVENT").count(), 2);
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(951_782_400_000), "20000229T000000Z");
    }

    #[test]
    fn items_no_longer_in_the_bank_are_not_drawn() {
        let mut r = Review::start(T0, ["gone"]);
        r.finish(at(2));
        assert!(!r.draw(&BANK, at(2)).contains(&"gone".to_string()));
    }
}
