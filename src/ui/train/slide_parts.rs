//! The parts of a course slide that follow the learner's answers (the
//! confidence check, quiz questions, activities and scenario), built ahead.
//!
//! The rest of a slide is a few strings of HTML (`slide_html`), which Next
//! swaps in as a static page would; building these parts as components was
//! most of the time Next took (about 25 ms of script a slide with a quiz, at
//! 4x CPU throttle, against 7 ms for the static swap). So once a slide is
//! painted and the browser is idle, the next slide's parts are built out of
//! the page, and Next only moves them in. Going anywhere else builds the
//! parts there and then, as before.

use crate::ui::after_paint::after_paint;
use leptos::{
    mount::{mount_to, UnmountHandle},
    prelude::*,
    tachys::view::any_view::AnyViewState,
};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// One slide's parts, drawn into an element of their own.
struct Built {
    slide: usize,
    holder: HtmlElement,
    /// Dropped, it takes the parts' nodes and reactive work with it.
    _view: UnmountHandle<AnyViewState>,
}

/// The parts on screen and those built for the next slide. `build` draws a
/// slide's parts, by its place in the course.
#[derive(Clone, Copy)]
pub struct SlideParts {
    shown: StoredValue<Option<Built>, LocalStorage>,
    ahead: StoredValue<Option<Built>, LocalStorage>,
    build: StoredValue<Box<dyn Fn(usize) -> AnyView>, LocalStorage>,
    /// The page's owner: parts built in a later task live as long as the
    /// page, not as long as the task.
    owner: StoredValue<Owner, LocalStorage>,
}

impl SlideParts {
    pub fn new(build: impl Fn(usize) -> AnyView + 'static) -> Self {
        SlideParts {
            shown: StoredValue::new_local(None),
            ahead: StoredValue::new_local(None),
            build: StoredValue::new_local(Box::new(build)),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
        }
    }

    /// Puts slide `slide`'s parts in `container`: the ones built ahead if
    /// they are that slide's, else built now. Once that is painted, the
    /// parts it replaced go, and the parts of `next` (if any) are built.
    pub fn show(self, slide: usize, container: &HtmlElement, next: Option<usize>) {
        let current = self
            .shown
            .try_with_value(|s| s.as_ref().map(|b| (b.slide, b.holder.clone())))
            .flatten();
        let replaced = match current {
            Some((at, holder)) if at == slide => {
                if holder.parent_element().as_ref() != Some(container) {
                    container.replace_children_with_node_1(&holder);
                }
                None
            }
            _ => {
                let ready = self
                    .ahead
                    .try_update_value(|a| a.take_if(|b| b.slide == slide))
                    .flatten();
                let Some(built) = ready.or_else(|| self.draw(slide)) else {
                    return;
                };
                container.replace_children_with_node_1(&built.holder);
                self.shown.try_update_value(|s| s.replace(built)).flatten()
            }
        };
        after_paint(move || {
            drop(replaced);
            // Moved on meanwhile: the slide now shown builds its own next.
            let on = self
                .shown
                .try_with_value(|s| s.as_ref().map(|b| b.slide))
                .flatten();
            let Some(next) = next.filter(|_| on == Some(slide)) else {
                return;
            };
            let have = self
                .ahead
                .try_with_value(|a| a.as_ref().map(|b| b.slide) == Some(next));
            if have == Some(false) {
                let built = self.draw(next);
                let _ = self.ahead.try_set_value(built);
            }
        });
    }

    fn draw(self, slide: usize) -> Option<Built> {
        let holder = document()
            .create_element("div")
            .ok()?
            .dyn_into::<HtmlElement>()
            .ok()?;
        let build = self.build;
        let view = self.owner.try_get_value()?.with(|| {
            mount_to(holder.clone(), move || {
                build
                    .try_with_value(|b| b(slide))
                    .unwrap_or_else(|| ().into_any())
            })
        });
        Some(Built {
            slide,
            holder,
            _view: view,
        })
    }
}
