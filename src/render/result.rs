//! The result of a visit: level of concern, why, what was recorded, the
//! routes with their numbers, what to say, and what happens next.
//!
//! Built from the answers (choices only, never free text) and the engine's
//! assessment, so nothing a user typed reaches this HTML.

use super::{
    contact::{local_contacts, org_contact},
    emergency,
    markup::Html,
    next_steps,
    signs::sign,
    sources,
};
use crate::domain::address::Address;
use crate::domain::{
    catalogue::indicator,
    engine::{what_to_say, Assessment, Level, Route},
    local_contacts::{calling_from, Local},
    practice::{compare, Sample},
    registry::{last_checked, org},
    source::Source,
    sources::*,
    visit::{Answers, YesNoUnsure},
};

/// Where the page leaves room for the inspector's own contacts: the UI
/// splits the HTML here.
pub const MY_CONTACTS_SLOT: &str = "<div class=\"app-my-contacts-slot\"></div>";

/// Links the page offers at its foot.
pub struct Links<'a> {
    pub check: &'a str,
    pub summary: &'a str,
    pub list: &'a str,
    pub list_name: &'a str,
    /// The council's own numbers, shown on the cards of the routes they serve.
    pub local: Local<'a>,
}

pub fn page(answers: &Answers, a: &Assessment, sample: Option<&Sample>, links: Links) -> String {
    let mut h = Html::new();
    if a.danger == Some(YesNoUnsure::Yes) {
        emergency::panel(&mut h, emergency::Place::Result);
    }
    let level_class = format!("app-level app-level--{}", a.level.id());
    h.open(
        "div",
        &[
            ("class", &level_class),
            ("data-testid", "level"),
            ("data-level", a.level.id()),
        ],
    );
    h.open("h1", &[("class", "app-level__heading")]);
    h.el(
        "span",
        &[("class", "app-level__caption")],
        "Level of concern",
    );
    h.el("span", &[("class", "app-level__value")], a.level.label());
    h.close("h1");
    h.el("p", &[("class", "app-level__note")], "These observations are indicators of exploitation, not proof. A level of concern is not a decision about anyone: after a referral, trained decision makers look at the whole picture.");
    h.close("div");
    if a.child {
        h.open(
            "div",
            &[
                ("class", "app-inset app-inset--child"),
                ("data-testid", "child-notice"),
            ],
        )
        .open("p", &[]);
        h.el("strong", &[], "Someone may be under 18.");
        h.text(" Treat them as a child until their age is assessed. Children are safeguarded first, and do not need to consent to a referral.");
        h.close("p").close("div");
    }
    if let Some(s) = sample {
        practice_feedback(&mut h, s, answers, a);
    }

    h.el("h2", &[("class", "app-heading-m")], "Why this level");
    h.bullets(a.level_reasons.iter().map(String::as_str));
    forms(&mut h, a);
    observations(&mut h, a);

    h.el("h2", &[("class", "app-heading-m")], "What to do now");
    h.open("ol", &[("class", "app-routes"), ("data-testid", "routes")]);
    for r in &a.routes {
        route(&mut h, r, a.nation, &links.local);
    }
    h.close("ol");
    // The UI puts the inspector's own contacts here, as text nodes: nothing a
    // user typed goes into this HTML.
    h.el("div", &[("class", "app-my-contacts-slot")], "");

    safe_practice(&mut h);
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "What to say when you call",
    );
    h.el(
        "p",
        &[("class", "app-hint")],
        "Say what you saw and heard, not what you think it means.",
    );
    h.open(
        "div",
        &[
            ("class", "app-inset app-say"),
            ("data-testid", "what-to-say"),
        ],
    );
    for line in calling_from(what_to_say(answers, a), links.local.council(a.nation)) {
        h.el("p", &[], &line);
    }
    h.close("div");

    next_steps::section(&mut h, a.nation);
    h.open("p", &[("class", "app-actions")]);
    h.el(
        "a",
        &[
            ("href", links.summary),
            ("class", "app-button"),
            ("data-testid", "summary-link"),
        ],
        "Referral summary: print, copy or download",
    );
    h.close("p");
    h.open("p", &[("class", "app-actions")]);
    h.link(links.check, "Check or change your answers");
    h.link(links.list, links.list_name);
    h.link(&Address::HowItDecides.path(), "How the checklist decides");
    h.close("p");
    sources::section(
        &mut h,
        page_sources(a),
        last_checked(),
        sources::Placement::PageEnd,
    );
    h.finish()
}

