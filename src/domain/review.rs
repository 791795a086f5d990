//! When a checked contact needs checking again: the one staleness rule for
//! numbers. A contact checked on a date with a review interval in days is
//! "check before use" from the day the interval runs out, computed from the
//! device's own date (so it works offline).

/// Days since 1970-01-01 for a date written YYYY-MM-DD; `None` if it is not
/// one. (Howard Hinnant's days_from_civil.)
pub fn day_number(iso: &str) -> Option<i64> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = iso.get(0..4)?.parse().ok()?;
    let m: i64 = iso.get(5..7)?.parse().ok()?;
    let d: i64 = iso.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The date written YYYY-MM-DD for a day number (civil_from_days).
pub fn iso_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether a contact can be used as it is, or must be checked first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Freshness {
    /// Within its review interval: the date it is due again.
    Current { due: String },
    /// Past its review interval on the device's date: the date it was due.
    CheckBeforeUse { due: String },
}

impl Freshness {
    pub fn is_stale(&self) -> bool {
        matches!(self, Freshness::CheckBeforeUse { .. })
    }
}

/// The rule: due `review_days` after `checked`; on or after that day, check
/// before use. A date that cannot be read (the device's clock or the entry)
/// counts as due, because a number nobody can date should be checked.
pub fn freshness(checked: &str, review_days: u32, today: &str) -> Freshness {
    match (day_number(checked), day_number(today)) {
        (Some(c), Some(t)) => {
            let due = c + i64::from(review_days);
            let due_iso = iso_date(due);
            if t >= due {
                Freshness::CheckBeforeUse { due: due_iso }
            } else {
                Freshness::Current { due: due_iso }
            }
        }
        (Some(c), None) => Freshness::CheckBeforeUse {
            due: iso_date(c + i64::from(review_days)),
        },
        _ => Freshness::CheckBeforeUse { due: String::new() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_across_leap_years_and_centuries() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        for d in [-1000, 0, 10_957, 11_016, 11_017, 20_000, 20_513, 40_000] {
            assert_eq!(day_number(&iso_date(d)), Some(d), "{d}");
        }
        assert_eq!(
            iso_date(day_number("2028-02-28").unwrap() + 1),
            "2028-02-29"
        );
        assert_eq!(day_number("2026-13-01"), None);
        assert_eq!(day_number("26-1-1"), None);
    }

    #[test]
    fn a_contact_is_current_until_its_interval_runs_out() {
        assert_eq!(
            freshness("2026-01-01", 180, "2026-06-29"),
            Freshness::Current {
                due: "2026-06-30".into()
            }
        );
        assert!(freshness("2026-01-01", 180, "2026-06-30").is_stale());
        assert!(freshness("2026-01-01", 180, "2027-01-01").is_stale());
        assert!(!freshness("2026-01-01", 180, "2026-01-01").is_stale());
    }

    #[test]
    fn an_unreadable_date_means_check_before_use() {
        assert!(freshness("2026-01-01", 180, "").is_stale());
        assert!(freshness("soon", 180, "2026-01-01").is_stale());
    }
}
