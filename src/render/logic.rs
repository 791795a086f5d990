//! "How the checklist decides": generated from the same catalogue, rule and
//! engine the wizard uses, so a safeguarding lead can audit it.

use super::{contact::warning, markup::Html, signs::where_text, sources};
use crate::domain::{
    catalogue::{Group, Strength},
    engine::{assess, LEVEL_RULE},
    indicators::CATALOGUE,
    nation::Nation,
    registry::{org, REGISTRY},
    situations::situations,
    source::Source,
    sources::*,
};

pub const REVIEWED: &str = "2026-11-28";

/// The routing rules in plain English, next to the code that applies them
/// (`routing::routes_for`); the situation table shows the engine's own output.
pub const ROUTE_RULES: &[&str] = &[
    "Routes are always listed in the same order: 999; children's services; the police; the referral decision (your organisation's lead, the council's social work services or a first responder); a route for a particular form of exploitation; adult safeguarding; support; keep your record; specialist advice on a child; the helpline; anonymous reporting.",
    "Immediate danger, or not being sure about it, puts 'Call 999' first. It never removes what follows: the nation's police, children's services and the referral routes still come after it.",
    "If anyone may be under 18, or their age is not known, they are treated as a child (in England and Wales, Modern Slavery Act 2015 s51; in Scotland, Human Trafficking and Exploitation (Scotland) Act 2015 s12; in Northern Ireland, the 2015 Act for Northern Ireland, s25). Children's services and the police come next, each nation's own, and with danger or any sign a referral to the National Referral Mechanism without the child's consent, then the NSPCC's Child Trafficking Advice Centre for specialist advice. With danger or any sign, the level is at least significant concern.",
    "England and Wales, an adult: any recorded sign brings the police and your organisation's modern slavery or safeguarding lead, who decides on a National Referral Mechanism referral (if the person agrees) or the Duty to Notify (if they do not). The duty applies on reasonable grounds to believe that a person may be a victim, a lower bar than significant concern.",
    "Scotland, an adult: any recorded sign brings Police Scotland and your council's social work services; Migrant Help refers adults who agree, and TARA only women who may be sexually exploited.",
    "Northern Ireland, an adult: any recorded sign brings the PSNI, who refer adults; Migrant Help, or Belfast & Lisburn Women's Aid for women, give support to adults who agree. A vulnerable adult brings the Health and Social Care Trust.",
    "The result names the forms of exploitation the signs are consistent with, each with its signs. Labour exploitation brings in the labour-exploitation authority (England and Wales). At a workplace, a sign shared by labour exploitation and other forms counts as labour exploitation.",
    "A vulnerable adult, for example whose home has been taken over, brings adult safeguarding: the council in England and Wales, the council's social work services in Scotland, the Health and Social Care Trust in Northern Ireland.",
    "The helpline is always offered; Crimestoppers is offered for anonymous reports whenever something was recorded.",
    "Duty to Notify is an England and Wales route: it is never offered in Scotland or Northern Ireland, where commencement of a similar duty is not confirmed.",
];

/// The top of the page: the rule, red flags, questions and route rules.
pub fn rules() -> String {
    let mut h = Html::new();
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "It never gives a verdict",
    );
    h.el("p", &[], "The checklist gives a level of concern and the routes that follow from it, each with its reasons. It never says that someone is or is not a victim: that is decided after a referral, by people trained to do it.");
    h.el("h2", &[("class", "app-heading-m")], "Level of concern");
    h.el("p", &[("data-testid", "level-rule")], LEVEL_RULE);
    h.el(
        "p",
        &[],
        "One fact counts once. These items record the same fact from different pages, so \
         ticking several of one group weighs like the strongest one:",
    );
    h.open(
        "ul",
        &[
            ("class", "app-list app-list--bullet"),
            ("data-testid", "overlaps"),
        ],
    );
    for o in crate::domain::overlaps::OVERLAPS {
        let members: Vec<&str> = o
            .members
            .iter()
            .filter_map(|id| crate::domain::catalogue::indicator(id))
            .map(|i| i.wording)
            .collect();
        h.el("li", &[], &format!("{}: {}.", o.fact, members.join("; ")));
    }
    h.close("ul");
    warning(&mut h, "The ILO/EC combination rule and the strong, medium and weak grades come from a secondary source that cites the ILO's 2009 publication; they have not been checked against the ILO's own text. Grades for signs the ILO does not list are this app's judgement.");
    let count = |s: Strength| CATALOGUE.iter().filter(|i| i.strength == s).count();
    let red: Vec<&str> = CATALOGUE
        .iter()
        .filter(|i| i.red_flag)
        .map(|i| i.wording)
        .collect();
    h.el("p", &[], &format!(
        "The catalogue has {} signs: {} strong, {} medium and {} weak, of which {} are red flags:",
        CATALOGUE.len(), count(Strength::Strong), count(Strength::Medium), count(Strength::Weak), red.len()
    ));
    h.bullets(red);
    h.el(
        "h2",
        &[("class", "app-heading-m")],
        "Questions and branches",
    );
    let groups = Group::ALL
        .iter()
        .map(|g| g.title().to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(", ");
    h.open("ol", &[("class", "app-list app-list--number")]);
    for q in [
        "Is anyone in immediate danger? 'Yes' shows the 999 screen straight away.".to_string(),
        "What kind of property, where it is, and how many people you saw.".into(),
        "Does anyone appear to be under 18? 'Yes' or 'Not sure' adds the screen of signs about children and skips the consent question.".into(),
        format!("One screen for each group of signs that applies to the property: {groups}."),
        "For adults only: has the person agreed to be referred?".into(),
    ] {
        h.el("li", &[], &q);
    }
    h.close("ol");
    h.el("h2", &[("class", "app-heading-m")], "Routes");
    h.bullets(ROUTE_RULES.iter().copied());
    h.el("p", &[], "What the checklist gives for typical situations:");
    h.finish()
}

