//! The settings kept on this device: one storage key each, holding the
//! serde_json form of the setting's type. A missing or unreadable value reads
//! as the default and never stops the app. Values written before settings
//! were JSON (bare words such as `on` or `england-wales`) still read.

use super::{nation::Nation, storage_codec::SETTINGS_PREFIX};
use serde::{de::DeserializeOwned, Serialize};

pub const RETENTION_CHOICES: [u32; 5] = [7, 14, 30, 60, 90];
pub const DEFAULT_RETENTION_DAYS: u32 = 30;

/// Choices for the automatic lock, in minutes.
pub const LOCK_AFTER_CHOICES: [u32; 6] = [1, 2, 5, 10, 15, 30];
pub const DEFAULT_LOCK_AFTER_MINUTES: u32 = 5;

/// Every setting, named by its storage key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingName {
    Nation,
    RetentionDays,
    /// Stored in seconds so a test can set a short time; the settings page
    /// offers whole minutes.
    LockAfterSeconds,
    Discreet,
    /// Whether the quick exit has been explained on this device.
    QuickExitExplained,
    /// Wrong passphrases in a row, kept so a reload does not reset the wait.
    LockFailures,
    LockLastFailureMs,
}

impl SettingName {
    pub const ALL: [SettingName; 7] = [
        SettingName::Nation,
        SettingName::RetentionDays,
        SettingName::LockAfterSeconds,
        SettingName::Discreet,
        SettingName::QuickExitExplained,
        SettingName::LockFailures,
        SettingName::LockLastFailureMs,
    ];

    fn name(self) -> &'static str {
        match self {
            SettingName::Nation => "nation",
            SettingName::RetentionDays => "retention-days",
            SettingName::LockAfterSeconds => "lock-after-seconds",
            SettingName::Discreet => "discreet",
            SettingName::QuickExitExplained => "quick-exit-explained",
            SettingName::LockFailures => "lock-failures",
            SettingName::LockLastFailureMs => "lock-last-failure-ms",
        }
    }

    /// The storage key: an app key, so "wipe everything" removes it.
    pub fn key(self) -> String {
        format!("{SETTINGS_PREFIX}{}", self.name())
    }
}

/// A setting's stored form.
pub fn encode<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A setting's value, if it is stored and readable as `T`.
pub fn decode<T: DeserializeOwned>(raw: Option<&str>) -> Option<T> {
    serde_json::from_str(raw?).ok()
}

pub fn nation(raw: Option<&str>) -> Nation {
    decode(raw)
        .or_else(|| raw.and_then(Nation::from_id))
        .unwrap_or(Nation::EnglandWales)
}

pub fn retention_days(raw: Option<&str>) -> u32 {
    decode(raw)
        .filter(|d| RETENTION_CHOICES.contains(d))
        .unwrap_or(DEFAULT_RETENTION_DAYS)
}

pub fn lock_after_seconds(raw: Option<&str>) -> u32 {
    decode(raw)
        .filter(|s| *s > 0)
        .unwrap_or(DEFAULT_LOCK_AFTER_MINUTES * 60)
}

pub fn discreet(raw: Option<&str>) -> bool {
    decode(raw).unwrap_or(raw == Some("on"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_has_its_own_app_key() {
        let keys: std::collections::BTreeSet<String> =
            SettingName::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys.len(), SettingName::ALL.len());
        assert!(keys.iter().all(|k| k.starts_with("sss.settings.")));
    }

    #[test]
    fn values_round_trip_and_defaults_cover_damage() {
        for n in Nation::ALL {
            assert_eq!(nation(Some(&encode(&n))), n);
        }
        assert_eq!(nation(None), Nation::EnglandWales);
        assert_eq!(nation(Some("{broken")), Nation::EnglandWales);
        for d in RETENTION_CHOICES {
            assert_eq!(retention_days(Some(&encode(&d))), d);
        }
        assert_eq!(retention_days(Some("8")), DEFAULT_RETENTION_DAYS);
        assert_eq!(lock_after_seconds(Some("0")), 300);
        assert_eq!(lock_after_seconds(Some("-4")), 300);
        assert!(discreet(Some(&encode(&true))));
        assert!(!discreet(Some(&encode(&false))));
        assert!(!discreet(None));
        assert_eq!(decode::<u64>(Some("17")), Some(17));
        assert_eq!(decode::<u64>(Some("x")), None);
    }

    #[test]
    fn values_written_before_settings_were_json_still_read() {
        assert_eq!(nation(Some("scotland")), Nation::Scotland);
        assert_eq!(nation(Some("northern-ireland")), Nation::NorthernIreland);
        assert!(discreet(Some("on")));
        assert!(!discreet(Some("off")));
        // Numbers were always written as JSON numbers.
        assert_eq!(retention_days(Some("60")), 60);
        assert_eq!(lock_after_seconds(Some("2")), 2);
    }
}
