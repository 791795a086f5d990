//! The app's static routes as data: each one's address, title, description,
//! whether search engines may list it, and its content rendered to HTML.
//!
//! The build (`src/bin/prerender.rs`) writes every route here to a file of
//! its own, so a page is readable before, and without, the app's code; the
//! same list gives `sitemap.xml` and `robots.txt`. The text comes from the
//! same renderers and build-time library files the app shows, and a native
//! test checks every static address in the app's router is listed here.

use super::{logic, markup::Html, signs, sources, stop};
use crate::domain::{
    content::{glossary_sources, glossary_url, topic, topics_in, GLOSSARY, SECTIONS, TOPICS},
    nation::Nation,
};

/// The app's name, the end of every title.
pub const APP_NAME: &str = "Sense it. Spot it. Stop it.";

/// The nation a page shows before the reader has chosen one (the app's
/// default setting).
pub const DEFAULT_NATION: Nation = Nation::EnglandWales;

/// When the glossary was last reviewed (its page shows it).
pub const GLOSSARY_REVIEWED: &str = "2026-11-28";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Guidance: readable without the app, listed for search engines.
    Guidance,
    /// A page that works only in the app (visits, practice, settings and the
    /// lock): kept out of search, and says in one line that it needs the app.
    NeedsApp,
}

/// What a page that needs the app says when the app cannot run (no
/// JavaScript, or the WebAssembly failed). Hidden while the app can run.
pub const NEEDS_APP_LINE: &str = "This page needs the app, which runs only with JavaScript and WebAssembly turned on. The guidance in Sense it and Stop it can be read without them.";

#[derive(Debug, Clone)]
pub struct StaticPage {
    pub path: String,
    /// The page's own name ("" for the home page), as the app's tab title
    /// shows it before " – " and the app's name.
    pub title: String,
    pub description: String,
    pub kind: Kind,
}

impl StaticPage {
    fn new(path: &str, title: &str, description: &str, kind: Kind) -> StaticPage {
        StaticPage {
            path: path.into(),
            title: title.into(),
            description: description.into(),
            kind,
        }
    }

    /// The tab title, as `platform::page::set_title` writes it.
    pub fn document_title(&self) -> String {
        if self.title.is_empty() {
            APP_NAME.to_string()
        } else {
            format!("{} – {APP_NAME}", self.title)
        }
    }

    /// The file the page is written to, relative to the build directory.
    /// `/sense` is `sense.html` and `/sense/the-law` is `sense/the-law.html`,
    /// which servers find with `try_files $uri $uri.html`.
    pub fn file(&self) -> String {
        if self.path == "/" {
            "index.html".into()
        } else {
            format!("{}.html", self.path.trim_start_matches('/'))
        }
    }

    pub fn indexable(&self) -> bool {
        self.kind == Kind::Guidance
    }
}

/// Every static route, in the order a reader meets them. Topics come from
/// the library's index, so a new topic is prerendered and listed with no
/// change here.
pub fn static_pages() -> Vec<StaticPage> {
    use Kind::*;
    let mut pages = vec![
        StaticPage::new(
            "/",
            "",
            "For council and enforcement officers who may see human trafficking on property visits: learn the signs, record what you see, and find the right way to refer, anywhere in the UK.",
            Guidance,
        ),
        StaticPage::new(
            "/sense",
            "Sense it: learn the signs",
            "What human trafficking and modern slavery are, how big they are in the UK, their forms and signs, how they are tackled and how to refer, with sources.",
            Guidance,
        ),
        StaticPage::new(
            "/sense/signs",
            "Sense it: the signs of exploitation",
            "The signs of trafficking and exploitation an inspector may see during a visit, by kind of exploitation and premises, each graded and sourced.",
            Guidance,
        ),
        StaticPage::new(
            "/sense/glossary",
            "Glossary",
            "The words used in UK trafficking guidance and referrals, explained: from cuckooing and debt bondage to the National Referral Mechanism and the Duty to Notify.",
            Guidance,
        ),
    ];
    for id in SECTIONS
        .iter()
        .flat_map(|(s, _)| topics_in(s))
        .map(|t| t.id)
    {
        let t = topic(id).expect("listed topic");
        pages.push(StaticPage::new(
            &format!("/sense/{}", t.id),
            t.title,
            t.summary,
            Guidance,
        ));
    }
    pages.extend([
        StaticPage::new(
            "/stop",
            "Stop it: who to contact",
            "Who to contact about possible human trafficking: 999, the Modern Slavery Helpline, children's services and the National Referral Mechanism, by age, consent and nation.",
            Guidance,
        ),
        StaticPage::new(
            "/spot/how-it-decides",
            "How the checklist decides",
            "How the visit checklist turns what an inspector saw into a level of concern and referral routes: its rule, its situations and every sign it weighs.",
            Guidance,
        ),
        StaticPage::new("/spot", "Spot it: your visits", "Your visit records, kept only on this device.", NeedsApp),
        StaticPage::new(
            "/spot/practice",
            "Practise on sample visits",
            "Practise the visit checklist on sample visits.",
            NeedsApp,
        ),
        StaticPage::new("/settings", "Settings and privacy", "Settings and privacy for this device.", NeedsApp),
    ]);
    pages
}

