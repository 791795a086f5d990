//! Stop it: the engine's own routes for typical situations, safe practice,
//! what happens next, and the directory of organisations for a nation.

use super::{
    contact::{local_contact, local_contacts, org_contact},
    markup::Html,
    next_steps, sources,
};
use crate::domain::{
    address::Address,
    engine::assess,
    local_contacts::Local,
    nation::Nation,
    registry::{last_checked, REGISTRY},
    situations::situations,
    source::Source,
    sources::*,
};

/// Safe practice for frontline workers beyond the four points said outright
/// (`domain::safe_practice`), with where each comes from.
pub const SAFE_PRACTICE: &[(&str, &[&Source])] = &[
    ("Record facts: what you saw and heard, where, when, who was there, how people travel, and who holds documents and money.", &[&S164]),
    ("You do not need proof. A reason to believe someone may be exploited is enough to refer.", &[&S163]),
    ("People may not see themselves as victims, may fear the police, and may need several contacts before they feel safe to talk.", &[&S165, &S81A]),
    ("Follow your own organisation's modern slavery or safeguarding procedure and its single point of contact. Call 999 if anyone is at immediate risk and it is safe to do so.", &[&S69]),
];

/// Each typical situation with the routes the checklist gives for it.
fn situation_list(h: &mut Html, nation: Nation, heading: &'static str, local: &Local) {
    h.open("div", &[("class", "app-situations")]);
    for s in situations(nation) {
        let a = assess(&s.answers);
        h.open("section", &[("class", "app-situation")]);
        h.el(heading, &[("class", "app-heading-s")], s.title);
        h.open("ol", &[("class", "app-list app-list--number")]);
        for r in &a.routes {
            h.open("li", &[]);
            h.el("strong", &[], r.kind.title());
            if let Some(id) = r.org {
                org_contact(h, id, false);
            }
            local_contacts(h, local.for_route(r.kind, a.nation), local.today);
            if let Some(why) = r.why(a.nation).first() {
                h.el("p", &[("class", "app-hint")], why);
            }
            h.close("li");
        }
        h.close("ol").close("section");
    }
    h.close("div");
}

/// The council's own numbers for the nation, first, with the link to the
/// one-page notice. Nothing when the deployment has none.
fn our_contacts(h: &mut Html, nation: Nation, local: &Local) {
    let Some(council) = local.council(nation) else {
        return;
    };
    h.open(
        "section",
        &[
            ("class", "app-inset app-our-contacts"),
            ("data-testid", "our-contacts"),
        ],
    );
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        &format!("{council}: our local contacts"),
    );
    h.open("ul", &[("class", "app-contact app-local-contacts")]);
    for c in local.in_nation(nation) {
        local_contact(h, c, local.today);
    }
    h.close("ul");
    h.open("p", &[("class", "app-no-print")]);
    h.link(
        &Address::LocalContacts.path(),
        "Print our local contacts for a noticeboard",
    );
    h.close("p").close("section");
}

fn directory(h: &mut Html, nation: Nation) {
    h.open("ul", &[("class", "app-directory")]);
    for o in REGISTRY.iter().filter(|o| o.serves(nation)) {
        h.open("li", &[("class", "app-directory__item")]);
        org_contact(h, o.id, true);
        h.close("li");
    }
    h.close("ul");
}

// Everything below the nation switch comes in three parts, which the app
// draws one task apart while it takes over a prerendered page
// (`ui::components::later`): drawn together, they were one task of 200 ms
// at 4x CPU. The prerendered page has the same three blocks.

/// The chosen nation's routes and contacts.
pub fn routes(nation: Nation, local: &Local) -> String {
    let mut h = Html::new();
    our_contacts(&mut h, nation, local);
    h.el(
        "h2",
        &[("class", "app-heading-l")],
        &format!("Routes in {}", nation.label()),
    );
    situation_list(&mut h, nation, "h3", local);
    super::result::safe_practice(&mut h);
    h.open("ul", &[("class", "app-list app-list--bullet")]);
    for (text, src) in SAFE_PRACTICE {
        h.open("li", &[]).text(text);
        h.el(
            "span",
            &[("class", "app-source-ref")],
            &format!(" {}", sources::keys(src)),
        );
        h.close("li");
    }
    h.close("ul");
    next_steps::section(&mut h, nation);
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        &format!("Who to contact in {}", nation.label()),
    );
    directory(&mut h, nation);
    h.finish()
}

/// The other nations' routes and contacts, folded, not hidden.
pub fn other_nations(nation: Nation, local: &Local) -> String {
    let mut h = Html::new();
    h.el("h2", &[("class", "app-heading-m")], "Other nations");
    for other in Nation::ALL.into_iter().filter(|n| *n != nation) {
        h.open("details", &[("class", "app-details")]);
        h.el(
            "summary",
            &[("class", "app-details__summary")],
            &format!("Routes in {}", other.label()),
        );
        h.open("div", &[("class", "app-details__text")]);
        situation_list(&mut h, other, "h3", local);
        directory(&mut h, other);
        h.close("div").close("details");
    }
    h.finish()
}

/// The page's sources for the chosen nation.
pub fn sources_for(nation: Nation) -> String {
    let mut h = Html::new();
    sources::section(
        &mut h,
        page_sources(nation),
        last_checked(),
        sources::Placement::PageEnd,
    );
    h.finish()
}

fn page_sources(nation: Nation) -> Vec<&'static Source> {
    let mut s: Vec<&'static Source> = REGISTRY
        .iter()
        .flat_map(|o| o.sources.iter().copied())
        .collect();
    s.extend(
        SAFE_PRACTICE
            .iter()
            .flat_map(|(_, src)| src.iter().copied()),
    );
    s.extend(next_steps::steps(nation).1);
    for p in crate::domain::safe_practice::POINTS {
        s.extend(p.sources.iter().copied());
    }
    s.push(crate::domain::route_reason::age_presumption_source(nation));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole page below the nation switch.
    fn body(nation: Nation, local: &Local) -> String {
        routes(nation, local) + &other_nations(nation, local) + &sources_for(nation)
    }

    #[test]
    fn duty_to_notify_appears_only_for_england_and_wales_first() {
        let ew = body(Nation::EnglandWales, &Local::none());
        let first_fold = ew.find("Other nations").unwrap();
        assert!(ew[..first_fold].contains("Duty to Notify"));
        let sc = body(Nation::Scotland, &Local::none());
        let fold = sc.find("Other nations").unwrap();
        assert!(!sc[..fold].contains("Notify the Home Office (Duty to Notify)"));
        assert!(sc[..fold].contains("Police Scotland"));
    }

    #[test]
    fn every_number_is_a_tel_link_and_the_page_has_sources() {
        let html = body(Nation::NorthernIreland, &Local::none());
        assert!(html.contains("href=\"tel:999\""));
        assert!(html.contains("Last reviewed"));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn the_councils_numbers_come_first_and_on_their_routes() {
        use crate::domain::local_contacts::fixture::CONTACTS;
        let local = Local {
            contacts: CONTACTS,
            today: "2026-12-01",
        };
        let html = body(Nation::Scotland, &local);
        let ours = html.find("data-testid=\"our-contacts\"").unwrap();
        assert!(ours < html.find("Routes in Scotland").unwrap());
        assert!(html.contains("Example Council (Scotland): our local contacts"));
        assert!(html.contains(&Address::LocalContacts.path()));
        assert!(!body(Nation::NorthernIreland, &local).contains("our-contacts"));
        assert!(!body(Nation::Scotland, &Local::none()).contains("local-contacts"));
    }
}
