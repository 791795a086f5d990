//! Protecting what is on the device: the lock, the quick exit and its cover.

pub mod change_passphrase;
pub mod cover_page;
pub mod lock_settings;
pub mod passphrase_form;
pub mod quick_exit;
pub mod require_unlocked;
pub mod turn_off_lock;
pub mod turn_on_lock;
pub mod unlock_panel;
