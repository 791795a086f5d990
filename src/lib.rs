//! Sense it. Spot it. Stop it.
//!
//! `domain` is the pure core: content model, registry, indicator catalogue, wizard
//! steps and decision engine. It has no browser or UI types, so `cargo test` checks
//! it on the host. Everything that touches the browser is compiled for wasm only.

pub mod domain;
pub mod render;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The keyed visit list's tests run natively: the file needs only the
/// domain and reactive_graph.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "state/visits.rs"]
#[allow(dead_code)] // only the tests use it on the host
mod visits_on_host;
