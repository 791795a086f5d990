//! The app's static routes as data: each one's address, title, description,
//! whether search engines may list it, and its content rendered to HTML.
//!
//! The build (`src/bin/prerender.rs`) writes every route here to a file of
//! its own, so a page is readable before, and without, the app's code; the
//! same list gives `sitemap.xml` and `robots.txt`. The text comes from the
//! same renderers and build-time library files the app shows, and a native
//! test checks every static address in the app's router is listed here.

use super::{
    chain, cover, emergency, intros, local_notice, logic, markup::Html, signs, sources, stop,
};
use crate::domain::{
    address::{Address, ROUTE_PATTERNS},
    content::{glossary_sources, glossary_url, topic, topics_in, GLOSSARY, SECTIONS, TOPICS},
    local_contacts::Local,
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
    /// Guidance: readable in full without the app, listed for search engines.
    Guidance,
    /// A tool's entry page (Train, the Chain Checker): what it is can be read
    /// and found by search, and one line says the tool itself needs the app.
    Tool,
    /// A page that works only in the app (visits, practice, settings):
    /// kept out of search, and says in one line that it needs the app.
    NeedsApp,
    /// This deployment's own page (the council's numbers, to print for a
    /// noticeboard): readable without the app, but kept out of search, as a
    /// council's direct lines are for its staff.
    Local,
}

/// What a page that needs the app says when the app cannot run (no
/// JavaScript, or the WebAssembly failed). Hidden while the app can run.
pub const NEEDS_APP_LINE: &str = "This page needs the app, which runs only with JavaScript and WebAssembly turned on. The guidance in Sense it and Stop it can be read without them.";

#[derive(Debug, Clone)]
pub struct StaticPage {
    pub address: Address,
    /// `address.path()`.
    pub path: String,
    /// The page's own name ("" for the home page), as the app's tab title
    /// shows it before " – " and the app's name.
    pub title: String,
    pub description: String,
    pub kind: Kind,
}

impl StaticPage {
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
    /// which servers find with `try_files $uri $uri.html`. The home page is
    /// `index.html`; addresses with no page of their own get the plain app
    /// shell, [`APP_SHELL`].
    pub fn file(&self) -> String {
        if self.address == Address::Home {
            "index.html".into()
        } else {
            format!("{}.html", self.path.trim_start_matches('/'))
        }
    }

    pub fn indexable(&self) -> bool {
        matches!(self.kind, Kind::Guidance | Kind::Tool)
    }

    /// Stylesheets of an area's own that the page links to itself, as the
    /// app adds them when the area opens: without them the page would be
    /// drawn unstyled first and move when the app takes over.
    pub fn stylesheets(&self) -> &'static [&'static str] {
        match self.address {
            Address::Train => &[TRAIN_CSS],
            _ => &[],
        }
    }
}

/// Train's stylesheet (style/train.css, copied as it is): fetched when the
/// Train area opens, so no other page's first load carries it.
pub const TRAIN_CSS: &str = "/train.css";

/// The built `index.html` as trunk wrote it, before the home page replaces
/// it: the app with no page drawn yet ("Loading…"). Servers and the service
/// worker answer every in-app address with no prerendered file with it, so a
/// deep link into a visit never shows another page first.
pub const APP_SHELL: &str = "app.html";

