//! The summary's "Who I contacted" section: for each route, the council's own
//! numbers (and, later, the inspector's own), with room to write down who was
//! rung and when. The rest of the summary is `summary.rs`.

use super::{
    engine::assess,
    local_contacts::{calling_from, Local},
    personal_contacts::{self, PersonalContact},
    summary::{summarise, Section, Summary, Times},
    visit::Visit,
};

pub const HEADING: &str = "Who I contacted";

/// The summary with the deployment's contacts and the inspector's own: the
/// call script names the council, and a "Who I contacted" section follows the
/// routes. With no contacts it is the summary as it was.
pub fn summarise_with(
    v: &Visit,
    times: &Times,
    local: &Local,
    personal: &[PersonalContact],
) -> Summary {
    let mut s = summarise(v, times);
    let a = assess(&v.answers);
    let mut lines = Vec::new();
    for r in &a.routes {
        for c in local.for_route(r.kind, a.nation) {
            lines.push(format!(
                "{}: {}. Contacted on: [date and time], spoke to: [name]",
                r.kind.title(),
                c.line(local.today)
            ));
        }
        for c in personal_contacts::for_route(personal, r.kind) {
            lines.push(format!(
                "{}: {} (my contact). Contacted on: [date and time], spoke to: [name]",
                r.kind.title(),
                c.line()
            ));
        }
    }
    for c in personal_contacts::free(personal) {
        lines.push(format!(
            "{} (my contact). Contacted on: [date and time], spoke to: [name]",
            c.line()
        ));
    }
    if let Some(script) = s
        .sections
        .iter_mut()
        .find(|x| x.heading == "What to say when you call")
    {
        script.lines = calling_from(std::mem::take(&mut script.lines), local.council(a.nation));
    }
    if lines.is_empty() {
        return s;
    }
    let at = s
        .sections
        .iter()
        .position(|x| x.heading == "Routes")
        .map_or(s.sections.len(), |i| i + 1);
    s.sections.insert(
        at,
        Section {
            heading: HEADING,
            lines,
        },
    );
    // Lines that could identify the person are named by section: the ones
    // after the new section move down one.
    for (section, _) in &mut s.identifying {
        if *section >= at {
            *section += 1;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{local_contacts::fixture::CONTACTS, practice::sample};

    fn times() -> Times {
        Times {
            created: "1 Dec 2026, 10:00".into(),
            updated: "1 Dec 2026, 10:30".into(),
            recorded_by: None,
        }
    }

    fn visit() -> Visit {
        let mut v = Visit::new("v".into(), 0, false);
        v.answers = sample("shared-house").unwrap().model_answers();
        v
    }

    #[test]
    fn the_summary_lists_the_councils_numbers_for_its_routes() {
        let local = Local {
            contacts: CONTACTS,
            today: "2026-12-01",
        };
        let text = summarise_with(&visit(), &times(), &local, &[]).to_text();
        assert!(text.contains("Who I contacted"), "{text}");
        assert!(text.contains("Modern slavery lead <b> (Example Borough Council): 020 7946 0003"));
        assert!(text.contains("[check before use: last checked 2025-01-01]"));
        assert!(text.contains("I am calling from Example Borough Council"));
        assert!(!text.contains("0131 496 0001"));
    }

    #[test]
    fn without_contacts_the_summary_is_as_it_was() {
        let plain = summarise(&visit(), &times()).to_text();
        assert_eq!(
            summarise_with(&visit(), &times(), &Local::none(), &[]).to_text(),
            plain
        );
    }

    #[test]
    fn my_own_contacts_are_listed_under_their_route_and_free_ones_after() {
        use crate::domain::personal_contacts::{check, Draft};
        let mine = [
            check(
                &Draft {
                    label: "Duty sergeant".into(),
                    phone: "07700 900001".into(),
                    route: "police".into(),
                },
                "a".into(),
            )
            .unwrap(),
            check(
                &Draft {
                    label: "Team leader".into(),
                    phone: "07700 900002".into(),
                    route: String::new(),
                },
                "b".into(),
            )
            .unwrap(),
        ];
        let s = summarise_with(&visit(), &times(), &Local::none(), &mine);
        let who = s.sections.iter().find(|x| x.heading == HEADING).unwrap();
        assert!(who.lines[0].starts_with("Report to the police: Duty sergeant: 07700 900001"));
        assert!(who.lines[1].starts_with("Team leader: 07700 900002 (my contact)"));
    }
}
