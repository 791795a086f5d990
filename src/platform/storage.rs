//! The device's storage (localStorage, through gloo-storage): read, write,
//! quarantine and wipe. The formats and rules are in `domain::storage_codec`;
//! this file only does the I/O and turns browser errors into values.

use super::lock;
pub use crate::domain::storage_codec::StorageError;
use crate::domain::{
    device_settings::{self, SettingName},
    session::{Stored, VisitStore},
    storage_codec::{
        self as codec, decode_visit, encode_index, encode_visit, Index, IndexEntry, INDEX_KEY,
        QUARANTINE_PREFIX,
    },
    vault,
    visit::Visit,
};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

fn store() -> Result<web_sys::Storage, StorageError> {
    // LocalStorage::raw() panics when storage is blocked: look first.
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StorageError::Unavailable),
    }
}

fn to_error(err: wasm_bindgen::JsValue) -> StorageError {
    let name = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::Full
    } else {
        StorageError::Other(name)
    }
}

/// Every key in storage (the app's and others').
fn keys(s: &web_sys::Storage) -> Vec<String> {
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
}

/// A stored value that could not be read, set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub raw: String,
}

/// What start-up found on the device.
#[derive(Debug, Default)]
pub struct LoadReport {
    pub visits: Vec<Visit>,
    /// Plain sentences for the notice at the top of the app.
    pub problems: Vec<String>,
    pub expired: usize,
    pub error: Option<StorageError>,
}

impl LoadReport {
    /// The sentences for the notice at the top of the app: what was set
    /// aside, what retention removed, and any storage error.
    pub fn notices(&self, retention_days: u32) -> Vec<String> {
        let mut notices = self.problems.clone();
        if self.expired > 0 {
            notices.push(format!(
                "{} visit(s) older than {retention_days} days were deleted from this device, as set in Settings.",
                self.expired
            ));
        }
        if let Some(e) = &self.error {
            notices.push(e.explain().to_string());
        }
        notices
    }
}

/// Whether any visit is stored (readable or not), found by its key alone:
/// nothing is read or decoded.
pub fn has_visits() -> bool {
    store().is_ok_and(|s| keys(&s).iter().any(|k| codec::id_of_key(k).is_some()))
}

/// Reads every visit, quarantines what cannot be read, removes visits past
/// the retention period, and rewrites the index from what was read.
pub fn load_all(now_ms: u64, retention_days: u32) -> LoadReport {
    let mut report = LoadReport::default();
    let s = match store() {
        Ok(s) => s,
        Err(e) => {
            report.error = Some(e);
            return report;
        }
    };
    // With the lock set, visits are read only once it is unlocked.
    let sealing = lock::is_set();
    if sealing && !lock::is_unlocked() {
        report.error = Some(StorageError::Locked);
        return report;
    }
    let mut unsealed = Vec::new();
    for key in keys(&s) {
        let Some(id) = codec::id_of_key(&key) else {
            continue;
        };
        let raw = s.get_item(&key).ok().flatten().unwrap_or_default();
        let was_sealed = vault::is_sealed(&raw);
        let plain = if was_sealed {
            match lock::with_key(|k| vault::open_text(k, &key, &raw)) {
                Some(Ok(plain)) => plain,
                Some(Err(e)) => {
                    report
                        .problems
                        .push(quarantine(&s, &key, &raw, now_ms, e.explain()));
                    continue;
                }
                // Sealed, but no lock set: the record was lost. Leave the
                // value as it is rather than call it damaged.
                None => {
                    report.problems.push(LOCKED_WITHOUT_RECORD.to_string());
                    continue;
                }
            }
        } else {
            raw.clone()
        };
        // What is set aside is the stored value as it was, so a sealed value
        // stays sealed in quarantine.
        match decode_visit(&plain) {
            Ok(v) if v.id == id => {
                if sealing && !was_sealed {
                    unsealed.push(v.id.clone());
                }
                report.visits.push(v)
            }
            Ok(_) => report.problems.push(quarantine(
                &s,
                &key,
                &raw,
                now_ms,
                "The saved copy names a different visit.",
            )),
            Err(e) => report
                .problems
                .push(quarantine(&s, &key, &raw, now_ms, &e.explain())),
        }
    }
    // A visit left in the clear while the lock is set (a change of setting
    // cut short) is sealed now.
    for v in report.visits.iter().filter(|v| unsealed.contains(&v.id)) {
        if let Err(e) = save_visit(v) {
            report.error = Some(e);
        }
    }
    let index = Index {
        version: 0,
        visits: report.visits.iter().map(IndexEntry::of).collect(),
    };
    let expired: Vec<String> = codec::expired(&index.visits, now_ms, retention_days)
        .into_iter()
        .map(String::from)
        .collect();
    for id in &expired {
        let _ = s.remove_item(&codec::visit_key(id));
    }
    report.visits.retain(|v| !expired.contains(&v.id));
    report.expired = expired.len();
    write_index(&s, &report.visits);
    report
}

/// Moves a damaged value under a quarantine key, so it can be exported. A
/// value too big to copy while the original is still stored is moved by
/// removing the original first, and put back if the copy still fails: it is
/// never lost.
const LOCKED_WITHOUT_RECORD: &str = "A saved visit is locked, but the lock's settings are missing from this device, so it cannot be opened. It has been left as it was.";