/// Whether an address is prerendered, and how: its title, description and
/// kind. Every variant is named, so a new page must be decided here.
fn page_for(address: &Address) -> Option<(&'static str, &'static str, Kind)> {
    use Kind::*;
    Some(match address {
        Address::Home => (
            "",
            "For council and enforcement officers who may see human trafficking on property visits: learn the signs, record what you see, and find the right way to refer, anywhere in the UK.",
            Guidance,
        ),
        Address::Library => (
            "Sense it: learn the signs",
            "What human trafficking and modern slavery are, how big they are in the UK, their forms and signs, how they are tackled and how to refer, with sources.",
            Guidance,
        ),
        Address::Signs => (
            "Sense it: the signs of exploitation",
            "The signs of trafficking and exploitation an inspector may see during a visit, by kind of exploitation and premises, each graded and sourced.",
            Guidance,
        ),
        Address::Glossary => (
            "Glossary",
            "The words used in UK trafficking guidance and referrals, explained: from cuckooing and debt bondage to the National Referral Mechanism and the Duty to Notify.",
            Guidance,
        ),
        Address::Topic(id) => {
            let t = topic(id)?;
            (t.title, t.summary, Guidance)
        }
        Address::Stop => (
            "Stop it: who to contact",
            "Who to contact about possible human trafficking: 999, the Modern Slavery Helpline, children's services and the National Referral Mechanism, by age, consent and nation.",
            Guidance,
        ),
        Address::HowItDecides => (
            "How the checklist decides",
            "How the visit checklist turns what an inspector saw into a level of concern and referral routes: its rule, its situations and every sign it weighs.",
            Guidance,
        ),
        Address::Train => (
            "Train",
            "A 2-hour workshop on human trafficking for frontline council and enforcement officers, at your own pace: four modules, a quiz, scenarios and short reviews.",
            Tool,
        ),
        Address::Chain => (
            "Chain Checker",
            "A modern slavery self-assessment for businesses and lenders: your exposure, one theme per page, actions and a board report. Answers stay on this device.",
            Tool,
        ),
        Address::ChainScoring => (
            "How the Chain Checker scores",
            "How the Chain Checker turns a business's answers into bands, a level of exposure and actions: every rule, scale, weight and source it uses.",
            Guidance,
        ),
        Address::LocalContacts => (
            "Our local contacts",
            "The council's own numbers for possible trafficking, by nation, with 999 and the national helpline, to print for a team noticeboard.",
            Local,
        ),
        Address::Visits => (
            "Spot it: your visits",
            "Your visit records, kept only on this device.",
            NeedsApp,
        ),
        Address::Practice => (
            "Practise on sample visits",
            "Practise the visit checklist on sample visits.",
            NeedsApp,
        ),
        Address::Settings => (
            intros::SETTINGS_HEADING,
            "Settings and privacy for this device.",
            NeedsApp,
        ),
        // Pages of the app alone: a reader's own records, a step of a
        // tool, and the presenter's screens.
        Address::GlossaryTerm(_)
        | Address::VisitStep { .. }
        | Address::DeleteData
        | Address::TrainCourse { .. }
        | Address::TrainReview
        | Address::TrainPresent
        | Address::TrainAudience
        | Address::TrainCertificate
        | Address::TrainTeam
        | Address::TrainPoster
        | Address::TrainPack(_)
        | Address::ChainStep { .. } => return None,
    })
}

/// Whether a router pattern is a library topic's (`:id` filled in, it
/// parses as [`Address::Topic`]).
fn is_topic_pattern(pattern: &str) -> bool {
    pattern.contains(':')
        && matches!(
            Address::parse(&pattern.replace(":id", "x")),
            Some(Address::Topic(_))
        )
}

/// Every prerendered page, from the app's address patterns
/// ([`ROUTE_PATTERNS`], in their order): each address with no parameter
/// that [`page_for`] keeps, and every topic of the library (in the order
/// of its sections) for `/sense/:id`.
pub fn static_pages() -> Vec<StaticPage> {
    let mut addresses = Vec::new();
    for pattern in ROUTE_PATTERNS {
        if is_topic_pattern(pattern) {
            addresses.extend(
                SECTIONS
                    .iter()
                    .flat_map(|(s, _)| topics_in(s))
                    .map(|t| Address::Topic(t.id.into())),
            );
        } else if !pattern.contains(':') {
            addresses.push(Address::parse(pattern).expect("a route pattern is an address"));
        }
    }
    addresses
        .into_iter()
        .filter_map(|address| {
            let (title, description, kind) = page_for(&address)?;
            Some(StaticPage {
                path: address.path(),
                address,
                title: title.into(),
                description: description.into(),
                kind,
            })
        })
        .collect()
}