/// The page's `<main>` content as the app shows it for the default nation.
/// `read` returns a build-time library file (a `LIBRARY_DIR` address).
pub fn main_html(page: &StaticPage, read: &dyn Fn(&str) -> String) -> String {
    let mut h = Html::new();
    match page.path.as_str() {
        "/" => home(&mut h),
        "/sense" => library(&mut h),
        "/sense/signs" => {
            back_to_library(&mut h);
            heading(&mut h, "Sense it", "The signs of exploitation");
            raw_div(&mut h, &signs::page());
        }
        "/sense/glossary" => {
            back_to_library(&mut h);
            heading(&mut h, "Sense it", "Glossary");
            h.el(
                "p",
                &[("class", "app-body-l")],
                &format!(
                    "{} words used in the guidance and in referrals, explained.",
                    GLOSSARY.len()
                ),
            );
            h.open("div", &[("class", "app-glossary-page")]);
            raw(&mut h, &read(&glossary_url()));
            h.close("div");
            let mut foot = Html::new();
            sources::section(&mut foot, glossary_sources(), GLOSSARY_REVIEWED);
            raw_div(&mut h, &foot.finish());
        }
        "/stop" => {
            heading(&mut h, "Stop it", "Who to contact");
            h.el("p", &[("class", "app-body-l")], "The right route depends on danger, the person's age, whether an adult agrees to be referred, and the nation you are in.");
            h.open(
                "div",
                &[("class", "app-panel app-panel--emergency app-panel--compact")],
            );
            h.el(
                "p",
                &[("class", "app-panel__title")],
                "If anyone is in immediate danger, call 999 now.",
            );
            h.close("div");
            nation_switch(&mut h);
            raw_div(&mut h, &stop::body(DEFAULT_NATION));
        }
        "/spot/how-it-decides" => {
            heading(&mut h, "Spot it", "How the checklist decides");
            h.el("p", &[("class", "app-body-l")], "Everything on this page is produced from the same data and rules the visit checklist uses.");
            raw_div(&mut h, &logic::rules());
            nation_switch(&mut h);
            raw_div(&mut h, &logic::situations_table(DEFAULT_NATION));
            raw_div(&mut h, &logic::signs_table());
        }
        path => {
            if let Some(t) = path.strip_prefix("/sense/").and_then(topic) {
                topic_page(&mut h, t, read);
            } else {
                // A page that needs the app: its heading, and the one line
                // shown only when the app cannot run.
                let heading_text = match path {
                    "/spot" => "Your visits",
                    _ => page.title.as_str(),
                };
                return needs_app(heading_text);
            }
        }
    }
    h.finish()
}

fn needs_app(heading_text: &str) -> String {
    let mut h = Html::new();
    h.el("h1", &[("class", "app-heading-xl")], heading_text);
    h.el(
        "p",
        &[("class", "app-body-l app-no-app-only")],
        NEEDS_APP_LINE,
    );
    h.finish()
}

fn raw(h: &mut Html, trusted: &str) {
    // Built from compile-time data or build-time library files only.
    h.raw(trusted);
}

