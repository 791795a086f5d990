//! The only code that touches browser storage and APIs.

pub mod clock;
pub mod page;
pub mod settings;
