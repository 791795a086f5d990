//! The optional lock: how visits are sealed on the device, without any browser
//! types. The browser supplies random bytes and stretches the passphrase
//! (PBKDF2-SHA256 in WebCrypto, `platform::lock`); everything else is here and
//! tested on the host.
//!
//! Two keys, as in most disk encryption: a random data key seals every visit,
//! and the key stretched from the passphrase seals only the data key. So
//! changing the passphrase rewrites one small record in one write, and a
//! failure half-way can never leave visits under two different passphrases.
//!
//! Each sealed value names the storage key it belongs to as AES-GCM's
//! additional data: a value copied under another visit's key fails to open,
//! like any other tampering.

use super::base64 as b64;
use aes_gcm::{
    aead::{Aead, KeyInit, Payload},
    Aes256Gcm, Nonce,
};

/// Where the lock's record is stored. It is an app key (`sss.`), so
/// "wipe everything" removes it with the visits.
pub const LOCK_KEY: &str = "sss.lock";

/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the record stores the count
/// used, so it can be raised later without locking anyone out.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;
pub const KEY_LEN: usize = 32;

/// The shortest passphrase accepted. Long enough for three short words.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// What the data key's own seal is bound to.
const DATA_KEY_AAD: &str = "sss.lock.data-key";

/// A 256-bit AES key held only in memory. Zeroed when dropped, so a locked
/// app does not keep it in the wasm heap.
pub struct Key([u8; KEY_LEN]);

impl Key {
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Key(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new((&self.0).into())
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        for b in self.0.iter_mut() {
            // Volatile, so the compiler cannot drop the write as dead.
            unsafe { std::ptr::write_volatile(b, 0) };
        }
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// A sealed value as stored: `{"sealed":1,"iv":"…","ct":"…"}`. `sealed` is
/// the format's version, and what [`is_sealed`] looks for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Sealed {
    sealed: u32,
    iv: String,
    ct: String,
}

impl Sealed {
    fn new(iv: String, ct: String) -> Sealed {
        Sealed { sealed: 1, iv, ct }
    }

    fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    fn decode(raw: &str) -> Option<Sealed> {
        serde_json::from_str::<Sealed>(raw)
            .ok()
            .filter(|s| s.sealed == 1)
    }
}

/// Why a sealed value could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Not a sealed value at all.
    NotSealed,
    /// The authentication check failed: the value was changed, damaged, moved
    /// from another key, or sealed with another data key.
    Tampered,
}

impl OpenError {
    pub fn explain(&self) -> &'static str {
        match self {
            OpenError::NotSealed => "The saved copy is not in the locked format.",
            OpenError::Tampered => "The locked copy failed its integrity check: it has been changed or damaged since it was saved, so it was not opened.",
        }
    }
}

/// Whether a stored value is sealed (rather than plain JSON from before the
/// lock was turned on, or from a half-finished change of setting).
pub fn is_sealed(raw: &str) -> bool {
    raw.starts_with("{\"sealed\":")
}

/// Seals `plain` under `key`, bound to `aad` (the storage key). `iv` must be
/// fresh random bytes for every call.
pub fn seal(key: &Key, iv: [u8; IV_LEN], aad: &str, plain: &[u8]) -> String {
    let ct = key
        .cipher()
        .encrypt(
            Nonce::from_slice(&iv),
            Payload {
                msg: plain,
                aad: aad.as_bytes(),
            },
        )
        // AES-GCM fails only for messages over 64 GiB.
        .unwrap_or_default();
    Sealed::new(b64::encode(&iv), b64::encode(&ct)).encode()
}

