//! One way to name a page: `domain::address::Address`. This test fails if a
//! route is written as a string anywhere else under src/, or if the router
//! in app.rs and `ROUTE_PATTERNS` disagree.

use sense_spot_stop::domain::address::ROUTE_PATTERNS;
use std::path::{Path, PathBuf};

/// Files allowed to spell routes: the address enum itself and the router.
const OWNERS: [&str; 2] = ["domain/address.rs", "app.rs"];

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

/// Every string literal in `code` that is an in-app address: "/", or one
/// that starts with a first segment of the app's routes.
fn route_literals(code: &str) -> Vec<String> {
    let firsts: Vec<String> = ROUTE_PATTERNS
        .iter()
        .filter_map(|p| p.split('/').nth(1).filter(|s| !s.is_empty()))
        .map(|s| format!("/{s}"))
        .collect();
    let mut found = Vec::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or("");
        for (i, literal) in line.split('"').enumerate() {
            // Odd pieces are inside quotes.
            if i % 2 == 0 {
                continue;
            }
            let first = literal
                .split(['/', '#', '?'])
                .nth(1)
                .map(|s| format!("/{s}"));
            // A file path such as "ui/stop/stop_page.rs" is not an address.
            let address = literal.starts_with('/');
            if address && (literal == "/" || first.is_some_and(|f| firsts.contains(&f))) {
                found.push(literal.to_string());
            }
        }
    }
    found
}

#[test]
fn routes_are_written_only_by_the_address_enum() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if OWNERS.contains(&rel.as_str()) {
            continue;
        }
        for literal in route_literals(&std::fs::read_to_string(&file).unwrap()) {
            problems.push(format!(
                "{rel}: \"{literal}\" (use domain::address::Address)"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "route strings outside the address enum:\n{}",
        problems.join("\n")
    );
}

/// Whether a path falls under one of the router's patterns: `:x` is one
/// segment, `*x` the rest of the path (possibly nothing).
fn router_matches(pattern: &str, path: &str) -> bool {
    let p: Vec<&str> = pattern.split('/').skip(1).collect();
    let s: Vec<&str> = path.split('/').skip(1).filter(|x| !x.is_empty()).collect();
    for (i, seg) in p.iter().enumerate() {
        if seg.starts_with('*') {
            return true;
        }
        match s.get(i) {
            Some(x) if seg.starts_with(':') || x == seg => {}
            None if seg.is_empty() => {}
            _ => return false,
        }
    }
    p.iter().filter(|x| !x.is_empty()).count() == s.len()
}

/// The page type each of the router's routes shows, in order.
fn router_routes() -> Vec<(String, String)> {
    let app =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app.rs")).unwrap();
    app.split("<Route path=path!(\"")
        .skip(1)
        .map(|rest| {
            let pattern = rest.split('"').next().unwrap().to_string();
            let view = rest.split("view=").nth(1).unwrap();
            let view = view
                .trim_start_matches("{Lazy::<lazy::")
                .split(['>', '/', '}'])
                .next()
                .unwrap()
                .to_string();
            (pattern, view)
        })
        .collect()
}

#[test]
fn the_router_serves_every_address_pattern_from_its_own_area() {
    let routes = router_routes();
    assert!(
        routes.len() < ROUTE_PATTERNS.len(),
        "one route per area: {routes:?}"
    );
    for pattern in ROUTE_PATTERNS {
        let path = pattern
            .replace(":id", "x1")
            .replace(":step", "s")
            .replace(":block", "b")
            .replace(":slide", "s");
        let served = routes
            .iter()
            .find(|(p, _)| router_matches(p, &path))
            .map(|(_, v)| v.as_str());
        let area = match pattern.split('/').nth(1).unwrap() {
            "" => "HomePage",
            "sense" => "Sense",
            "spot" if pattern.ends_with(":step") => "Visit",
            "spot" => "SpotPages",
            "stop" => "Stop",
            "settings" => "Settings",
            "chain" => "Chain",
            "train" => "Train",
            other => panic!("no area for /{other}: add its route to app.rs"),
        };
        assert_eq!(served, Some(area), "{pattern} ({path})");
    }
    assert!(!router_matches("/sense/*page", "/spotx"));
    assert!(router_matches("/sense/*page", "/sense"));
    assert!(!router_matches(
        "/spot/practice/:id/*page",
        "/spot/practice"
    ));
}

#[test]
fn the_check_finds_route_strings() {
    assert_eq!(
        route_literals(r#"<a href="/spot/practice">"x"</a>"#),
        ["/spot/practice"]
    );
    assert_eq!(route_literals(r#"navigate("/", opts)"#), ["/"]);
    assert_eq!(route_literals(r#"format!("/sense/{}", id)"#), ["/sense/{}"]);
    assert_eq!(
        route_literals(r#"h.link("/settings#delete-data", "x")"#),
        ["/settings#delete-data"]
    );
    assert!(route_literals(r#""/library/topic.html" "spot" // "/spot""#).is_empty());
}
