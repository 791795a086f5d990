//! The layers import only downwards (README, "Layers"): this test reads every
//! file under src/ and fails on an import that goes the wrong way, naming the
//! file and the import.
//!
//!   domain   <- render        (pure: no browser, no UI framework)
//!   domain   <- platform      (browser I/O)
//!   platform <- state         (shared signals, the session core run in the app)
//!   state    <- ui, app       (components, router and shell)

use std::path::{Path, PathBuf};

/// What each layer must not name: modules of this crate (as `crate::x`) and
/// outside crates (as `x::`).
struct Rule {
    layer: &'static str,
    modules: &'static [&'static str],
    crates: &'static [&'static str],
}

const BROWSER: &[&str] = &[
    "leptos",
    "leptos_router",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "wasm_bindgen_futures",
    "gloo_storage",
];

const RULES: &[Rule] = &[
    Rule {
        layer: "domain",
        modules: &["app", "ui", "state", "platform", "render"],
        crates: BROWSER,
    },
    Rule {
        layer: "render",
        modules: &["app", "ui", "state", "platform"],
        crates: BROWSER,
    },
    Rule {
        layer: "platform",
        modules: &["app", "ui", "state"],
        crates: &[],
    },
    Rule {
        layer: "state",
        modules: &["app", "ui"],
        crates: &[],
    },
];

/// The code of a file without its comments (so a doc comment may name any
/// layer) and without string literals' contents.
fn code_only(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        let mut in_str = false;
        let mut prev = ' ';
        for c in line.chars() {
            if c == '"' && prev != '\\' {
                in_str = !in_str;
            } else if !in_str {
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// Every module of this crate a file names: `crate::x`, `crate::{x, y::z}`,
/// and `super::super::x` from a file two levels down (which reaches the
/// crate root).
fn crate_modules(code: &str, depth: usize) -> Vec<String> {
    let mut found = Vec::new();
    let root_paths = ["crate::".to_string(), "super::".repeat(depth)];
    for root in root_paths.iter().filter(|r| !r.is_empty()) {
        let mut rest = code;
        while let Some(i) = rest.find(root.as_str()) {
            let after = &rest[i + root.len()..];
            if let Some(group) = after.strip_prefix('{') {
                // The top-level names inside the braces.
                let mut depth = 0;
                let mut name = String::new();
                let mut at_start = true;
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => at_start = true,
                        c if depth == 0 && at_start && (c.is_alphanumeric() || c == '_') => {
                            name.push(c)
                        }
                        _ => {
                            if !name.is_empty() {
                                found.push(std::mem::take(&mut name));
                            }
                            if !c.is_whitespace() {
                                at_start = false;
                            }
                        }
                    }
                }
                if !name.is_empty() {
                    found.push(name);
                }
            } else {
                let name: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                found.push(name);
            }
            rest = &rest[i + root.len()..];
        }
    }
    found
}

/// Outside crates a file names as the start of a path.
fn crates_named<'a>(code: &str, crates: &[&'a str]) -> Vec<&'a str> {
    crates
        .iter()
        .copied()
        .filter(|krate| {
            let needle = format!("{krate}::");
            code.match_indices(&needle).any(|(i, _)| {
                let before = code[..i].chars().next_back();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
            })
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The wrong-way imports in one file of `layer`, `depth` directories below
/// src/.
fn violations(rule: &Rule, code: &str, depth: usize) -> Vec<String> {
    let code = code_only(code);
    let mut found: Vec<String> = crate_modules(&code, depth)
        .into_iter()
        .filter(|m| rule.modules.contains(&m.as_str()))
        .map(|m| format!("crate::{m}"))
        .collect();
    found.extend(
        crates_named(&code, rule.crates)
            .into_iter()
            .map(String::from),
    );
    found.sort();
    found.dedup();
    found
}

#[test]
fn layers_import_only_downwards() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    for rule in RULES {
        let mut files = vec![src.join(format!("{}.rs", rule.layer))];
        rust_files(&src.join(rule.layer), &mut files);
        assert!(files.len() > 1, "no files found for {}", rule.layer);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let depth = file.strip_prefix(&src).unwrap().components().count();
            for v in violations(rule, &text, depth) {
                problems.push(format!("{} imports {v}", file.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "imports against the layers (README, Layers):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_finds_each_kind_of_wrong_import() {
    let domain = &RULES[0];
    let cases = [
        ("use crate::app::AppState;", 2, vec!["crate::app"]),
        (
            "use crate::{\n    domain::x,\n    state::{use_app, AppState},\n};",
            2,
            vec!["crate::state"],
        ),
        (
            "fn f() { crate::platform::lock::is_set(); }",
            2,
            vec!["crate::platform"],
        ),
        ("use leptos::prelude::*;", 2, vec!["leptos"]),
        ("let d = web_sys::window();", 2, vec!["web_sys"]),
        ("use super::super::ui::home;", 2, vec!["crate::ui"]),
        ("use super::{nation::Nation, visit::Visit};", 2, vec![]),
        ("// crate::app is named only in a comment", 2, vec![]),
        ("let s = \"crate::ui::x\";", 2, vec![]),
        ("use crate::domain::{catalogue::Group, render};", 2, vec![]),
    ];
    for (code, depth, expected) in cases {
        assert_eq!(violations(domain, code, depth), expected, "{code}");
    }
}
