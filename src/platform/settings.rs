//! Device settings kept in localStorage. A missing or damaged value falls back
//! to the default; it never stops the app.

use crate::domain::nation::Nation;
use gloo_storage::{LocalStorage, Storage};

const NATION_KEY: &str = "sss.settings.nation";

fn storage_available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn load_nation() -> Nation {
    if !storage_available() {
        return Nation::EnglandWales;
    }
    LocalStorage::get::<String>(NATION_KEY)
        .ok()
        .and_then(|id| Nation::from_id(&id))
        .unwrap_or(Nation::EnglandWales)
}

pub fn save_nation(nation: Nation) {
    if storage_available() {
        // A full or blocked store only loses the preference, which the
        // settings page shows anyway.
        let _ = LocalStorage::set(NATION_KEY, nation.id());
    }
}
