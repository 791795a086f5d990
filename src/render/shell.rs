//! A prerendered page: the built `index.html` with the page's title,
//! description and search-engine hints, and a body holding the app's shell
//! (skip link, header, "Get help now" with 999 and the helpline from the
//! registry, navigation, footer) around the page's content.
//!
//! It mirrors `ui::shell` and `app::App` element for element, so the app can
//! take over in place (`public/boot.js` swaps the two trees in one frame);
//! the browser suite compares the two. Controls that work only in the app
//! carry `app-needs-app` and are hidden when it cannot run (`noscript.css`).

use super::cover;
use super::markup::{escape, Html};
use super::pages::{StaticPage, APP_NAME};
use crate::domain::address::Address;
use crate::domain::registry::{org, OrgId};

/// The body the built `index.html` has before the app starts (a noscript
/// note and "Loading…"): replaced by the prerendered page.
pub const BODY_START: &str = "<body>";
pub const BODY_END: &str = "</body>";

/// The whole document for `page`, from the built `index.html` (`template`)
/// and the page's content. `origin` is the site's address when the build was
/// given one (`SITE_ORIGIN`). `None` if the template lacks the parts
/// replaced.
pub fn document(
    template: &str,
    page: &StaticPage,
    main: &str,
    version: &str,
    origin: Option<&str>,
) -> Option<String> {
    let mut head = String::new();
    head.push_str("<title>");
    escape(&page.document_title(), &mut head);
    head.push_str("</title>\n    <meta name=\"description\" content=\"");
    escape(&page.description, &mut head);
    head.push_str("\">\n    ");
    if page.indexable() {
        // Absolute when the build knows the site's address, as search
        // engines ask; relative otherwise, so a build made without one names
        // no origin (the suite checks) and works on any host.
        head.push_str("<link rel=\"canonical\" href=\"");
        escape(origin.unwrap_or_default(), &mut head);
        escape(&page.path, &mut head);
        head.push_str("\">");
    } else {
        head.push_str(NOINDEX);
    }
    // Every prerendered page has something to read before the app, so it
    // preloads nothing of the app's: on a slow connection the wasm would
    // compete with the stylesheets the first paint needs, and public/boot.js
    // fetches the app once the page has been painted.
    let template = without(template, Strip::Preloads);
    let doc = replace(&template, &head, &body(page, main, version))?;
    Some(with_stylesheets(doc, page.stylesheets()))
}

/// Links `hrefs` last in the head, where the app adds them, so their rules
/// come after the app's own stylesheets as they do in the app.
fn with_stylesheets(mut doc: String, hrefs: &[&str]) -> String {
    let Some(at) = doc.find("</head>") else {
        return doc;
    };
    let mut html = String::new();
    for href in hrefs {
        html.push_str("  <link rel=\"stylesheet\" href=\"");
        escape(href, &mut html);
        html.push_str("\">\n  ");
    }
    doc.insert_str(at, &html);
    doc
}

const NOINDEX: &str = "<meta name=\"robots\" content=\"noindex\">";

/// The plain app shell ([`super::pages::APP_SHELL`]): the built
/// `index.html` as it is ("Loading…" until the app draws the page the
/// address names), kept out of search.
pub fn app_shell(template: &str) -> Option<String> {
    let at = template.find("</title>")? + "</title>".len();
    Some(format!(
        "{}\n    {NOINDEX}{}",
        &template[..at],
        &template[at..]
    ))
}

/// The quick exit's cover as a file ([`cover::FILE`]): the template's head
/// without any script (nothing of the app runs there), and the cover.
pub fn cover_document(template: &str) -> Option<String> {
    let mut head = String::from("<title>");
    escape(cover::TITLE, &mut head);
    head.push_str("</title>\n    ");
    head.push_str(NOINDEX);
    let doc = replace(template, &head, &cover::body())?;
    Some(without(&doc, Strip::ScriptsAndPreloads))
}

/// What [`without`] drops from a document.
#[derive(Clone, Copy, PartialEq)]
enum Strip {
    Preloads,
    ScriptsAndPreloads,
}

