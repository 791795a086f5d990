//! The recorder's details on this device: sealed like the visits when the
//! lock is on, unreadable while locked, and re-sealed or opened when the lock
//! is turned on or off.

use super::{lock, storage};
use crate::domain::{recorder::Recorder, vault};

const KEY: &str = "sss.recorder";

/// The details, if any and readable (not while locked).
pub fn load() -> Option<Recorder> {
    let raw = storage::get_raw(KEY)?;
    if vault::is_sealed(&raw) {
        let text = lock::with_key(|k| vault::open_text(k, KEY, &raw).ok())??;
        Some(Recorder::decode(&text))
    } else {
        Some(Recorder::decode(&raw))
    }
}

/// Saves the details, sealed if the lock is set. Empty details are removed.
pub fn save(r: &Recorder) -> Result<(), storage::StorageError> {
    if r.is_empty() {
        storage::remove_raw(KEY);
        return Ok(());
    }
    write(r, lock::is_set())
}

fn write(r: &Recorder, sealed: bool) -> Result<(), storage::StorageError> {
    let plain = r.encode();
    let value = if sealed {
        let iv = lock::fresh_iv()?;
        lock::with_key(|k| vault::seal(k, iv, KEY, plain.as_bytes()))
            .ok_or(storage::StorageError::Locked)?
    } else {
        plain
    };
    storage::set_raw(KEY, &value)
}

/// After the lock is turned on (the key is held): seal what was in the clear.
pub fn reseal() {
    if let Some(r) = load() {
        let _ = write(&r, true);
    }
}

/// Before the lock's record is removed (the key is still held): store in the
/// clear, or the details would be lost with the key.
pub fn unseal() {
    if let Some(r) = load() {
        let _ = write(&r, false);
    }
}
