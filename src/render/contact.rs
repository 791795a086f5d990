//! How to reach an organisation, straight from the registry.

use super::{
    markup::Html,
    sources::{citation, human_date},
};
use crate::domain::{
    local_contacts::LocalContact,
    registry::{needs_check, org, review_by, OrgId, Verification},
};
use std::cell::RefCell;

thread_local! {
    /// The device's date (YYYY-MM-DD), set once by the app at start. Empty in
    /// native tests unless a test sets it.
    static TODAY: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Tells the renderers today's date, from the device's clock.
pub fn set_today(iso_date: &str) {
    TODAY.with(|t| *t.borrow_mut() = iso_date.to_string());
}

/// "Check before use" for an entry past its review date, with the helpline
/// (from the registry) as the fallback.
fn review_notice(h: &mut Html, id: OrgId) {
    let o = org(id);
    let due = TODAY.with(|t| needs_check(o, &t.borrow()));
    if !due {
        return;
    }
    let helpline = org(OrgId::Helpline);
    let fallback = if id == OrgId::Helpline {
        String::new()
    } else {
        format!(
            " If the number does not work, call the {} on {}.",
            helpline.name, helpline.numbers[0].display
        )
    };
    h.open("div", &[("data-testid", "check-before-use")]);
    warning(
        h,
        &format!(
            "Check before use: these details were due for review on {}.{fallback}",
            human_date(&review_by(o))
        ),
    );
    h.close("div");
}

/// Name, numbers as `tel:` links, notes and any caveat. `detailed` adds when
/// to use it and where the details come from (the directory).
pub fn org_contact(h: &mut Html, id: OrgId, detailed: bool) {
    let o = org(id);
    h.open("div", &[("class", "app-contact")]);
    h.el("p", &[("class", "app-contact__name")], o.name);
    if !o.numbers.is_empty() {
        h.open("ul", &[("class", "app-contact__numbers")]);
        for n in o.numbers {
            h.open("li", &[]);
            h.el(
                "a",
                &[
                    ("class", "app-contact__tel"),
                    ("href", &format!("tel:{}", n.tel)),
                ],
                n.display,
            );
            h.el(
                "span",
                &[("class", "app-contact__label")],
                &format!(" {}", n.label),
            );
            h.close("li");
        }
        h.close("ul");
    }
    if !o.contact_note.is_empty() {
        h.el("p", &[("class", "app-contact__note")], o.contact_note);
    }
    if let Verification::CheckBeforeUse(note) = o.verification {
        warning(h, note);
    }
    review_notice(h, id);
    if detailed {
        h.el("p", &[("class", "app-contact__when")], o.when_to_use);
        h.open("details", &[("class", "app-details")]);
        h.el(
            "summary",
            &[("class", "app-details__summary")],
            "Where these details come from",
        );
        h.open("div", &[("class", "app-details__text")]);
        h.el("p", &[], &format!("Checked {}.", human_date(o.checked)));
        h.open("ul", &[]);
        for s in o.sources {
            h.open("li", &[]);
            citation(h, s);
            h.close("li");
        }
        h.close("ul").close("div").close("details");
    }
    h.close("div");
}

/// A council's own numbers for one route, as `tel:` links marked with the
/// council's name; past its review interval (by `today`) a number says
/// "check before use". Nothing is written when there are none.
pub fn local_contacts<'a>(
    h: &mut Html,
    contacts: impl IntoIterator<Item = &'a LocalContact>,
    today: &str,
) {
    let contacts: Vec<&LocalContact> = contacts.into_iter().collect();
    if contacts.is_empty() {
        return;
    }
    h.open(
        "ul",
        &[
            ("class", "app-contact app-local-contacts"),
            ("data-testid", "local-contacts"),
        ],
    );
    for c in contacts {
        local_contact(h, c, today);
    }
    h.close("ul");
}

/// One local number: council, label, the link, hours, who checked it.
pub fn local_contact(h: &mut Html, c: &LocalContact, today: &str) {
    let stale = c.needs_check(today);
    h.open(
        "li",
        &[
            ("class", "app-local-contact"),
            ("data-tel", c.tel),
            ("data-stale", if stale { "true" } else { "false" }),
        ],
    );
    h.open("p", &[("class", "app-contact__name")]);
    h.el(
        "span",
        &[("class", "app-local-contact__council")],
        c.council,
    );
    h.text(&format!(": {}", c.label));
    h.close("p");
    h.open("p", &[("class", "app-contact__numbers")]);
    h.el(
        "a",
        &[
            ("class", "app-contact__tel"),
            ("href", &format!("tel:{}", c.tel)),
        ],
        c.display,
    );
    if !c.hours.is_empty() {
        h.el(
            "span",
            &[("class", "app-contact__label")],
            &format!(" {}", c.hours),
        );
    }
    h.close("p");
    if stale {
        warning(
            h,
            &format!(
                "Check before use: this number was last checked on {}, and was due to be checked again by {}.",
                human_date(c.checked),
                human_date(&c.review_by())
            ),
        );
    } else {
        h.el(
            "p",
            &[("class", "app-hint app-local-contact__checked")],
            &format!("Checked by {} on {}.", c.checked_by, human_date(c.checked)),
        );
    }
    h.close("li");
}

/// The GOV.UK warning text: an icon and a bold sentence.
pub fn warning(h: &mut Html, text: &str) {
    h.open("div", &[("class", "app-warning")]);
    h.el(
        "span",
        &[("class", "app-warning__icon"), ("aria-hidden", "true")],
        "!",
    );
    h.open("p", &[("class", "app-warning__text")]);
    h.el("span", &[("class", "app-visually-hidden")], "Warning: ");
    h.text(text);
    h.close("p").close("div");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_from_the_registry_as_tel_links() {
        let mut h = Html::new();
        org_contact(&mut h, OrgId::Helpline, false);
        let html = h.finish();
        assert!(html.contains("href=\"tel:08000121700\""));
        assert!(html.contains(">08000 121 700<"));
    }

    #[test]
    fn local_numbers_are_tel_links_marked_with_the_council_and_escaped() {
        use crate::domain::local_contacts::fixture::CONTACTS;
        let mut h = Html::new();
        local_contacts(&mut h, CONTACTS.iter().take(2), "2026-12-01");
        let html = h.finish();
        assert!(html.contains("href=\"tel:02079460001\""));
        assert!(html.contains(">Example Borough Council<"));
        assert!(html.contains("Modern slavery lead &lt;b&gt;"));
        assert_eq!(html.matches("Check before use").count(), 1, "{html}");
        let mut h = Html::new();
        local_contacts(&mut h, CONTACTS.iter().take(0), "2026-12-01");
        assert_eq!(h.finish(), "");
    }

    #[test]
    fn a_caveat_is_shown_wherever_the_entry_appears() {
        let mut h = Html::new();
        org_contact(&mut h, OrgId::LabourAuthority, false);
        assert!(h.finish().contains("7 April 2026"));
    }

    #[test]
    fn past_the_review_date_the_entry_says_check_before_use_with_the_helpline() {
        set_today("2026-12-01");
        let mut h = Html::new();
        org_contact(&mut h, OrgId::SalvationArmy, false);
        assert!(!h.finish().contains("check-before-use"));
        set_today("2027-06-01");
        let mut h = Html::new();
        org_contact(&mut h, OrgId::SalvationArmy, false);
        let html = h.finish();
        assert!(html
            .contains("Check before use: these details were due for review on 28 February 2027."));
        assert!(html.contains("08000 121 700"));
        set_today("");
    }
}
