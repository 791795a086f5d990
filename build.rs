//! Builds the guidance library from content/ into Rust statics (see
//! build/content.rs). Any mistake in the content stops the build with a list
//! of what is wrong.

#[path = "build/content.rs"]
mod content;
#[path = "build/workshop.rs"]
mod workshop;
// The app's own model, so the build checks what the app reads; the app uses
// some of its helpers that the build does not.
#[path = "src/domain/workshop/model.rs"]
#[allow(dead_code)]
mod workshop_model;

#[path = "build/chain.rs"]
mod chain;

// The app's registry of organisations and numbers, so that content can name
// a number and the build fills it in from the one place numbers live.
#[path = "src/domain"]
#[allow(dead_code, unused_imports)]
mod domain {
    pub mod nation;
    pub mod registry;
    pub mod review;
    pub mod source;
    pub mod sources;
}

#[path = "build/local_contacts.rs"]
mod local_contacts;

use std::{collections::BTreeMap, collections::BTreeSet, env, fmt::Write as _, fs, path::PathBuf};

fn main() {
    local_contacts_rs();
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=build/content.rs");
    println!("cargo:rerun-if-changed=build/chain.rs");
    println!("cargo:rerun-if-changed=src/domain/chain_checker/tags.rs");
    println!("cargo:rerun-if-changed=src/domain/sources.rs");
    println!("cargo:rerun-if-changed=build/workshop.rs");
    println!("cargo:rerun-if-changed=src/domain/workshop/model.rs");
    println!("cargo:rerun-if-changed=src/domain/indicators");
    println!("cargo:rerun-if-changed=src/domain/registry.rs");
    println!("cargo:rerun-if-changed=src/domain/review.rs");
    println!("cargo:rerun-if-changed=src/domain/nation.rs");
    println!("cargo:rerun-if-changed=src/domain/source.rs");
    println!("cargo:rerun-if-changed=src/domain/address.rs");

    let sources_rs = fs::read_to_string("src/domain/sources.rs").expect("src/domain/sources.rs");
    let source_keys: BTreeSet<String> = sources_rs
        .split("key: \"")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(String::from))
        .collect();

    let mut topics = Vec::new();
    let mut errors = Vec::new();
    let mut files: Vec<_> = fs::read_dir("content/topics")
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
    {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let raw = fs::read_to_string(path).unwrap_or_default();
        match content::parse_topic(&name, &raw) {
            Ok(t) => topics.push(t),
            Err(e) => errors.push(e),
        }
    }
    let glossary = match fs::read_to_string("content/glossary.toml")
        .map_err(|e| format!("content/glossary.toml: {e}"))
        .and_then(|g| content::parse_glossary(&g))
    {
        Ok(g) => g,
        Err(e) => {
            errors.push(e);
            content::Glossary { term: Vec::new() }
        }
    };
    let mut charts = BTreeMap::new();
    if let Ok(dir) = fs::read_dir("content/data") {
        for entry in dir.filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "toml") {
                let id = path
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .to_string();
                match content::parse_chart(&id, &fs::read_to_string(&path).unwrap_or_default()) {
                    Ok(c) => {
                        charts.insert(id, c);
                    }
                    Err(e) => errors.push(e),
                }
            }
        }
    }
    if let Err(mut e) = content::check(&topics, &glossary, &charts, &source_keys) {
        errors.append(&mut e);
    }
    let (workshop_json, workshop_keys) =
        build_workshop(&topics, &glossary, &source_keys, &mut errors);
    let rendered = if errors.is_empty() {
        let pages = std::fs::read_to_string("src/domain/address.rs")
            .map_err(|e| e.to_string())
            .and_then(|a| content::app_pages(&a))
            .unwrap_or_else(|e| {
                errors.push(e);
                Vec::new()
            });
        match content::render_all(&topics, &glossary, &charts, &pages) {
            Ok(r) => Some(r),
            Err(mut e) => {
                errors.append(&mut e);
                None
            }
        }
    } else {
        None
    };
    if !errors.is_empty() {
        for e in &errors {
            println!("cargo:warning=content: {e}");
        }
        panic!(
            "the guidance in content/ has {} problem(s):\n{}",
            errors.len(),
            errors.join("\n")
        );
    }
    let (rendered, glossary_html) = rendered.unwrap_or_default();

    let src = |key: &str| format!("&S{}", key.to_uppercase());
    let nation = |n: &str| match n {
        "england-wales" => "Nation::EnglandWales",
        "scotland" => "Nation::Scotland",
        _ => "Nation::NorthernIreland",
    };
    // The pages' HTML, the glossary and the search text are files the app
    // fetches when a reader opens them, not statics: as statics they were about
    // a fifth of the wasm every visitor downloads before the first screen.
    let mut files: Vec<(String, String)> = Vec::new();
    let mut search_text = String::new();
    for r in &rendered {
        let id = &r.fm.id;
        if r.html.iter().all(|h| *h == r.html[0]) {
            files.push((format!("{id}.html"), r.html[0].clone()));
        } else {
            for (slug, html) in content::NATIONS.iter().zip(&r.html) {
                files.push((format!("{id}.{slug}.html"), html.clone()));
            }
        }
        // One line per topic, in TOPICS order (the text has no line breaks).
        search_text.push_str(&r.text);
        search_text.push('\n');
    }
    // Then one line per glossary definition, in GLOSSARY order: only search
    // reads them, and the glossary page shows glossary.html.
    for t in &glossary.term {
        search_text.push_str(
            &t.definition
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        );
        search_text.push('\n');
    }
    files.push(("workshop.json".into(), workshop_json));
    files.push(("glossary.html".into(), glossary_html));
    files.push(("search.txt".into(), search_text));
    // The folder's name changes with the content, so no cache can pair a new
    // wasm with old pages.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, body) in &files {
        for b in name.bytes().chain([0]).chain(body.bytes()).chain([0]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let dir = format!("{hash:016x}");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    // OUT_DIR is <target>/<triple>/<profile>/build/<pkg>/out: the hook that
    // copies the library into dist/ (scripts/post-build.sh) looks in
    // <target>/<triple>/<profile>/library.
    let profile_dir = out_dir.ancestors().nth(3).expect("cargo's target layout");
    let base = profile_dir.join("library");
    let _ = fs::remove_dir_all(&base);
    fs::create_dir_all(base.join(&dir)).expect("create the library folder");
    for (name, body) in &files {
        fs::write(base.join(&dir).join(name), body).expect("write a library file");
    }
    // Native tests read the workshop from here.
    if let Some((_, json)) = files.iter().find(|(n, _)| n == "workshop.json") {
        fs::write(out_dir.join("workshop.json"), json).expect("write workshop.json");
    }
    // Native tests and the search bench read the search text from here.
    let search = &files.last().expect("search.txt").1;
    fs::write(out_dir.join("search.txt"), search).expect("write search.txt");

    let mut out = String::from("// Generated by build.rs from content/. Do not edit.\n\n");
    let _ = writeln!(out, "pub const LIBRARY_DIR: &str = \"/library/{dir}/\";");
    out.push_str("\npub static TOPICS: &[Topic] = &[\n");
    for r in &rendered {
        let f = &r.fm;
        let nations: Vec<&str> = if f.nations.iter().any(|n| n == "all") {
            vec![
                "Nation::EnglandWales",
                "Nation::Scotland",
                "Nation::NorthernIreland",
            ]
        } else {
            f.nations.iter().map(|n| nation(n)).collect()
        };
        let mut keys: Vec<String> = f.sources.clone();
        for line in topics
            .iter()
            .find(|t| t.fm.id == f.id)
            .map(|t| t.body.clone())
            .unwrap_or_default()
            .lines()
        {
            if let Some(id) = line.trim().strip_prefix("::chart ") {
                if let Some(c) = charts.get(id.trim()) {
                    keys.extend(c.sources.iter().cloned());
                }
            }
        }
        keys.sort();
        keys.dedup();
        let _ = writeln!(
            out,
            "    Topic {{ id: {:?}, title: {:?}, summary: {:?}, section: {:?}, order: {}, nations: &[{}], sources: &[{}], reviewed: {:?}, related: &{:?}, composite: {}, nation_specific: {}, headings: &{:?} }},",
            f.id,
            f.title,
            f.summary,
            f.section,
            f.order,
            nations.join(", "),
            keys.iter().map(|k| src(k)).collect::<Vec<_>>().join(", "),
            f.reviewed,
            f.related,
            f.composite,
            r.html.iter().any(|h| *h != r.html[0]),
            r.headings
        );
    }
    out.push_str("];\n\npub static GLOSSARY: &[Term] = &[\n");
    for t in &glossary.term {
        let _ = writeln!(
            out,
            "    Term {{ id: {:?}, term: {:?}, sources: &[{}] }},",
            t.id,
            t.term,
            t.sources
                .iter()
                .map(|k| src(k))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// The app's sources the workshop cites (its own are in workshop.json).\npub static WORKSHOP_SOURCES: &[&Source] = &[{}];",
        workshop_keys.iter().map(|k| src(k)).collect::<Vec<_>>().join(", ")
    );
    fs::write(out_dir.join("content.rs"), out).expect("write content.rs");
    build_chain_checker(&out_dir);
}

/// The Chain Checker's question bank: checked, then written as statics.
fn build_chain_checker(out_dir: &std::path::Path) {
    let read = |name: &str| {
        fs::read_to_string(format!("content/chain-checker/{name}")).unwrap_or_default()
    };
    let numbers = chain::Numbers::new(domain::registry::REGISTRY.iter().map(|o| {
        (
            format!("{:?}", o.id),
            o.numbers.iter().map(|n| n.display).collect(),
        )
    }));
    let bank = chain::parse(
        &read("sources.toml"),
        &read("exposure.toml"),
        &read("questions.toml"),
    )
    .and_then(|b| chain::check(&b, &numbers).map(|()| b));
    match bank {
        Ok(bank) => {
            fs::write(
                out_dir.join("chain_bank.rs"),
                chain::render(&bank, &numbers),
            )
            .expect("write chain_bank.rs");
        }
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning=chain-checker: {e}");
            }
            panic!(
                "the Chain Checker bank in content/chain-checker/ has {} problem(s):\n{}",
                errors.len(),
                errors.join("\n")
            );
        }
    }
}

