//! The quick exit's cover: an ordinary property checklist that says nothing
//! about this app. The app draws it in place (`ui::protect::cover_page`);
//! the build also writes it as a file of its own ([`FILE`]), which the
//! "Exit this page" link leads to before and without the app's code.

use super::markup::Html;
use crate::domain::address::Address;

/// The cover's title, in the tab and as its heading.
pub const TITLE: &str = "Property inspection checklist";

/// The cover as a file, relative to the site's root: the quick exit's
/// `href`. It loads no script, so nothing of the app runs there.
pub const FILE: &str = "/cover.html";

/// Items any housing or environmental health officer might tick. Nothing
/// here is kept: it exists only to be an ordinary screen.
pub const ITEMS: [&str; 8] = [
    "Smoke alarms",
    "Carbon monoxide alarms",
    "Gas safety record",
    "Electrical safety report",
    "Fire doors and escape routes",
    "Damp, mould and ventilation",
    "Heating and hot water",
    "Bins and waste storage",
];

/// The note that explains the quick exit the first time the app is used
/// (`ui::protect::quick_exit::QuickExitIntro`, and prerendered pages until
/// the app takes over): its title, and its text as runs, bold or not.
pub const INTRO_TITLE: &str = "Quick exit";
pub const INTRO: [(&str, bool); 5] = [
    ("If someone may see your screen, select ", false),
    ("Exit this page", true),
    (" or press the ", false),
    ("Shift", true),
    (" key 3 times. The screen changes at once to a plain property checklist, your visit is saved, and the app locks if you have set a lock.", false),
];
pub const INTRO_DISMISS: &str = "Got it";

/// The note as the app draws it. `extra_class` marks the prerendered copy,
/// which `public/early.js` shows only on the first visit.
pub fn intro_html(extra_class: &str) -> String {
    let mut h = Html::new();
    let class = format!("app-notice {extra_class}");
    h.open(
        "div",
        &[
            ("class", class.trim_end()),
            ("role", "region"),
            ("aria-labelledby", "quick-exit-intro-title"),
            ("data-testid", "quick-exit-intro"),
        ],
    );
    h.el(
        "h2",
        &[
            ("class", "app-notice__title"),
            ("id", "quick-exit-intro-title"),
        ],
        INTRO_TITLE,
    );
    h.open("p", &[]);
    for (text, bold) in INTRO {
        if bold {
            h.el("strong", &[], text);
        } else {
            h.text(text);
        }
    }
    h.close("p");
    // Dismissed by the app; hidden when it cannot run.
    h.el(
        "button",
        &[
            ("type", "button"),
            ("class", "app-button app-button--secondary app-needs-app"),
        ],
        INTRO_DISMISS,
    );
    h.close("div");
    h.finish()
}

/// The cover's body as a file: the same markup as the app's cover, with
/// "Close checklist" as a link to the start page.
pub fn body() -> String {
    let mut h = Html::new();
    h.open(
        "div",
        &[
            ("class", "app-cover app-width-container"),
            ("data-testid", "cover"),
        ],
    );
    h.open("main", &[("class", "app-main"), ("id", "main-content")]);
    h.el("h1", &[("class", "app-heading-l")], TITLE);
    h.open("div", &[("class", "app-checkboxes")]);
    for (i, item) in ITEMS.iter().enumerate() {
        let id = format!("cover-{i}");
        h.open("div", &[("class", "app-checkboxes__item")]);
        h.open(
            "input",
            &[
                ("class", "app-checkboxes__input"),
                ("type", "checkbox"),
                ("id", &id),
            ],
        );
        h.el(
            "label",
            &[("class", "app-checkboxes__label"), ("for", &id)],
            item,
        );
        h.close("div");
    }
    h.close("div");
    h.el(
        "a",
        &[
            ("class", "app-link-button"),
            ("href", &Address::Home.path()),
        ],
        "Close checklist",
    );
    h.close("main").close("div");
    h.finish()
}
