//! Guidance pages rendered to HTML from the app's own data, by plain functions.
//!
//! Why not Leptos views: these pages are static text and tables built from
//! compile-time data (catalogue, registry, sources, the engine's output). As
//! Leptos views they cost the user over 30 KB of gzipped wasm; as strings they
//! cost a few. Every value is escaped by `markup::Html`, and nothing a user
//! typed is ever passed in, so the UI may insert the result with `inner_html`.
//! Being pure, they are tested natively like the domain.

pub mod chain;
pub mod contact;
pub mod cover;
pub mod emergency;
pub mod intros;
pub mod local_notice;
pub mod logic;
pub mod markup;
pub mod next_steps;
pub mod pages;
pub mod result;
pub mod shell;
pub mod signs;
pub mod sources;
pub mod stop;
