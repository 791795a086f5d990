//! A cited source: where a fact, number or indicator comes from.

/// One entry of the numbered source list in the shared reference.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    /// The reference's own number, e.g. "83" or "81a".
    pub key: &'static str,
    /// Organisation and title, as stored.
    pub citation: &'static str,
    /// Address as stored; empty where the stored copy had none.
    pub url: &'static str,
}

/// Compile-time string equality, so data checks can run in `const` blocks and
/// fail the build rather than the user.
pub const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A date written as YYYY-MM-DD, checked at compile time.
pub const fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let mut i = 0;
    while i < 10 {
        if i != 4 && i != 7 && !b[i].is_ascii_digit() {
            return false;
        }
        i += 1;
    }
    true
}
