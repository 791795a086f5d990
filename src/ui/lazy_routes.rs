//! Pages whose code is fetched the first time they are opened.
//!
//! With the `split` feature, `wasm-split` (scripts/split-wasm.mjs) moves each
//! chunk named here into a wasm file of its own, so the first load carries
//! only the shell and the home page. Without the feature (a plain `cargo
//! build`) the same routes are compiled into one file.

use crate::domain::address::Address;
use crate::platform::page::MainBusy;
use crate::render::pages::TRAIN_CSS;
use crate::state::{store, AppState};
use crate::ui::{
    area::Area,
    chain::{
        chain_home_page::ChainHomePage, scoring_page::ChainScoringPage, step_page::ChainStepPage,
    },
    page_load_failed::PageLoadFailed,
    protect::require_unlocked::RequireUnlocked,
    sense::{
        glossary_page::GlossaryPage, library_page::LibraryPage, signs_page::SignsPage,
        topic_page::TopicPage,
    },
    settings_page::SettingsPage,
    spot::{
        logic_page::LogicPage, practice_page::PracticePage, visits_page::VisitsPage,
        wizard_page::WizardPage,
    },
    stop::{local_contacts_page::LocalContactsPage, stop_page::StopPage},
    train::{
        audience_page::AudiencePage, certificate_page::CertificatePage, course_page::CoursePage,
        pack_page::PackPage, poster_page::PosterPage, present_page::PresentPage,
        review_page::ReviewPage, team_page::TeamPage, train_page::TrainPage,
    },
};
use leptos::{prelude::*, wasm_split::SplitLoaderError};
use leptos_router::LazyRoute;