/// Safe practice, said outright, each point with its source or its gap.
pub fn safe_practice(h: &mut Html) {
    h.el("h2", &[("class", "app-heading-m")], "Safe practice");
    h.open(
        "ul",
        &[
            ("class", "app-list app-list--bullet"),
            ("data-testid", "safe-practice"),
        ],
    );
    for p in crate::domain::safe_practice::POINTS {
        h.open("li", &[]).text(p.text);
        h.el(
            "span",
            &[("class", "app-source-ref")],
            &format!(" {}", sources::keys(p.sources)),
        );
        if !p.gap.is_empty() {
            h.el("span", &[("class", "app-hint app-safe__gap")], p.gap);
        }
        h.close("li");
    }
    h.close("ul");
}

/// The forms of exploitation the signs are consistent with, each with the
/// signs behind it. Worded as consistency, never as a finding about anyone.
fn forms(h: &mut Html, a: &Assessment) {
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "What the signs are consistent with",
    );
    if a.findings.is_empty() {
        h.el(
            "p",
            &[("data-testid", "forms-none")],
            if a.observations.is_empty() {
                "No signs were recorded, so no form of exploitation is named."
            } else {
                "The signs you recorded are common to every form of exploitation, so none is \
                 named on its own. Record any other sign you saw."
            },
        );
        return;
    }
    h.open("ul", &[("class", "app-forms"), ("data-testid", "forms")]);
    for f in &a.findings {
        let form = format!("{:?}", f.form);
        h.open("li", &[("class", "app-forms__item"), ("data-form", &form)]);
        h.el("h3", &[("class", "app-heading-s")], &f.headline());
        let signs: Vec<&str> = f
            .signs
            .iter()
            .filter_map(|id| indicator(id))
            .map(|i| i.wording)
            .collect();
        h.bullets(signs);
        h.close("li");
    }
    h.close("ul");
    h.el(
        "p",
        &[("class", "app-hint")],
        "These are the forms the signs are consistent with, not a finding about anyone.",
    );
}

fn observations(h: &mut Html, a: &Assessment) {
    if !a.observations.is_empty() {
        h.el("h3", &[("class", "app-heading-s")], "What you recorded");
        h.open(
            "ul",
            &[
                ("class", "app-observations"),
                ("data-testid", "observations"),
            ],
        );
        for i in &a.observations {
            sign(h, i, false);
        }
        h.close("ul");
    }
    if !a.not_checked.is_empty() {
        let groups = a
            .not_checked
            .iter()
            .map(|g| g.title().to_ascii_lowercase())
            .collect::<Vec<_>>()
            .join("; ");
        h.open("div", &[("class", "app-inset")]);
        h.el(
            "p",
            &[],
            &format!("You could not check: {groups}. The level only reflects what you could see."),
        );
        h.close("div");
    }
    if !a.unknown_ids.is_empty() {
        h.open("div", &[("class", "app-inset app-inset--warning")]);
        h.el("p", &[], &format!(
            "{} recorded observation(s) are not in this version's checklist and are not counted: {}",
            a.unknown_ids.len(),
            a.unknown_ids.join(", ")
        ));
        h.close("div");
    }
}

fn route(h: &mut Html, r: &Route, nation: crate::domain::nation::Nation, local: &Local) {
    let kind = format!("{:?}", r.kind);
    let org_id = r.org.map(|o| format!("{o:?}")).unwrap_or_default();
    h.open(
        "li",
        &[
            ("class", "app-route"),
            ("data-route", &kind),
            ("data-org", &org_id),
        ],
    );
    h.el(
        "h3",
        &[("class", "app-heading-s app-route__title")],
        r.kind.title(),
    );
    if let Some(id) = r.org {
        org_contact(h, id, false);
    }
    local_contacts(h, local.for_route(r.kind, nation), local.today);
    h.open(
        "ul",
        &[("class", "app-list app-list--bullet app-route__why")],
    );
    for w in r.why(nation) {
        h.el("li", &[], &w);
    }
    h.close("ul");
    let evidence: Vec<&str> = r
        .evidence
        .iter()
        .filter_map(|id| indicator(id))
        .map(|i| i.wording)
        .collect();
    if !evidence.is_empty() {
        h.open("details", &[("class", "app-details")]);
        h.el(
            "summary",
            &[("class", "app-details__summary")],
            &format!("Based on {} observation(s)", evidence.len()),
        );
        h.open("div", &[("class", "app-details__text")]);
        h.bullets(evidence);
        h.close("div").close("details");
    }
    h.close("li");
}

