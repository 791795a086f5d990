//! How visits are written to and read from the device's storage, without any
//! browser types: the keys, the versioned envelope, migrations, and what to do
//! with a value that cannot be read. `platform::storage` does the I/O.
//!
//! A value that cannot be read is never dropped: it is kept aside under a
//! quarantine key, so it can be exported and recovered.

use super::{
    catalogue::Group,
    json::{self, optional, required, shape, write_key, write_str, ShapeError, Value},
    nation::Nation,
    setting::Setting,
    visit::{
        Answers, Consent, GroupAnswer, PeopleCount, Status, Visit, YesNoUnsure, SCHEMA_VERSION,
    },
};
use std::collections::{BTreeMap, BTreeSet};

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

// The stored format is the one serde_json wrote from the derived impls of
// the first version: fields in declaration order, enums by variant name,
// `GroupAnswer::Seen` as {"Seen":[...]}, absent options as null. These tables
// give the variant names; a test checks them against serde's.
const YES_NO: [(YesNoUnsure, &str); 3] = [
    (YesNoUnsure::Yes, "Yes"),
    (YesNoUnsure::No, "No"),
    (YesNoUnsure::NotSure, "NotSure"),
];
const SETTINGS: [(Setting, &str); 10] = [
    (Setting::House, "House"),
    (Setting::SharedHouse, "SharedHouse"),
    (Setting::CarWash, "CarWash"),
    (Setting::NailBar, "NailBar"),
    (Setting::Farm, "Farm"),
    (Setting::Factory, "Factory"),
    (Setting::Takeaway, "Takeaway"),
    (Setting::Construction, "Construction"),
    (Setting::ShortLet, "ShortLet"),
    (Setting::Other, "Other"),
];
const NATIONS: [(Nation, &str); 3] = [
    (Nation::EnglandWales, "EnglandWales"),
    (Nation::Scotland, "Scotland"),
    (Nation::NorthernIreland, "NorthernIreland"),
];
const PEOPLE: [(PeopleCount, &str); 5] = [
    (PeopleCount::One, "One"),
    (PeopleCount::TwoToFive, "TwoToFive"),
    (PeopleCount::SixToTen, "SixToTen"),
    (PeopleCount::MoreThanTen, "MoreThanTen"),
    (PeopleCount::CouldNotCount, "CouldNotCount"),
];
const CONSENT: [(Consent, &str); 3] = [
    (Consent::Agreed, "Agreed"),
    (Consent::Declined, "Declined"),
    (Consent::NotAsked, "NotAsked"),
];
const GROUPS: [(Group, &str); 9] = [
    (Group::People, "People"),
    (Group::Control, "Control"),
    (Group::Living, "Living"),
    (Group::Work, "Work"),
    (Group::Premises, "Premises"),
    (Group::Sexual, "Sexual"),
    (Group::Criminal, "Criminal"),
    (Group::Domestic, "Domestic"),
    (Group::Children, "Children"),
];
const STATUS: [(Status, &str); 2] = [(Status::Draft, "Draft"), (Status::Complete, "Complete")];

