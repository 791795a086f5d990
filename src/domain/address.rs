//! Every address in the app, typed. A link or a navigation names an
//! [`Address`] and takes its [`Address::path`]; nothing else writes a route
//! as a string. The router in `app.rs` matches the patterns in
//! [`ROUTE_PATTERNS`], and the tests check every address parses back and
//! falls under one of them.

use super::{chain_checker::steps::Step as ChainStep, wizard::Step};

/// One page of the app (with its anchor or query, where it has one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    Home,
    /// Sense it: the library's topics.
    Library,
    Signs,
    Glossary,
    /// One term on the glossary page.
    GlossaryTerm(String),
    Topic(String),
    /// Spot it: the visits on this device.
    Visits,
    Practice,
    HowItDecides,
    /// A screen of a visit. `from_check` marks a change made from "Check
    /// your answers", which returns there.
    VisitStep {
        practice: bool,
        id: String,
        step: Step,
        from_check: bool,
    },
    /// Stop it: referral routes.
    Stop,
    /// The council's own numbers on one page to print.
    LocalContacts,
    Settings,
    /// The part of Settings where data is deleted.
    DeleteData,
    /// Train: the workshop's plan and the learner's progress.
    Train,
    /// One slide of the self-paced course, by block and slide id.
    TrainCourse {
        block: String,
        slide: String,
    },
    TrainReview,
    /// Facilitator mode: the presenter's window and the room's.
    TrainPresent,
    TrainAudience,
    TrainCertificate,
    TrainTeam,
    TrainPoster,
    /// A role's one-page briefing, or the Resources page, by id.
    TrainPack(String),
    /// The Chain Checker: its introduction and the checks on this device.
    Chain,
    ChainScoring,
    /// One page of a check.
    ChainStep {
        id: String,
        step: ChainStep,
    },
}

/// Every page's address pattern (`:x` is one segment). The router serves
/// them by area, one route per wasm chunk (`app.rs`, `ui/area.rs`);
/// tests/addresses.rs checks each is served by its own area, and the content
/// build lets guidance link to the fixed ones.
pub const ROUTE_PATTERNS: [&str; 25] = [
    "/",
    "/sense",
    "/sense/signs",
    "/sense/glossary",
    "/sense/:id",
    "/spot",
    "/spot/practice",
    "/spot/how-it-decides",
    "/spot/visit/:id/:step",
    "/spot/practice/:id/:step",
    "/stop",
    "/stop/local-contacts",
    "/settings",
    "/chain",
    "/chain/how-it-scores",
    "/chain/check/:id/:step",
    "/train",
    "/train/review",
    "/train/present",
    "/train/audience",
    "/train/certificate",
    "/train/team",
    "/train/poster",
    "/train/team/:page",
    "/train/course/:block/:slide",
];

const FROM_CHECK: &str = "?from=check";

impl Address {
    /// The address as a link's `href`.
    pub fn path(&self) -> String {
        match self {
            Address::Home => "/".into(),
            Address::Library => "/sense".into(),
            Address::Signs => "/sense/signs".into(),
            Address::Glossary => "/sense/glossary".into(),
            Address::GlossaryTerm(id) => format!("/sense/glossary#{id}"),
            Address::Topic(id) => format!("/sense/{id}"),
            Address::Visits => "/spot".into(),
            Address::Practice => "/spot/practice".into(),
            Address::HowItDecides => "/spot/how-it-decides".into(),
            Address::VisitStep {
                practice,
                id,
                step,
                from_check,
            } => format!(
                "/spot/{}/{id}/{}{}",
                if *practice { "practice" } else { "visit" },
                step.id(),
                if *from_check { FROM_CHECK } else { "" }
            ),
            Address::Stop => "/stop".into(),
            Address::LocalContacts => "/stop/local-contacts".into(),
            Address::Settings => "/settings".into(),
            Address::DeleteData => "/settings#delete-data".into(),
            Address::Train => "/train".into(),
            Address::TrainCourse { block, slide } => format!("/train/course/{block}/{slide}"),
            Address::TrainReview => "/train/review".into(),
            Address::TrainPresent => "/train/present".into(),
            Address::TrainAudience => "/train/audience".into(),
            Address::TrainCertificate => "/train/certificate".into(),
            Address::TrainTeam => "/train/team".into(),
            Address::TrainPoster => "/train/poster".into(),
            Address::TrainPack(page) => format!("/train/team/{page}"),
            Address::Chain => "/chain".into(),
            Address::ChainScoring => "/chain/how-it-scores".into(),
            Address::ChainStep { id, step } => format!("/chain/check/{id}/{}", step.slug()),
        }
    }

