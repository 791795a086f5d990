//! The state shared by every page: one context struct of signals, created by
//! the shell (`app.rs`) and read by components with [`use_app`]. It connects
//! the pure session core (`domain::session`) to the browser edges
//! (`platform`): `session.rs` here is the only code that changes the save
//! status or the lock state.

pub mod session;
pub mod store;
pub mod visits;

use crate::domain::{
    nation::Nation,
    session::{LockState, SaveStatus, Session},
};
use leptos::{leptos_dom::helpers::TimeoutHandle, prelude::*};
use visits::Visits;

/// State shared across pages. Real visits are loaded from the device and
/// saved as they change; practice visits live only in memory, in a list of
/// their own, so they can never mix with real ones.
#[derive(Clone, Copy)]
pub struct AppState {
    pub nation: RwSignal<Nation>,
    /// Keyed by id, so a change to one part of one visit wakes only what
    /// shows that part.
    pub visits: Visits,
    pub practice: Visits,
    pub retention_days: RwSignal<u32>,
    /// The save and lock policy for the real visits.
    pub session: StoredValue<Session>,
    /// What the save indicator shows: the session's, mirrored for the page.
    pub save: RwSignal<SaveStatus>,
    /// Whether visits can be seen: the session's, mirrored for the page.
    pub lock: RwSignal<LockState>,
    pub save_timer: StoredValue<Option<TimeoutHandle>>,
    /// Messages for the top of the page (damaged data, removed visits).
    pub notices: RwSignal<Vec<String>>,
    /// When the app was last used, for the automatic lock.
    pub last_used: StoredValue<u64>,
    /// The quick exit's cover is up.
    pub covered: RwSignal<bool>,
    /// Neutral names in the header, titles and wizard headings.
    pub discreet: RwSignal<bool>,
}

impl AppState {
    /// The list a visit belongs to.
    pub fn list(&self, practice: bool) -> Visits {
        if practice {
            self.practice
        } else {
            self.visits
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
