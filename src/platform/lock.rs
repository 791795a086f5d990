//! The browser side of the lock: random bytes, stretching the passphrase with
//! WebCrypto's PBKDF2, and the data key held in memory while unlocked. The
//! format and the cipher are in `domain::vault`.

use super::storage::{self, StorageError};
use crate::domain::{
    device_settings::{self, SettingName},
    vault::{self, Key, LockRecord, IV_LEN, KEY_LEN, LOCK_KEY, PBKDF2_ITERATIONS, SALT_LEN},
};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The data key, only while unlocked. Dropping it zeroes it.
    static DATA_KEY: RefCell<Option<Key>> = const { RefCell::new(None) };
}

/// Fresh random bytes from the browser's CSPRNG.
pub fn random<const N: usize>() -> Result<[u8; N], StorageError> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(StorageError::NoCrypto)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| StorageError::NoCrypto)?;
    Ok(bytes)
}

/// A fresh IV for one seal.
pub fn fresh_iv() -> Result<[u8; IV_LEN], StorageError> {
    random::<IV_LEN>()
}

/// Stretches a passphrase into a key: PBKDF2-SHA256 in WebCrypto, which is
/// several times faster than the same in wasm, so the iteration count can be
/// high without making the user wait long.
async fn stretch(passphrase: &str, salt: &[u8], iterations: u32) -> Result<Key, StorageError> {
    let subtle = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(StorageError::NoCrypto)?
        .subtle();
    let fail = |_: JsValue| StorageError::NoCrypto;
    let usages = js_sys::Array::of1(&JsValue::from_str("deriveBits"));
    let secret = js_sys::Uint8Array::from(passphrase.as_bytes());
    let base: web_sys::CryptoKey = JsFuture::from(
        subtle
            .import_key_with_str("raw", &secret, "PBKDF2", false, &usages)
            .map_err(fail)?,
    )
    .await
    .map_err(fail)?
    .unchecked_into();
    let salt = js_sys::Uint8Array::from(salt);
    let params = web_sys::Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &salt);
    let bits = JsFuture::from(
        subtle
            .derive_bits_with_object(&params, &base, (KEY_LEN * 8) as u32)
            .map_err(fail)?,
    )
    .await
    .map_err(fail)?;
    let bytes: [u8; KEY_LEN] = js_sys::Uint8Array::new(&bits)
        .to_vec()
        .try_into()
        .map_err(|_| StorageError::NoCrypto)?;
    Ok(Key::from_bytes(bytes))
}

/// The lock's record, if a lock is set. A damaged record counts as set, so a
/// damaged record never makes the app write visits in the clear.
pub fn record() -> Option<Result<LockRecord, ()>> {
    let raw = storage::get_raw(LOCK_KEY)?;
    Some(LockRecord::decode(&raw).ok_or(()))
}

pub fn is_set() -> bool {
    storage::get_raw(LOCK_KEY).is_some()
}

pub fn is_unlocked() -> bool {
    DATA_KEY.with(|k| k.borrow().is_some())
}

/// Runs `f` with the data key, if unlocked.
pub fn with_key<R>(f: impl FnOnce(&Key) -> R) -> Option<R> {
    DATA_KEY.with(|k| k.borrow().as_ref().map(f))
}

/// Drops the data key from memory.
pub fn forget_key() {
    DATA_KEY.with(|k| k.borrow_mut().take());
}

/// Why an unlock or a change of passphrase did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    WrongPassphrase,
    /// Too many wrong tries: wait this many more milliseconds.
    Wait(u64),
    /// The lock record is damaged: the data cannot be opened.
    DamagedRecord,
    Storage(StorageError),
}

impl LockError {
    pub fn explain(&self) -> String {
        match self {
            LockError::WrongPassphrase => "The passphrase is not right. Check it and try again".into(),
            LockError::Wait(ms) => format!(
                "Too many wrong passphrases. Wait {} seconds, then try again",
                ms.div_ceil(1000)
            ),
            LockError::DamagedRecord => "The lock's settings on this device are damaged, so the locked visits cannot be opened. You can wipe everything in Settings and start again".into(),
            LockError::Storage(e) => e.explain().trim_end_matches('.').to_string(),
        }
    }
}

