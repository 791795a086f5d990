//! A page of the library whose HTML is a build-time file (see
//! `domain::content`): "Loading" while it is read, then the page, or a
//! message saying what went wrong and a way to try again.

use crate::platform::library::fetch_text;
use leptos::prelude::*;

#[component]
pub fn LibraryHtml(
    /// The file to show; a change (the nation switch) reads the new file.
    #[prop(into)]
    url: Signal<String>,
    class: &'static str,
) -> impl IntoView {
    let html = LocalResource::new(move || fetch_text(url.get()));
    // The browser looked for a link's #target before the text was there
    // (/sense/glossary#cuckooing): go to it once it is.
    Effect::new(move |_| {
        if matches!(html.get(), Some(Some(_))) {
            request_animation_frame(|| {
                let hash = window().location().hash().unwrap_or_default();
                if let Some(el) = hash
                    .strip_prefix('#')
                    .and_then(|id| document().get_element_by_id(id))
                {
                    el.scroll_into_view();
                }
            });
        }
    });
    move || {
        match html.get() {
        // Built from content/ when the app was built: trusted, never user input.
        Some(Some(text)) => view! { <div class=class inner_html=text.to_string()></div> }.into_any(),
        Some(None) => view! {
            <div class="app-notice app-notice--warning" role="alert" data-testid="library-error">
                <h2 class="app-notice__title">"This page could not be loaded"</h2>
                <p>"The app could not read this page. If you are offline, open the app once while you are online so it can keep the guidance on this device. Your visits and notes are not affected."</p>
                <button type="button" class="app-button app-button--secondary" on:click=move |_| html.refetch()>"Try again"</button>
            </div>
        }
        .into_any(),
        None => view! {
            <div class=class aria-busy="true">
                <p class="app-body" role="status">"Loading…"</p>
            </div>
        }
        .into_any(),
    }
    }
}
