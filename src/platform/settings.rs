//! Device settings: reads and writes them. Their names, types and defaults
//! are in `domain::device_settings`.

use super::storage::{get_setting, set_setting};
use crate::domain::{
    device_settings::{self as ds, SettingName},
    nation::Nation,
};

pub use crate::domain::device_settings::{LOCK_AFTER_CHOICES, RETENTION_CHOICES};

// A full or blocked store only loses the preference; the settings page shows
// the storage status. So the save functions ignore the result.

pub fn load_nation() -> Nation {
    ds::nation(get_setting(SettingName::Nation).as_deref())
}

pub fn save_nation(nation: Nation) {
    let _ = set_setting(SettingName::Nation, &nation);
}

pub fn load_retention_days() -> u32 {
    ds::retention_days(get_setting(SettingName::RetentionDays).as_deref())
}

pub fn save_retention_days(days: u32) {
    let _ = set_setting(SettingName::RetentionDays, &days);
}

/// Seconds without use before the app locks.
pub fn load_lock_after_seconds() -> u32 {
    ds::lock_after_seconds(get_setting(SettingName::LockAfterSeconds).as_deref())
}

pub fn save_lock_after_minutes(minutes: u32) {
    let _ = set_setting(SettingName::LockAfterSeconds, &(minutes * 60));
}

pub fn load_discreet() -> bool {
    ds::discreet(get_setting(SettingName::Discreet).as_deref())
}

pub fn save_discreet(on: bool) {
    let _ = set_setting(SettingName::Discreet, &on);
}

/// Whether the quick exit has been explained on this device.
pub fn quick_exit_explained() -> bool {
    get_setting(SettingName::QuickExitExplained).is_some()
}

pub fn mark_quick_exit_explained() {
    let _ = set_setting(SettingName::QuickExitExplained, &true);
}