fn raw_div(h: &mut Html, trusted: &str) {
    h.open("div", &[]);
    raw(h, trusted);
    h.close("div");
}

fn back_to_library(h: &mut Html) {
    h.el(
        "a",
        &[("class", "app-back-link"), ("href", "/sense")],
        "Sense it: all topics",
    );
}

fn heading(h: &mut Html, caption: &str, title: &str) {
    h.el("span", &[("class", "app-caption")], caption);
    h.el("h1", &[("class", "app-heading-xl")], title);
}

/// The nation buttons as the app first draws them (the default nation
/// pressed). They work once the app has started, and are hidden without it.
fn nation_switch(h: &mut Html) {
    h.open(
        "div",
        &[
            ("class", "app-nation-switch app-needs-app"),
            ("role", "group"),
            ("aria-label", "Nation shown first"),
        ],
    );
    h.el(
        "span",
        &[
            ("class", "app-nation-switch__label"),
            ("aria-hidden", "true"),
        ],
        "Show for: ",
    );
    for n in Nation::ALL {
        let pressed = if n == DEFAULT_NATION { "true" } else { "false" };
        h.el(
            "button",
            &[
                ("type", "button"),
                ("class", "app-nation-switch__button"),
                ("aria-pressed", pressed),
            ],
            n.label(),
        );
    }
    h.close("div");
}

fn home(h: &mut Html) {
    h.el("h1", &[("class", "app-heading-xl")], APP_NAME);
    h.el("p", &[("class", "app-body-l")], "For council and enforcement officers who enter homes and workplaces for other reasons, and may be the only outsiders to see someone who is being exploited. Learn the signs, record what you see during a visit, and find the right way to refer — on this device, with or without a signal.");
    h.open("div", &[("class", "app-button-group")]);
    // "Start a visit" needs the app: the app draws its own button in place.
    h.el(
        "span",
        &[("class", "app-button app-button--start app-needs-app")],
        "Start a visit",
    );
    h.el(
        "a",
        &[
            ("class", "app-button app-button--secondary"),
            ("href", "/sense"),
        ],
        "Learn the signs",
    );
    h.close("div");
    h.open("div", &[("class", "app-inset")]);
    h.el("p", &[], "If anyone is in immediate danger, call 999 now.");
    h.close("div");
    h.el("h2", &[("class", "app-heading-m")], "The three parts");
    h.open("ul", &[("class", "app-cards")]);
    for (href, title, text) in [
        ("/sense", "Sense it: learn the signs", "What trafficking is, how big it is in the UK, its forms and signs, how it is tackled and how to refer: searchable, with sources, and a glossary."),
        ("/spot", "Spot it: record a visit", "A checklist, one question at a time, that gives a level of concern and what to do next. Practise on sample visits first."),
        ("/stop", "Stop it: refer", "Who to call for a child or an adult, with or without their consent, in England and Wales, Scotland or Northern Ireland."),
    ] {
        h.open("li", &[("class", "app-card")]);
        h.open("h3", &[("class", "app-heading-s")]).link(href, title).close("h3");
        h.el("p", &[], text);
        h.close("li");
    }
    h.close("ul");
}

fn library(h: &mut Html) {
    heading(h, "Sense it", "Learn about trafficking and exploitation");
    h.el("p", &[("class", "app-body-l")], "What trafficking is, how big it is in the UK, its forms and signs, how it is tackled, and how to support and refer. Every page gives its sources and when it was last reviewed.");
    // The search box works in the app only; the app draws it in place.
    search_box(h);
    h.open("ul", &[("class", "app-cards")]);
    for (href, title, text) in [
        (
            "/sense/signs",
            "The signs of exploitation",
            "Every sign the visit checklist uses, by kind of exploitation and kind of premises.",
        ),
        (
            "/sense/glossary",
            "Glossary",
            "The words used in the guidance and in referrals, explained.",
        ),
    ] {
        h.open("li", &[("class", "app-card")]);
        h.open("h2", &[("class", "app-heading-s")])
            .link(href, title)
            .close("h2");
        h.el("p", &[], text);
        h.close("li");
    }
    h.close("ul");
    for (id, section) in SECTIONS.iter() {
        h.el("h2", &[("class", "app-heading-m")], section);
        h.open("ul", &[("class", "app-list app-topic-list")]);
        for t in topics_in(id) {
            h.open("li", &[("class", "app-topic-list__item")]);
            h.el(
                "a",
                &[
                    ("class", "app-topic-list__link"),
                    ("href", &format!("/sense/{}", t.id)),
                ],
                t.title,
            );
            h.el("p", &[("class", "app-topic-list__summary")], t.summary);
            h.close("li");
        }
        h.close("ul");
    }
}

