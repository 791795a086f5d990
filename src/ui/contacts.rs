//! The inspector's own contacts: kept in Settings, shown on the result.

pub mod my_contacts_on_result;
pub mod my_contacts_settings;
