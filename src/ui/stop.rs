//! Stop it: who to contact, by situation and nation, and what happens next.

pub mod stop_page;