    /// Which page an address shows. Addresses with the same key are one
    /// page that follows the address's own parameters (a topic's id, a
    /// visit's step), so moving between them never rebuilds the page.
    pub fn page_key(&self) -> (std::mem::Discriminant<Address>, bool) {
        let practice = matches!(self, Address::VisitStep { practice: true, .. });
        let key = match self {
            // The glossary and one of its terms are the same page.
            Address::GlossaryTerm(_) => std::mem::discriminant(&Address::Glossary),
            a => std::mem::discriminant(a),
        };
        (key, practice)
    }

    /// The address a path names, if it is one of the app's.
    pub fn parse(path: &str) -> Option<Address> {
        let (path, from_check) = match path.strip_suffix(FROM_CHECK) {
            Some(p) => (p, true),
            None => (path, false),
        };
        let (path, anchor) = match path.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (path, None),
        };
        let parts: Vec<&str> = path.split('/').skip(1).collect();
        let simple = match (parts.as_slice(), anchor) {
            ([""], None) => Address::Home,
            (["sense"], None) => Address::Library,
            (["sense", "signs"], None) => Address::Signs,
            (["sense", "glossary"], None) => Address::Glossary,
            (["sense", "glossary"], Some(term)) if !term.is_empty() => {
                Address::GlossaryTerm(term.into())
            }
            (["sense", id], None) if !id.is_empty() => Address::Topic((*id).into()),
            (["spot"], None) => Address::Visits,
            (["spot", "practice"], None) => Address::Practice,
            (["spot", "how-it-decides"], None) => Address::HowItDecides,
            (["spot", kind @ ("visit" | "practice"), id, step], None) if !id.is_empty() => {
                return Some(Address::VisitStep {
                    practice: *kind == "practice",
                    id: (*id).into(),
                    step: Step::from_id(step)?,
                    from_check,
                })
            }
            (["stop"], None) => Address::Stop,
            (["stop", "local-contacts"], None) => Address::LocalContacts,
            (["settings"], None) => Address::Settings,
            (["settings"], Some("delete-data")) => Address::DeleteData,
            (["train"], None) => Address::Train,
            (["train", "course", block, slide], None) if !block.is_empty() && !slide.is_empty() => {
                Address::TrainCourse {
                    block: (*block).into(),
                    slide: (*slide).into(),
                }
            }
            (["train", "review"], None) => Address::TrainReview,
            (["train", "present"], None) => Address::TrainPresent,
            (["train", "audience"], None) => Address::TrainAudience,
            (["train", "certificate"], None) => Address::TrainCertificate,
            (["train", "team"], None) => Address::TrainTeam,
            (["train", "poster"], None) => Address::TrainPoster,
            (["train", "team", page], None) if !page.is_empty() => {
                Address::TrainPack((*page).into())
            }
            (["chain"], None) => Address::Chain,
            (["chain", "how-it-scores"], None) => Address::ChainScoring,
            (["chain", "check", id, step], None) if !id.is_empty() => Address::ChainStep {
                id: (*id).into(),
                step: ChainStep::from_slug(step)?,
            },
            _ => return None,
        };
        (!from_check).then_some(simple)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{catalogue::Group, content::TOPICS};

