//! How visits are written to and read from the device's storage, without any
//! browser types: the keys, the versioned envelope, migrations, and what to do
//! with a value that cannot be read. `platform::storage` does the I/O.
//!
//! A value that cannot be read is never dropped: it is kept aside under a
//! quarantine key, so it can be exported and recovered.

use super::visit::{Status, Visit, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};

/// Every key this app writes starts with this, so "wipe everything" can remove
/// exactly the app's keys and nothing else on the origin.
pub const PREFIX: &str = "sss.";
pub const INDEX_KEY: &str = "sss.visits.index";
pub const VISIT_PREFIX: &str = "sss.visit.";
pub const QUARANTINE_PREFIX: &str = "sss.quarantine.";
pub const SETTINGS_PREFIX: &str = "sss.settings.";

pub fn visit_key(id: &str) -> String {
    format!("{VISIT_PREFIX}{id}")
}

/// The id in a visit key, if it is one.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(VISIT_PREFIX).filter(|id| !id.is_empty())
}

/// Where a damaged value is kept: the original key and when it was set aside.
pub fn quarantine_key(original: &str, now_ms: u64) -> String {
    format!("{QUARANTINE_PREFIX}{now_ms}.{original}")
}

pub fn is_app_key(key: &str) -> bool {
    key.starts_with(PREFIX)
}

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or cut short.
    NotJson(String),
    /// JSON, but not a visit this version understands.
    WrongShape(String),
    /// Written by a newer version of the app.
    NewerVersion(u32),
}

impl DecodeError {
    /// A plain sentence for the person using the app.
    pub fn explain(&self) -> String {
        match self {
            DecodeError::NotJson(_) => "The saved copy is damaged (it is not complete or not readable).".into(),
            DecodeError::WrongShape(_) => "The saved copy is not in a shape this version can read.".into(),
            DecodeError::NewerVersion(v) => format!(
                "The saved copy was written by a newer version of the app (format {v}); this version reads format {SCHEMA_VERSION}."
            ),
        }
    }
}

/// Serialises a visit for storage.
pub fn encode_visit(visit: &Visit) -> String {
    // A Visit holds only strings, numbers, enums and maps with string-like
    // keys, which serde_json always serialises.
    serde_json::to_string(visit).unwrap_or_default()
}

/// Only the version, read first so an unknown format is named, not misread.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// Reads a stored visit, migrating older formats.
pub fn decode_visit(raw: &str) -> Result<Visit, DecodeError> {
    let version = match serde_json::from_str::<VersionOnly>(raw) {
        Ok(v) => v.version,
        Err(e) => {
            let is_json = serde_json::from_str::<serde::de::IgnoredAny>(raw).is_ok();
            return Err(if is_json {
                DecodeError::WrongShape(e.to_string())
            } else {
                DecodeError::NotJson(e.to_string())
            });
        }
    };
    match version {
        // Version 1 is the first format, so there is nothing to migrate yet. A
        // future format adds a step here (parse the old shape, return the new
        // one) and a test with a stored example of the old shape.
        SCHEMA_VERSION => {
            serde_json::from_str(raw).map_err(|e| DecodeError::WrongShape(e.to_string()))
        }
        0 => Err(DecodeError::WrongShape(
            "version 0 was never written".into(),
        )),
        v => Err(DecodeError::NewerVersion(v)),
    }
}

/// One line of the list of visits: enough to show the list without reading
/// every visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub created_ms: u64,
    pub updated_ms: u64,
    pub setting: Option<String>,
    pub location: String,
    pub complete: bool,
}

impl IndexEntry {
    pub fn of(v: &Visit) -> IndexEntry {
        IndexEntry {
            id: v.id.clone(),
            created_ms: v.created_ms,
            updated_ms: v.updated_ms,
            setting: v.answers.setting.map(|s| s.label().to_string()),
            location: v.location.clone(),
            complete: v.status == Status::Complete,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub version: u32,
    pub visits: Vec<IndexEntry>,
}

impl Index {
    /// Adds or replaces a visit's line, newest edit first.
    pub fn upsert(&mut self, entry: IndexEntry) {
        self.visits.retain(|e| e.id != entry.id);
        self.visits.push(entry);
        super::order::sort_by(&mut self.visits, |a, b| {
            b.updated_ms
                .cmp(&a.updated_ms)
                .then_with(|| a.id.cmp(&b.id))
        });
    }

    pub fn remove(&mut self, id: &str) {
        self.visits.retain(|e| e.id != id);
    }
}

pub fn encode_index(index: &Index) -> String {
    serde_json::to_string(&Index {
        version: SCHEMA_VERSION,
        visits: index.visits.clone(),
    })
    .unwrap_or_default()
}

pub fn decode_index(raw: &str) -> Result<Index, DecodeError> {
    let index: Index =
        serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    if index.version > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(index.version));
    }
    Ok(index)
}

