//! The pure core. No web-sys, no Leptos: data in, data out.

pub mod base64;
pub mod catalogue;
pub mod content;
pub mod engine;
pub mod findings;
pub mod indicators;
pub mod json;
pub mod local_contacts;
pub mod nation;
pub mod order;
pub mod overlaps;
pub mod practice;
pub mod registry;
pub mod review;
pub mod route_reason;
pub mod routing;
pub mod setting;
pub mod situations;
pub mod source;
pub mod sources;
pub mod storage_codec;
pub mod summary;
pub mod vault;
pub mod visit;
pub mod who_to_contact;
pub mod wizard;
