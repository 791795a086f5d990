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
    // The plain app shell first, from the template as trunk wrote it: the
    // fallback for every address with no page of its own.
    let write = |name: &str, text: String| {
        let out = dir.join(name.trim_start_matches('/'));
        fs::write(&out, text).map_err(|e| format!("{}: {e}", out.display()))
    };
    write(
        pages::APP_SHELL,
        shell::app_shell(&template).ok_or("index.html has no <title>")?,
    )?;
    write(
        sense_spot_stop::render::cover::FILE,
        shell::cover_document(&template).ok_or("index.html has no <title> or <body>")?,
    )?;
    let origin = std::env::var("SITE_ORIGIN")
        .ok()
        .map(|o| o.trim_end_matches('/').to_string())
        .filter(|o| !o.is_empty());
    let today = today();
    let list = pages::static_pages();
    for page in &list {
        let main = pages::main_html(page, &read, &today);
        let version = env!("CARGO_PKG_VERSION");
        let doc = shell::document(&template, page, &main, version, origin.as_deref())
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
    println!(
        "prerender: {} pages, {}, the cover, sitemap.xml, robots.txt",
        list.len(),
        pages::APP_SHELL
    );
    Ok(())
}

/// Today's date (UTC) as YYYY-MM-DD, or `SOURCE_DATE_EPOCH`'s for a
/// reproducible build: the council's own contacts are dated as the app dates
/// them on the day.
#[cfg(not(target_arch = "wasm32"))]
fn today() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    // Days to a civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
