//! The local contacts checker: a good file passes, and each kind of bad file
//! stops the build with its own message naming the contact.

#[path = "../build/local_contacts.rs"]
#[allow(dead_code)]
mod local_contacts;

use local_contacts::{generate, parse, route_ids, uk_number};

fn routes() -> Vec<(String, String)> {
    route_ids(include_str!("../src/domain/engine.rs")).expect("route ids")
}

fn contact(fields: &str) -> String {
    format!("[[contact]]\n{fields}\n")
}

const GOOD: &str = r#"label = "Children's services front door"
routes = ["childrens-services"]
phone = "020 7946 0100"
hours = "Monday to Friday"
nation = "england-wales"
council = "Example Borough Council"
checked_by = "Safeguarding team"
checked = "2026-11-20""#;

fn errors(raw: &str) -> Vec<String> {
    parse("local-contacts.toml", raw, &routes())
        .err()
        .unwrap_or_default()
}

fn without(field: &str) -> String {
    contact(
        &GOOD
            .lines()
            .filter(|l| !l.starts_with(&format!("{field} =")))
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

fn with(field: &str, value: &str) -> String {
    contact(
        &GOOD
            .lines()
            .map(|l| {
                if l.starts_with(&format!("{field} =")) {
                    format!("{field} = {value}")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

#[test]
fn the_engine_route_ids_are_read_from_its_source() {
    let ids: Vec<String> = routes().into_iter().map(|(_, id)| id).collect();
    for id in [
        "childrens-services",
        "adult-safeguarding",
        "police",
        "nrm-referral",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
}

#[test]
fn the_example_file_passes_and_generates_typed_routes() {
    let raw = include_str!("../deploy/local-contacts.example.toml");
    let c = parse("example", raw, &routes()).expect("the example is valid");
    assert!(c.len() >= 6);
    for nation in ["EnglandWales", "Scotland", "NorthernIreland"] {
        assert!(c.iter().any(|x| x.nation == nation), "{nation}");
    }
    let src = generate(&c);
    assert!(src.contains("RouteKind::ChildrensServices"));
    assert!(src.contains("tel: \"02079460100\""));
    assert!(src.contains("nation: Nation::Scotland"));
}

#[test]
fn a_good_contact_is_read_with_its_defaults() {
    let c = parse("f", &contact(GOOD), &routes()).unwrap();
    assert_eq!(c[0].routes, ["ChildrensServices"]);
    assert_eq!(c[0].tel, "02079460100");
    assert_eq!(c[0].display, "020 7946 0100");
    assert_eq!(c[0].review_months, 6);
}

#[test]
fn the_build_fails_on_an_unknown_route_id() {
    let e = errors(&with("routes", r#"["childrens-service"]"#));
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].contains("contact 1 (\"Children's services front door\")"));
    assert!(e[0].contains("unknown route id \"childrens-service\""));
    assert!(
        e[0].contains("adult-safeguarding"),
        "lists the ids: {}",
        e[0]
    );
    let e = errors(&with("routes", r#"["emergency"]"#));
    assert!(e[0].contains("cannot have a local number"), "{e:?}");
    let e = errors(&without("routes"));
    assert!(e[0].contains("has no routes"), "{e:?}");
}

#[test]
fn the_build_fails_on_a_malformed_uk_number() {
    for (bad, says) in [
        ("\"7946 0100\"", "must start with 0 or +44"),
        ("\"020 7946 01\"", "has 9 digits"),
        ("\"020 7946 0100 1\"", "has 12 digits"),
        ("\"ring 020 7946 0100\"", "not a UK phone number"),
        ("\"+1 212 555 0100\"", "not a UK phone number"),
        ("\"0999 123 4567\"", "does not start like a UK number"),
        ("\"\"", "has no phone number"),
    ] {
        let e = errors(&with("phone", bad));
        assert_eq!(e.len(), 1, "{bad}: {e:?}");
        assert!(e[0].contains(says), "{bad}: {}", e[0]);
    }
    assert_eq!(uk_number("+44 (0)20 7946 0100").unwrap(), "02079460100");
    assert_eq!(uk_number("+44 131 496 0100").unwrap(), "01314960100");
    assert_eq!(uk_number("0800 555 111").unwrap(), "0800555111");
}

#[test]
fn the_build_fails_on_a_missing_or_impossible_check_date() {
    let e = errors(&without("checked"));
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].contains("has no check date"), "{}", e[0]);
    for bad in ["\"20/11/2026\"", "\"2026-02-30\"", "\"2026-13-01\""] {
        let e = errors(&with("checked", bad));
        assert!(
            e[0].contains("is not a date written YYYY-MM-DD"),
            "{bad}: {e:?}"
        );
    }
}

#[test]
fn the_build_fails_on_a_missing_checker_council_label_or_nation() {
    for (field, says) in [
        ("checked_by", "does not say who checked it"),
        ("council", "has no council"),
        ("label", "has no label"),
        ("nation", "has no nation"),
    ] {
        let e = errors(&without(field));
        assert_eq!(e.len(), 1, "{field}: {e:?}");
        assert!(e[0].contains(says), "{field}: {}", e[0]);
    }
    let e = errors(&with("nation", "\"wales\""));
    assert!(e[0].contains("unknown nation \"wales\""), "{e:?}");
}

#[test]
fn the_build_fails_on_an_unknown_field_or_a_bad_interval() {
    let e = errors(&contact(&format!("{GOOD}\nemail = \"x@example.org\"")));
    assert!(e[0].contains("unknown field `email`"), "{e:?}");
    let e = errors(&contact(&format!("{GOOD}\nreview_months = 0")));
    assert!(e[0].contains("review_months = 0"), "{e:?}");
    let e = errors(&contact(&format!("{GOOD}\nreview_months = 25")));
    assert!(e[0].contains("from 1 to 24"), "{e:?}");
    let e = errors("");
    assert!(e[0].contains("has no [[contact]] entries"), "{e:?}");
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let raw = format!(
        "{}{}",
        with("phone", "\"12\""),
        with("routes", "[\"nowhere\"]")
    );
    let e = errors(&raw);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(e[0].starts_with("local-contacts.toml: contact 1"));
    assert!(e[1].starts_with("local-contacts.toml: contact 2"));
}