/// The page's `<main>` content as the app shows it for the default nation.
/// `read` returns a build-time library file (a `LIBRARY_DIR` address);
/// `today` (YYYY-MM-DD) dates the council's own contacts as the app does.
pub fn main_html(page: &StaticPage, read: &dyn Fn(&str) -> String, today: &str) -> String {
    let mut h = Html::new();
    match &page.address {
        Address::Home => home(&mut h),
        Address::Library => library(&mut h),
        Address::Signs => {
            back_to_library(&mut h);
            heading(&mut h, "Sense it", "The signs of exploitation");
            raw_div(&mut h, &signs::page());
        }
        Address::Glossary => {
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
            sources::section(
                &mut foot,
                glossary_sources(),
                GLOSSARY_REVIEWED,
                sources::Placement::PageEnd,
            );
            raw_div(&mut h, &foot.finish());
        }
        Address::Stop => {
            heading(&mut h, "Stop it", "Who to contact");
            h.el("p", &[("class", "app-body-l")], "The right route depends on danger, the person's age, whether an adult agrees to be referred, and the nation you are in.");
            raw_div(&mut h, &emergency::panel_html(emergency::Place::Stop));
            nation_switch(&mut h);
            let local = Local::deployed(today);
            raw_div(&mut h, &stop::routes(DEFAULT_NATION, &local));
            raw_div(&mut h, &stop::other_nations(DEFAULT_NATION, &local));
            raw_div(&mut h, &stop::sources_for(DEFAULT_NATION));
        }
        Address::HowItDecides => {
            heading(&mut h, "Spot it", "How the checklist decides");
            h.el("p", &[("class", "app-body-l")], "Everything on this page is produced from the same data and rules the visit checklist uses.");
            raw_div(&mut h, &logic::rules());
            nation_switch(&mut h);
            raw_div(&mut h, &logic::situations_table(DEFAULT_NATION));
            raw_div(&mut h, &logic::signs_table());
        }
        Address::Topic(id) => match topic(id) {
            Some(t) => topic_page(&mut h, t, read),
            None => return needs_app(&page.title),
        },
        Address::Train => {
            intro(&mut h, &intros::TRAIN);
            needs_app_line(&mut h);
        }
        Address::Chain => {
            intro(&mut h, &intros::CHAIN);
            h.el("h2", &[("class", "app-heading-m")], "Who it is for");
            h.el("p", &[], intros::CHAIN_WHO);
            h.el(
                "h2",
                &[("class", "app-heading-m")],
                "What it is, and what it is not",
            );
            h.bullets(intros::CHAIN_WHAT);
            h.el("p", &[], intros::CHAIN_STEPS);
            h.el("h2", &[("class", "app-heading-m")], "Before you start");
            h.el("p", &[], intros::CHAIN_BRING_LEAD);
            h.bullets(intros::CHAIN_BRING);
            h.el("p", &[], intros::CHAIN_NOT_SURE);
            needs_app_line(&mut h);
        }
        Address::ChainScoring => {
            back_link(&mut h, &Address::Chain.path());
            heading(&mut h, "Chain Checker", "How the Chain Checker scores");
            h.el(
                "p",
                &[("class", "app-body-l")],
                "Everything on this page is produced from the same questions and rules the check uses.",
            );
            raw_div(&mut h, &chain::scoring_page());
        }
        Address::LocalContacts => {
            back_link(&mut h, &Address::Stop.path());
            h.open("div", &[("class", "app-notice-board-page")]);
            h.el("h1", &[("class", "app-heading-xl")], "Our local contacts");
            raw_div(&mut h, &local_notice::page(&Local::deployed(today)));
            h.close("div");
            // Printing is the app's; without it the browser's own print works.
            h.open("div", &[("class", "app-button-group app-no-print")]);
            h.el(
                "button",
                &[("type", "button"), ("class", "app-button app-needs-app")],
                "Print",
            );
            h.close("div");
        }
        // Pages that need the app: what is the same on every device, and
        // the one line shown only when the app cannot run.
        Address::Visits => {
            intro(&mut h, &intros::VISITS);
            h.bullets(intros::VISITS_POINTS);
            needs_app_line(&mut h);
        }
        Address::Practice => {
            intro(&mut h, &intros::PRACTICE);
            h.open("div", &[("class", "app-inset")]);
            h.el("p", &[], intros::PRACTICE_NOTE);
            h.close("div");
            needs_app_line(&mut h);
        }
        Address::Settings => {
            h.el(
                "h1",
                &[("class", "app-heading-xl")],
                intros::SETTINGS_HEADING,
            );
            h.el("p", &[("class", "app-body-l")], intros::SETTINGS_LEAD);
            needs_app_line(&mut h);
        }
        _ => return needs_app(&page.title),
    }
    h.finish()
}

