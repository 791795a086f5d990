//! The content checker refuses bad guidance: these prove the build would fail.

#[path = "../build/content.rs"]
#[allow(dead_code)]
mod content;

use content::{app_pages, check, parse_chart, parse_glossary, parse_topic, render_all, Glossary};
use std::collections::{BTreeMap, BTreeSet};

fn keys() -> BTreeSet<String> {
    ["1", "2", "83"].iter().map(|s| s.to_string()).collect()
}

/// The app's own fixed addresses, as the build reads them.
fn pages() -> Vec<String> {
    app_pages(include_str!("../src/domain/address.rs")).unwrap()
}

fn topic(front: &str, body: &str) -> String {
    format!("+++\n{front}\n+++\n{body}")
}

const GOOD: &str = r#"id = "good"
title = "A good topic"
summary = "Says what it is for."
section = "understand"
order = 1
nations = ["all"]
sources = ["1"]
reviewed = "2026-11-28"
related = []"#;

fn glossary() -> Glossary {
    parse_glossary(
        r#"[[term]]
id = "first-responder"
term = "First responder"
definition = "An organisation that can refer."
sources = ["83"]"#,
    )
    .unwrap()
}

fn errors_for(front: &str, body: &str) -> Vec<String> {
    let t = parse_topic("good.md", &topic(front, body)).unwrap();
    let charts = BTreeMap::new();
    match check(std::slice::from_ref(&t), &glossary(), &charts, &keys()) {
        Err(e) => e,
        Ok(()) => match render_all(&[t], &glossary(), &charts, &pages()) {
            Err(e) => e,
            Ok(_) => Vec::new(),
        },
    }
}

#[test]
fn a_good_topic_passes_and_renders() {
    assert_eq!(
        errors_for(
            GOOD,
            "Text [S:1] and [a term](/sense/glossary#first-responder).\n"
        ),
        Vec::<String>::new()
    );
    let t = parse_topic("good.md", &topic(GOOD, "# Hi\n\n## Part\n\nWords.\n")).unwrap();
    let (r, g) = render_all(&[t], &glossary(), &BTreeMap::new(), &pages()).unwrap();
    assert!(r[0].html[0].contains("<h2>Part</h2>"));
    assert_eq!(r[0].headings, vec!["Part".to_string()]);
    assert!(g.contains("id=\"first-responder\""));
}