fn quarantine(s: &web_sys::Storage, key: &str, raw: &str, now_ms: u64, why: &str) -> String {
    let qkey = codec::quarantine_key(key, now_ms);
    let kept = match s.set_item(&qkey, raw) {
        Ok(()) => true,
        Err(_) => {
            let _ = s.remove_item(key);
            match s.set_item(&qkey, raw) {
                Ok(()) => true,
                Err(_) => {
                    let _ = s.set_item(key, raw);
                    false
                }
            }
        }
    };
    if kept {
        let _ = s.remove_item(key);
        format!("A saved visit could not be read and has been kept aside (Settings, Damaged data). {why}")
    } else {
        format!("A saved visit could not be read and could not be moved aside, so it has been left as it was. {why}")
    }
}

fn write_index(s: &web_sys::Storage, visits: &[Visit]) {
    // The index names each visit's place in the clear: with the lock set
    // there is none.
    if lock::is_set() {
        let _ = s.remove_item(INDEX_KEY);
        return;
    }
    let mut index = Index::default();
    for v in visits.iter().filter(|v| !v.practice) {
        index.upsert(IndexEntry::of(v));
    }
    // The index only speeds up the list; the visits are the record. Write it
    // only when it changed (at start-up it usually has not).
    let raw = encode_index(&index);
    if s.get_item(INDEX_KEY).ok().flatten().as_deref() != Some(raw.as_str()) {
        let _ = s.set_item(INDEX_KEY, &raw);
    }
}

/// Writes one visit, sealed if the lock is set. On failure the previous copy
/// is untouched: localStorage replaces a value only when the new one fits.
pub fn save_visit(v: &Visit) -> Result<(), StorageError> {
    let s = store()?;
    let key = codec::visit_key(&v.id);
    let plain = encode_visit(v);
    let value = if lock::is_set() {
        let iv = lock::fresh_iv()?;
        lock::with_key(|k| vault::seal(k, iv, &key, plain.as_bytes()))
            .ok_or(StorageError::Locked)?
    } else {
        plain
    };
    s.set_item(&key, &value).map_err(to_error)
}

/// Writes one visit in the clear, whatever the lock: only for turning the
/// lock off, before its record is removed.
pub fn save_visit_unsealed(v: &Visit) -> Result<(), StorageError> {
    store()?
        .set_item(&codec::visit_key(&v.id), &encode_visit(v))
        .map_err(to_error)
}

/// The device's storage as the session core sees it.
pub struct BrowserStore;

impl VisitStore for BrowserStore {
    fn save(&mut self, visit: &Visit) -> Result<(), StorageError> {
        save_visit(visit)
    }

    fn refresh_index(&mut self, visits: &[Visit]) {
        refresh_index(visits);
    }

    fn read(&mut self, id: &str) -> Stored {
        read_visit(id)
    }
}

/// Reads one visit (for another tab's change).
pub fn read_visit(id: &str) -> Stored {
    let Ok(s) = store() else {
        return Stored::Unreadable;
    };
    let key = codec::visit_key(id);
    let Some(raw) = s.get_item(&key).ok().flatten() else {
        return Stored::Missing;
    };
    let plain = if vault::is_sealed(&raw) {
        match lock::with_key(|k| vault::open_text(k, &key, &raw)) {
            Some(Ok(p)) => p,
            _ => return Stored::Unreadable,
        }
    } else {
        raw
    };
    match decode_visit(&plain) {
        Ok(v) => Stored::Visit(Box::new(v)),
        Err(_) => Stored::Unreadable,
    }
}

pub fn refresh_index(visits: &[Visit]) {
    if let Ok(s) = store() {
        write_index(&s, visits);
    }
}

pub fn delete_visit(id: &str) {
    if let Ok(s) = store() {
        let _ = s.remove_item(&codec::visit_key(id));
    }
}

/// Removes every visit on the device, readable here or not (locked ones
/// included), and the index.
pub fn delete_all_visits() {
    if let Ok(s) = store() {
        for k in keys(&s)
            .into_iter()
            .filter(|k| codec::id_of_key(k).is_some() || k == INDEX_KEY)
        {
            let _ = s.remove_item(&k);
        }
    }
}

/// Values set aside because they could not be read.
pub fn quarantined() -> Vec<Quarantined> {
    let Ok(s) = store() else { return Vec::new() };
    keys(&s)
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .map(|key| Quarantined {
            raw: s.get_item(&key).ok().flatten().unwrap_or_default(),
            key,
        })
        .collect()
}

pub fn delete_quarantined() {
    if let Ok(s) = store() {
        for k in keys(&s)
            .into_iter()
            .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        {
            let _ = s.remove_item(&k);
        }
    }
}

/// Removes every key this app wrote (they all start with the app's prefix),
/// and nothing else on this origin.
pub fn wipe_everything() {
    if let Ok(s) = store() {
        for k in keys(&s).into_iter().filter(|k| codec::is_app_key(k)) {
            let _ = s.remove_item(&k);
        }
    }
}

/// A raw app value (for the lock's record).
pub fn get_raw(key: &str) -> Option<String> {
    store().ok()?.get_item(key).ok().flatten()
}

pub fn set_raw(key: &str, value: &str) -> Result<(), StorageError> {
    store()?.set_item(key, value).map_err(to_error)
}

pub fn remove_raw(key: &str) {
    if let Ok(s) = store() {
        let _ = s.remove_item(key);
    }
}

pub fn remove_setting(name: SettingName) {
    remove_raw(&name.key());
}

/// A setting's stored text; `None` when missing or unreadable.
pub fn get_setting(name: SettingName) -> Option<String> {
    get_raw(&name.key())
}

pub fn set_setting<T: serde::Serialize>(name: SettingName, value: &T) -> Result<(), StorageError> {
    set_raw(&name.key(), &device_settings::encode(value))
}