fn intro(h: &mut Html, intro: &intros::Intro) {
    heading(h, intro.caption, intro.heading);
    h.el("p", &[("class", "app-body-l")], intro.lead);
}

fn needs_app_line(h: &mut Html) {
    h.el(
        "p",
        &[("class", "app-body-l app-no-app-only")],
        NEEDS_APP_LINE,
    );
}

fn needs_app(heading_text: &str) -> String {
    let mut h = Html::new();
    h.el("h1", &[("class", "app-heading-xl")], heading_text);
    needs_app_line(&mut h);
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

/// The app's "Back" link (`ui::components::back_link`).
fn back_link(h: &mut Html, href: &str) {
    h.el("a", &[("class", "app-back-link"), ("href", href)], "Back");
}

fn back_to_library(h: &mut Html) {
    h.el(
        "a",
        &[
            ("class", "app-back-link"),
            ("href", &Address::Library.path()),
        ],
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
    h.el("p", &[("class", "app-body-l")], intros::HOME_LEAD);
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
            ("href", &Address::Library.path()),
        ],
        "Learn the signs",
    );
    h.close("div");
    h.open("div", &[("class", "app-inset")]);
    h.el("p", &[], "If anyone is in immediate danger, call 999 now.");
    h.close("div");
    for (group, cards) in intros::HOME_CARDS {
        h.el("h2", &[("class", "app-heading-m")], group);
        h.open("ul", &[("class", "app-cards")]);
        for card in cards {
            h.open("li", &[("class", "app-card")]);
            h.open("h3", &[("class", "app-heading-s")])
                .link(&card.to.path(), card.title)
                .close("h3");
            h.el("p", &[], card.text);
            h.close("li");
        }
        h.close("ul");
    }
}