/// Reads and checks content/workshop/, and gives the JSON the app fetches
/// when the Train area opens.
fn build_workshop(
    topics: &[content::Topic],
    glossary: &content::Glossary,
    source_keys: &BTreeSet<String>,
    errors: &mut Vec<String>,
) -> (String, Vec<String>) {
    let mut names: Vec<_> = fs::read_dir("content/workshop")
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    names.sort();
    let files: Vec<(String, String)> = names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            (
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .to_string(),
                fs::read_to_string(p).unwrap_or_default(),
            )
        })
        .collect();
    let indicators = indicator_sources();
    let registry = fs::read_to_string("src/domain/registry.rs").expect("registry.rs");
    let org_enum = registry
        .split("pub enum OrgId {")
        .nth(1)
        .and_then(|r| r.split('}').next())
        .unwrap_or_default();
    let known = workshop::Known {
        sources: source_keys.clone(),
        topics: topics.iter().map(|t| t.fm.id.clone()).collect(),
        terms: glossary.term.iter().map(|t| t.id.clone()).collect(),
        signs: indicators
            .split("\n        id: \"")
            .skip(1)
            .filter_map(|s| s.split('"').next().map(String::from))
            .collect(),
        // An indicator's text up to the next one: its `forms` is not `&[]`.
        signs_with_forms: indicators
            .split("\n        id: \"")
            .skip(1)
            .filter(|s| {
                s.split("forms: ")
                    .nth(1)
                    .is_some_and(|f| !f.starts_with("&[]"))
            })
            .filter_map(|s| s.split('"').next().map(String::from))
            .collect(),
        orgs: org_enum
            .split(',')
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect(),
    };
    match workshop::parse(&files).and_then(|w| workshop::check(&w, &known).map(|()| w)) {
        Ok(w) => {
            // The app's own sources the workshop cites, for its citations.
            let mut keys: Vec<String> = w
                .blocks
                .iter()
                .flat_map(|b| b.slides.iter().flat_map(|s| s.sources.iter()))
                .chain(w.quiz.iter().flat_map(|q| q.sources.iter()))
                .chain(w.scenarios.iter().flat_map(|s| s.sources.iter()))
                .chain(
                    w.activities
                        .iter()
                        .flat_map(|a| a.items.iter().flat_map(|i| i.sources.iter())),
                )
                .chain(w.briefings.iter().flat_map(|b| b.sources.iter()))
                .chain(w.briefing_sources.iter())
                .chain(w.resources.iter().flat_map(|r| r.sources.iter()))
                .filter(|k| source_keys.contains(*k))
                .cloned()
                .collect();
            keys.sort();
            keys.dedup();
            (
                serde_json::to_string(&w).expect("the workshop as JSON"),
                keys,
            )
        }
        Err(mut e) => {
            errors.append(&mut e);
            (String::new(), Vec::new())
        }
    }
}

