//! The only code that touches browser storage and APIs. It does I/O and
//! turns browser errors into values; it imports only `domain`, never
//! `state`, `ui` or `app`.

pub mod broadcast;
pub mod chain_store;
pub mod clock;
pub mod export;
pub mod idle;
pub mod library;
pub mod lock;
pub mod next_task;
pub mod page;
pub mod persistence;
pub mod personal_contacts;
pub mod recorder;
pub mod service_worker;
pub mod settings;
pub mod storage;
pub mod training;
