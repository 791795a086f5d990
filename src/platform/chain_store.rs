//! Chain Checker checks on the device: one localStorage value per check,
//! under `sss.chain.<id>`, as the versioned JSON of `chain_checker::transfer`.
//! They start with the app's prefix, so "Delete everything" wipes them too.

use super::storage::{get_raw, remove_raw, set_raw, StorageError};
use crate::domain::chain_checker::{
    check::Check,
    transfer::{self, STORE_PREFIX as CHAIN_PREFIX},
};

pub fn key(id: &str) -> String {
    format!("{CHAIN_PREFIX}{id}")
}

fn chain_keys() -> Vec<String> {
    let Some(Ok(Some(s))) = web_sys::window().map(|w| w.local_storage()) else {
        return Vec::new();
    };
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(CHAIN_PREFIX))
        .collect()
}

/// Every stored check, newest first, and how many could not be read (they
/// are left as they are).
pub fn list() -> (Vec<Check>, usize) {
    let mut checks = Vec::new();
    let mut unreadable = 0;
    for k in chain_keys() {
        match get_raw(&k).map(|raw| transfer::import(&raw)) {
            Some(Ok(c)) if key(&c.id) == k => checks.push(c),
            _ => unreadable += 1,
        }
    }
    crate::domain::order::sort_by(&mut checks, |a, b| {
        b.date.cmp(&a.date).then(b.id.cmp(&a.id))
    });
    (checks, unreadable)
}

pub fn load(id: &str) -> Option<Check> {
    get_raw(&key(id)).and_then(|raw| transfer::import(&raw).ok())
}

/// Saves a check. On failure the previous copy is untouched.
pub fn save(check: &Check) -> Result<(), StorageError> {
    set_raw(&key(&check.id), &transfer::to_stored(check))
}

pub fn delete(id: &str) {
    remove_raw(&key(id));
}
