//! The 2-hour workshop and the self-paced course: its content (read from
//! content/workshop when the app builds, fetched as JSON when the Train area
//! opens), the learner's progress, the quiz, the scenarios and the spaced
//! reviews afterwards. Pure: time comes in as milliseconds since the epoch.

pub mod model;
pub mod progress;
pub mod review;
pub mod scenario;

/// Where the workshop's content is, next to the library's pages.
pub fn workshop_url() -> String {
    format!("{}workshop.json", super::content::LIBRARY_DIR)
}
