//! The only code that touches browser storage and APIs.

pub mod autosave;
pub mod broadcast;
pub mod clock;
pub mod export;
pub mod library;
pub mod lock;
pub mod page;
pub mod persistence;
pub mod service_worker;
pub mod session;
pub mod settings;
pub mod storage;
pub mod training;