/// Drops the preloads of the app's code, and `<script>` elements too if asked.
fn without(doc: &str, strip: Strip) -> String {
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    loop {
        let script = (strip == Strip::ScriptsAndPreloads)
            .then(|| rest.find("<script"))
            .flatten();
        let preload = rest.find("<link rel=\"modulepreload\"");
        let wasm = rest.find("<link rel=\"preload\"");
        let Some(start) = [script, preload, wasm].into_iter().flatten().min() else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = if tail.starts_with("<script") {
            tail.find("</script>").map(|i| i + "</script>".len())
        } else {
            tail.find('>').map(|i| i + 1)
        };
        match end {
            Some(end) => rest = &tail[end..],
            None => return out,
        }
    }
}

/// The template with its `<title>` replaced by `head` and its body by `body`.
fn replace(template: &str, head: &str, body: &str) -> Option<String> {
    let title_start = template.find("<title>")?;
    let title_end = template[title_start..].find("</title>")? + title_start + "</title>".len();
    let body_start = template.find(BODY_START)? + BODY_START.len();
    let body_end = template.rfind(BODY_END)?;
    if !(title_end < body_start && body_start < body_end) {
        return None;
    }
    let mut out = String::with_capacity(template.len() + body.len() + 4096);
    out.push_str(&template[..title_start]);
    out.push_str(head);
    out.push_str(&template[title_end..body_start]);
    out.push_str("\n    ");
    out.push_str(body);
    out.push_str("\n  ");
    out.push_str(&template[body_end..]);
    Some(out)
}

/// Marks the prerendered quick-exit note: shown (style/main.css) only when
/// `public/early.js` finds it has not been shown on this device yet.
pub const INTRO_CLASS: &str = "app-prerendered-intro";

/// The prerendered tree and the empty, hidden root the app is drawn into.
pub fn body(page: &StaticPage, main: &str, version: &str) -> String {
    let mut h = Html::new();
    h.open(
        "div",
        &[("id", "prerendered"), ("class", "app-prerendered")],
    );
    h.el(
        "a",
        &[("class", "app-skip-link"), ("href", "#main-content")],
        "Skip to main content",
    );
    header(&mut h, &page.path);
    h.open(
        "div",
        &[
            // What the app says about offline use; nothing to say without it.
            ("class", "app-offline-status app-needs-app"),
            ("data-readiness", "preparing"),
        ],
    );
    h.el(
        "p",
        &[("class", "app-width-container app-offline-status__text")],
        "Nothing you enter is ever sent. Getting the app ready to work offline.",
    );
    h.close("div");
    h.open("div", &[("class", "app-width-container")]);
    // Where the app shows it, so nothing moves when the app takes over.
    h.raw(&cover::intro_html(INTRO_CLASS));
    h.open(
        "main",
        &[
            ("class", "app-main"),
            ("id", "main-content"),
            ("tabindex", "-1"),
        ],
    );
    h.raw(main);
    h.close("main").close("div");
    footer(&mut h, version);
    h.close("div");
    h.open("div", &[("id", "app-root"), ("hidden", "")]);
    h.close("div");
    h.finish()
}

