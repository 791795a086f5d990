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