#[test]
fn the_build_fails_on_a_missing_source() {
    let e = errors_for(
        &GOOD.replace(r#"sources = ["1"]"#, "sources = []"),
        "Text.\n",
    );
    assert!(e.iter().any(|e| e.contains("has no source")), "{e:?}");
}

#[test]
fn the_build_fails_on_an_unknown_source_or_citation() {
    let e = errors_for(
        &GOOD.replace(r#"sources = ["1"]"#, r#"sources = ["999"]"#),
        "Text.\n",
    );
    assert!(
        e.iter().any(|e| e.contains("unknown source '999'")),
        "{e:?}"
    );
    let e = errors_for(GOOD, "Text [S:2].\n");
    assert!(
        e.iter()
            .any(|e| e.contains("[S:2] is not in the topic's sources")),
        "{e:?}"
    );
}

#[test]
fn the_build_fails_on_a_missing_review_date() {
    let e = errors_for(&GOOD.replace("2026-11-28", "soon"), "Text.\n");
    assert!(e.iter().any(|e| e.contains("review date")), "{e:?}");
    assert!(parse_topic(
        "good.md",
        &topic(&GOOD.replace("reviewed = \"2026-11-28\"\n", ""), "x")
    )
    .is_err());
}

#[test]
fn the_build_fails_on_an_unknown_related_id_or_a_broken_link() {
    let e = errors_for(
        &GOOD.replace("related = []", r#"related = ["nowhere"]"#),
        "Text.\n",
    );
    assert!(
        e.iter()
            .any(|e| e.contains("unknown related topic 'nowhere'")),
        "{e:?}"
    );
    let e = errors_for(GOOD, "See [this](/sense/nowhere).\n");
    assert!(
        e.iter().any(|e| e.contains("broken or external link")),
        "{e:?}"
    );
    let e = errors_for(GOOD, "See [term](/sense/glossary#no-such-term).\n");
    assert!(
        e.iter().any(|e| e.contains("broken or external link")),
        "{e:?}"
    );
    let e = errors_for(GOOD, "See [site](https://example.org).\n");
    assert!(
        e.iter().any(|e| e.contains("broken or external link")),
        "{e:?}"
    );
}

#[test]
fn the_build_fails_on_a_story_not_marked_composite_or_an_unknown_chart() {
    let e = errors_for(&GOOD.replace("understand", "stories"), "Text.\n");
    assert!(e.iter().any(|e| e.contains("composite")), "{e:?}");
    let e = errors_for(GOOD, "::chart nothing\n");
    assert!(e.iter().any(|e| e.contains("unknown chart")), "{e:?}");
}

#[test]
fn the_build_fails_on_a_glossary_term_without_a_source() {
    let g =
        parse_glossary("[[term]]\nid = \"x\"\nterm = \"X\"\ndefinition = \"Y\"\nsources = []\n")
            .unwrap();
    let e = check(&[], &g, &BTreeMap::new(), &keys()).unwrap_err();
    assert!(e.iter().any(|e| e.contains("has no source")), "{e:?}");
}

#[test]
fn nation_blocks_put_the_readers_nation_first_and_fold_the_others() {
    let body = ":::nation england-wales\nEW law.\n:::\n:::nation scotland\nScots law.\n:::\n";
    let t = parse_topic("good.md", &topic(GOOD, body)).unwrap();
    let (r, _) = render_all(&[t], &glossary(), &BTreeMap::new(), &pages()).unwrap();
    let scotland = &r[0].html[1];
    assert!(scotland.find("Scots law").unwrap() < scotland.find("EW law").unwrap());
    assert!(
        scotland.contains("<summary class=\"app-details__summary\">In England and Wales</summary>")
    );
    assert!(!r[0].html[0]
        .contains("<summary class=\"app-details__summary\">In England and Wales</summary>"));
}

#[test]
fn a_chart_comes_with_its_table_and_source() {
    let chart = parse_chart(
        "c",
        "title = \"T\"\ncaption = \"C.\"\nunit = \"referrals\"\nsources = [\"83\"]\n[[rows]]\nlabel = \"2013\"\nvalue = 1746\n",
    )
    .unwrap();
    let mut charts = BTreeMap::new();
    charts.insert("c".to_string(), chart);
    let t = parse_topic("good.md", &topic(GOOD, "::chart c\n")).unwrap();
    check(std::slice::from_ref(&t), &glossary(), &charts, &keys()).unwrap();
    let (r, _) = render_all(&[t], &glossary(), &charts, &pages()).unwrap();
    let html = &r[0].html[0];
    assert!(
        html.contains("<svg")
            && html.contains("<table")
            && html.contains("1,746")
            && html.contains("Source: [83]")
    );
}

#[test]
fn the_build_fails_on_raw_html_in_markdown() {
    for body in [
        "<div class=\"x\">Block</div>\n",
        "Text with <span onclick=\"x()\">inline</span> HTML.\n",
        "<script>alert(1)</script>\n",
        "A comment <!-- hidden --> here.\n",
    ] {
        let e = errors_for(GOOD, body);
        assert!(
            e.iter().any(|m| m.contains("raw HTML")),
            "{body:?} should fail: {e:?}"
        );
    }
    // Markdown that only looks like markup is fine.
    assert_eq!(
        errors_for(GOOD, "Use `<div>` in code, and 3 < 4 > 2.\n"),
        Vec::<String>::new()
    );
}

#[test]
fn content_links_only_to_addresses_the_router_has() {
    let pages = pages();
    assert!(pages.iter().all(|p| p.starts_with('/') && !p.contains(':')));
    for p in [
        "/",
        "/sense/signs",
        "/stop",
        "/train",
        "/chain",
        "/spot/how-it-decides",
    ] {
        assert!(pages.iter().any(|x| x == p), "{p} missing from {pages:?}");
        let body = format!("See [the page]({p}).\n");
        assert_eq!(errors_for(GOOD, &body), Vec::<String>::new(), "{p}");
    }
    let e = errors_for(GOOD, "See [nowhere](/spot/nowhere).\n");
    assert!(e.iter().any(|m| m.contains("/spot/nowhere")), "{e:?}");
    assert!(app_pages("pub const ROUTE_PATTERNS: [&str; 1] = [\"/:id\"];").is_err());
    assert!(app_pages("nothing here").is_err());
}