fn library(h: &mut Html) {
    heading(h, "Sense it", "Learn about trafficking and exploitation");
    h.el("p", &[("class", "app-body-l")], "What trafficking is, how big it is in the UK, its forms and signs, how it is tackled, and how to support and refer. Every page gives its sources and when it was last reviewed.");
    // The search box works in the app only; the app draws it in place.
    search_box(h);
    h.open("ul", &[("class", "app-cards")]);
    for (href, title, text) in [
        (
            Address::Signs,
            "The signs of exploitation",
            "Every sign the visit checklist uses, by kind of exploitation and kind of premises.",
        ),
        (
            Address::Glossary,
            "Glossary",
            "The words used in the guidance and in referrals, explained.",
        ),
    ] {
        h.open("li", &[("class", "app-card")]);
        h.open("h2", &[("class", "app-heading-s")])
            .link(&href.path(), title)
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
                    ("href", &Address::Topic(t.id.into()).path()),
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
                .link(&Address::Topic(r.id.into()).path(), r.title)
                .close("li");
        }
        h.close("ul").close("nav");
    }
    let mut foot = Html::new();
    sources::section(
        &mut foot,
        t.sources.to_vec(),
        t.reviewed,
        sources::Placement::PageEnd,
    );
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
        if let Address::Topic(id) = &p.address {
            if let Some(t) = topic(id) {
                out.push_str("<lastmod>");
                out.push_str(t.reviewed);
                out.push_str("</lastmod>");
            }
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// The addresses search engines are asked to leave alone: every page that
/// is not listed (the router's patterns with no indexable page, as
/// prefixes up to their first parameter), the plain app shell and the
/// quick exit's cover.
pub fn closed_to_search() -> Vec<String> {
    let pages = static_pages();
    let mut closed: Vec<String> = Vec::new();
    for pattern in ROUTE_PATTERNS {
        if is_topic_pattern(pattern) {
            continue; // every topic is a guidance page
        }
        let path = match pattern.find(':') {
            Some(i) => pattern[..i].to_string(),
            None => pattern.to_string(),
        };
        let listed = pages.iter().any(|p| p.path == path && p.indexable());
        if !listed && !closed.contains(&path) {
            closed.push(path);
        }
    }
    closed.push(format!("/{APP_SHELL}"));
    closed.push(cover::FILE.to_string());
    closed
}

/// `robots.txt`: the guidance may be listed; the pages that hold or lead to
/// a reader's own records, and the quick exit's cover, may not.
pub fn robots(sitemap_url: Option<&str>) -> String {
    let mut out = String::from("# The guidance may be listed by search engines; visits, practice,\n# settings, the tools' own steps and the quick exit's cover may not\n# (their pages also carry noindex).\nUser-agent: *\nAllow: /\n");
    let closed = closed_to_search();
    for path in &closed {
        out.push_str(&format!("Disallow: {path}\n"));
    }
    // Rules match by prefix and the longest wins: `/spot` would also close
    // `/spot/how-it-decides`, so guidance under a closed prefix is opened.
    for p in static_pages().iter().filter(|p| p.indexable()) {
        if closed.iter().any(|c| p.path.starts_with(c.as_str())) {
            out.push_str(&format!("Allow: {}\n", p.path));
        }
    }
    if let Some(url) = sitemap_url {
        out.push_str(&format!("\nSitemap: {url}\n"));
    }
    out
}

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
                .filter(|p| matches!(p.address, Address::Topic(_)))
                .count(),
            topic_count()
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

    /// The list comes from the router's patterns: the entry pages of
    /// every part are there, and no page with a parameter but the topics.
    #[test]
    fn the_list_follows_the_router() {
        let paths: Vec<String> = static_pages().into_iter().map(|p| p.path).collect();
        for a in [
            Address::Home,
            Address::Library,
            Address::Signs,
            Address::Glossary,
            Address::Stop,
            Address::HowItDecides,
            Address::Train,
            Address::Chain,
            Address::Visits,
            Address::Settings,
            Address::ChainScoring,
            Address::LocalContacts,
        ] {
            assert!(paths.contains(&a.path()), "{} is prerendered", a.path());
        }
        for p in &paths {
            let a = Address::parse(p).expect("an address");
            assert!(page_for(&a).is_some());
        }
        assert!(!paths.iter().any(|p| matches!(
            Address::parse(p),
            Some(Address::VisitStep { .. } | Address::ChainStep { .. })
        )));
        assert_eq!(paths.len(), topic_count() + 13);
    }

    #[test]
    fn guidance_pages_render_their_heading_and_the_library_file() {
        for p in static_pages() {
            let html = main_html(&p, &read_nothing, "2026-12-02");
            assert!(html.contains("<h1"), "{}: no heading", p.path);
            if matches!(p.address, Address::Topic(_) | Address::Glossary) {
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
        let disallowed: Vec<&str> = robots
            .lines()
            .filter_map(|l| l.strip_prefix("Disallow: "))
            .collect();
        let allowed: Vec<&str> = robots
            .lines()
            .filter_map(|l| l.strip_prefix("Allow: "))
            .collect();
        let closed = |a: &Address| {
            let path = a.path();
            disallowed.iter().any(|d| path.starts_with(d)) && !allowed.contains(&path.as_str())
        };
        for a in [
            Address::Visits,
            Address::Practice,
            Address::Settings,
            Address::VisitStep {
                practice: false,
                id: "abc".into(),
                step: crate::domain::wizard::Step::Danger,
                from_check: false,
            },
            Address::ChainStep {
                id: "abc".into(),
                step: crate::domain::chain_checker::steps::Step::Exposure,
            },
            Address::TrainReview,
            Address::LocalContacts,
        ] {
            assert!(closed(&a), "{} is closed:\n{robots}", a.path());
        }
        for p in static_pages().iter().filter(|p| p.indexable()) {
            assert!(!closed(&p.address), "{} is open:\n{robots}", p.path);
        }
        for file in [format!("/{APP_SHELL}"), cover::FILE.to_string()] {
            assert!(disallowed.contains(&file.as_str()), "{file}");
        }
        let map = sitemap("https://example.org");
        assert!(map.contains("<loc>https://example.org/sense/glossary</loc>"));
        assert!(map.contains("<loc>https://example.org/</loc>"));
        assert!(map.contains("<loc>https://example.org/chain</loc>"));
        assert!(map.contains("<loc>https://example.org/train</loc>"));
        assert!(map.contains("<loc>https://example.org/chain/how-it-scores</loc>"));
        assert!(!map.contains("local-contacts"));
        assert!(!map.contains(&Address::Settings.path()));
        assert!(!map.contains("<loc>https://example.org/spot</loc>"));
    }
}
