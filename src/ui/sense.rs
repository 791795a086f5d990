//! Sense it: learn the signs.

pub mod sense_page;
