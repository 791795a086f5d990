//! Writes every static route (render::pages) into the build as a page of its
//! own, plus `sitemap.xml` and `robots.txt`. Run by scripts/post-build.sh on
//! trunk's staging folder, after the library is copied in and before the
//! service worker's file list is made, so the worker stores these pages too.
//!
//!   cargo run --bin prerender -- <staging dir>
//!
//! `SITE_ORIGIN` (e.g. `https://guide.example.gov.uk`) gives the sitemap its
//! absolute addresses and robots.txt its `Sitemap:` line.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = run() {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), String> {
    use sense_spot_stop::render::{pages, shell};
    use std::{fs, path::PathBuf};

    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: prerender <staging dir>")?,
    );
    let index = dir.join("index.html");
    let template = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    // The library files the app reads, from the build itself, so the text is
    // the one the app shows. A missing file fails the build.
    let missing = std::cell::RefCell::new(Vec::new());
    let read = |url: &str| {
        let path = dir.join(url.trim_start_matches('/'));
        fs::read_to_string(&path).unwrap_or_else(|_| {
            missing.borrow_mut().push(path.display().to_string());
            String::new()
        })
    };
    let list = pages::static_pages();
    for page in &list {
        let main = pages::main_html(page, &read);
        let doc = shell::document(&template, page, &main, env!("CARGO_PKG_VERSION"))
            .ok_or("index.html has no <title> or no <body> to replace")?;
        let out = dir.join(page.file());
        if let Some(parent) = out.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        fs::write(&out, doc).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let missing = missing.into_inner();
    if !missing.is_empty() {
        return Err(format!("library files missing: {}", missing.join(", ")));
    }
    let origin = std::env::var("SITE_ORIGIN")
        .ok()
        .map(|o| o.trim_end_matches('/').to_string())
        .filter(|o| !o.is_empty());
    let sitemap_origin = origin.clone().unwrap_or_else(|| {
        eprintln!("prerender: SITE_ORIGIN is not set; sitemap.xml uses https://example.invalid");
        "https://example.invalid".into()
    });
    fs::write(dir.join("sitemap.xml"), pages::sitemap(&sitemap_origin))
        .map_err(|e| e.to_string())?;
    let sitemap_url = origin.map(|o| format!("{o}/sitemap.xml"));
    fs::write(
        dir.join("robots.txt"),
        pages::robots(sitemap_url.as_deref()),
    )
    .map_err(|e| e.to_string())?;
    println!("prerender: {} pages, sitemap.xml, robots.txt", list.len());
    Ok(())
}
