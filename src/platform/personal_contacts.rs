//! Reads and writes the inspector's own contacts (one value, sealed like a
//! visit when the lock is on). The format is `domain::personal_contacts`.

use super::{clock::now_ms, lock, storage};
use crate::domain::{
    personal_contacts::{decode, encode, PersonalContact, CONTACTS_KEY},
    storage_codec::{quarantine_key, StorageError},
    vault,
};

/// What is stored now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    Contacts(Vec<PersonalContact>),
    /// The lock is set and the app is locked.
    Locked,
}

/// The contacts. A value that cannot be read is kept aside (Settings shows
/// it under "Damaged data") and the list starts empty.
pub fn load() -> Loaded {
    let Some(raw) = storage::get_raw(CONTACTS_KEY) else {
        return Loaded::Contacts(Vec::new());
    };
    let plain = if vault::is_sealed(&raw) {
        match lock::with_key(|k| vault::open_text(k, CONTACTS_KEY, &raw)) {
            None => return Loaded::Locked,
            Some(Ok(p)) => Some(p),
            Some(Err(_)) => None,
        }
    } else if lock::is_set() && !lock::is_unlocked() {
        return Loaded::Locked;
    } else {
        Some(raw.clone())
    };
    match plain.as_deref().and_then(decode) {
        Some(list) => Loaded::Contacts(list),
        None => {
            let _ = storage::set_raw(&quarantine_key(CONTACTS_KEY, now_ms()), &raw);
            storage::remove_raw(CONTACTS_KEY);
            Loaded::Contacts(Vec::new())
        }
    }
}

/// Writes the list, sealed if the lock is set.
pub fn save(list: &[PersonalContact]) -> Result<(), StorageError> {
    let plain = encode(list);
    let value = if lock::is_set() {
        let iv = lock::fresh_iv()?;
        lock::with_key(|k| vault::seal(k, iv, CONTACTS_KEY, plain.as_bytes()))
            .ok_or(StorageError::Locked)?
    } else {
        plain
    };
    storage::set_raw(CONTACTS_KEY, &value)
}

/// Seals the list in place: for turning the lock on.
pub fn reseal() -> Result<(), StorageError> {
    match load() {
        Loaded::Contacts(list) if !list.is_empty() => save(&list),
        _ => Ok(()),
    }
}

/// Writes the list in the clear: for turning the lock off, before its
/// record is removed.
pub fn save_unsealed() -> Result<(), StorageError> {
    match load() {
        Loaded::Contacts(list) if !list.is_empty() => {
            storage::set_raw(CONTACTS_KEY, &encode(&list))
        }
        Loaded::Contacts(_) => Ok(()),
        Loaded::Locked => Err(StorageError::Locked),
    }
}
