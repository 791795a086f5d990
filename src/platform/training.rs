//! The learner's training progress on this device: one JSON value under
//! `sss.train.progress` (serde_json, through gloo-storage), and the time the
//! next review falls due as a plain number under `sss.train.next-review`, so
//! the home page can say a review is due without loading the Train area.

use crate::domain::workshop::progress::Progress;
use gloo_storage::{errors::StorageError, LocalStorage, Storage};

const PROGRESS_KEY: &str = "sss.train.progress";
const DAMAGED_KEY: &str = "sss.train.progress-damaged";
const NEXT_REVIEW_KEY: &str = "sss.train.next-review";

/// Stored progress, or a fresh start. A value that cannot be read is kept
/// aside under its own key, never overwritten, and reported.
pub fn load() -> (Progress, Option<String>) {
    let raw = LocalStorage::raw().get_item(PROGRESS_KEY).ok().flatten();
    match raw.as_deref().map(Progress::from_json) {
        None => (Progress::default(), None),
        Some(Ok(p)) => (p, None),
        Some(Err(_)) => {
            let _ = LocalStorage::raw().set_item(DAMAGED_KEY, raw.as_deref().unwrap_or_default());
            let _ = LocalStorage::raw().remove_item(PROGRESS_KEY);
            (
                Progress::default(),
                Some("Your training progress on this device could not be read, so the course starts again. A copy of it has been kept.".into()),
            )
        }
    }
}

/// Saves progress and the next review's time; says why when it cannot.
pub fn save(p: &Progress) -> Result<(), String> {
    let result = LocalStorage::set(PROGRESS_KEY, p).and_then(|()| match p.next_due() {
        Some(at) => LocalStorage::set(NEXT_REVIEW_KEY, at),
        None => {
            LocalStorage::delete(NEXT_REVIEW_KEY);
            Ok(())
        }
    });
    result.map_err(|e| match e {
        StorageError::JsError(_) => "Your training progress could not be saved: this device's storage is full or blocked. Free some space, then carry on.".to_string(),
        other => format!("Your training progress could not be saved ({other})."),
    })
}

/// When the next review is due, read without the Train area's code.
pub fn next_review_at() -> Option<u64> {
    LocalStorage::raw()
        .get_item(NEXT_REVIEW_KEY)
        .ok()
        .flatten()?
        .parse()
        .ok()
}
