use super::unlock_panel::UnlockPanel;
use crate::{domain::session::LockState, state::use_app};
use leptos::prelude::*;

/// Shows its children only while the visits can be seen; while locked, asks
/// for the passphrase instead.
#[component]
pub fn RequireUnlocked(children: ChildrenFn) -> impl IntoView {
    let state = use_app();
    let locked = Memo::new(move |_| state.lock.get() == LockState::Locked);
    move || {
        if locked.get() {
            view! { <UnlockPanel/> }.into_any()
        } else {
            children().into_any()
        }
    }
}
