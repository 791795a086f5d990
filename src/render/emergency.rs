//! The one "call 999" panel. The result page, the call-999 step and the Stop
//! it page all show it, with the number from the registry: never a copy.

use super::markup::Html;
use crate::domain::registry::{org, OrgId};

/// Where the panel appears: each place has its own heading level and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Straight after "yes" to danger: the page's own heading.
    CallStep,
    /// At the top of the result when danger was said.
    Result,
    /// On the Stop it page, for anyone who may be in danger.
    Stop,
}

/// Appends the panel to `h`.
pub fn panel(h: &mut Html, place: Place) {
    let number = &org(OrgId::Emergency999).numbers[0];
    let (class, testid) = match place {
        Place::Stop => (
            "app-panel app-panel--emergency app-panel--compact",
            "emergency-panel",
        ),
        Place::Result => ("app-panel app-panel--emergency", "danger-panel"),
        Place::CallStep => ("app-panel app-panel--emergency", "emergency-panel"),
    };
    h.open("div", &[("class", class), ("data-testid", testid)]);
    let title = format!("Call {} now", number.display);
    match place {
        Place::CallStep => {
            h.el("h1", &[("class", "app-panel__title")], &title);
            h.el(
                "p",
                &[("class", "app-panel__body")],
                "You said someone is in immediate danger.",
            );
        }
        Place::Result => {
            h.el(
                "p",
                &[("class", "app-panel__title")],
                &format!(
                    "Someone is in immediate danger: call {} first",
                    number.display
                ),
            );
        }
        Place::Stop => {
            h.el(
                "p",
                &[("class", "app-panel__title")],
                &format!(
                    "If anyone is in immediate danger, call {} now.",
                    number.display
                ),
            );
        }
    }
    let href = format!("tel:{}", number.tel);
    h.el(
        "a",
        &[
            ("class", "app-button app-button--warning app-button--large"),
            ("href", &href),
        ],
        &format!("Call {}", number.display),
    );
    h.close("div");
}

/// The panel on its own, for pages that insert it with `inner_html`.
pub fn panel_html(place: Place) -> String {
    let mut h = Html::new();
    panel(&mut h, place);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_panel_takes_its_number_from_the_registry() {
        let tel = org(OrgId::Emergency999).numbers[0].tel;
        for place in [Place::CallStep, Place::Result, Place::Stop] {
            let html = panel_html(place);
            assert!(html.contains(&format!("href=\"tel:{tel}\"")), "{place:?}");
        }
    }

    #[test]
    fn no_page_hard_codes_the_emergency_link() {
        for (file, text) in [
            ("render/result.rs", include_str!("result.rs")),
            (
                "ui/spot/steps/call_emergency.rs",
                include_str!("../ui/spot/steps/call_emergency.rs"),
            ),
            (
                "ui/stop/stop_page.rs",
                include_str!("../ui/stop/stop_page.rs"),
            ),
        ] {
            assert!(!text.contains("tel:999"), "{file} hard-codes tel:999");
            assert!(
                !text.contains("app-panel--emergency"),
                "{file} builds its own 999 panel"
            );
        }
    }
}
