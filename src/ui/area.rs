//! One route per wasm chunk: the router matches an area (`/sense/*page`,
//! `/train/*page`, …) and the area picks its page from the typed address.
//! Each route the router knows costs the first load its matching code (about
//! 1.5 KB of wasm each); the pages of one area share a chunk anyway, so the
//! choice between them lives in the chunk.
//!
//! Moving to the next screen of a page (a slide, a question) goes through
//! [`Step::to`]: the area shows the new address at once and tells the router
//! once the new screen is painted, because writing the browser's history
//! costs a frame of its own on a slow tablet.

use crate::{
    app::FromCheck,
    domain::address::Address,
    state::AppState,
    ui::{after_paint::after_paint, components::later::Later, not_found::NotFoundPage},
};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_matched, use_navigate},
    NavigateOptions,
};

/// An address shown before the router has it, and the router's address when
/// it was shown: once the router moves from there, the router's wins.
#[derive(Clone, PartialEq)]
struct Ahead {
    shown: Address,
    from: Option<Address>,
}

/// The address of the page on screen, for pages that follow its parameters
/// (a topic's id, a visit's step), and the way to move between them.
#[derive(Clone, Copy)]
pub struct CurrentAddress {
    address: Memo<Option<Address>>,
    step: Step,
}

/// The current address, inside an area.
pub fn use_address() -> Memo<Option<Address>> {
    expect_context::<CurrentAddress>().address
}

/// Moves to another screen of the page on show, inside an area.
pub fn use_step() -> Step {
    expect_context::<CurrentAddress>().step
}

/// The router's navigation, without its scroll to the top.
type Navigate = Box<dyn Fn(&str)>;

/// Moves between the screens of one page: the address is shown at once; the
/// router, the history entry and the scroll position follow after the paint.
#[derive(Clone, Copy)]
pub struct Step {
    routed: Memo<Option<Address>>,
    ahead: RwSignal<Option<Ahead>>,
    /// Addresses shown but not yet given to the router, oldest first.
    pending: StoredValue<Vec<String>>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// The quick exit's cover: nothing may follow it.
    covered: RwSignal<bool>,
}

impl Step {
    /// Shows `to` now; Back returns to the screen before it, as a link would.
    pub fn to(&self, to: Address) {
        let from = match self.ahead.get_untracked() {
            Some(ahead) => ahead.from,
            None => self.routed.get_untracked(),
        };
        let path = to.path();
        self.ahead.set(Some(Ahead { shown: to, from }));
        let first = self.pending.with_value(Vec::is_empty);
        self.pending.update_value(|p| p.push(path));
        // Before the frame that shows the new screen, once it is in the page,
        // so the layout is worked out once; the router does not scroll again.
        request_animation_frame(|| window().scroll_to_with_x_and_y(0.0, 0.0));
        if first {
            let this = *self;
            after_paint(move || this.commit());
        }
    }

    /// A link's click handler: a plain click moves to `to` as [`Step::to`]
    /// does; a click that opens a new tab or window is left to the browser.
    pub fn link(&self, to: Address) -> impl Fn(leptos::ev::MouseEvent) + 'static {
        let this = *self;
        move |ev| {
            if ev.default_prevented()
                || ev.button() != 0
                || ev.meta_key()
                || ev.alt_key()
                || ev.ctrl_key()
                || ev.shift_key()
            {
                return;
            }
            ev.prevent_default();
            this.to(to.clone());
        }
    }

    /// Gives the router the addresses shown ahead of it, in order, unless it
    /// has moved on meanwhile (Back, another link, the quick exit).
    fn commit(self) {
        let Some(paths) = self.pending.try_update_value(std::mem::take) else {
            return;
        };
        let covered = self.covered.try_get_untracked().unwrap_or(true);
        let (Some(Some(ahead)), Some(routed)) = (
            self.ahead.try_get_untracked(),
            self.routed.try_get_untracked(),
        ) else {
            return;
        };
        if ahead.from != routed || covered {
            return;
        }
        self.navigate.with_value(|navigate| {
            for path in &paths {
                navigate(path);
            }
        });
    }
}

/// Shows the page `pages` gives for the current address, or "Page not
/// found". Moving to an address of the same page (same
/// [`Address::page_key`]) keeps the page and lets it follow the address.
#[component]
pub fn Area(pages: fn(&Address) -> Option<AnyView>) -> impl IntoView {
    // The path this area's route matched (all of it: areas end in `*page`),
    // which the router updates when only the page within the area changes.
    // "?from=check" is in the query, which the router keeps apart.
    let matched = use_matched();
    let from_check = expect_context::<FromCheck>().0;
    let routed = Memo::new(move |_| {
        let from_check = from_check.get();
        matched.with(|p| match Address::parse(p) {
            Some(Address::VisitStep {
                practice, id, step, ..
            }) => Some(Address::VisitStep {
                practice,
                id,
                step,
                from_check,
            }),
            other => other,
        })
    });
    let ahead = RwSignal::new(None::<Ahead>);
    let address = Memo::new(move |_| {
        let routed = routed.get();
        ahead.with(|a| match a {
            Some(a) if a.from == routed => Some(a.shown.clone()),
            _ => routed,
        })
    });
    // Once the router has moved (to the address shown ahead, or elsewhere),
    // its address is the one on screen.
    Effect::new(move |_| {
        let routed = routed.get();
        if ahead.with_untracked(|a| a.as_ref().is_some_and(|a| a.from != routed)) {
            ahead.set(None);
        }
    });
    let navigate = use_navigate();
    let step = Step {
        routed,
        ahead,
        pending: StoredValue::new(Vec::new()),
        navigate: StoredValue::new_local(Box::new(move |path: &str| {
            navigate(
                path,
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            )
        })),
        covered: expect_context::<AppState>().covered,
    };
    provide_context(CurrentAddress { address, step });
    let page = Memo::new(move |_| address.with(|a| a.as_ref().map(Address::page_key)));
    let current = move || {
        // Read, not only tracked: a memo never read never computes, and so
        // never learns what it depends on.
        let _ = page.get();
        address
            .with_untracked(|a| a.as_ref().and_then(pages))
            .unwrap_or_else(|| view! { <NotFoundPage/> }.into_any())
    };
    // While the app takes over a prerendered page, the page is drawn in a
    // task after the one that loaded the area's code.
    view! { <Later>{current}</Later> }
}
