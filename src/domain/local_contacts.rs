//! A council's own contacts, from the deployment's `deploy/local-contacts.toml`
//! (checked by build.rs and build/local_contacts.rs). Each serves one or more
//! of the engine's routes in one nation. With no file the list is empty and
//! nothing on any page changes.

use super::{
    engine::RouteKind,
    nation::Nation,
    review::{needs_check, review_by},
};

#[derive(Debug)]
pub struct LocalContact {
    /// What the number is, e.g. "Children's services front door".
    pub label: &'static str,
    /// The routes whose cards show it.
    pub routes: &'static [RouteKind],
    /// As the council wrote it.
    pub display: &'static str,
    /// Digits only, for `tel:` links.
    pub tel: &'static str,
    /// When it is answered; empty if the file does not say.
    pub hours: &'static str,
    pub nation: Nation,
    /// The council that runs it, shown beside it.
    pub council: &'static str,
    pub checked_by: &'static str,
    /// The day it was last checked (YYYY-MM-DD).
    pub checked: &'static str,
    /// Months after `checked` when it is due for review; after that it
    /// shows "check before use".
    pub review_months: u32,
}

impl LocalContact {
    /// Past its review date on the device's date `today`.
    pub fn needs_check(&self, today: &str) -> bool {
        needs_check(self.checked, self.review_months, today)
    }

    pub fn review_by(&self) -> String {
        review_by(self.checked, self.review_months)
    }

    /// One line for text: "Label (Council): 020 7946 0000, hours".
    pub fn line(&self, today: &str) -> String {
        let mut s = format!("{} ({}): {}", self.label, self.council, self.display);
        if !self.hours.is_empty() {
            s.push_str(&format!(", {}", self.hours));
        }
        if self.needs_check(today) {
            s.push_str(&format!(
                " [check before use: last checked {}]",
                self.checked
            ));
        }
        s
    }
}

include!(concat!(env!("OUT_DIR"), "/local_contacts.rs"));

/// The contacts a page shows and the device's date that decides which need
/// checking. Pages take one, so tests can give them their own contacts.
#[derive(Debug, Clone, Copy)]
pub struct Local<'a> {
    pub contacts: &'static [LocalContact],
    /// The device's date, YYYY-MM-DD.
    pub today: &'a str,
}

impl<'a> Local<'a> {
    /// This build's contacts.
    pub fn deployed(today: &'a str) -> Self {
        Local {
            contacts: LOCAL_CONTACTS,
            today,
        }
    }

    /// No contacts: the app as it is without a file.
    pub fn none() -> Self {
        Local {
            contacts: &[],
            today: "",
        }
    }

    pub fn for_route(
        &self,
        kind: RouteKind,
        nation: Nation,
    ) -> impl Iterator<Item = &'static LocalContact> {
        for_route(self.contacts, kind, nation)
    }

    pub fn in_nation(&self, nation: Nation) -> impl Iterator<Item = &'static LocalContact> {
        in_nation(self.contacts, nation)
    }

    pub fn council(&self, nation: Nation) -> Option<&'static str> {
        council(self.contacts, nation)
    }
}

/// The call script with the council named where it says "[your
/// organisation]", when the deployment names one for the nation.
pub fn calling_from(lines: Vec<String>, council: Option<&str>) -> Vec<String> {
    match council {
        None => lines,
        Some(c) => lines
            .into_iter()
            .map(|l| l.replacen("[your organisation]", c, 1))
            .collect(),
    }
}

/// The contacts in `list` for a route in a nation, in file order.
pub fn for_route(
    list: &'static [LocalContact],
    kind: RouteKind,
    nation: Nation,
) -> impl Iterator<Item = &'static LocalContact> {
    list.iter()
        .filter(move |c| c.nation == nation && c.routes.contains(&kind))
}

/// The contacts in `list` for a nation, in file order.
pub fn in_nation(
    list: &'static [LocalContact],
    nation: Nation,
) -> impl Iterator<Item = &'static LocalContact> {
    list.iter().filter(move |c| c.nation == nation)
}

/// The council a call is made from in a nation: the first contact's council.
pub fn council(list: &'static [LocalContact], nation: Nation) -> Option<&'static str> {
    in_nation(list, nation).next().map(|c| c.council)
}

#[cfg(test)]
pub mod fixture {
    use super::*;

    /// Contacts for tests of the pages: one council per nation, one stale.
    pub static CONTACTS: &[LocalContact] = &[
        LocalContact {
            label: "Children's services front door",
            routes: &[RouteKind::ChildrensServices],
            display: "020 7946 0001",
            tel: "02079460001",
            hours: "Monday to Friday, 9am to 5pm",
            nation: Nation::EnglandWales,
            council: "Example Borough Council",
            checked_by: "A tester",
            checked: "2026-11-01",
            review_months: 6,
        },
        LocalContact {
            label: "Modern slavery lead <b>",
            routes: &[
                RouteKind::NrmReferral,
                RouteKind::DutyToNotify,
                RouteKind::NrmOrDutyToNotify,
            ],
            display: "020 7946 0003",
            tel: "02079460003",
            hours: "",
            nation: Nation::EnglandWales,
            council: "Example Borough Council",
            checked_by: "A tester",
            checked: "2025-01-01",
            review_months: 3,
        },
        LocalContact {
            label: "Social work duty team",
            routes: &[RouteKind::ChildrensServices, RouteKind::SocialWork],
            display: "0131 496 0001",
            tel: "01314960001",
            hours: "",
            nation: Nation::Scotland,
            council: "Example Council (Scotland)",
            checked_by: "A tester",
            checked: "2026-11-01",
            review_months: 6,
        },
    ];
}

#[cfg(test)]
mod tests {
    use super::{fixture::CONTACTS, *};

    #[test]
    fn a_route_gets_only_its_own_nations_contacts() {
        let ew: Vec<_> = for_route(CONTACTS, RouteKind::ChildrensServices, Nation::EnglandWales)
            .map(|c| c.tel)
            .collect();
        assert_eq!(ew, ["02079460001"]);
        assert_eq!(
            for_route(
                CONTACTS,
                RouteKind::ChildrensServices,
                Nation::NorthernIreland
            )
            .count(),
            0
        );
        assert_eq!(
            council(CONTACTS, Nation::Scotland),
            Some("Example Council (Scotland)")
        );
        assert_eq!(council(CONTACTS, Nation::NorthernIreland), None);
    }

    #[test]
    fn the_call_script_names_the_council_where_it_asks_for_the_organisation() {
        use crate::domain::{
            engine::{assess, what_to_say},
            visit::Answers,
        };
        let a = Answers::default();
        let lines = what_to_say(&a, &assess(&a));
        assert!(lines[0].starts_with("I am calling from [your organisation]"));
        let named = calling_from(lines.clone(), council(CONTACTS, Nation::EnglandWales));
        assert!(named[0].starts_with("I am calling from Example Borough Council about"));
        assert_eq!(calling_from(lines.clone(), None), lines);
    }

    #[test]
    fn a_line_says_check_before_use_past_the_interval() {
        assert!(!CONTACTS[0].line("2026-12-01").contains("check before use"));
        assert!(CONTACTS[1].line("2026-12-01").contains("check before use"));
    }

    #[test]
    fn without_a_file_the_build_has_no_local_contacts() {
        if std::env::var_os("SSS_LOCAL_CONTACTS").is_none()
            && !std::path::Path::new("deploy/local-contacts.toml").exists()
        {
            assert!(LOCAL_CONTACTS.is_empty());
        }
    }
}
