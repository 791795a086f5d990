//! "Our local contacts": one printed page for a team noticeboard, with the
//! council's own numbers by nation, what each is for, and who checked it.
//! 999 and the national helpline come from the registry.

use super::{markup::Html, sources::human_date};
use crate::domain::{
    local_contacts::Local,
    nation::Nation,
    registry::{org, OrgId},
};

pub fn page(local: &Local) -> String {
    let mut h = Html::new();
    if local.contacts.is_empty() {
        h.el(
            "p",
            &[("class", "app-body"), ("data-testid", "no-local-contacts")],
            "This version of the app has no local contacts. The council that runs it can add them: see \"Deploying for your council\" in the README.",
        );
        return h.finish();
    }
    let number = |id: OrgId| org(id).numbers.first().map_or("", |n| n.display);
    h.open("p", &[("class", "app-body app-notice-board__national")]);
    h.text("Anyone in danger now: ");
    h.el("strong", &[], number(OrgId::Emergency999));
    h.text(". Advice at any time: the Modern Slavery & Exploitation Helpline, ");
    h.el("strong", &[], number(OrgId::Helpline));
    h.text(".");
    h.close("p");
    for nation in Nation::ALL {
        let Some(council) = local.council(nation) else {
            continue;
        };
        h.el(
            "h2",
            &[("class", "app-heading-m")],
            &format!("{council} ({})", nation.label()),
        );
        h.open(
            "table",
            &[
                ("class", "app-table app-table--stack app-notice-board"),
                ("data-testid", "notice-board"),
                ("data-nation", nation.id()),
            ],
        );
        h.open("thead", &[]).open("tr", &[]);
        for head in ["Who", "Number", "For", "Checked"] {
            h.el("th", &[("scope", "col")], head);
        }
        h.close("tr").close("thead").open("tbody", &[]);
        for c in local.in_nation(nation) {
            let stale = c.needs_check(local.today);
            h.open("tr", &[("data-tel", c.tel)]);
            h.open("td", &[("data-label", "Who")]);
            h.el("strong", &[], c.label);
            if c.council != council {
                h.text(&format!(" ({})", c.council));
            }
            h.close("td");
            h.open("td", &[("data-label", "Number")]);
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
                    &[("class", "app-hint app-notice-board__hours")],
                    c.hours,
                );
            }
            h.close("td");
            h.el(
                "td",
                &[("data-label", "For")],
                &c.routes
                    .iter()
                    .map(|r| r.title())
                    .collect::<Vec<_>>()
                    .join("; "),
            );
            h.open("td", &[("data-label", "Checked")]);
            h.text(&format!("{}, {}", human_date(c.checked), c.checked_by));
            if stale {
                h.el(
                    "strong",
                    &[("class", "app-notice-board__stale")],
                    " Check before use.",
                );
            }
            h.close("td");
            h.close("tr");
        }
        h.close("tbody").close("table");
    }
    h.el(
        "p",
        &[("class", "app-hint")],
        &format!(
            "Printed from Sense it. Spot it. Stop it. A number past its review date says \"Check before use\". Today: {}.",
            human_date(local.today)
        ),
    );
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::local_contacts::fixture::CONTACTS;

    #[test]
    fn the_notice_lists_every_number_by_nation_with_its_checker() {
        let html = page(&Local {
            contacts: CONTACTS,
            today: "2026-12-01",
        });
        assert_eq!(html.matches("data-testid=\"notice-board\"").count(), 2);
        assert!(html.contains("Example Borough Council (England and Wales)"));
        assert!(html.contains("href=\"tel:01314960001\""));
        assert!(html.contains("Tell children"));
        assert_eq!(html.matches("Check before use.").count(), 1);
        assert!(html.contains(">999<"));
        assert!(html.contains("&lt;b&gt;"));
    }

    #[test]
    fn without_contacts_it_says_how_to_add_them() {
        assert!(page(&Local::none()).contains("no-local-contacts"));
    }
}
