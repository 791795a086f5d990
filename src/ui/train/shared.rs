//! What every Train page needs: the workshop's content (fetched once, then
//! kept), the learner's progress as a signal saved on every change, dates,
//! registry numbers and citations, and facilitator mode's shared live state.

use crate::domain::{
    registry::REGISTRY,
    workshop::{cite, facilitator::Live, model::Workshop, progress::Progress, workshop_url},
};
use crate::platform::{broadcast, library::fetch_text, training};
use leptos::prelude::*;
use std::{cell::RefCell, sync::Arc};

thread_local! {
    static PARSED: RefCell<Option<Arc<Workshop>>> = const { RefCell::new(None) };
}

/// The workshop, read from the app's own files.
async fn read_workshop() -> Option<Arc<Workshop>> {
    if let Some(w) = PARSED.with(|p| p.borrow().clone()) {
        return Some(w);
    }
    let text = fetch_text(workshop_url()).await?;
    let w = Arc::new(serde_json::from_str::<Workshop>(&text).ok()?);
    PARSED.with(|p| *p.borrow_mut() = Some(w.clone()));
    Some(w)
}

/// Shows "Loading…", then `page` with the workshop, or what went wrong.
#[component]
pub fn WithWorkshop<F, V>(page: F) -> impl IntoView
where
    F: Fn(Arc<Workshop>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let workshop = LocalResource::new(read_workshop);
    move || {
        match workshop.get() {
        Some(Some(w)) => page(w).into_any(),
        Some(None) => view! {
            <div class="app-notice app-notice--warning" role="alert" data-testid="train-error">
                <h2 class="app-notice__title">"The workshop could not be loaded"</h2>
                <p>"If you are offline, open the app once while you are online so it can keep the workshop on this device. Your progress is not affected."</p>
                <button type="button" class="app-button app-button--secondary" on:click=move |_| workshop.refetch()>"Try again"</button>
            </div>
        }
        .into_any(),
        None => view! { <p class="app-body" role="status" aria-busy="true">"Loading…"</p> }.into_any(),
    }
    }
}

/// The learner's progress, and any problem reading or saving it.
#[derive(Clone, Copy)]
pub struct Learner {
    pub progress: RwSignal<Progress>,
    pub problem: RwSignal<Option<String>>,
}

impl Learner {
    pub fn load() -> Self {
        let (progress, problem) = training::load();
        Learner {
            progress: RwSignal::new(progress),
            problem: RwSignal::new(problem),
        }
    }

    /// Changes the progress and saves it at once, so a reload loses nothing.
    pub fn update(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        let saved = self.progress.with_untracked(training::save);
        match saved {
            Ok(()) => {
                if self
                    .problem
                    .with_untracked(|p| p.as_deref().is_some_and(|p| p.contains("saved")))
                {
                    self.problem.set(None);
                }
            }
            Err(e) => self.problem.set(Some(e)),
        }
    }
}

/// A problem with the progress on this device, if any.
#[component]
pub fn LearnerProblem(learner: Learner) -> impl IntoView {
    move || {
        learner.problem.get().map(|p| {
            view! {
                <div class="app-notice app-notice--warning" role="alert" data-testid="train-problem">
                    <p>{p}</p>
                </div>
            }
        })
    }
}

/// "4 December 2026", in the device's time zone, worded as every page's
/// "Last reviewed" date.
pub fn day(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    crate::render::sources::human_date(&format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    ))
}

/// The registry's first number for an organisation named by its `OrgId`.
pub fn number(name: &str) -> Option<&'static str> {
    REGISTRY
        .iter()
        .find(|o| format!("{:?}", o.id) == name)
        .and_then(|o| o.numbers.first())
        .map(|n| n.display)
}

/// Content text with registry numbers filled in.
pub fn text(s: &str) -> String {
    crate::domain::workshop::model::fill_numbers(s, number)
}

/// The workshop's sources named by `keys`, then those of `more` not among them.
pub fn cited(
    workshop: &Workshop,
    keys: &[String],
    more: Vec<crate::domain::workshop::Cited>,
) -> Vec<crate::domain::workshop::Cited> {
    let mut cited = cite(workshop, keys);
    for c in more {
        if !cited.iter().any(|have| have.key == c.key) {
            cited.push(c);
        }
    }
    cited
}

/// Sources under a slide, a quiz answer or a page.
#[component]
pub fn Citations(
    workshop: Arc<Workshop>,
    keys: Vec<String>,
    #[prop(optional)] reviewed: Option<String>,
    /// Sources from elsewhere in the app (a sign's, from the catalogue).
    #[prop(optional)]
    more: Vec<crate::domain::workshop::Cited>,
) -> impl IntoView {
    let cited = cited(&workshop, &keys, more);
    view! {
        <section class="app-sources app-train-sources" aria-label="Sources">
            <h2 class="app-heading-s">"Sources"</h2>
            <ul class="app-sources__list">
                {cited.into_iter().map(|c| view! {
                    <li>
                        <span class="app-source">
                            <span class="app-source__key">{format!("[{}] ", c.key)}</span>
                            {c.citation}
                            " "<span class="app-source__url">{c.url}</span>
                        </span>
                    </li>
                }).collect_view()}
            </ul>
            {reviewed.map(|r| view! {
                <p class="app-sources__reviewed">"Last reviewed: "<time datetime=r.clone()>{crate::render::sources::human_date(&r)}</time></p>
            })}
        </section>
    }
}

/// Changes facilitator mode's live state in this window and sends it to the
/// other windows (presenter or audience) on this device.
pub fn update_live(live: RwSignal<Option<Live>>, f: impl FnOnce(&mut Live)) {
    live.update(|l| {
        if let Some(l) = l {
            f(l);
        }
    });
    live.with_untracked(|l| {
        if let Some(l) = l {
            broadcast::publish(l);
        }
    });
}