fn header(h: &mut Html, path: &str) {
    h.open("header", &[("class", "app-header")]);
    h.open("div", &[("class", "app-width-container app-header__inner")]);
    h.el(
        "a",
        &[
            ("class", "app-header__name"),
            ("href", &Address::Home.path()),
        ],
        APP_NAME,
    );
    // As `ui::protect::quick_exit::ExitThisPage`: a link to the cover file,
    // which works with no script at all; public/early.js makes it (and
    // Shift x3) leave without a history entry until the app has taken over.
    h.open(
        "a",
        &[
            ("href", cover::FILE),
            ("role", "button"),
            ("draggable", "false"),
            ("rel", "nofollow"),
            ("class", "app-button app-button--warning app-exit-this-page"),
            ("data-testid", "quick-exit"),
        ],
    );
    h.el("span", &[("class", "app-visually-hidden")], "Emergency: ");
    h.text("Exit this page").close("a");
    h.close("div").close("header");

    h.open("div", &[("class", "app-masthead")]);
    h.open(
        "div",
        &[("class", "app-width-container app-masthead__inner")],
    );
    help_now(h);
    h.close("div");
    h.open("nav", &[("class", "app-nav"), ("aria-label", "Main")]);
    h.open("ul", &[("class", "app-width-container app-nav__list")]);
    // As `ui::shell::Header`: the door's name, then what it is for.
    enum After {
        Sub(&'static str),
        More(&'static str),
        Nothing,
    }
    for (to, name, after) in [
        (Address::Library, "Sense it", After::Sub("Learn")),
        (Address::Visits, "Spot it", After::Sub("Visits")),
        (Address::Stop, "Stop it", After::Sub("Refer")),
        (Address::Train, "Train", After::Nothing),
        (Address::Settings, "Settings", After::More(" & privacy")),
    ] {
        let href = to.path();
        h.open("li", &[]);
        // As leptos_router's <A>: the current page and the pages under it.
        let current = path == href || path.starts_with(&format!("{href}/"));
        if current {
            h.open("a", &[("href", &href), ("aria-current", "page")]);
        } else {
            h.open("a", &[("href", &href)]);
        }
        h.text(name);
        match after {
            After::Sub(plain) => {
                h.el("span", &[("class", "app-nav__sub")], &format!(" {plain}"));
            }
            After::More(more) => {
                h.el("span", &[("class", "app-nav__more")], more);
            }
            After::Nothing => {}
        }
        h.close("a").close("li");
    }
    h.close("ul").close("nav").close("div");
}

/// 999 and the helpline, from the registry (as `ui::shell::HelpNow`).
fn help_now(h: &mut Html) {
    let emergency = org(OrgId::Emergency999);
    let helpline = org(OrgId::Helpline);
    h.open(
        "div",
        &[
            ("class", "app-help"),
            ("role", "region"),
            ("aria-label", "Get help now"),
        ],
    );
    h.el("span", &[("class", "app-help__title")], "Get help now");
    for (o, class, label) in [
        (
            emergency,
            "app-help__link app-help__link--emergency",
            "Danger now: ",
        ),
        (helpline, "app-help__link", "Helpline: "),
    ] {
        h.open(
            "a",
            &[
                ("class", class),
                ("href", &format!("tel:{}", o.numbers[0].tel)),
            ],
        );
        h.el("span", &[("class", "app-help__label")], label);
        h.el("strong", &[], o.numbers[0].display);
        h.close("a");
    }
    h.close("div");
}

fn footer(h: &mut Html, version: &str) {
    h.open("footer", &[("class", "app-footer")]);
    h.open("div", &[("class", "app-width-container")]);
    h.el("p", &[], "Nothing you enter in this app leaves this device. It sends nothing and loads nothing from elsewhere.");
    h.open("p", &[]).text(
        "Indicators are not proof: this app gives a level of concern and routes, never a verdict. ",
    );
    h.link(&Address::HowItDecides.path(), "How the checklist decides");
    h.close("p");
    h.el(
        "p",
        &[("class", "app-footer__meta")],
        &format!("Version {version}"),
    );
    h.close("div").close("footer");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pages::{static_pages, TRAIN_CSS};

    const TEMPLATE: &str = "<!doctype html><html><head><noscript><link rel=\"stylesheet\" href=\"/noscript.css\"></noscript><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><title>Sense it. Spot it. Stop it.</title><script type=\"module\" src=\"/boot.js\"></script><link rel=\"modulepreload\" href=\"/app.js\"><link rel=\"preload\" href=\"/app.wasm\" as=\"fetch\"></head><body><noscript><p>old</p></noscript><div id=\"app-loading\">Loading…</div></body></html>";

    fn page(path: &str) -> StaticPage {
        static_pages().into_iter().find(|p| p.path == path).unwrap()
    }

    #[test]
    fn a_guidance_page_has_its_title_description_canonical_and_the_shell() {
        let doc = document(
            TEMPLATE,
            &page(&Address::Stop.path()),
            "<h1>Who</h1>",
            "1.0",
            None,
        )
        .unwrap();
        assert!(
            doc.contains("<title>Stop it: who to contact – Sense it. Spot it. Stop it.</title>")
        );
        assert!(doc.contains("<meta name=\"description\" content=\"Who to contact"));
        assert!(doc.contains("<link rel=\"canonical\" href=\"/stop\">"));
        assert!(!doc.contains("noindex"));
        assert!(!doc.contains("Loading…"), "no loading placeholder");
        assert!(!doc.contains("<p>old</p>"), "the old body is replaced");
        assert!(
            doc.contains("<noscript><link rel=\"stylesheet\" href=\"/noscript.css\"></noscript>"),
            "the head is kept"
        );
        assert!(
            doc.contains("<a href=\"/cover.html\" role=\"button\""),
            "the quick exit works as a link"
        );
        assert!(doc.contains("<a href=\"/train\">Train</a>"));
        assert!(doc.contains("Content-Security-Policy"));
        assert!(doc.contains("tel:999"));
        let helpline = &org(OrgId::Helpline).numbers[0];
        assert!(doc.contains(&format!("tel:{}", helpline.tel)));
        assert!(doc.contains(helpline.display));
        assert!(doc.contains("<a href=\"/stop\" aria-current=\"page\">Stop it"));
        assert!(doc.contains(
            "<main class=\"app-main\" id=\"main-content\" tabindex=\"-1\"><h1>Who</h1></main>"
        ));
        assert!(doc.contains("<div id=\"app-root\" hidden=\"\"></div>"));
        assert_eq!(
            doc.matches("<script").count(),
            1,
            "only the template's own script"
        );
        assert!(
            !doc.contains("preload"),
            "the app is fetched after the first paint, not preloaded"
        );
    }

    #[test]
    fn no_prerendered_page_preloads_the_app_as_each_has_something_to_read_first() {
        for p in static_pages() {
            let doc = document(TEMPLATE, &p, "", "1.0", None).unwrap();
            assert!(!doc.contains("preload"), "{}", p.path);
            assert!(
                doc.contains("<div id=\"prerendered\" class=\"app-prerendered\">"),
                "{}",
                p.path
            );
        }
    }

    #[test]
    fn trains_page_links_its_own_stylesheet_last_in_the_head_and_no_other_page_does() {
        let sheet = format!("<link rel=\"stylesheet\" href=\"{TRAIN_CSS}\">");
        for p in static_pages() {
            let doc = document(TEMPLATE, &p, "", "1.0", None).unwrap();
            let want = usize::from(p.address == Address::Train);
            assert_eq!(doc.matches(&sheet).count(), want, "{}", p.path);
            if want == 1 {
                let (at, head_end) = (doc.find(&sheet), doc.find("</head>"));
                let noscript = doc.find("/noscript.css");
                assert!(
                    noscript < at && at < head_end,
                    "after the template's own sheets"
                );
            }
        }
    }

    #[test]
    fn pages_that_need_the_app_are_kept_out_of_search() {
        for p in static_pages().into_iter().filter(|p| !p.indexable()) {
            let doc = document(TEMPLATE, &p, "", "1.0", Some("https://x.example")).unwrap();
            assert!(
                doc.contains("<meta name=\"robots\" content=\"noindex\">"),
                "{}",
                p.path
            );
            assert!(!doc.contains("canonical"));
        }
    }

    #[test]
    fn the_app_shell_is_the_template_kept_out_of_search() {
        let shell = app_shell(TEMPLATE).unwrap();
        assert!(shell.contains("Loading…"));
        assert!(shell.contains(NOINDEX));
        assert_eq!(shell.replace(&format!("\n    {NOINDEX}"), ""), TEMPLATE);
    }

    #[test]
    fn the_cover_runs_no_script_and_names_nothing_of_the_app() {
        let doc = cover_document(TEMPLATE).unwrap();
        assert!(!doc.contains("<script"), "{doc}");
        assert!(doc.contains("<title>Property inspection checklist</title>"));
        assert!(!doc.contains(APP_NAME));
        assert!(!doc.contains("rafficking"));
        assert!(doc.contains("Content-Security-Policy"));
        assert!(doc.contains(NOINDEX));
    }

    #[test]
    fn a_template_without_its_parts_is_refused() {
        assert!(document(
            "<html><body></body></html>",
            &page(&Address::Home.path()),
            "",
            "1",
            None
        )
        .is_none());
    }

    #[test]
    fn a_build_given_the_site_address_writes_absolute_canonicals() {
        let doc = document(
            TEMPLATE,
            &page(&Address::Stop.path()),
            "",
            "1",
            Some("https://guide.example.gov.uk"),
        )
        .unwrap();
        assert!(doc.contains("<link rel=\"canonical\" href=\"https://guide.example.gov.uk/stop\">"));
    }
}
