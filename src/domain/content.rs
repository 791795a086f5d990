//! The guidance library, rendered and checked from content/ when the app
//! builds (build.rs), and the search over it. The pages' HTML, the glossary
//! and the search text are files under `LIBRARY_DIR`, fetched when needed;
//! what lists, links and ranks the library is compiled in.

use super::address::Address;
use super::{nation::Nation, source::Source, sources::*};

pub struct Topic {
    pub id: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub section: &'static str,
    pub order: u32,
    pub nations: &'static [Nation],
    pub sources: &'static [&'static Source],
    pub reviewed: &'static str,
    pub related: &'static [&'static str],
    /// A composite story: shown with that label on the page.
    pub composite: bool,
    /// Whether the text differs by nation: then there is one HTML file per
    /// nation (that nation's text first, the others folded) and the page
    /// offers the switch.
    pub nation_specific: bool,
    pub headings: &'static [&'static str],
}

/// A glossary term. Its definition is in glossary.html, for the page, and
/// in the search text file, for search.
pub struct Term {
    pub id: &'static str,
    pub term: &'static str,
    pub sources: &'static [&'static Source],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The sections of the library, in reading order, with their headings.
pub const SECTIONS: [(&str, &str); 6] = [
    ("understand", "What trafficking is"),
    ("scale", "How big it is in the UK"),
    ("forms", "Forms of exploitation"),
    ("stories", "Composite stories"),
    ("tackle", "How it is tackled"),
    ("refer", "Support and refer"),
];

pub fn topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}

pub fn topics_in(section: &str) -> Vec<&'static Topic> {
    let mut list: Vec<_> = TOPICS.iter().filter(|t| t.section == section).collect();
    super::order::sort_by_key(&mut list, |t| t.order);
    list
}

impl Topic {
    /// Where the page's trusted HTML, made at build time, is for a reader in
    /// `nation`.
    pub fn html_url(&self, nation: Nation) -> String {
        if !self.nation_specific {
            return format!("{LIBRARY_DIR}{}.html", self.id);
        }
        let slug = match nation {
            Nation::EnglandWales => "england-wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
        };
        format!("{LIBRARY_DIR}{}.{slug}.html", self.id)
    }
}

/// The glossary's trusted HTML, made at build time.
pub fn glossary_url() -> String {
    format!("{LIBRARY_DIR}glossary.html")
}

/// Every topic's plain text, one line per topic in `TOPICS` order, then every
/// glossary definition, one line per term in `GLOSSARY` order.
pub fn search_text_url() -> String {
    format!("{LIBRARY_DIR}search.txt")
}

/// What a search result points at.
#[derive(Clone, Copy)]
pub enum Found {
    Topic(&'static Topic),
    Term(&'static Term),
}

impl Found {
    pub fn title(&self) -> &'static str {
        match self {
            Found::Topic(t) => t.title,
            Found::Term(t) => t.term,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Found::Topic(t) => Address::Topic(t.id.into()).path(),
            Found::Term(t) => Address::GlossaryTerm(t.id.into()).path(),
        }
    }
}

/// One search result: what it is, how well it matched, and a snippet split
/// into (text, is-a-match) parts for highlighting.
pub struct Hit {
    pub found: Found,
    pub score: u32,
    pub snippet: Vec<(String, bool)>,
}

fn words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| w.len() >= 2)
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

fn count(haystack_lower: &str, needle: &str) -> u32 {
    haystack_lower.matches(needle).count().min(20) as u32
}

/// The part of `text` around the first match, with every match marked.
fn snippet(text: &str, terms: &[String]) -> Vec<(String, bool)> {
    let lower = text.to_ascii_lowercase();
    let first = terms
        .iter()
        .filter_map(|t| lower.find(t.as_str()))
        .min()
        .unwrap_or(0);
    let mut start = first.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (first + 110).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let window = &text[start..end];
    let wl = &lower[start..end];
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for t in terms {
        let mut from = 0;
        while let Some(i) = wl[from..].find(t.as_str()) {
            marks.push((from + i, from + i + t.len()));
            from += i + t.len();
        }
    }
    super::order::sort_by(&mut marks, Ord::cmp);
    let mut parts = Vec::new();
    let mut pos = 0;
    if start > 0 {
        parts.push(("…".to_string(), false));
    }
    for (a, b) in marks {
        if a < pos || !window.is_char_boundary(a) || !window.is_char_boundary(b) {
            continue;
        }
        if a > pos {
            parts.push((window[pos..a].to_string(), false));
        }
        parts.push((window[a..b].to_string(), true));
        pos = b;
    }
    if pos < window.len() {
        parts.push((window[pos..].to_string(), false));
    }
    if end < text.len() {
        parts.push(("…".to_string(), false));
    }
    parts
}

