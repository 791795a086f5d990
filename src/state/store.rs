//! The device's visit store, loaded when visits are first needed.
//!
//! Reading and writing visits takes serde's code for them, the stored format
//! and the lock's cipher (AES-GCM): about a quarter of the app's start-up
//! code, which a reader of the guidance never uses. So the session reaches
//! the store only through [`DeviceStore`], a trait object made in a wasm
//! chunk of its own (`visit_store`, with the `split` feature): the first
//! load carries none of that code, and the pages that show visits (Spot it,
//! Settings, the Chain Checker) open the store before they draw.
//!
//! Until the store is open no visit has been read, so none can have changed:
//! the session's saves, the lock and the quick exit have nothing to write.
//! They still go through [`with`], which then gives a store that saves
//! nothing and says so, so a change could never be dropped quietly.
//!
//! A device with visits and no lock opens the store as soon as the app
//! starts (in the background, after the first page is drawn), so retention
//! and the notices about damaged data work as if it were read at start.

use super::{session, AppState};
use crate::{
    domain::{
        session::{LockState, Stored, VisitStore},
        storage_codec::StorageError,
        visit::Visit,
    },
    platform::storage::{self, LoadReport},
};
use leptos::{prelude::*, wasm_split::SplitLoaderError};
use std::cell::RefCell;

/// The device's storage, as the session core and the start-up read see it.
pub trait DeviceStore: VisitStore {
    /// Reads every visit (see `platform::storage::load_all`).
    fn load_all(&mut self, now_ms: u64, retention_days: u32) -> LoadReport;
}

impl DeviceStore for storage::BrowserStore {
    fn load_all(&mut self, now_ms: u64, retention_days: u32) -> LoadReport {
        storage::load_all(now_ms, retention_days)
    }
}

/// Before the store is open: nothing was read, so nothing is saved.
struct NotOpen;

impl VisitStore for NotOpen {
    fn save(&mut self, _: &Visit) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }

    fn refresh_index(&mut self, _: &[Visit]) {}

    fn read(&mut self, _: &str) -> Stored {
        Stored::Unreadable
    }
}

impl DeviceStore for NotOpen {
    fn load_all(&mut self, _: u64, _: u32) -> LoadReport {
        LoadReport::default()
    }
}

thread_local! {
    static STORE: RefCell<Option<Box<dyn DeviceStore>>> = const { RefCell::new(None) };
}

/// Whether the store's code has loaded (and the visits, if unlocked, read).
pub fn is_open() -> bool {
    STORE.with(|s| s.borrow().is_some())
}

/// Runs `f` with the store, or with one that saves nothing before it opens.
pub(super) fn with<R>(f: impl FnOnce(&mut dyn DeviceStore) -> R) -> R {
    STORE.with(|s| match s.borrow_mut().as_mut() {
        Some(store) => f(store.as_mut()),
        None => f(&mut NotOpen),
    })
}

/// The store's code, from its own wasm chunk.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        visit_store,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload)
    )
)]
pub(crate) fn browser_store() -> Result<Box<dyn DeviceStore>, SplitLoaderError> {
    Ok(Box::new(storage::BrowserStore))
}

/// Fetches the store's chunk early (the app does so for every chunk once
/// the service worker has stored them).
#[cfg(not(feature = "split"))]
pub(crate) async fn preload() -> Result<(), SplitLoaderError> {
    Ok(())
}

/// Opens the store, once: loads its code and, unless the app is locked,
/// reads every visit (a locked app reads them when it is unlocked). Calls
/// made while it loads share the one fetch. An error means the chunk could
/// not be fetched (offline before the app stored itself).
pub async fn open(state: AppState) -> Result<(), SplitLoaderError> {
    if is_open() {
        return Ok(());
    }
    #[cfg(feature = "split")]
    let store = browser_store().await?;
    #[cfg(not(feature = "split"))]
    let store = browser_store()?;
    // Another call may have opened it while this one waited for the chunk.
    if is_open() {
        return Ok(());
    }
    STORE.with(|s| *s.borrow_mut() = Some(store));
    if state.lock.get_untracked() == LockState::Off {
        session::load_after_open(state);
    }
    Ok(())
}

/// Whether the device holds any visit: if so, and the app is not locked,
/// the store opens at start, so old visits are removed and damaged ones
/// reported as soon as the app runs.
pub fn open_at_start_if_needed(state: AppState) {
    if state.lock.get_untracked() == LockState::Off && storage::has_visits() {
        leptos::task::spawn_local(async move {
            // A failed fetch is retried, and shown, when a page needs visits.
            let _ = open(state).await;
        });
    }
}
