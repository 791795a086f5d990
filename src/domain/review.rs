//! When a checked number needs checking again: the one staleness rule, for
//! the registry's entries and a council's own contacts alike. An entry
//! checked on a date with a review interval in months is due on that date
//! plus the interval (the day capped at 28, so every month has it); after
//! that day, by the device's own date, it says "check before use".

use super::source::is_iso_date;

/// The date an entry checked on `checked` (YYYY-MM-DD) is due for review.
pub fn review_by(checked: &str, months: u32) -> String {
    let part = |r: std::ops::Range<usize>, default: u32| {
        checked
            .get(r)
            .and_then(|s| s.parse().ok())
            .unwrap_or(default)
    };
    let (y, m, d): (u32, u32, u32) = (part(0..4, 2000), part(5..7, 1), part(8..10, 1));
    let months = (m.clamp(1, 12) - 1) + months;
    format!(
        "{:04}-{:02}-{:02}",
        y + months / 12,
        months % 12 + 1,
        d.clamp(1, 28)
    )
}

/// Whether it is past its review date on `today` (YYYY-MM-DD, the device's
/// own date; a clock that gives no date claims nothing). ISO dates compare
/// as strings.
pub fn needs_check(checked: &str, months: u32, today: &str) -> bool {
    is_iso_date(today) && today > review_by(checked, months).as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_review_date_adds_months_across_a_year_and_caps_the_day() {
        assert_eq!(review_by("2026-11-28", 3), "2027-02-28");
        assert_eq!(review_by("2026-01-31", 1), "2026-02-28");
        assert_eq!(review_by("2026-12-15", 12), "2027-12-15");
        assert_eq!(review_by("2026-06-01", 24), "2028-06-01");
    }

    #[test]
    fn an_entry_needs_checking_the_day_after_its_review_date() {
        assert!(!needs_check("2026-01-10", 6, "2026-07-10"));
        assert!(needs_check("2026-01-10", 6, "2026-07-11"));
        assert!(!needs_check("2026-01-10", 6, "2026-01-10"));
        assert!(!needs_check("2026-01-10", 6, "not a date"));
    }
}
