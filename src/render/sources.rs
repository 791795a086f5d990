//! "Sources" and "Last reviewed" at the foot of every guidance page.

use super::markup::Html;
use crate::domain::source::Source;

/// "2026-11-28" as "28 November 2026".
pub fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

/// One source: its number, citation and address (as text: the app never
/// loads anything from elsewhere).
pub fn citation(h: &mut Html, s: &Source) {
    h.open("span", &[("class", "app-source")]);
    h.el(
        "span",
        &[("class", "app-source__key")],
        &format!("[{}] ", s.key),
    );
    h.text(s.citation);
    if !s.url.is_empty() {
        h.el("span", &[("class", "app-source__url")], s.url);
    }
    h.close("span");
}

/// "[78] [79]" after a sign or a sentence.
pub fn keys(sources: &[&Source]) -> String {
    sources
        .iter()
        .map(|s| format!("[{}]", s.key))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a sources section stands on its page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Last on the page, with nothing to act on after it: while far from
    /// the screen it need not be laid out (style/main.css), and on a long
    /// list of sources that is most of the page's work.
    PageEnd,
    /// Above the page's buttons: always laid out, so that laying it out
    /// never moves a button as the reader reaches for it.
    AboveActions,
}

/// The sources section: every source once, in reference order.
pub fn section(h: &mut Html, sources: Vec<&'static Source>, reviewed: &str, at: Placement) {
    let mut sources = sources;
    crate::domain::order::sort_by_key(&mut sources, |s| (s.key.len(), s.key));
    sources.dedup_by_key(|s| s.key);
    let class = match at {
        Placement::PageEnd => "app-sources app-sources--page-end",
        Placement::AboveActions => "app-sources",
    };
    h.open(
        "section",
        &[("class", class), ("aria-labelledby", "sources-heading")],
    );
    h.el(
        "h2",
        &[("class", "app-heading-m"), ("id", "sources-heading")],
        "Sources",
    );
    h.open("ul", &[("class", "app-sources__list")]);
    for s in sources {
        h.open("li", &[]);
        citation(h, s);
        h.close("li");
    }
    h.close("ul");
    h.open("p", &[("class", "app-sources__reviewed")])
        .text("Last reviewed: ");
    h.el("time", &[("datetime", reviewed)], &human_date(reviewed));
    h.close("p").close("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sources::{S1, S102, S2};

    #[test]
    fn dates_read_as_words() {
        assert_eq!(human_date("2026-11-28"), "28 November 2026");
        assert_eq!(human_date("soon"), "soon");
    }

    #[test]
    fn each_source_is_listed_once_in_reference_order() {
        let mut h = Html::new();
        section(
            &mut h,
            vec![&S102, &S2, &S1, &S2],
            "2026-11-28",
            Placement::PageEnd,
        );
        let html = h.finish();
        assert_eq!(html.matches("app-source__key").count(), 3);
        assert!(html.find("[1]").unwrap() < html.find("[2]").unwrap());
        assert!(html.find("[2]").unwrap() < html.find("[102]").unwrap());
        assert!(
            html.contains("Last reviewed: <time datetime=\"2026-11-28\">28 November 2026</time>")
        );
    }

    #[test]
    fn only_sources_at_the_end_of_a_page_may_be_skipped_while_off_screen() {
        let at = |placement| {
            let mut h = Html::new();
            section(&mut h, vec![&S1], "2026-11-28", placement);
            h.finish()
        };
        assert!(at(Placement::PageEnd).contains("class=\"app-sources app-sources--page-end\""));
        assert!(at(Placement::AboveActions).contains("class=\"app-sources\""));
    }
}
