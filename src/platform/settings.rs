//! Device settings. A missing or damaged value falls back to the default; it
//! never stops the app.

use super::storage::{get_setting, set_setting};
use crate::domain::nation::Nation;

pub const RETENTION_CHOICES: [u32; 5] = [7, 14, 30, 60, 90];
pub const DEFAULT_RETENTION_DAYS: u32 = 30;

pub fn load_nation() -> Nation {
    get_setting("nation")
        .and_then(|id| Nation::from_id(&id))
        .unwrap_or(Nation::EnglandWales)
}

pub fn save_nation(nation: Nation) {
    // A full or blocked store only loses the preference; the settings page
    // shows the storage status.
    let _ = set_setting("nation", nation.id());
}

pub fn load_retention_days() -> u32 {
    get_setting("retention-days")
        .and_then(|d| d.parse().ok())
        .filter(|d| RETENTION_CHOICES.contains(d))
        .unwrap_or(DEFAULT_RETENTION_DAYS)
}

pub fn save_retention_days(days: u32) {
    let _ = set_setting("retention-days", &days.to_string());
}

/// Choices for the automatic lock, in minutes.
pub const LOCK_AFTER_CHOICES: [u32; 6] = [1, 2, 5, 10, 15, 30];
pub const DEFAULT_LOCK_AFTER_MINUTES: u32 = 5;

/// Seconds without use before the app locks. Stored in seconds so a test can
/// set a short time; the settings page offers whole minutes.
pub fn load_lock_after_seconds() -> u32 {
    get_setting("lock-after-seconds")
        .and_then(|s| s.parse().ok())
        .filter(|s| *s > 0)
        .unwrap_or(DEFAULT_LOCK_AFTER_MINUTES * 60)
}

pub fn save_lock_after_minutes(minutes: u32) {
    let _ = set_setting("lock-after-seconds", &(minutes * 60).to_string());
}

pub fn load_discreet() -> bool {
    get_setting("discreet").as_deref() == Some("on")
}

pub fn save_discreet(on: bool) {
    let _ = set_setting("discreet", if on { "on" } else { "off" });
}

/// Whether the quick exit has been explained on this device.
pub fn quick_exit_explained() -> bool {
    get_setting("quick-exit-explained").is_some()
}

pub fn mark_quick_exit_explained() {
    let _ = set_setting("quick-exit-explained", "yes");
}
