//! Chain Checker checks on the device: one localStorage value per check,
//! under `sss.chain.<id>`, as the versioned JSON of `chain_checker::transfer`,
//! sealed like visits when the lock is set. They start with the app's
//! prefix, so "Delete everything" wipes them too.

use super::{
    lock,
    storage::{get_raw, remove_raw, set_raw, StorageError},
};
use crate::domain::{
    chain_checker::{
        check::Check,
        transfer::{self, STORE_PREFIX as CHAIN_PREFIX},
    },
    vault,
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

/// Reads one stored value: `None` when it is missing, sealed while locked,
/// or damaged (it is then left as it is).
fn read(k: &str) -> Option<Check> {
    let raw = get_raw(k)?;
    let plain = if vault::is_sealed(&raw) {
        lock::with_key(|key| vault::open_text(key, k, &raw))?.ok()?
    } else {
        raw.clone()
    };
    let check = transfer::import(&plain).ok().filter(|c| key(&c.id) == k)?;
    // Left in the clear while the lock is set (a change cut short): seal it.
    if lock::is_set() && !vault::is_sealed(&raw) {
        let _ = save(&check);
    }
    Some(check)
}

/// Every stored check, newest first, and how many could not be read (they
/// are left as they are).
pub fn list() -> (Vec<Check>, usize) {
    let mut checks = Vec::new();
    let mut unreadable = 0;
    for k in chain_keys() {
        match read(&k) {
            Some(c) => checks.push(c),
            None => unreadable += 1,
        }
    }
    crate::domain::order::sort_by(&mut checks, |a, b| {
        b.date.cmp(&a.date).then(b.id.cmp(&a.id))
    });
    (checks, unreadable)
}

pub fn load(id: &str) -> Option<Check> {
    read(&key(id))
}

/// Saves a check, sealed if the lock is set. On failure the previous copy
/// is untouched.
pub fn save(check: &Check) -> Result<(), StorageError> {
    let k = key(&check.id);
    let plain = transfer::to_stored(check);
    let value = if lock::is_set() {
        let iv = lock::fresh_iv()?;
        lock::with_key(|key| vault::seal(key, iv, &k, plain.as_bytes()))
            .ok_or(StorageError::Locked)?
    } else {
        plain
    };
    set_raw(&k, &value)
}

/// After the lock is turned on: seals every check. Returns how many could
/// not be sealed yet.
pub fn seal_all() -> usize {
    list().0.iter().filter(|c| save(c).is_err()).count()
}

/// Before the lock is turned off (while unlocked): writes every check in
/// the clear. Fails, leaving the lock on, if one cannot be written.
pub fn unseal_all() -> Result<(), StorageError> {
    let (checks, _) = list();
    checks
        .iter()
        .try_for_each(|c| set_raw(&key(&c.id), &transfer::to_stored(c)))
}

pub fn delete(id: &str) {
    remove_raw(&key(id));
}