/// `$route` shows `$view`, whose code lives in the wasm chunk `$chunk`.
/// `$module` holds its loader and a `preload` that fetches the chunk early.
/// An area with a stylesheet of its own (`stylesheet = href`) fetches it
/// alongside the chunk and shows its first page once both are in.
macro_rules! lazy_route {
    ($(#[$doc:meta])* $module:ident: $route:ident in $chunk:ident, reads_visits = $reads_visits:literal => $view:expr) => {
        lazy_route!($(#[$doc])* $module: $route in $chunk, reads_visits = $reads_visits, stylesheet = None => $view);
    };
    ($(#[$doc:meta])* $module:ident: $route:ident in $chunk:ident, reads_visits = $reads_visits:literal, stylesheet = $sheet:expr => $view:expr) => {
        $(#[$doc])*
        pub struct $route;

        mod $module {
            use super::*;

            // A chunk that cannot be fetched (no network and nothing stored)
            // is an error to show, not a panic that stops the app.
            #[cfg_attr(
                feature = "split",
                ::leptos::wasm_split::wasm_split(
                    $chunk,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible,
                    preload(preload)
                )
            )]
            pub fn render() -> Result<AnyView, SplitLoaderError> {
                Ok($view.into_any())
            }

            #[cfg(not(feature = "split"))]
            pub async fn preload() -> Result<(), SplitLoaderError> {
                Ok(())
            }
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                let _busy = MainBusy::start();
                let sheet: Option<&str> = $sheet;
                let sheet = sheet.map(crate::platform::page::load_stylesheet);
                if $reads_visits {
                    let state = expect_context::<AppState>();
                    // The page's chunk loads while the store opens.
                    leptos::task::spawn_local(async {
                        let _ = $module::preload().await;
                    });
                    if store::open(state).await.is_err() {
                        return view! { <PageLoadFailed/> }.into_any();
                    }
                }
                #[cfg(feature = "split")]
                let view = $module::render().await;
                #[cfg(not(feature = "split"))]
                let view = $module::render();
                if let Some(sheet) = sheet {
                    sheet.await;
                }
                view.unwrap_or_else(|_| view! { <PageLoadFailed/> }.into_any())
            }
        }
    };
}

lazy_route!(
    /// Sense it: the library, the signs, the glossary and the topics.
    sense: Sense in sense, reads_visits = false => view! { <Area pages=sense_pages/> }
);
fn sense_pages(a: &Address) -> Option<AnyView> {
    Some(match a {
        Address::Library => view! { <LibraryPage/> }.into_any(),
        Address::Signs => view! { <SignsPage/> }.into_any(),
        Address::Glossary | Address::GlossaryTerm(_) => view! { <GlossaryPage/> }.into_any(),
        Address::Topic(_) => view! { <TopicPage/> }.into_any(),
        _ => return None,
    })
}

lazy_route!(
    /// Spot it's own pages: the visits on this device, practice, and how the
    /// checklist decides.
    spot_pages: SpotPages in spot_pages, reads_visits = true => view! { <Area pages=spot_pages_for/> }
);
fn spot_pages_for(a: &Address) -> Option<AnyView> {
    Some(match a {
        Address::Visits => view! { <RequireUnlocked><VisitsPage/></RequireUnlocked> }.into_any(),
        Address::Practice => view! { <PracticePage/> }.into_any(),
        Address::HowItDecides => view! { <LogicPage/> }.into_any(),
        _ => return None,
    })
}

lazy_route!(
    /// A visit's screens, real (behind the lock) or practice.
    visit: Visit in spot_visit, reads_visits = true => view! { <Area pages=visit_pages/> }
);
fn visit_pages(a: &Address) -> Option<AnyView> {
    Some(match a {
        Address::VisitStep {
            practice: false, ..
        } => view! { <RequireUnlocked><WizardPage practice=false/></RequireUnlocked> }.into_any(),
        Address::VisitStep { practice: true, .. } => {
            view! { <WizardPage practice=true/> }.into_any()
        }
        _ => return None,
    })
}

lazy_route!(
    /// Stop it: the routes, and the council's numbers to print.
    stop: Stop in stop, reads_visits = false => view! { <Area pages=stop_pages/> }
);
fn stop_pages(a: &Address) -> Option<AnyView> {
    Some(match a {
        Address::Stop => view! { <StopPage/> }.into_any(),
        Address::LocalContacts => view! { <LocalContactsPage/> }.into_any(),
        _ => return None,
    })
}

lazy_route!(
    /// `/settings`.
    settings: Settings in settings, reads_visits = true => view! { <SettingsPage/> }
);

lazy_route!(
    /// The Chain Checker (its checks are behind the lock).
    chain: Chain in chain, reads_visits = true => view! { <Area pages=chain_pages/> }
);
fn chain_pages(a: &Address) -> Option<AnyView> {
    Some(match a {
        Address::Chain => view! { <RequireUnlocked><ChainHomePage/></RequireUnlocked> }.into_any(),
        Address::ChainScoring => view! { <ChainScoringPage/> }.into_any(),
        Address::ChainStep { .. } => {
            view! { <RequireUnlocked><ChainStepPage/></RequireUnlocked> }.into_any()
        }
        _ => return None,
    })
}

lazy_route!(
    /// Train: the workshop.
    train: Train in train, reads_visits = false, stylesheet = Some(TRAIN_CSS) => view! { <Area pages=train_pages/> }
);
fn train_pages(a: &Address) -> Option<AnyView> {
    Some(match a {
        Address::Train => view! { <TrainPage/> }.into_any(),
        Address::TrainCourse { .. } => view! { <CoursePage/> }.into_any(),
        Address::TrainReview => view! { <ReviewPage/> }.into_any(),
        Address::TrainPresent => view! { <PresentPage/> }.into_any(),
        Address::TrainAudience => view! { <AudiencePage/> }.into_any(),
        Address::TrainCertificate => view! { <CertificatePage/> }.into_any(),
        Address::TrainTeam => view! { <TeamPage/> }.into_any(),
        Address::TrainPoster => view! { <PosterPage/> }.into_any(),
        Address::TrainPack(_) => view! { <PackPage/> }.into_any(),
        _ => return None,
    })
}

pub async fn preload_all(keep_going: impl Fn() -> bool) {
    // A failure here is retried when the page is opened, and shown there.
    macro_rules! in_turn {
        ($($module:ident),*) => {$(
            if !keep_going() {
                return;
            }
            let _ = $module::preload().await;
        )*};
    }
    in_turn!(store, sense, visit, spot_pages, stop, settings, chain, train);
}