    /// Whether a path (without query or anchor) falls under a pattern.
    fn matches(pattern: &str, path: &str) -> bool {
        let (p, s): (Vec<&str>, Vec<&str>) =
            (pattern.split('/').collect(), path.split('/').collect());
        p.len() == s.len()
            && p.iter()
                .zip(&s)
                .all(|(p, s)| p == s || (p.starts_with(':') && !s.is_empty()))
    }

    fn every_address() -> Vec<Address> {
        let mut all = vec![
            Address::Home,
            Address::Library,
            Address::Signs,
            Address::Glossary,
            Address::GlossaryTerm("nrm".into()),
            Address::Visits,
            Address::Practice,
            Address::HowItDecides,
            Address::Stop,
            Address::LocalContacts,
            Address::Settings,
            Address::DeleteData,
            Address::Train,
            Address::TrainCourse {
                block: "m1-definition".into(),
                slide: "palermo".into(),
            },
            Address::TrainReview,
            Address::TrainPresent,
            Address::TrainAudience,
            Address::TrainCertificate,
            Address::TrainTeam,
            Address::TrainPoster,
            Address::TrainPack("housing".into()),
            Address::Chain,
            Address::ChainScoring,
            Address::ChainStep {
                id: "c19a2b3".into(),
                step: ChainStep::Exposure,
            },
        ];
        all.extend(TOPICS.iter().map(|t| Address::Topic(t.id.into())));
        let steps = [
            Step::Danger,
            Step::CallEmergency,
            Step::Setting,
            Step::Place,
            Step::People,
            Step::UnderAge,
            Step::Consent,
            Step::Check,
            Step::Result,
            Step::Summary,
        ]
        .into_iter()
        .chain(Group::ALL.into_iter().map(Step::Observe));
        for step in steps {
            for (practice, from_check) in
                [(false, false), (true, false), (false, true), (true, true)]
            {
                all.push(Address::VisitStep {
                    practice,
                    id: "19a2b3c4d5e".into(),
                    step,
                    from_check,
                });
            }
        }
        all
    }

    #[test]
    fn every_address_parses_back_and_has_a_route() {
        for a in every_address() {
            let path = a.path();
            assert_eq!(Address::parse(&path).as_ref(), Some(&a), "{path}");
            let bare = path.split(['#', '?']).next().unwrap();
            let routes = ROUTE_PATTERNS.iter().filter(|p| matches(p, bare)).count();
            assert!(routes >= 1, "{path} has no route");
        }
    }

    #[test]
    fn the_fixed_pages_win_over_a_topic() {
        // "/sense/signs" is a page of its own, not a topic called "signs".
        assert_eq!(Address::parse("/sense/signs"), Some(Address::Signs));
        assert!(TOPICS
            .iter()
            .all(|t| !["signs", "glossary"].contains(&t.id)));
    }

    #[test]
    fn other_paths_are_not_the_apps() {
        for bad in [
            "",
            "/nope",
            "/spot/visit/x",
            "/spot/visit/x/no-such-step",
            "/spot/visit//danger",
            "/sense/",
            "/stop?from=check",
            "/settings#elsewhere",
            "/sense/glossary#",
            "/chain/check/c1/no-such-step",
            "/train/course/m1",
        ] {
            assert_eq!(Address::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn one_page_follows_its_parameters_and_different_pages_differ() {
        let key = |p: &str| Address::parse(p).unwrap().page_key();
        assert_eq!(key("/sense/the-law"), key("/sense/forms"));
        assert_eq!(key("/sense/glossary"), key("/sense/glossary#cuckooing"));
        assert_eq!(key("/spot/visit/a/danger"), key("/spot/visit/b/check"));
        assert_ne!(key("/spot/visit/a/danger"), key("/spot/practice/a/danger"));
        assert_ne!(key("/sense"), key("/sense/signs"));
        assert_ne!(key("/chain"), key("/chain/how-it-scores"));
        assert_eq!(key("/train/team/housing"), key("/train/team/resources"));
        assert_ne!(key("/train/team"), key("/train/team/housing"));
    }
}