/// Visits older than the retention period, by last edit.
pub fn expired(entries: &[IndexEntry], now_ms: u64, retention_days: u32) -> Vec<&str> {
    let limit = u64::from(retention_days) * 24 * 60 * 60 * 1000;
    entries
        .iter()
        .filter(|e| now_ms.saturating_sub(e.updated_ms) > limit)
        .map(|e| e.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{catalogue::Group, setting::Setting, visit::GroupAnswer};

    fn sample() -> Visit {
        let mut v = Visit::new("abc".into(), 1_000, false);
        v.answers.setting = Some(Setting::SharedHouse);
        v.answers.groups.insert(
            Group::Living,
            GroupAnswer::Seen(["living-overcrowded".to_string()].into()),
        );
        v.notes.insert(
            Group::Living,
            "Eleven mattresses <script>alert(1)</script>".into(),
        );
        v.location = "12 Example Street".into();
        v
    }

    #[test]
    fn a_visit_round_trips() {
        let v = sample();
        assert_eq!(decode_visit(&encode_visit(&v)), Ok(v));
    }

    #[test]
    fn damaged_values_are_named_not_dropped() {
        let good = encode_visit(&sample());
        type Expect = fn(&DecodeError) -> bool;
        let corpus: Vec<(String, Expect)> = vec![
            (good[..good.len() / 2].to_string(), |e| {
                matches!(e, DecodeError::NotJson(_))
            }),
            ("".into(), |e| matches!(e, DecodeError::NotJson(_))),
            ("\u{0}\u{1}\u{2}garbage".into(), |e| {
                matches!(e, DecodeError::NotJson(_))
            }),
            ("{\"version\":1,\"id\":5}".into(), |e| {
                matches!(e, DecodeError::WrongShape(_))
            }),
            ("[1,2,3]".into(), |e| {
                matches!(e, DecodeError::WrongShape(_))
            }),
            ("{\"id\":\"x\"}".into(), |e| {
                matches!(e, DecodeError::WrongShape(_))
            }),
            (good.replacen("\"version\":1", "\"version\":99", 1), |e| {
                *e == DecodeError::NewerVersion(99)
            }),
            (
                good.replacen("\"version\":1", "\"version\":\"1\"", 1),
                |e| matches!(e, DecodeError::WrongShape(_)),
            ),
            (good.replacen("\"version\":1", "\"version\":0", 1), |e| {
                matches!(e, DecodeError::WrongShape(_))
            }),
        ];
        for (raw, expected) in corpus {
            let err = decode_visit(&raw).expect_err(&raw);
            assert!(expected(&err), "{raw:?} gave {err:?}");
            assert!(!err.explain().is_empty());
        }
    }

    #[test]
    fn a_huge_string_is_rejected_without_panicking() {
        let raw = "x".repeat(4 * 1024 * 1024);
        assert!(matches!(decode_visit(&raw), Err(DecodeError::NotJson(_))));
    }

    #[test]
    fn keys_are_namespaced() {
        assert_eq!(visit_key("abc"), "sss.visit.abc");
        assert_eq!(id_of_key("sss.visit.abc"), Some("abc"));
        assert_eq!(id_of_key("sss.visit."), None);
        assert_eq!(id_of_key("other.visit.abc"), None);
        assert!(is_app_key(&quarantine_key("sss.visit.abc", 7)));
        assert!(is_app_key(INDEX_KEY) && !is_app_key("theirs"));
    }

    #[test]
    fn the_index_keeps_the_newest_first_and_one_line_per_visit() {
        let mut index = Index::default();
        let mut a = sample();
        index.upsert(IndexEntry::of(&a));
        let mut b = sample();
        b.id = "b".into();
        b.updated_ms = 5_000;
        index.upsert(IndexEntry::of(&b));
        a.updated_ms = 9_000;
        index.upsert(IndexEntry::of(&a));
        let ids: Vec<_> = index.visits.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, vec!["abc", "b"]);
        assert_eq!(
            decode_index(&encode_index(&index)),
            Ok(Index {
                version: SCHEMA_VERSION,
                ..index.clone()
            })
        );
        index.remove("abc");
        assert_eq!(index.visits.len(), 1);
    }

    #[test]
    fn retention_removes_only_visits_older_than_the_period() {
        let day = 24 * 60 * 60 * 1000;
        let mut old = IndexEntry::of(&sample());
        old.updated_ms = 0;
        let mut fresh = old.clone();
        fresh.id = "fresh".into();
        fresh.updated_ms = 29 * day;
        assert_eq!(expired(&[old, fresh], 31 * day, 30), vec!["abc"]);
    }
}