fn name_of<T: PartialEq>(table: &[(T, &'static str)], v: &T) -> &'static str {
    table.iter().find(|(t, _)| t == v).map_or("", |(_, n)| n)
}

fn variant<T: Copy>(table: &[(T, &str)], v: &Value) -> Result<T, ShapeError> {
    let name = v.str()?;
    table
        .iter()
        .find(|(_, n)| *n == name)
        .map(|(t, _)| *t)
        .ok_or_else(|| ShapeError(format!("unknown variant {name}")))
}

fn write_opt<T: PartialEq>(
    out: &mut String,
    key: &str,
    table: &[(T, &'static str)],
    v: &Option<T>,
) {
    write_key(out, key);
    match v {
        Some(v) => write_str(out, name_of(table, v)),
        None => out.push_str("null"),
    }
}

fn read_opt<T: Copy>(table: &[(T, &str)], v: Option<&Value>) -> Result<Option<T>, ShapeError> {
    optional(v).map(|v| variant(table, v)).transpose()
}

/// Serialises a visit for storage.
pub fn encode_visit(v: &Visit) -> String {
    let mut out = String::from("{");
    write_key(&mut out, "version");
    out.push_str(&v.version.to_string());
    write_key(&mut out, "id");
    write_str(&mut out, &v.id);
    write_key(&mut out, "created_ms");
    out.push_str(&v.created_ms.to_string());
    write_key(&mut out, "updated_ms");
    out.push_str(&v.updated_ms.to_string());
    write_key(&mut out, "practice");
    out.push_str(if v.practice { "true" } else { "false" });
    write_key(&mut out, "sample");
    match &v.sample {
        Some(s) => write_str(&mut out, s),
        None => out.push_str("null"),
    }
    write_key(&mut out, "location");
    write_str(&mut out, &v.location);
    write_key(&mut out, "answers");
    let a = &v.answers;
    out.push('{');
    write_opt(&mut out, "danger", &YES_NO, &a.danger);
    write_opt(&mut out, "setting", &SETTINGS, &a.setting);
    write_opt(&mut out, "nation", &NATIONS, &a.nation);
    write_opt(&mut out, "people", &PEOPLE, &a.people);
    write_opt(&mut out, "under_18", &YES_NO, &a.under_18);
    write_key(&mut out, "groups");
    out.push('{');
    for (group, answer) in &a.groups {
        write_key(&mut out, name_of(&GROUPS, group));
        match answer {
            GroupAnswer::Seen(ids) => {
                out.push_str("{\"Seen\":[");
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(&mut out, id);
                }
                out.push_str("]}");
            }
            GroupAnswer::NoneSeen => out.push_str("\"NoneSeen\""),
            GroupAnswer::CouldNotSee => out.push_str("\"CouldNotSee\""),
        }
    }
    out.push('}');
    write_opt(&mut out, "consent", &CONSENT, &a.consent);
    out.push('}');
    write_key(&mut out, "notes");
    out.push('{');
    for (group, note) in &v.notes {
        write_key(&mut out, name_of(&GROUPS, group));
        write_str(&mut out, note);
    }
    out.push('}');
    write_key(&mut out, "general_notes");
    write_str(&mut out, &v.general_notes);
    write_key(&mut out, "status");
    write_str(&mut out, name_of(&STATUS, &v.status));
    out.push('}');
    out
}

fn group_answer(v: &Value) -> Result<GroupAnswer, ShapeError> {
    match v {
        Value::Str(s) if s == "NoneSeen" => Ok(GroupAnswer::NoneSeen),
        Value::Str(s) if s == "CouldNotSee" => Ok(GroupAnswer::CouldNotSee),
        Value::Obj(m) if m.len() == 1 && m[0].0 == "Seen" => {
            let ids = m[0]
                .1
                .arr()?
                .iter()
                .map(|id| id.str().map(String::from))
                .collect::<Result<BTreeSet<_>, _>>()?;
            Ok(GroupAnswer::Seen(ids))
        }
        _ => Err(shape("expected a group answer")),
    }
}

fn group_map<T>(
    v: &Value,
    item: impl Fn(&Value) -> Result<T, ShapeError>,
) -> Result<BTreeMap<Group, T>, ShapeError> {
    v.obj()?
        .iter()
        .map(|(k, x)| Ok((variant(&GROUPS, &Value::Str(k.clone()))?, item(x)?)))
        .collect()
}

fn answers(v: &Value) -> Result<Answers, ShapeError> {
    let [danger, setting, nation, people, under_18, groups, consent] = v.fields([
        "danger", "setting", "nation", "people", "under_18", "groups", "consent",
    ])?;
    Ok(Answers {
        danger: read_opt(&YES_NO, danger)?,
        setting: read_opt(&SETTINGS, setting)?,
        nation: read_opt(&NATIONS, nation)?,
        people: read_opt(&PEOPLE, people)?,
        under_18: read_opt(&YES_NO, under_18)?,
        groups: group_map(required(groups, "groups")?, group_answer)?,
        consent: read_opt(&CONSENT, consent)?,
    })
}

fn visit(v: &Value) -> Result<Visit, ShapeError> {
    let [version, id, created_ms, updated_ms, practice, sample, location, answers_v, notes, general_notes, status] =
        v.fields([
            "version",
            "id",
            "created_ms",
            "updated_ms",
            "practice",
            "sample",
            "location",
            "answers",
            "notes",
            "general_notes",
            "status",
        ])?;
    Ok(Visit {
        version: required(version, "version")?.u32()?,
        id: required(id, "id")?.str()?.to_string(),
        created_ms: required(created_ms, "created_ms")?.u64()?,
        updated_ms: required(updated_ms, "updated_ms")?.u64()?,
        practice: required(practice, "practice")?.bool()?,
        sample: optional(sample)
            .map(|s| s.str().map(String::from))
            .transpose()?,
        location: required(location, "location")?.str()?.to_string(),
        answers: answers(required(answers_v, "answers")?)?,
        notes: group_map(required(notes, "notes")?, |n| n.str().map(String::from))?,
        general_notes: required(general_notes, "general_notes")?.str()?.to_string(),
        status: variant(&STATUS, required(status, "status")?)?,
    })
}

/// Reads a stored visit, migrating older formats.
pub fn decode_visit(raw: &str) -> Result<Visit, DecodeError> {
    let value = json::parse(raw).map_err(|e| DecodeError::NotJson(e.0))?;
    // The version is read first, so an unknown format is named, not misread.
    let [version] = value
        .fields(["version"])
        .map_err(|e| DecodeError::WrongShape(e.0))?;
    let version = required(version, "version")
        .and_then(Value::u32)
        .map_err(|e| DecodeError::WrongShape(e.0))?;
    match version {
        // Version 1 is the first format, so there is nothing to migrate yet. A
        // future format adds a step here (read the old shape, return the new
        // one) and a test with a stored example of the old shape.
        SCHEMA_VERSION => visit(&value).map_err(|e| DecodeError::WrongShape(e.0)),
        0 => Err(DecodeError::WrongShape(
            "version 0 was never written".into(),
        )),
        v => Err(DecodeError::NewerVersion(v)),
    }
}

/// One line of the list of visits: enough to show the list without reading
/// every visit.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
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

#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
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
    let mut out = String::from("{");
    write_key(&mut out, "version");
    out.push_str(&SCHEMA_VERSION.to_string());
    write_key(&mut out, "visits");
    out.push('[');
    for (i, e) in index.visits.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('{');
        write_key(&mut out, "id");
        write_str(&mut out, &e.id);
        write_key(&mut out, "created_ms");
        out.push_str(&e.created_ms.to_string());
        write_key(&mut out, "updated_ms");
        out.push_str(&e.updated_ms.to_string());
        write_key(&mut out, "setting");
        match &e.setting {
            Some(s) => write_str(&mut out, s),
            None => out.push_str("null"),
        }
        write_key(&mut out, "location");
        write_str(&mut out, &e.location);
        write_key(&mut out, "complete");
        out.push_str(if e.complete { "true" } else { "false" });
        out.push('}');
    }
    out.push_str("]}");
    out
}

fn index_entry(v: &Value) -> Result<IndexEntry, ShapeError> {
    let [id, created_ms, updated_ms, setting, location, complete] = v.fields([
        "id",
        "created_ms",
        "updated_ms",
        "setting",
        "location",
        "complete",
    ])?;
    Ok(IndexEntry {
        id: required(id, "id")?.str()?.to_string(),
        created_ms: required(created_ms, "created_ms")?.u64()?,
        updated_ms: required(updated_ms, "updated_ms")?.u64()?,
        setting: optional(setting)
            .map(|s| s.str().map(String::from))
            .transpose()?,
        location: required(location, "location")?.str()?.to_string(),
        complete: required(complete, "complete")?.bool()?,
    })
}

pub fn decode_index(raw: &str) -> Result<Index, DecodeError> {
    let value = json::parse(raw).map_err(|e| DecodeError::NotJson(e.0))?;
    let read = || -> Result<Index, ShapeError> {
        let [version, visits] = value.fields(["version", "visits"])?;
        Ok(Index {
            version: required(version, "version")?.u32()?,
            visits: required(visits, "visits")?
                .arr()?
                .iter()
                .map(index_entry)
                .collect::<Result<_, _>>()?,
        })
    };
    let index = read().map_err(|e| DecodeError::NotJson(e.0))?;
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
    use proptest::prelude::*;

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

    /// The decoder this codec replaced (serde_json and the derived impls):
    /// what it made of a stored value.
    fn serde_decode(raw: &str) -> Result<Visit, DecodeError> {
        #[derive(serde::Deserialize)]
        struct VersionOnly {
            version: u32,
        }
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
            SCHEMA_VERSION => {
                serde_json::from_str(raw).map_err(|e| DecodeError::WrongShape(e.to_string()))
            }
            0 => Err(DecodeError::WrongShape(String::new())),
            v => Err(DecodeError::NewerVersion(v)),
        }
    }

    /// The kind of outcome, without serde's and our differing messages.
    fn kind(r: &Result<Visit, DecodeError>) -> Result<&Visit, std::mem::Discriminant<DecodeError>> {
        r.as_ref().map_err(std::mem::discriminant)
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
        fn visits_are_written_byte_for_byte_as_serde_json_wrote_them(v in visit()) {
            let ours = encode_visit(&v);
            prop_assert_eq!(&ours, &serde_json::to_string(&v).unwrap());
            prop_assert_eq!(decode_visit(&ours), Ok(v.clone()));
            // Stored values, however they were spaced, still load.
            prop_assert_eq!(decode_visit(&serde_json::to_string_pretty(&v).unwrap()), Ok(v));
        }

        #[test]
        fn the_index_is_written_as_serde_json_wrote_it(visits in proptest::collection::vec(entry(), 0..5)) {
            let index = Index { version: SCHEMA_VERSION, visits };
            let ours = encode_index(&index);
            prop_assert_eq!(&ours, &serde_json::to_string(&index).unwrap());
            prop_assert_eq!(decode_index(&ours), Ok(index));
        }

        #[test]
        fn damaged_visits_fail_as_they_did_with_serde(
            v in visit(),
            cut in any::<proptest::sample::Index>(),
            at in any::<proptest::sample::Index>(),
            byte in prop_oneof![Just('"'), Just('{'), Just('1'), Just(','), Just('x'), Just('n'), Just(']')],
        ) {
            let good = serde_json::to_string(&v).unwrap();
            let chars: Vec<char> = good.chars().collect();
            let truncated: String = chars[..cut.index(chars.len())].iter().collect();
            let mut changed = chars.clone();
            changed[at.index(chars.len())] = byte;
            let changed: String = changed.into_iter().collect();
            for raw in [truncated, changed] {
                let (ours, theirs) = (decode_visit(&raw), serde_decode(&raw));
                prop_assert_eq!(kind(&ours), kind(&theirs), "{:?}", raw);
            }
        }
    }

    #[test]
    fn the_variant_names_are_serdes() {
        for (v, n) in YES_NO {
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{n}\""));
        }
        for (v, n) in SETTINGS {
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{n}\""));
        }
        for (v, n) in NATIONS {
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{n}\""));
        }
        for (v, n) in PEOPLE {
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{n}\""));
        }
        for (v, n) in CONSENT {
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{n}\""));
        }
        for (v, n) in GROUPS {
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{n}\""));
        }
        for (v, n) in STATUS {
            assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{n}\""));
        }
        assert_eq!(YES_NO.len(), YesNoUnsure::ALL.len());
        assert_eq!(SETTINGS.len(), Setting::ALL.len());
        assert_eq!(GROUPS.len(), Group::ALL.len());
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