/// Searches titles, headings, summaries, body text and the glossary. Every
/// word of the query must appear; titles count most. Best first.
///
/// `texts` is the search text file (`search_text_url`); until it has loaded,
/// pass "" and the search covers titles, headings, summaries and glossary
/// terms, but not the pages' text or the definitions.
pub fn search(query: &str, limit: usize, texts: &str) -> Vec<Hit> {
    let terms = words(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut lines = texts.lines();
    for t in TOPICS {
        let body = lines.next().unwrap_or("");
        let title = t.title.to_ascii_lowercase();
        let summary = t.summary.to_ascii_lowercase();
        let headings = t.headings.join(" ").to_ascii_lowercase();
        let text = body.to_ascii_lowercase();
        let mut score = 0;
        let mut all = true;
        for w in &terms {
            let s = count(&title, w) * 20
                + count(&headings, w) * 6
                + count(&summary, w) * 4
                + count(&text, w);
            if s == 0 {
                all = false;
                break;
            }
            score += s;
        }
        if all {
            let source = if terms.iter().any(|w| text.contains(w.as_str())) {
                body
            } else {
                t.summary
            };
            hits.push(Hit {
                found: Found::Topic(t),
                score,
                snippet: snippet(source, &terms),
            });
        }
    }
    for g in GLOSSARY {
        let definition = lines.next().unwrap_or("");
        let term = g.term.to_ascii_lowercase();
        let def = definition.to_ascii_lowercase();
        let mut score = 0;
        let mut all = true;
        for w in &terms {
            let s = count(&term, w) * 25 + count(&def, w) * 2;
            if s == 0 {
                all = false;
                break;
            }
            score += s;
        }
        if all {
            // The term itself may be the only match: show it with its definition.
            let text = if definition.is_empty() {
                g.term.to_string()
            } else {
                format!("{}: {definition}", g.term)
            };
            hits.push(Hit {
                found: Found::Term(g),
                score,
                snippet: snippet(&text, &terms),
            });
        }
    }
    super::order::sort_by(&mut hits, |a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| a.found.title().cmp(b.found.title()))
    });
    hits.truncate(limit);
    hits
}

/// Sources shown at the foot of the library's index and glossary pages.
pub fn glossary_sources() -> Vec<&'static Source> {
    let mut s: Vec<&'static Source> = GLOSSARY
        .iter()
        .flat_map(|t| t.sources.iter().copied())
        .collect();
    s.push(&S1);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: &str = include_str!(concat!(env!("OUT_DIR"), "/search.txt"));

    #[test]
    fn the_library_covers_the_curriculum() {
        for (section, _) in SECTIONS {
            assert!(!topics_in(section).is_empty(), "no topic in {section}");
        }
        assert!(GLOSSARY.len() >= 40, "{} glossary terms", GLOSSARY.len());
        // (Sources, review dates and stories marked composite are checked
        // when the app builds: build/content.rs.)
    }

    #[test]
    fn search_finds_the_words_trainees_look_for() {
        for q in ["cuckooing", "Duty to Notify", "Palermo", "first responder"] {
            let hits = search(q, 10, TEXTS);
            assert!(!hits.is_empty(), "nothing for {q}");
            assert!(
                hits[0].snippet.iter().any(|(_, m)| *m),
                "{q}: no highlighted match"
            );
        }
        assert!(search("first responder", 10, TEXTS)
            .iter()
            .any(|h| matches!(h.found, Found::Term(t) if t.id == "first-responder")));
        assert!(search("zzzzqqq", 10, TEXTS).is_empty());
        assert!(search(" ", 10, TEXTS).is_empty());
    }

    #[test]
    fn the_search_text_has_one_line_per_topic_and_is_needed_for_body_words() {
        assert_eq!(TEXTS.lines().count(), TOPICS.len() + GLOSSARY.len());
        // "Palermo" names no topic and heads no section: only the body text
        // finds the topics about it.
        let topics = |texts| {
            search("Palermo", 10, texts)
                .iter()
                .filter(|h| matches!(h.found, Found::Topic(_)))
                .count()
        };
        assert!(topics(TEXTS) > 0);
        assert_eq!(topics(""), 0);
        // A word only in a definition finds its term once the file is read;
        // the term's own name finds it at once.
        let term_hits = |q, texts| {
            search(q, 10, texts)
                .iter()
                .any(|h| matches!(h.found, Found::Term(t) if t.id == "first-responder"))
        };
        assert!(term_hits("first responder", ""));
        assert!(term_hits("first responder", TEXTS));
        assert!(!term_hits("named charities", ""));
        assert!(term_hits("named charities", TEXTS));
    }

    #[test]
    fn nation_specific_topics_have_a_page_per_nation() {
        let law = topic("the-law").expect("the-law");
        assert!(law.nation_specific);
        let urls: Vec<String> = Nation::ALL.iter().map(|n| law.html_url(*n)).collect();
        assert!(urls[0] != urls[1] && urls[1] != urls[2] && urls[0] != urls[2]);
        let plain = TOPICS
            .iter()
            .find(|t| !t.nation_specific)
            .expect("a plain topic");
        assert_eq!(
            plain.html_url(Nation::Scotland),
            format!("{LIBRARY_DIR}{}.html", plain.id)
        );
    }

    #[test]
    fn snippets_never_split_a_character() {
        let parts = snippet(
            "a — “curly” café é cuckooing — end",
            &["cuckooing".to_string()],
        );
        assert!(parts.iter().any(|(t, m)| *m && t == "cuckooing"));
    }
}