/// The search box as the app first draws it, empty; hidden without the app.
fn search_box(h: &mut Html) {
    h.open(
        "div",
        &[("class", "app-search app-needs-app"), ("role", "search")],
    );
    h.el(
        "label",
        &[("class", "app-label"), ("for", "search")],
        "Search the guidance",
    );
    h.el(
        "div",
        &[("class", "app-hint"), ("id", "search-hint")],
        "For example: cuckooing, Duty to Notify, first responder",
    );
    h.open(
        "input",
        &[
            ("class", "app-input app-search__input"),
            ("id", "search"),
            ("type", "search"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("aria-describedby", "search-hint"),
            ("aria-controls", "search-results"),
        ],
    );
    h.el(
        "p",
        &[
            ("class", "app-search__count"),
            ("role", "status"),
            ("data-testid", "search-count"),
        ],
        "",
    );
    h.el(
        "ol",
        &[
            ("class", "app-search__results"),
            ("id", "search-results"),
            ("data-testid", "search-results"),
        ],
        "",
    );
    h.close("div");
}

fn topic_page(
    h: &mut Html,
    t: &'static crate::domain::content::Topic,
    read: &dyn Fn(&str) -> String,
) {
    back_to_library(h);
    heading(h, "Sense it", t.title);
    h.el("p", &[("class", "app-body-l")], t.summary);
    if t.composite {
        h.open(
            "p",
            &[("class", "app-composite"), ("data-testid", "composite")],
        );
        h.el(
            "strong",
            &[("class", "app-tag app-tag--practice")],
            "Composite story",
        );
        h.text(
            " Drawn from the signs and cases in our sources. It describes no real person or place.",
        );
        h.close("p");
    }
    if t.nation_specific {
        nation_switch(h);
    }
    h.open("div", &[("class", "app-prose")]);
    raw(h, &read(&t.html_url(DEFAULT_NATION)));
    h.close("div");
    let related: Vec<_> = t.related.iter().filter_map(|r| topic(r)).collect();
    if !related.is_empty() {
        h.open(
            "nav",
            &[
                ("class", "app-related"),
                ("aria-labelledby", "related-heading"),
            ],
        );
        h.el(
            "h2",
            &[("class", "app-heading-m"), ("id", "related-heading")],
            "Related",
        );
        h.open("ul", &[("class", "app-list")]);
        for r in related {
            h.open("li", &[])
                .link(&format!("/sense/{}", r.id), r.title)
                .close("li");
        }
        h.close("ul").close("nav");
    }
    let mut foot = Html::new();
    sources::section(&mut foot, t.sources.to_vec(), t.reviewed);
    raw_div(h, &foot.finish());
}

/// `sitemap.xml`: every indexable page, at `origin` (the site's own
/// `https://host`, without a trailing slash).
pub fn sitemap(origin: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in static_pages().iter().filter(|p| p.indexable()) {
        out.push_str("  <url><loc>");
        super::markup::escape(&format!("{origin}{}", p.path), &mut out);
        out.push_str("</loc>");
        let reviewed = p
            .path
            .strip_prefix("/sense/")
            .and_then(topic)
            .map(|t| t.reviewed);
        if let Some(date) = reviewed {
            out.push_str("<lastmod>");
            out.push_str(date);
            out.push_str("</lastmod>");
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: the guidance may be listed; the pages that hold or lead to
/// a reader's own records, and the quick exit's cover, may not.
pub fn robots(sitemap_url: Option<&str>) -> String {
    let mut out = String::from("# The guidance may be listed by search engines; visits, practice,\n# settings and the quick exit's cover may not (they also carry noindex).\nUser-agent: *\nAllow: /\n");
    let pages = static_pages();
    let mut closed: Vec<&str> = pages
        .iter()
        .filter(|p| !p.indexable())
        .map(|p| p.path.as_str())
        .collect();
    closed.extend(APP_ONLY_PREFIXES);
    for path in &closed {
        out.push_str(&format!("Disallow: {path}\n"));
    }
    // Rules match by prefix and the longest wins: `/spot` would also close
    // `/spot/how-it-decides`, so guidance under a closed prefix is opened.
    for p in pages.iter().filter(|p| p.indexable()) {
        if closed.iter().any(|c| p.path.starts_with(c)) {
            out.push_str(&format!("Allow: {}\n", p.path));
        }
    }
    if let Some(url) = sitemap_url {
        out.push_str(&format!("\nSitemap: {url}\n"));
    }
    out
}

/// In-app addresses with parameters that are never prerendered: the visit
/// screens (real and practice). The quick exit's cover has no address of its
/// own (it covers `/`), so it is kept out of search by its `noindex`.
pub const APP_ONLY_PREFIXES: [&str; 2] = ["/spot/visit/", "/spot/practice/"];

/// Every topic is a page, so the library's index and the route list agree.
pub fn topic_count() -> usize {
    TOPICS.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_nothing(_: &str) -> String {
        String::from("<p>library file</p>")
    }

    #[test]
    fn every_topic_has_a_page_and_files_do_not_clash() {
        let pages = static_pages();
        assert_eq!(
            pages
                .iter()
                .filter(|p| p.path.starts_with("/sense/"))
                .count(),
            topic_count() + 2
        );
        let mut files: Vec<_> = pages.iter().map(|p| p.file()).collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), pages.len());
        assert!(
            files.contains(&"sense/the-law.html".to_string())
                || TOPICS.iter().all(|t| t.id != "the-law")
        );
    }

    #[test]
    fn every_page_has_a_description_of_useful_length() {
        for p in static_pages() {
            assert!(
                (20..=200).contains(&p.description.chars().count()) || p.kind == Kind::NeedsApp,
                "{}: description of {} characters",
                p.path,
                p.description.chars().count()
            );
        }
    }

    /// Each static address in the router (src/app.rs) is prerendered, so a
    /// new page (Train, the Chain Checker) cannot be forgotten.
    #[test]
    fn every_static_route_of_the_app_is_listed() {
        let app = include_str!("../app.rs");
        let pages = static_pages();
        let mut found = 0;
        for part in app.split("path!(\"").skip(1) {
            let path = part.split('"').next().unwrap();
            if path.contains(':') {
                continue;
            }
            found += 1;
            assert!(
                pages.iter().any(|p| p.path == path),
                "the route {path} in src/app.rs is not in render::pages::static_pages()"
            );
        }
        assert!(found >= 8, "found {found} static routes in src/app.rs");
    }

    #[test]
    fn guidance_pages_render_their_heading_and_the_library_file() {
        for p in static_pages() {
            let html = main_html(&p, &read_nothing);
            assert!(html.contains("<h1"), "{}: no heading", p.path);
            if p.path.starts_with("/sense/") && p.path != "/sense/signs" {
                assert!(html.contains("library file"), "{}", p.path);
            }
            if p.kind == Kind::NeedsApp {
                assert!(html.contains(NEEDS_APP_LINE));
            }
        }
    }

    #[test]
    fn robots_and_sitemap_follow_the_list() {
        let robots = robots(Some("https://example.org/sitemap.xml"));
        for path in ["/spot\n", "/spot/practice\n", "/settings\n", "/spot/visit/"] {
            assert!(robots.contains(&format!("Disallow: {path}")), "{robots}");
        }
        assert!(!robots.contains("Disallow: /sense"));
        assert!(!robots.contains("Disallow: /\n"));
        assert!(robots.contains("Allow: /spot/how-it-decides\n"));
        let map = sitemap("https://example.org");
        assert!(map.contains("<loc>https://example.org/sense/glossary</loc>"));
        assert!(map.contains("<loc>https://example.org/</loc>"));
        assert!(!map.contains("/settings"));
        assert!(!map.contains("<loc>https://example.org/spot</loc>"));
    }
}