/// The deployment's own contacts: `SSS_LOCAL_CONTACTS` names the file, or
/// `deploy/local-contacts.toml` if it exists. With neither, the list is empty
/// and the app is as it was. Any mistake in the file stops the build.
fn local_contacts_rs() {
    println!("cargo:rerun-if-env-changed=SSS_LOCAL_CONTACTS");
    println!("cargo:rerun-if-changed=deploy");
    println!("cargo:rerun-if-changed=build/local_contacts.rs");
    println!("cargo:rerun-if-changed=src/domain/engine.rs");
    let path = match env::var("SSS_LOCAL_CONTACTS") {
        Ok(p) if !p.trim().is_empty() => {
            println!("cargo:rerun-if-changed={p}");
            Some(PathBuf::from(p))
        }
        _ => Some(PathBuf::from("deploy/local-contacts.toml")).filter(|p| p.exists()),
    };
    let contacts = match path {
        None => Vec::new(),
        Some(path) => {
            let name = path.display().to_string();
            let raw = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("local contacts: cannot read {name}: {e}"));
            let engine = fs::read_to_string("src/domain/engine.rs").expect("src/domain/engine.rs");
            let routes = local_contacts::route_ids(&engine)
                .unwrap_or_else(|e| panic!("local contacts: {e}"));
            match local_contacts::parse(&name, &raw, &routes) {
                Ok(c) => c,
                Err(errors) => {
                    for e in &errors {
                        println!("cargo:warning=local contacts: {e}");
                    }
                    panic!(
                        "the local contacts file has {} problem(s):\n{}",
                        errors.len(),
                        errors.join("\n")
                    );
                }
            }
        }
    };
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    fs::write(
        out_dir.join("local_contacts.rs"),
        local_contacts::generate(&contacts),
    )
    .expect("write local_contacts.rs");
}

/// The text of the indicator catalogue's files (src/domain/indicators/, a
/// file per group), joined in name order: the workshop checks its signs
/// against the ids written there. rustc and the catalogue's `const` checks
/// check the entries themselves.
fn indicator_sources() -> String {
    let mut names: Vec<_> = fs::read_dir("src/domain/indicators")
        .expect("src/domain/indicators")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| fs::read_to_string(p).expect("an indicator file"))
        .collect::<Vec<_>>()
        .join("\n")
}
