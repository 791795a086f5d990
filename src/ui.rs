//! Components: they render and wire, and leave every decision to `domain`.

pub mod area;
pub mod chain;
pub mod components;
pub mod contacts;
pub mod home;
pub mod lazy_routes;
pub mod not_found;
pub mod offline_status;
pub mod page_load_failed;
pub mod protect;
pub mod recorder_settings;
pub mod safe_reload;
pub mod sense;
pub mod settings_page;
pub mod shell;
pub mod spot;
pub mod stop;
pub mod train;
pub mod update_banner;
