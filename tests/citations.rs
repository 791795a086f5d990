//! Citations users see name the original document, never the copy it was
//! read from (reference §10). This test fails the build on any copy host,
//! bookseller, Q&A site, mirror or "file id" in a source, and on any use of a
//! secondary note that must never be shown.

use sense_spot_stop::domain::{
    indicators::CATALOGUE,
    registry::REGISTRY,
    source::Source,
    sources::{ALL, NOT_SHOWN},
};
use std::{fs, path::Path};

/// Hosts that copy, sell or discuss documents rather than publish them.
const DENIED_HOSTS: &[&str] = &[
    "studylib",
    "scribd",
    "docslib",
    "paperzz",
    "documents.pub",
    "vdocuments",
    "wikisource",
    "booksellers",
    "amazon.",
    "waterstones",
    "abebooks",
    "gzipwtf",
    "nalanistore",
    "quora",
    "brainly",
    "coursehero",
    "studocu",
    "yumpu",
    "issuu",
    "slideshare",
    "pdfcoffee",
    "dokumen",
    "fliphtml5",
    "wn.com",
    "silo.tips",
    "kipdf",
    "cupdf",
    "manualzz",
    "readkong",
    "pdf4pro",
    "vlex",
    "legalize.dev",
    "stackexchange",
    "stackoverflow",
    "reddit",
];

/// Wording that gives away a copy, a listing or a download id.
const DENIED_WORDS: &[&str] = &[
    " copy",
    "copies",
    "file id",
    "read via",
    "bookseller",
    "q&a",
    "listing of",
    "secondary / unverified",
    // Where it was read instead of what it is: "as reproduced by X",
    // "summary via Y", "(via Wired-Gov)".
    "reproduced",
    " via ",
    "(via ",
    // Another entry of the reference's list instead of a document.
    "as [",
    "same url as",
];

fn problems(s: &Source) -> Vec<String> {
    let mut out = Vec::new();
    let url = s.url.to_lowercase();
    let cite = s.citation.to_lowercase();
    for h in DENIED_HOSTS {
        if url.contains(h) || cite.contains(h) {
            out.push(format!("[{}] names the copy host {h:?}", s.key));
        }
    }
    for w in DENIED_WORDS {
        if cite.contains(w) {
            out.push(format!("[{}] says {w:?}: {}", s.key, s.citation));
        }
    }
    if url.contains('…') {
        out.push(format!("[{}] has a truncated address", s.key));
    }
    // UK government sites are served over https only: a plain http address
    // is at best a redirect, and the reader's first request goes in the clear.
    let host = url
        .strip_prefix("http://")
        .and_then(|rest| rest.split('/').next());
    if host.is_some_and(|h| h == "gov.uk" || h.ends_with(".gov.uk")) {
        out.push(format!("[{}] names a gov.uk address over http", s.key));
    }
    if !url.is_empty() && !url.starts_with("http") {
        out.push(format!(
            "[{}] has an address that is not a web address",
            s.key
        ));
    }
    out
}

#[test]
fn every_source_users_can_see_names_the_original() {
    let all: Vec<String> = ALL.iter().flat_map(|s| problems(s)).collect();
    assert!(all.is_empty(), "\n{}", all.join("\n"));
}

#[test]
fn the_deny_list_catches_a_copy() {
    let bad = Source {
        key: "x",
        citation: "Home Office, Guidance (docslib copy)",
        url: "https://docslib.org/doc/1/x",
    };
    assert_eq!(problems(&bad).len(), 2);
    let file_id = Source {
        key: "y",
        citation: "A report, read via file id 123",
        url: "",
    };
    assert!(!problems(&file_id).is_empty());
    for citation in [
        "UNODC \"Human Trafficking Indicators\" as reproduced by Tahoe SAFE Alliance",
        "LGA, A guide for landlords (2020) — summary via LGA and RESPECT",
        "NCA, 2013 NRM data published (via Wired-Gov)",
        "Medway SCP (first responder list) — as [132]",
        "Anti-Trafficking Hub (5 working days), same URL as [63b]",
    ] {
        let s = Source {
            key: "z",
            citation,
            url: "",
        };
        assert!(!problems(&s).is_empty(), "{citation}");
    }
    // A publisher's own name with "via" inside a word is not wording about a copy.
    let fine = Source {
        key: "v",
        citation: "Viavoice, Trafficking survey (2020)",
        url: "",
    };
    assert!(problems(&fine).is_empty());
}

#[test]
fn a_gov_uk_address_must_use_https() {
    let cite = |url| Source {
        key: "g",
        citation: "Home Office, Guidance (2024)",
        url,
    };
    assert!(!problems(&cite("http://www.gov.uk/government/x")).is_empty());
    assert!(!problems(&cite("http://legislation.gov.uk/ukpga/2015/30")).is_empty());
    assert!(problems(&cite("https://www.gov.uk/government/x")).is_empty());
    // Other sites are left as the reference records them.
    assert!(problems(&cite("http://blueblindfold.gov.ie/x")).is_empty());
}

#[test]
fn registry_and_checklist_cite_only_sources_users_may_see() {
    let shown = |s: &Source| ALL.iter().any(|a| a.key == s.key);
    for o in REGISTRY {
        for s in o.sources {
            assert!(shown(s), "{:?} cites hidden source [{}]", o.id, s.key);
        }
    }
    for i in CATALOGUE {
        for s in i.sources {
            assert!(shown(s), "{} cites hidden source [{}]", i.id, s.key);
        }
    }
}

/// Secondary notes are never cited anywhere: not in code, not in content.
#[test]
fn secondary_notes_are_cited_nowhere() {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for e in fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p
                .extension()
                .is_some_and(|x| x == "rs" || x == "md" || x == "toml")
            {
                out.push((p.display().to_string(), fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut files = Vec::new();
    walk(Path::new("src"), &mut files);
    walk(Path::new("content"), &mut files);
    let mut found = Vec::new();
    for (path, text) in files {
        if path.ends_with("sources.rs") || path.ends_with("citations.rs") {
            continue;
        }
        for key in NOT_SHOWN {
            let constant = format!("S{}", key.to_uppercase());
            let patterns = [
                format!("&{constant},"),
                format!("&{constant}]"),
                format!("[S:{key}]"),
                format!("\"{key}\""),
            ];
            for p in &patterns {
                if text.contains(p.as_str()) {
                    found.push(format!("{path} cites [{key}] ({p})"));
                }
            }
        }
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}

/// The workshop's own sources and the Resources page are shown to users too.
#[test]
fn the_workshops_sources_and_resources_name_the_original() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content/workshop/");
    let mut out = Vec::new();
    for (file, table) in [("sources.toml", "source"), ("resources.toml", "resource")] {
        let text = std::fs::read_to_string(format!("{dir}{file}")).unwrap();
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        let entries = parsed[table].as_array().unwrap();
        assert!(!entries.is_empty(), "{file}");
        for e in entries {
            let get = |k: &str| e.get(k).and_then(|v| v.as_str()).unwrap_or("");
            let citation = format!("{} {} {}", get("citation"), get("title"), get("publisher"));
            let s = Source {
                key: "w",
                citation: Box::leak(citation.into_boxed_str()),
                url: Box::leak(get("url").to_string().into_boxed_str()),
            };
            out.extend(
                problems(&s)
                    .into_iter()
                    .map(|p| format!("{file}: {p}: {}", s.citation)),
            );
        }
    }
    assert!(out.is_empty(), "\n{}", out.join("\n"));
}
