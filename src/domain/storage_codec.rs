//! How visits are written to and read from the device's storage, without any
//! browser types: the keys, the versioned envelope, migrations, and what to do
//! with a value that cannot be read, and what a failed write means.
//! `platform::storage` does the I/O.
//!
//! A value that cannot be read is never dropped: it is kept aside under a
//! quarantine key, so it can be exported and recovered.

use super::visit::{Status, Visit, SCHEMA_VERSION};

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

/// Why the device's storage did not take a write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser blocks storage (private mode, settings) or has none.
    Unavailable,
    /// The device's storage for this app is full.
    Full,
    /// The lock is set and the app is locked: nothing can be read or written.
    Locked,
    /// The browser has no Web Crypto here (it needs https or localhost).
    NoCrypto,
    Other(String),
}

impl StorageError {
    pub fn explain(&self) -> &'static str {
        match self {
            StorageError::Unavailable => "This browser is not letting the app store anything, so nothing can be saved on this device.",
            StorageError::Full => "The device's storage for this app is full. Your last saved copy is safe; delete old visits to make room.",
            StorageError::Locked => "The app is locked. Unlock it to save; what you typed is kept until then.",
            StorageError::NoCrypto => "This browser cannot encrypt here (it needs a secure connection), so the lock cannot be used.",
            StorageError::Other(_) => "The browser refused to save. Your last saved copy is safe.",
        }
    }
}

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or cut short. (No detail is kept: the person using the app
    /// gets `explain`, and formatting serde_json's messages cost wasm.)
    NotJson,
    /// JSON, but not a visit this version understands.
    WrongShape,
    /// Written by a newer version of the app.
    NewerVersion(u32),
}

impl DecodeError {
    /// A plain sentence for the person using the app.
    pub fn explain(&self) -> String {
        match self {
            DecodeError::NotJson => "The saved copy is damaged (it is not complete or not readable).".into(),
            DecodeError::WrongShape => "The saved copy is not in a shape this version can read.".into(),
            DecodeError::NewerVersion(v) => format!(
                "The saved copy was written by a newer version of the app (format {v}); this version reads format {SCHEMA_VERSION}."
            ),
        }
    }
}

// The stored format is what serde_json writes from the derived impls in
// `visit.rs`: fields in declaration order, enums by variant name,
// `GroupAnswer::Seen` as {"Seen":[...]}, absent options as null. Renaming a
// field or a variant changes the format: the golden fixtures in
// tests/fixtures/stored-v1 (written by the first version) fail if it does.

/// Serialises a visit for storage.
pub fn encode_visit(v: &Visit) -> String {
    // Only maps with string-like keys and plain values: this cannot fail.
    serde_json::to_string(v).unwrap_or_default()
}

/// What a JSON error means for a stored value: not JSON at all (or cut
/// short), or JSON of the wrong shape. serde_json can report a shape fault
/// as a syntax one (an array where an object was expected), so the text is
/// checked on its own.
fn decode_error(raw: &str) -> DecodeError {
    if serde_json::from_str::<serde::de::IgnoredAny>(raw).is_ok() {
        DecodeError::WrongShape
    } else {
        DecodeError::NotJson
    }
}

/// Reads a stored visit, migrating older formats.
pub fn decode_visit(raw: &str) -> Result<Visit, DecodeError> {
    /// The version is read first, so an unknown format is named, not misread.
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let version = serde_json::from_str::<VersionOnly>(raw)
        .map_err(|_| decode_error(raw))?
        .version;
    match version {
        // Version 1 is the first format, so there is nothing to migrate yet. A
        // future format adds a step here (read the old shape, return the new
        // one) and a golden fixture of the old shape.
        SCHEMA_VERSION => serde_json::from_str(raw).map_err(|_| decode_error(raw)),
        // Version 0 was never written.
        0 => Err(DecodeError::WrongShape),
        v => Err(DecodeError::NewerVersion(v)),
    }
}

