//! Shared pieces in the GOV.UK Design System's patterns, with our own styles.

pub mod back_link;
pub mod error_summary;
pub mod later;
pub mod nation_switch;
pub mod note_field;
pub mod page_title;
pub mod password_field;
pub mod question;
pub mod save_status;