fn practice_feedback(h: &mut Html, s: &Sample, answers: &Answers, a: &Assessment) {
    let model = s.model_assessment();
    let c = compare(s, answers);
    let wording = |id: &str| {
        indicator(id)
            .map(|i| i.wording.to_string())
            .unwrap_or_else(|| id.to_string())
    };
    h.open(
        "section",
        &[
            ("class", "app-feedback"),
            ("aria-labelledby", "feedback-heading"),
            ("data-testid", "practice-feedback"),
        ],
    );
    h.el(
        "h2",
        &[("class", "app-heading-m"), ("id", "feedback-heading")],
        "Compared with the worked answer",
    );
    let same = if model.level == a.level {
        "Your record reaches the same level."
    } else {
        "Your record reaches a different level: look at what differs below."
    };
    h.el(
        "p",
        &[],
        &format!(
            "The worked answer reaches '{}'. {same}",
            model.level.label()
        ),
    );
    h.el(
        "p",
        &[],
        &format!(
            "You recorded {} of the {} observations in the worked answer.",
            c.matched.len(),
            s.model_seen.len()
        ),
    );
    if !c.missed.is_empty() {
        h.el(
            "h3",
            &[("class", "app-heading-s")],
            "In the worked answer, not in yours",
        );
        let missed: Vec<String> = c.missed.iter().map(|id| wording(id)).collect();
        h.bullets(missed.iter().map(String::as_str));
    }
    if !c.extra.is_empty() {
        h.el(
            "h3",
            &[("class", "app-heading-s")],
            "In yours, not in the worked answer",
        );
        h.el(
            "p",
            &[],
            "Check the briefing: did it describe these? Record only what you saw or heard.",
        );
        let extra: Vec<String> = c.extra.iter().map(|id| wording(id)).collect();
        h.bullets(extra.iter().map(String::as_str));
    }
    h.close("section");
}

/// Everything the page relies on: the organisations named, the observations,
/// the age rule, the combination rule and the referral process.
fn page_sources(a: &Assessment) -> Vec<&'static Source> {
    let mut s: Vec<&'static Source> = vec![&S2];
    if a.child {
        s.push(crate::domain::route_reason::age_presumption_source(
            a.nation,
        ));
    }
    for r in &a.routes {
        if let Some(id) = r.org {
            s.extend(org(id).sources.iter().copied());
        }
    }
    for i in &a.observations {
        s.extend(i.sources.iter().copied());
    }
    if a.level == Level::NoIndicators {
        s.push(&S72A);
    }
    s.extend(next_steps::steps(a.nation).1);
    for p in crate::domain::safe_practice::POINTS {
        s.extend(p.sources.iter().copied());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{engine::assess, practice::sample};

    fn links() -> Links<'static> {
        Links {
            check: "/c",
            summary: "/s",
            list: "/l",
            list_name: "Back",
            local: Local::none(),
        }
    }

    #[test]
    fn the_result_shows_level_routes_and_sources() {
        let s = sample("shared-house").unwrap();
        let answers = s.model_answers();
        let a = assess(&answers);
        let html = page(&answers, &a, None, links());
        assert!(html.contains("data-level=\"high\""));
        assert!(html.contains("data-org=\"CouncilModernSlaveryLead\""));
        assert!(html.contains("href=\"tel:08000121700\""));
        assert!(html.contains("Last reviewed"));
        assert!(!html.contains("practice-feedback"));
        assert!(html.contains("data-testid=\"forms\""));
        for p in crate::domain::safe_practice::POINTS {
            let mut text = String::new();
            crate::render::markup::escape(p.text, &mut text);
            assert!(html.contains(&text), "{}", p.text);
        }
        assert!(html.contains("Signs consistent with labour exploitation"));
    }

    #[test]
    fn local_numbers_appear_on_the_cards_of_their_routes_and_in_the_script() {
        use crate::domain::local_contacts::fixture::CONTACTS;
        let s = sample("shared-house").unwrap();
        let answers = s.model_answers();
        let a = assess(&answers);
        let plain = page(&answers, &a, None, links());
        assert!(!plain.contains("local-contacts"));
        assert_eq!(plain.matches(MY_CONTACTS_SLOT).count(), 1);
        assert!(plain.contains("I am calling from [your organisation]"));
        let html = page(
            &answers,
            &a,
            None,
            Links {
                local: Local {
                    contacts: CONTACTS,
                    today: "2026-12-01",
                },
                ..links()
            },
        );
        let card = html
            .split("<li class=\"app-route\"")
            .find(|c| c.contains("data-org=\"CouncilModernSlaveryLead\""))
            .unwrap();
        assert!(card.contains("href=\"tel:02079460003\""), "{card}");
        assert!(card.contains("Check before use"));
        assert!(!html.contains("tel:01314960001"), "another nation's number");
        assert!(html.contains("I am calling from Example Borough Council"));
    }

    #[test]
    fn practice_results_compare_with_the_worked_answer() {
        let s = sample("nail-bar").unwrap();
        let answers = s.model_answers();
        let html = page(&answers, &assess(&answers), Some(s), links());
        assert!(html.contains("Your record reaches the same level."));
    }
}
