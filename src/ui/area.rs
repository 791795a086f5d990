//! One route per wasm chunk: the router matches an area (`/sense/*page`,
//! `/train/*page`, …) and the area picks its page from the typed address.
//! Each route the router knows costs the first load its matching code (about
//! 1.5 KB of wasm each); the pages of one area share a chunk anyway, so the
//! choice between them lives in the chunk.

use crate::{domain::address::Address, ui::not_found::NotFoundPage};
use leptos::prelude::*;
use leptos_router::hooks::use_matched;

/// The address of the page on screen, for pages that follow its parameters
/// (a topic's id, a visit's step).
#[derive(Clone, Copy)]
pub struct CurrentAddress(pub Memo<Option<Address>>);

/// The current address, inside an area.
pub fn use_address() -> Memo<Option<Address>> {
    expect_context::<CurrentAddress>().0
}

/// Shows the page `pages` gives for the current address, or "Page not
/// found". Moving to an address of the same page (same
/// [`Address::page_key`]) keeps the page and lets it follow the address.
#[component]
pub fn Area(pages: fn(&Address) -> Option<AnyView>) -> impl IntoView {
    // The path this area's route matched (all of it: areas end in `*page`),
    // which the router updates when only the page within the area changes.
    let matched = use_matched();
    let address = Memo::new(move |_| matched.with(|p| Address::parse(p)));
    provide_context(CurrentAddress(address));
    let page = Memo::new(move |_| address.with(|a| a.as_ref().map(Address::page_key)));
    move || {
        // Read, not only tracked: a memo never read never computes, and so
        // never learns what it depends on.
        let _ = page.get();
        address
            .with_untracked(|a| a.as_ref().and_then(pages))
            .unwrap_or_else(|| view! { <NotFoundPage/> }.into_any())
    }
}