/// The engine's routes for typical situations in one nation.
pub fn situations_table(nation: Nation) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "app-table-block")])
        .open("table", &[("class", "app-table app-table--stack")]);
    h.el(
        "caption",
        &[("class", "app-table__caption")],
        &format!("Routes in {} for typical situations", nation.label()),
    );
    h.open("thead", &[]).open("tr", &[]);
    for c in ["Situation", "Level", "Routes, in order"] {
        h.el("th", &[("scope", "col")], c);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for s in situations(nation) {
        let a = assess(&s.answers);
        h.open("tr", &[]);
        h.el(
            "th",
            &[("scope", "row"), ("data-label", "Situation")],
            s.title,
        );
        h.el("td", &[("data-label", "Level")], a.level.label());
        h.open("td", &[("data-label", "Routes")])
            .open("ol", &[("class", "app-list app-list--number")]);
        for r in &a.routes {
            let text = match r.org {
                Some(id) => format!("{} ({})", r.kind.title(), org(id).name),
                None => r.kind.title().to_string(),
            };
            h.el("li", &[], &text);
        }
        h.close("ol").close("td").close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.finish()
}

/// Every sign, a table per checklist screen (in the screens' order), each
/// with the sign's settings, strength, ILO/EC dimension and sources; then
/// the page's sources. A table per screen rather than one of every sign:
/// each sits in a block the browser lays out only when it nears the screen
/// (`app-table-block`, style/main.css), where one table of 143 rows was
/// laid out in full before anyone could scroll to it.
pub fn signs_table() -> String {
    let mut h = Html::new();
    h.el("h2", &[("class", "app-heading-m")], "Every sign");
    h.el(
        "p",
        &[],
        &format!(
            "All {} signs, by the checklist screen that asks about them.",
            CATALOGUE.len()
        ),
    );
    h.open("div", &[("data-testid", "indicator-table")]);
    for group in Group::ALL {
        let signs: Vec<_> = CATALOGUE.iter().filter(|i| i.group == group).collect();
        if signs.is_empty() {
            continue;
        }
        h.open("div", &[("class", "app-table-block")])
            .open("table", &[("class", "app-table app-table--stack")]);
        h.el(
            "caption",
            &[("class", "app-table__caption")],
            &format!("{}: {} signs", group.title(), signs.len()),
        );
        h.open("thead", &[]).open("tr", &[]);
        for c in ["Sign", "Where", "Strength", "ILO/EC dimension", "Sources"] {
            h.el("th", &[("scope", "col")], c);
        }
        h.close("tr").close("thead").open("tbody", &[]);
        for i in signs {
            h.open("tr", &[]);
            h.open("th", &[("scope", "row"), ("data-label", "Sign")])
                .text(i.wording);
            if i.red_flag {
                h.text(" ")
                    .el("strong", &[("class", "app-tag app-tag--red")], "Red flag");
            }
            h.close("th");
            h.el("td", &[("data-label", "Where")], &where_text(i.applies));
            h.el("td", &[("data-label", "Strength")], i.strength.label());
            h.el(
                "td",
                &[("data-label", "ILO/EC dimension")],
                i.ilo.map(|d| d.label()).unwrap_or("—"),
            );
            h.el(
                "td",
                &[("data-label", "Sources")],
                &sources::keys(i.sources),
            );
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
    }
    h.close("div");
    let mut cited: Vec<&'static Source> = vec![&S2, &S120, &S102, &S72A];
    cited.extend(CATALOGUE.iter().flat_map(|i| i.sources.iter().copied()));
    cited.extend(REGISTRY.iter().flat_map(|o| o.sources.iter().copied()));
    sources::section(&mut h, cited, REVIEWED, sources::Placement::PageEnd);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_states_the_rule_and_lists_every_sign() {
        assert!(rules().contains(LEVEL_RULE.split(',').next().unwrap()));
        let html = signs_table();
        let screens = Group::ALL
            .iter()
            .filter(|g| CATALOGUE.iter().any(|i| i.group == **g))
            .count();
        // A header row per screen's table, and a row per sign.
        assert_eq!(html.matches("<tr>").count(), CATALOGUE.len() + screens);
        assert_eq!(html.matches("<table").count(), screens);
    }

    #[test]
    fn the_situation_table_is_the_engines_output() {
        let html = situations_table(Nation::Scotland);
        assert!(html.contains("Police Scotland"));
        assert!(!html.contains("Duty to Notify"));
    }
}