/// One line of the list of visits: enough to show the list without reading
/// every visit.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// Reads the index. Any fault reads as damage: the index is rebuilt from
/// the visits at start-up.
pub fn decode_index(raw: &str) -> Result<Index, DecodeError> {
    let index: Index = serde_json::from_str(raw).map_err(|_| DecodeError::NotJson)?;
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
    use crate::domain::{
        catalogue::Group,
        nation::Nation,
        setting::Setting,
        vault::{self, Key, LockRecord, IV_LEN, KEY_LEN, SALT_LEN},
        visit::{Answers, Consent, GroupAnswer, PeopleCount, YesNoUnsure},
    };
    use proptest::prelude::*;
    use std::collections::BTreeSet;

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
                matches!(e, DecodeError::NotJson)
            }),
            ("".into(), |e| matches!(e, DecodeError::NotJson)),
            ("\u{0}\u{1}\u{2}garbage".into(), |e| {
                matches!(e, DecodeError::NotJson)
            }),
            ("{\"version\":1,\"id\":5}".into(), |e| {
                matches!(e, DecodeError::WrongShape)
            }),
            ("[1,2,3]".into(), |e| matches!(e, DecodeError::WrongShape)),
            ("{\"id\":\"x\"}".into(), |e| {
                matches!(e, DecodeError::WrongShape)
            }),
            (good.replacen("\"version\":1", "\"version\":99", 1), |e| {
                *e == DecodeError::NewerVersion(99)
            }),
            (
                good.replacen("\"version\":1", "\"version\":\"1\"", 1),
                |e| matches!(e, DecodeError::WrongShape),
            ),
            (good.replacen("\"version\":1", "\"version\":0", 1), |e| {
                matches!(e, DecodeError::WrongShape)
            }),
        ];
        for (raw, expected) in corpus {
            let err = decode_visit(&raw).expect_err(&raw);
            assert!(expected(&err), "{raw:?} gave {err:?}");
            assert!(!err.explain().is_empty());
        }
    }

    // Golden fixtures: stored values as the first version of the app wrote
    // them (its hand-written encoder, itself proptested against serde_json),
    // for visits that between them use every variant of every enum, both
    // kinds of option, and text that needs every kind of escape. Data on
    // devices is in this format, so these bytes must never change.
    const GOLDEN_VISITS: &str = include_str!("../../tests/fixtures/stored-v1/visits.jsonl");
    const GOLDEN_INDEX: &str = include_str!("../../tests/fixtures/stored-v1/index.json");
    const GOLDEN_LOCK: &str = include_str!("../../tests/fixtures/stored-v1/lock-record.json");
    const GOLDEN_SEALED: &str = include_str!("../../tests/fixtures/stored-v1/sealed-visit.json");

    fn fixture_visits() -> Vec<Visit> {
        let texts = [
            "",
            "12 Example Street, Flat 2",
            "quote \" backslash \\ slash / newline \n tab \t cr \r",
            "control \u{0}\u{1}\u{8}\u{c}\u{1f}\u{7f} end",
            "unicode é ü ñ 漢字 😀 \u{2028}\u{2029}",
            "<script>alert(1)</script>&amp;",
        ];
        let mut out = Vec::new();
        for i in 0..10 {
            let mut v = Visit::new(
                format!("visit-{i}"),
                1_700_000_000_000 + i as u64,
                i % 3 == 1,
            );
            v.updated_ms = if i == 9 {
                u64::MAX
            } else {
                v.created_ms + 60_000 * i as u64
            };
            v.sample = (i % 4 == 2).then(|| format!("sample-{i}"));
            v.location = texts[i % texts.len()].to_string();
            v.general_notes = texts[(i + 3) % texts.len()].to_string();
            v.status = if i % 2 == 0 {
                Status::Draft
            } else {
                Status::Complete
            };
            let a = &mut v.answers;
            let some = |n: usize| i % (n + 1) != n;
            a.danger = some(3).then(|| YesNoUnsure::ALL[i % 3]);
            a.setting = some(10).then(|| Setting::ALL[i % 10]);
            a.nation = some(3).then(|| Nation::ALL[i % 3]);
            a.people = some(5).then(|| PeopleCount::ALL[i % 5]);
            a.under_18 = some(3).then(|| YesNoUnsure::ALL[(i + 1) % 3]);
            a.consent = some(3).then(|| Consent::ALL[i % 3]);
            for (g, group) in Group::ALL.iter().enumerate() {
                if (g + i) % 4 == 3 {
                    continue;
                }
                let answer = match (g + i) % 3 {
                    0 => GroupAnswer::NoneSeen,
                    1 => GroupAnswer::CouldNotSee,
                    _ => GroupAnswer::Seen(
                        [
                            format!("{group:?}-a").to_lowercase(),
                            texts[(g + i) % texts.len()].to_string(),
                        ]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect(),
                    ),
                };
                a.groups.insert(*group, answer);
                if (g + i) % 2 == 0 {
                    v.notes
                        .insert(*group, texts[(g * 7 + i) % texts.len()].to_string());
                }
            }
            out.push(v);
        }
        out
    }

    fn fixture_index() -> Index {
        let mut index = Index {
            version: SCHEMA_VERSION,
            visits: Vec::new(),
        };
        for v in fixture_visits().iter().filter(|v| !v.practice) {
            index.upsert(IndexEntry::of(v));
        }
        index
    }

    fn fixture_lock_record() -> LockRecord {
        LockRecord::new(
            &Key::from_bytes([7; KEY_LEN]),
            [3; SALT_LEN],
            600_000,
            &Key::from_bytes([9; KEY_LEN]),
            [5; IV_LEN],
        )
    }

    fn fixture_sealed() -> String {
        vault::seal(
            &Key::from_bytes([9; KEY_LEN]),
            [1; IV_LEN],
            "sss.visit.visit-0",
            encode_visit(&fixture_visits()[0]).as_bytes(),
        )
    }

    #[test]
    fn stored_visits_read_and_write_byte_for_byte_as_the_first_version() {
        let expected = fixture_visits();
        let lines: Vec<&str> = GOLDEN_VISITS.lines().collect();
        assert_eq!(lines.len(), expected.len());
        for (line, v) in lines.iter().zip(&expected) {
            assert_eq!(decode_visit(line).as_ref(), Ok(v));
            assert_eq!(&encode_visit(v), line);
        }
        let names =
            |f: fn(&Visit) -> String| -> BTreeSet<String> { expected.iter().map(f).collect() };
        // The fixtures really do cover every variant.
        assert_eq!(
            names(|v| format!("{:?}", v.answers.setting)).len(),
            Setting::ALL.len()
        );
        assert_eq!(
            names(|v| format!("{:?}", v.answers.people)).len(),
            PeopleCount::ALL.len() + 1
        );
        assert_eq!(
            names(|v| format!("{:?}", v.answers.nation)).len(),
            Nation::ALL.len() + 1
        );
        assert_eq!(
            names(|v| format!("{:?}", v.answers.consent)).len(),
            Consent::ALL.len() + 1
        );
        assert_eq!(
            names(|v| format!("{:?}", v.answers.danger)).len(),
            YesNoUnsure::ALL.len() + 1
        );
        assert_eq!(names(|v| format!("{:?}", v.status)).len(), 2);
        let groups: BTreeSet<Group> = expected
            .iter()
            .flat_map(|v| v.notes.keys().copied())
            .collect();
        assert_eq!(groups.len(), Group::ALL.len());
    }

    #[test]
    fn the_stored_index_reads_and_writes_byte_for_byte() {
        assert_eq!(decode_index(GOLDEN_INDEX), Ok(fixture_index()));
        assert_eq!(encode_index(&fixture_index()), GOLDEN_INDEX);
    }

    #[test]
    fn the_lock_record_and_a_sealed_visit_read_and_write_byte_for_byte() {
        let record = fixture_lock_record();
        assert_eq!(record.encode(), GOLDEN_LOCK);
        assert_eq!(LockRecord::decode(GOLDEN_LOCK), Some(record.clone()));
        // AES-GCM with a fixed key and IV is deterministic.
        assert_eq!(fixture_sealed(), GOLDEN_SEALED);
        let data_key = record
            .open_data_key(&Key::from_bytes([7; KEY_LEN]))
            .unwrap();
        let plain = vault::open_text(&data_key, "sss.visit.visit-0", GOLDEN_SEALED).unwrap();
        assert_eq!(decode_visit(&plain), Ok(fixture_visits()[0].clone()));
    }

    /// The first version's format, spelled out by hand (as its own encoder
    /// wrote it), so that a change to a derive or a field's order fails the
    /// proptests below for any visit, not only the fixtures.
    mod format_v1 {
        use super::*;

        fn s(out: &mut String, text: &str) {
            out.push_str(&serde_json::to_string(text).unwrap());
        }

        fn opt<T: std::fmt::Debug>(out: &mut String, v: &Option<T>) {
            match v {
                Some(v) => s(out, &format!("{v:?}")),
                None => out.push_str("null"),
            }
        }

        fn answers(out: &mut String, a: &Answers) {
            out.push_str("{\"danger\":");
            opt(out, &a.danger);
            out.push_str(",\"setting\":");
            opt(out, &a.setting);
            out.push_str(",\"nation\":");
            opt(out, &a.nation);
            out.push_str(",\"people\":");
            opt(out, &a.people);
            out.push_str(",\"under_18\":");
            opt(out, &a.under_18);
            out.push_str(",\"groups\":{");
            for (i, (group, answer)) in a.groups.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                s(out, &format!("{group:?}"));
                out.push(':');
                match answer {
                    GroupAnswer::Seen(ids) => {
                        let ids: Vec<String> = ids
                            .iter()
                            .map(|id| serde_json::to_string(id).unwrap())
                            .collect();
                        out.push_str(&format!("{{\"Seen\":[{}]}}", ids.join(",")));
                    }
                    GroupAnswer::NoneSeen => out.push_str("\"NoneSeen\""),
                    GroupAnswer::CouldNotSee => out.push_str("\"CouldNotSee\""),
                }
            }
            out.push_str("},\"consent\":");
            opt(out, &a.consent);
            out.push('}');
        }

        pub fn visit(v: &Visit) -> String {
            let mut out = format!(
                "{{\"version\":{},\"id\":{},\"created_ms\":{},\"updated_ms\":{},\"practice\":{},\"sample\":",
                v.version,
                serde_json::to_string(&v.id).unwrap(),
                v.created_ms,
                v.updated_ms,
                v.practice
            );
            match &v.sample {
                Some(x) => s(&mut out, x),
                None => out.push_str("null"),
            }
            out.push_str(",\"location\":");
            s(&mut out, &v.location);
            out.push_str(",\"answers\":");
            answers(&mut out, &v.answers);
            out.push_str(",\"notes\":{");
            for (i, (group, note)) in v.notes.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                s(&mut out, &format!("{group:?}"));
                out.push(':');
                s(&mut out, note);
            }
            out.push_str("},\"general_notes\":");
            s(&mut out, &v.general_notes);
            out.push_str(",\"status\":");
            s(&mut out, &format!("{:?}", v.status));
            out.push('}');
            out
        }

        pub fn index(index: &Index) -> String {
            let entries: Vec<String> = index
                .visits
                .iter()
                .map(|e| {
                    format!(
                        "{{\"id\":{},\"created_ms\":{},\"updated_ms\":{},\"setting\":{},\"location\":{},\"complete\":{}}}",
                        serde_json::to_string(&e.id).unwrap(),
                        e.created_ms,
                        e.updated_ms,
                        e.setting.as_ref().map_or("null".into(), |x| serde_json::to_string(x).unwrap()),
                        serde_json::to_string(&e.location).unwrap(),
                        e.complete
                    )
                })
                .collect();
            format!(
                "{{\"version\":{SCHEMA_VERSION},\"visits\":[{}]}}",
                entries.join(",")
            )
        }
    }

    #[test]
    fn the_hand_spelled_format_matches_the_golden_fixtures() {
        for (line, v) in GOLDEN_VISITS.lines().zip(fixture_visits()) {
            assert_eq!(format_v1::visit(&v), line);
        }
        assert_eq!(format_v1::index(&fixture_index()), GOLDEN_INDEX);
    }

    fn pick<T: Copy + std::fmt::Debug + 'static>(all: &[T]) -> impl Strategy<Value = T> {
        proptest::sample::select(all.to_vec())
    }

    fn text() -> impl Strategy<Value = String> {
        // Any Unicode, with quotes, backslashes and control characters often.
        prop_oneof![any::<String>(), "[a-z\"\\\u{0}-\u{1f}\u{7f}é😀 ]{0,12}"]
    }

    fn answer() -> impl Strategy<Value = GroupAnswer> {
        prop_oneof![
            Just(GroupAnswer::NoneSeen),
            Just(GroupAnswer::CouldNotSee),
            proptest::collection::btree_set(text(), 1..4).prop_map(GroupAnswer::Seen),
        ]
    }

    fn answers() -> impl Strategy<Value = Answers> {
        (
            proptest::option::of(pick(&YesNoUnsure::ALL)),
            proptest::option::of(pick(&Setting::ALL)),
            proptest::option::of(pick(&Nation::ALL)),
            proptest::option::of(pick(&PeopleCount::ALL)),
            proptest::option::of(pick(&YesNoUnsure::ALL)),
            proptest::collection::btree_map(pick(&Group::ALL), answer(), 0..9),
            proptest::option::of(pick(&Consent::ALL)),
        )
            .prop_map(
                |(danger, setting, nation, people, under_18, groups, consent)| Answers {
                    danger,
                    setting,
                    nation,
                    people,
                    under_18,
                    groups,
                    consent,
                },
            )
    }

    fn visit() -> impl Strategy<Value = Visit> {
        (
            text(),
            any::<u64>(),
            any::<u64>(),
            any::<bool>(),
            proptest::option::of(text()),
            text(),
            answers(),
            proptest::collection::btree_map(pick(&Group::ALL), text(), 0..9),
            text(),
            pick(&[Status::Draft, Status::Complete]),
        )
            .prop_map(
                |(
                    id,
                    created_ms,
                    updated_ms,
                    practice,
                    sample,
                    location,
                    answers,
                    notes,
                    general_notes,
                    status,
                )| Visit {
                    version: SCHEMA_VERSION,
                    id,
                    created_ms,
                    updated_ms,
                    practice,
                    sample,
                    location,
                    answers,
                    notes,
                    general_notes,
                    status,
                },
            )
    }

    fn entry() -> impl Strategy<Value = IndexEntry> {
        (
            text(),
            any::<u64>(),
            any::<u64>(),
            proptest::option::of(text()),
            text(),
            any::<bool>(),
        )
            .prop_map(
                |(id, created_ms, updated_ms, setting, location, complete)| IndexEntry {
                    id,
                    created_ms,
                    updated_ms,
                    setting,
                    location,
                    complete,
                },
            )
    }

    proptest! {
        #[test]
        fn visits_are_written_byte_for_byte_in_the_first_format(v in visit()) {
            let ours = encode_visit(&v);
            prop_assert_eq!(&ours, &format_v1::visit(&v));
            prop_assert_eq!(decode_visit(&ours), Ok(v.clone()));
            // Stored values, however they were spaced, still load.
            prop_assert_eq!(decode_visit(&serde_json::to_string_pretty(&v).unwrap()), Ok(v));
        }

        #[test]
        fn the_index_is_written_in_the_first_format(visits in proptest::collection::vec(entry(), 0..5)) {
            let index = Index { version: SCHEMA_VERSION, visits };
            let ours = encode_index(&index);
            prop_assert_eq!(&ours, &format_v1::index(&index));
            prop_assert_eq!(decode_index(&ours), Ok(index));
        }

        #[test]
        fn a_damaged_visit_is_refused_and_explained_never_misread(
            v in visit(),
            cut in any::<proptest::sample::Index>(),
        ) {
            let good = encode_visit(&v);
            let chars: Vec<char> = good.chars().collect();
            let truncated: String = chars[..cut.index(chars.len())].iter().collect();
            let err = decode_visit(&truncated).expect_err("a cut value never reads");
            prop_assert!(matches!(err, DecodeError::NotJson), "{:?}", err);
        }
    }

    #[test]
    fn a_huge_string_is_rejected_without_panicking() {
        let raw = "x".repeat(4 * 1024 * 1024);
        assert!(matches!(decode_visit(&raw), Err(DecodeError::NotJson)));
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