/// Opens a value sealed by [`seal`] with the same key and `aad`.
pub fn open(key: &Key, aad: &str, raw: &str) -> Result<Vec<u8>, OpenError> {
    let sealed = Sealed::decode(raw).ok_or(OpenError::NotSealed)?;
    let iv = b64::decode(&sealed.iv).ok_or(OpenError::Tampered)?;
    let ct = b64::decode(&sealed.ct).ok_or(OpenError::Tampered)?;
    if iv.len() != IV_LEN {
        return Err(OpenError::Tampered);
    }
    key.cipher()
        .decrypt(
            Nonce::from_slice(&iv),
            Payload {
                msg: &ct,
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| OpenError::Tampered)
}

/// Opens a sealed text value.
pub fn open_text(key: &Key, aad: &str, raw: &str) -> Result<String, OpenError> {
    String::from_utf8(open(key, aad, raw)?).map_err(|_| OpenError::Tampered)
}

/// What is stored under [`LOCK_KEY`]: how to stretch the passphrase, and the
/// data key sealed under the stretched passphrase.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LockRecord {
    pub version: u32,
    pub kdf: String,
    pub iterations: u32,
    /// Base64.
    pub salt: String,
    /// The data key, sealed under the passphrase key.
    pub data_key: String,
}

impl LockRecord {
    /// A record sealing `data_key` under `passphrase_key`.
    pub fn new(
        passphrase_key: &Key,
        salt: [u8; SALT_LEN],
        iterations: u32,
        data_key: &Key,
        iv: [u8; IV_LEN],
    ) -> Self {
        LockRecord {
            version: 1,
            kdf: "PBKDF2-SHA256".into(),
            iterations,
            salt: b64::encode(&salt),
            data_key: seal(passphrase_key, iv, DATA_KEY_AAD, &data_key.0),
        }
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn decode(raw: &str) -> Option<LockRecord> {
        serde_json::from_str::<LockRecord>(raw)
            .ok()
            .filter(|r| r.version == 1 && r.kdf == "PBKDF2-SHA256" && r.iterations > 0)
    }

    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        b64::decode(&self.salt)
    }

    /// The data key, if `passphrase_key` came from the right passphrase.
    pub fn open_data_key(&self, passphrase_key: &Key) -> Option<Key> {
        let bytes = open(passphrase_key, DATA_KEY_AAD, &self.data_key).ok()?;
        let bytes: [u8; KEY_LEN] = bytes.try_into().ok()?;
        Some(Key(bytes))
    }
}

/// Why a new passphrase is not accepted, in words for the error message.
pub fn passphrase_problem(passphrase: &str) -> Option<&'static str> {
    let chars: Vec<char> = passphrase.chars().collect();
    if chars.is_empty() {
        return Some("Enter a passphrase");
    }
    if chars.len() < MIN_PASSPHRASE_CHARS {
        return Some("Passphrase must be 10 characters or more: three short words you will remember work well");
    }
    if chars.iter().all(|c| c.is_ascii_digit()) {
        return Some("Passphrase must not be only numbers: use words, not a PIN");
    }
    if chars.iter().all(|c| *c == chars[0]) {
        return Some("Passphrase must not be one character repeated");
    }
    None
}

