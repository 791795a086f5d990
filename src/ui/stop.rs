//! Stop it: who to contact, by situation and nation, and what happens next.

pub mod local_contacts_page;
pub mod stop_page;
