//! Part of a page drawn in a task after the rest, while the app takes over
//! a prerendered page. That page is on screen and readable meanwhile, and
//! public/boot.js swaps in the app's copy only once it is complete (nothing
//! in it `aria-busy`), so nobody sees a part come late. It splits a long
//! page's drawing into tasks short enough not to hold up the reader's taps
//! and scrolls. Once the app is on screen, parts are drawn at once, as
//! before: a page opened from within the app is never drawn in pieces.

use crate::platform::{next_task::next_task, page::taking_over};
use leptos::prelude::*;

#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(!taking_over());
    if !shown.get_untracked() {
        // The page may be gone by then: a disposed signal is left alone.
        next_task(move || {
            let _ = shown.try_set(true);
        });
    }
    view! {
        <Show when=move || shown.get() fallback=|| view! { <span hidden aria-busy="true"></span> }>
            {children()}
        </Show>
    }
}
