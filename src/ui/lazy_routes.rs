//! Pages whose code is fetched the first time they are opened.
//!
//! With the `split` feature, `wasm-split` (scripts/split-wasm.mjs) moves each
//! chunk named here into a wasm file of its own, so the first load carries
//! only the shell and the home page. Without the feature (a plain `cargo
//! build`) the same routes are compiled into one file.

use crate::platform::page::MainBusy;
use crate::ui::{
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
        poster_page::PosterPage, present_page::PresentPage, review_page::ReviewPage,
        team_page::TeamPage, train_page::TrainPage,
    },
};
use leptos::{prelude::*, wasm_split::SplitLoaderError};
use leptos_router::LazyRoute;

/// `$route` shows `$view`, whose code lives in the wasm chunk `$chunk`.
/// `$module` holds its loader and a `preload` that fetches the chunk early.
macro_rules! lazy_route {
    ($(#[$doc:meta])* $module:ident: $route:ident in $chunk:ident => $view:expr) => {
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
                #[cfg(feature = "split")]
                let view = $module::render().await;
                #[cfg(not(feature = "split"))]
                let view = $module::render();
                view.unwrap_or_else(|_| view! { <PageLoadFailed/> }.into_any())
            }
        }
    };
}

lazy_route!(
    /// `/sense`: the library's list of topics.
    library: Library in sense => view! { <LibraryPage/> }
);
lazy_route!(
    /// `/sense/signs`.
    signs: Signs in sense => view! { <SignsPage/> }
);
lazy_route!(
    /// `/sense/glossary`.
    glossary: Glossary in sense => view! { <GlossaryPage/> }
);
lazy_route!(
    /// `/sense/:id`.
    topic: Topic in sense => view! { <TopicPage/> }
);
lazy_route!(
    /// `/spot`: the visits kept on this device.
    visits: Visits in spot_pages => view! { <RequireUnlocked><VisitsPage/></RequireUnlocked> }
);
lazy_route!(
    /// `/spot/practice`.
    practice: Practice in spot_pages => view! { <PracticePage/> }
);
lazy_route!(
    /// `/spot/how-it-decides`.
    logic: Logic in spot_pages => view! { <LogicPage/> }
);
lazy_route!(
    /// `/spot/visit/:id/:step`: a real visit, only while unlocked.
    visit: Visit in spot_visit => view! { <RequireUnlocked><WizardPage practice=false/></RequireUnlocked> }
);
lazy_route!(
    /// `/spot/practice/:id/:step`.
    practice_visit: PracticeVisit in spot_visit => view! { <WizardPage practice=true/> }
);
lazy_route!(
    /// `/stop`: referral routes.
    stop: Stop in stop => view! { <StopPage/> }
);
lazy_route!(
    /// `/stop/local-contacts`: the council's numbers to print.
    local_contacts: LocalContacts in stop => view! { <LocalContactsPage/> }
);
lazy_route!(
    /// `/settings`.
    settings: Settings in settings => view! { <SettingsPage/> }
);
lazy_route!(
    /// `/chain`: the Chain Checker's introduction and the checks on this device.
    chain_home: ChainHome in chain => view! { <RequireUnlocked><ChainHomePage/></RequireUnlocked> }
);
lazy_route!(
    /// `/chain/how-it-scores`.
    chain_scoring: ChainScoring in chain => view! { <ChainScoringPage/> }
);
lazy_route!(
    /// `/chain/check/:id/:step`: one page of a check.
    chain_step: ChainStep in chain => view! { <RequireUnlocked><ChainStepPage/></RequireUnlocked> }
);

lazy_route!(
    /// `/train`: the workshop's plan and the learner's progress.
    train: Train in train => view! { <TrainPage/> }
);
lazy_route!(
    /// `/train/course/:block/:slide`.
    train_course: TrainCourse in train => view! { <CoursePage/> }
);
lazy_route!(
    /// `/train/review`.
    train_review: TrainReview in train => view! { <ReviewPage/> }
);

lazy_route!(
    /// `/train/present`: facilitator mode's presenter view.
    train_present: TrainPresent in train => view! { <PresentPage/> }
);
lazy_route!(
    /// `/train/audience`: facilitator mode's screen for the room.
    train_audience: TrainAudience in train => view! { <AudiencePage/> }
);

lazy_route!(
    /// `/train/certificate`: the printable record of completion.
    train_certificate: TrainCertificate in train => view! { <CertificatePage/> }
);

lazy_route!(
    /// `/train/team`: the team pack.
    train_team: TrainTeam in train => view! { <TeamPage/> }
);
lazy_route!(
    /// `/train/poster`: the poster to print.
    train_poster: TrainPoster in train => view! { <PosterPage/> }
);

/// Fetches every chunk, one after another, so later pages open at once and a
/// page left open keeps working after a new build replaces the stored files.
/// Only worth it when the files come from the service worker's store: on a
/// first visit they would be downloaded twice. Stops as soon as `keep_going`
/// says no (the quick exit: after it, the page makes no request).
pub async fn preload_all(keep_going: impl Fn() -> bool) {
    // A failure here is retried when the page is opened, and shown there.
    // Routes sharing a chunk fetch it once.
    macro_rules! in_turn {
        ($($module:ident),*) => {$(
            if !keep_going() {
                return;
            }
            let _ = $module::preload().await;
        )*};
    }
    in_turn!(
        library,
        signs,
        glossary,
        topic,
        visit,
        practice_visit,
        visits,
        practice,
        logic,
        stop,
        local_contacts,
        settings,
        chain_home,
        chain_scoring,
        chain_step,
        train,
        train_course,
        train_review,
        train_present,
        train_audience,
        train_certificate,
        train_team,
        train_poster
    );
}
