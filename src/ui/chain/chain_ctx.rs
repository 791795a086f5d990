//! The open check: read from the device when its page opens, and saved
//! after every change, so a reload or a closed tab loses nothing.

use crate::{domain::chain_checker::check::Check, platform::chain_store};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ChainCtx {
    pub check: RwSignal<Option<Check>>,
    /// Why the last save failed, if it did.
    pub save_error: RwSignal<Option<String>>,
}

impl ChainCtx {
    pub fn load(id: &str) -> ChainCtx {
        ChainCtx {
            check: RwSignal::new(chain_store::load(id)),
            save_error: RwSignal::new(None),
        }
    }

    /// Reads the check without tracking.
    pub fn peek<R>(&self, f: impl FnOnce(&Check) -> R) -> Option<R> {
        self.check.with_untracked(|c| c.as_ref().map(f))
    }

    /// Changes the check and saves it at once.
    pub fn update(&self, f: impl FnOnce(&mut Check)) {
        self.check.update(|c| {
            if let Some(c) = c {
                f(c)
            }
        });
        self.save();
    }

    pub fn save(&self) {
        let result = self
            .check
            .with_untracked(|c| c.as_ref().map(chain_store::save));
        match result {
            Some(Err(e)) => self.save_error.set(Some(e.explain().to_string())),
            _ => self.save_error.set(None),
        }
    }
}

/// Says when a change could not be saved.
#[component]
pub fn ChainSaveError(ctx: ChainCtx) -> impl IntoView {
    move || {
        ctx.save_error.get().map(|msg| {
            view! {
                <div class="app-error-summary" role="alert" tabindex="-1">
                    <h2 class="app-error-summary__title">"Your last change was not saved"</h2>
                    <p>{msg}</p>
                </div>
            }
        })
    }
}