/// How long to wait before the next try after `failures` wrong passphrases in
/// a row: the first three are free, then 5 s, doubling, at most 5 minutes.
/// Stretching the passphrase already costs each guess some time; this stops
/// someone working through a list at the tablet.
pub fn retry_delay_ms(failures: u32) -> u64 {
    if failures < 3 {
        return 0;
    }
    let doublings = (failures - 3).min(6);
    (5_000u64 << doublings).min(300_000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn key(b: u8) -> Key {
        Key::from_bytes([b; KEY_LEN])
    }

    #[test]
    fn sealed_value_opens_with_its_key_and_aad_only() {
        let raw = seal(&key(1), [7; IV_LEN], "sss.visit.a", b"marker text");
        assert!(is_sealed(&raw));
        assert!(!raw.contains("marker"));
        assert_eq!(open(&key(1), "sss.visit.a", &raw).unwrap(), b"marker text");
        assert_eq!(open(&key(2), "sss.visit.a", &raw), Err(OpenError::Tampered));
        // Moved under another visit's key.
        assert_eq!(open(&key(1), "sss.visit.b", &raw), Err(OpenError::Tampered));
    }

    #[test]
    fn any_changed_character_is_detected() {
        let raw = seal(&key(3), [9; IV_LEN], "k", b"some visit notes");
        let mut sealed = Sealed::decode(&raw).unwrap();
        let mut ct = b64::decode(&sealed.ct).unwrap();
        ct[0] ^= 1;
        sealed.ct = b64::encode(&ct);
        let changed = sealed.encode();
        assert_eq!(open(&key(3), "k", &changed), Err(OpenError::Tampered));

        let mut sealed = Sealed::decode(&raw).unwrap();
        sealed.iv = b64::encode(&[8u8; IV_LEN]);
        let changed = sealed.encode();
        assert_eq!(open(&key(3), "k", &changed), Err(OpenError::Tampered));

        let cut = &raw[..raw.len() - 6];
        assert!(open(&key(3), "k", cut).is_err());
    }

    #[test]
    fn plain_json_is_not_sealed() {
        assert!(!is_sealed("{\"version\":1}"));
        assert_eq!(
            open(&key(1), "k", "{\"version\":1}"),
            Err(OpenError::NotSealed)
        );
        assert_eq!(open(&key(1), "k", "not json"), Err(OpenError::NotSealed));
        let later = seal(&key(1), [0; IV_LEN], "k", b"x").replace("\"sealed\":1", "\"sealed\":2");
        assert_eq!(open(&key(1), "k", &later), Err(OpenError::NotSealed));
    }

    #[test]
    fn the_stored_forms_are_plain_json() {
        let raw = seal(&key(1), [0; IV_LEN], "k", b"abc");
        assert!(raw.starts_with("{\"sealed\":1,\"iv\":\"AAAAAAAAAAAAAAAA\",\"ct\":\""));
        assert!(raw.ends_with("\"}"));
        let record = LockRecord::new(&key(2), [0; SALT_LEN], 600_000, &key(3), [0; IV_LEN]);
        assert!(record
            .encode()
            .starts_with("{\"version\":1,\"kdf\":\"PBKDF2-SHA256\",\"iterations\":600000,\"salt\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"data_key\":\"{\\\"sealed\\\":1,"));
    }

    #[test]
    fn the_record_gives_back_the_data_key_only_for_the_right_passphrase_key() {
        let data = key(5);
        let record = LockRecord::new(
            &key(6),
            [1; SALT_LEN],
            PBKDF2_ITERATIONS,
            &data,
            [2; IV_LEN],
        );
        let again = LockRecord::decode(&record.encode()).unwrap();
        assert_eq!(again, record);
        assert_eq!(again.iterations, 600_000);
        assert_eq!(again.salt_bytes().unwrap(), vec![1; SALT_LEN]);
        let opened = again.open_data_key(&key(6)).unwrap();
        assert_eq!(opened.0, data.0);
        assert!(again.open_data_key(&key(7)).is_none());
        assert!(LockRecord::decode("{}").is_none());
        assert!(LockRecord::decode("garbage").is_none());
    }

    #[test]
    fn passphrases_must_be_long_and_not_a_pin() {
        assert!(passphrase_problem("").is_some());
        assert!(passphrase_problem("short").is_some());
        assert!(passphrase_problem("1234567890").is_some());
        assert!(passphrase_problem("aaaaaaaaaaaa").is_some());
        assert_eq!(passphrase_problem("kettle river lamp"), None);
        // Counted in characters, not bytes.
        assert!(passphrase_problem("ééééé").is_some());
    }

    #[test]
    fn the_wait_grows_after_three_wrong_tries_and_is_capped() {
        assert_eq!(retry_delay_ms(0), 0);
        assert_eq!(retry_delay_ms(2), 0);
        assert_eq!(retry_delay_ms(3), 5_000);
        assert_eq!(retry_delay_ms(4), 10_000);
        assert_eq!(retry_delay_ms(100), 300_000);
        for n in 0..50 {
            assert!(retry_delay_ms(n + 1) >= retry_delay_ms(n));
        }
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in ".*", iv in any::<[u8; IV_LEN]>(), k in any::<u8>()) {
            let raw = seal(&key(k), iv, "sss.visit.x", text.as_bytes());
            prop_assert!(is_sealed(&raw));
            prop_assert_eq!(open_text(&key(k), "sss.visit.x", &raw).unwrap(), text);
        }
    }
}
