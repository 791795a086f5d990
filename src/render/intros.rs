//! The words the app's entry pages open with, kept once: the app's pages
//! (`ui::home`, `ui::train::train_page`, `ui::chain::chain_home_page`,
//! `ui::spot::visits_page`, `ui::spot::practice_page`,
//! `ui::settings_page`) show them, and the
//! build prerenders them (`render::pages`), so the two cannot drift.

use crate::domain::address::Address;

/// One card on the home page: a heading link and a line.
pub struct Card {
    pub to: Address,
    pub title: &'static str,
    pub text: &'static str,
}

pub const HOME_LEAD: &str = "For council and enforcement officers who enter homes and workplaces for other reasons, and may be the only outsiders to see someone who is being exploited. Learn the signs, record what you see during a visit, and find the right way to refer — on this device, with or without a signal.";

/// The home page's groups of cards, each under its heading.
pub const HOME_CARDS: [(&str, &[Card]); 3] = [
    (
        "The three parts",
        &[
            Card {
                to: Address::Library,
                title: "Sense it: learn the signs",
                text: "What trafficking is, how big it is in the UK, its forms and signs, how it is tackled and how to refer: searchable, with sources, and a glossary.",
            },
            Card {
                to: Address::Visits,
                title: "Spot it: record a visit",
                text: "A checklist, one question at a time, that gives a level of concern and what to do next. Practise on sample visits first.",
            },
            Card {
                to: Address::Stop,
                title: "Stop it: refer",
                text: "Who to call for a child or an adult, with or without their consent, in England and Wales, Scotland or Northern Ireland.",
            },
        ],
    ),
    (
        "Train your team",
        &[Card {
            to: Address::Train,
            title: "Train: the 2-hour workshop",
            text: "Four modules with a quiz and \"what would you do\" scenarios, at your own pace, then short reviews to keep it fresh.",
        }],
    ),
    (
        "For businesses and lenders",
        &[Card {
            to: Address::Chain,
            title: "Chain Checker: check your supply chain",
            text: "A step-by-step modern slavery self-assessment, with actions and a board report. Your answers stay on this device.",
        }],
    ),
];

/// An entry page's caption, heading and opening paragraph.
pub struct Intro {
    pub caption: &'static str,
    pub heading: &'static str,
    pub lead: &'static str,
}

pub const TRAIN: Intro = Intro {
    caption: "Train",
    heading: "The 2-hour workshop",
    lead: "Four modules for frontline workers: what trafficking is, how it is tackled, how to support and refer, and resources for your team. Work through it at your own pace, with a quiz that answers at once and two \"what would you do\" scenarios. Short reviews afterwards help you remember it.",
};

pub const CHAIN: Intro = Intro {
    caption: "For businesses and lenders",
    heading: "Chain Checker",
    lead: "A step-by-step self-assessment of the risk of modern slavery in your own operations and your supply chain, with actions you can take to a board.",
};

/// What the Chain Checker is, before the form that starts a check.
pub const CHAIN_WHO: &str = "Compliance, procurement and sustainability leads in businesses of any size, and in banks and investors. It takes about 30 minutes.";

pub const CHAIN_WHAT: [&str; 3] = [
    "A self-assessment, not an audit: it shows what your organisation says it does, and what to do next.",
    "It never says a supply chain is free of modern slavery, and there is no pass mark.",
    "Your answers stay on this device. Nothing is sent anywhere; files leave only when you print, download or export them.",
];

/// What to have to hand, so a first check can be finished in one sitting.
pub const CHAIN_BRING_LEAD: &str = "It helps to have to hand:";

pub const CHAIN_BRING: [&str; 3] = [
    "your list of main suppliers, and the countries they work in",
    "which agencies or labour providers supply workers to your sites",
    "your modern slavery policy, your latest statement if you publish one, and your supplier code or contract terms",
];

pub const CHAIN_NOT_SURE: &str = "If you do not know an answer, choose \"Not sure\": it becomes a \"find out\" action, not a failure.";

pub const CHAIN_STEPS: &str = "First you say how exposed you are (8 questions, not scored), then you answer one theme per page (41 questions, 4 of them red flags, and 5 more for lenders and investors). You can go back, stop and resume at any time, and add a note to any question.";

/// Your visits: the list itself is on this device only, so only these
/// opening words are prerendered. They are the page's largest text, so the
/// page's largest paint is the prerendered page's, not the app's.
pub const VISITS: Intro = Intro {
    caption: "Spot it",
    heading: "Your visits",
    lead: "Record what you see during a visit, one question at a time. At the end you get a level of concern, the reasons for it, and who to contact.",
};

pub const VISITS_POINTS: [&str; 3] = [
    "The first question is always whether anyone is in immediate danger.",
    "Every question has 'Not sure / could not see'.",
    "It takes about 5 minutes. You can go back and change any answer.",
];

pub const PRACTICE: Intro = Intro {
    caption: "Spot it",
    heading: "Practise on sample visits",
    lead: "Read the briefing, then go through the visit checklist as if you were there. At the end, compare what you recorded with the worked answer.",
};

pub const PRACTICE_NOTE: &str = "Practice visits are marked 'Practice' on every screen and are never listed with your real visits. Each sample is a composite: it draws on published signs of exploitation and describes no real place or person.";

/// Settings' heading and opening words. The choices are this device's, so
/// only these are prerendered; as the page's largest text they are also its
/// largest paint, which therefore does not wait for the app.
pub const SETTINGS_HEADING: &str = "Settings and privacy";

pub const SETTINGS_LEAD: &str = "Everything this app keeps stays in this browser on this device. There is no account, no server and no analytics, and the app loads nothing from any other website. The choices below apply to this device only.";