const FAILURES: SettingName = SettingName::LockFailures;
const LAST_FAILURE: SettingName = SettingName::LockLastFailureMs;

/// Wrong tries are counted in storage, so reloading the page does not reset
/// the wait.
fn failures() -> (u32, u64) {
    let n = device_settings::decode(storage::get_setting(FAILURES).as_deref()).unwrap_or(0);
    let at = device_settings::decode(storage::get_setting(LAST_FAILURE).as_deref()).unwrap_or(0);
    (n, at)
}

/// Checks the passphrase against the record; on success keeps the data key.
pub async fn unlock(passphrase: &str, now_ms: u64) -> Result<(), LockError> {
    let record = match record() {
        Some(Ok(r)) => r,
        Some(Err(())) => return Err(LockError::DamagedRecord),
        None => return Ok(()),
    };
    let (count, at) = failures();
    let ready_at = at.saturating_add(vault::retry_delay_ms(count));
    if now_ms < ready_at {
        return Err(LockError::Wait(ready_at - now_ms));
    }
    let salt = record.salt_bytes().ok_or(LockError::DamagedRecord)?;
    let kek = stretch(passphrase, &salt, record.iterations)
        .await
        .map_err(LockError::Storage)?;
    match record.open_data_key(&kek) {
        Some(key) => {
            storage::remove_setting(FAILURES);
            storage::remove_setting(LAST_FAILURE);
            DATA_KEY.with(|k| *k.borrow_mut() = Some(key));
            Ok(())
        }
        None => {
            let _ = storage::set_setting(FAILURES, &(count + 1));
            let _ = storage::set_setting(LAST_FAILURE, &now_ms);
            let wait = vault::retry_delay_ms(count + 1);
            Err(if wait > 0 {
                LockError::Wait(wait)
            } else {
                LockError::WrongPassphrase
            })
        }
    }
}

/// Writes a record sealing `data_key` under a new passphrase.
async fn write_record(passphrase: &str, data_key: &Key) -> Result<(), LockError> {
    let salt = random::<SALT_LEN>().map_err(LockError::Storage)?;
    let kek = stretch(passphrase, &salt, PBKDF2_ITERATIONS)
        .await
        .map_err(LockError::Storage)?;
    let iv = fresh_iv().map_err(LockError::Storage)?;
    let record = LockRecord::new(&kek, salt, PBKDF2_ITERATIONS, data_key, iv);
    storage::set_raw(LOCK_KEY, &record.encode()).map_err(LockError::Storage)
}

/// Sets a lock: a new data key, sealed under the passphrase. The caller then
/// re-saves every visit, which seals it.
pub async fn turn_on(passphrase: &str) -> Result<(), LockError> {
    let data_key = Key::from_bytes(random::<KEY_LEN>().map_err(LockError::Storage)?);
    write_record(passphrase, &data_key).await?;
    DATA_KEY.with(|k| *k.borrow_mut() = Some(data_key));
    Ok(())
}

/// A new passphrase for the same data key: one write, so the visits never
/// need re-sealing and a failure leaves the old passphrase working.
pub async fn change(current: &str, new: &str, now_ms: u64) -> Result<(), LockError> {
    unlock(current, now_ms).await?;
    let bytes = with_key(|k| {
        // Copy out of the cell: write_record awaits, and the cell must not
        // stay borrowed across an await.
        let mut b = [0u8; KEY_LEN];
        b.copy_from_slice(k.as_bytes());
        b
    })
    .ok_or(LockError::WrongPassphrase)?;
    write_record(new, &Key::from_bytes(bytes)).await
}

/// Removes the lock's record. The caller has already re-saved every visit in
/// the clear.
pub fn remove_record() {
    storage::remove_raw(LOCK_KEY);
    forget_key();
}
