//! Times the library search on the host, one call per keystroke of typical
//! queries: `cargo bench --bench search`. Also writes all guidance text to
//! bench/tmp/content.txt so the bench can report what the content adds to
//! the wasm. Prints one JSON line. A report, never a test.

use sense_spot_stop::domain::content::{search, GLOSSARY, GLOSSARY_HTML, TOPICS};
use std::{hint::black_box, time::Instant};

fn main() {
    let queries = [
        "cuckooing",
        "duty to notify",
        "palermo protocol",
        "first responder",
        "car wash",
        "national referral mechanism",
    ];
    let mut samples = Vec::new();
    for _ in 0..200 {
        for q in queries {
            for end in 1..=q.len() {
                let t = Instant::now();
                black_box(search(black_box(&q[..end]), 12));
                samples.push(t.elapsed().as_nanos() as f64 / 1000.0);
            }
        }
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| samples[((samples.len() as f64 - 1.0) * p) as usize];

    let mut all = String::new();
    for t in TOPICS {
        for h in t.html {
            all.push_str(h);
        }
        all.push_str(t.text);
    }
    for g in GLOSSARY {
        all.push_str(g.definition);
    }
    all.push_str(GLOSSARY_HTML);
    let _ = std::fs::create_dir_all("bench/tmp");
    let _ = std::fs::write("bench/tmp/content.txt", &all);
    println!(
        "{{\"topics\":{},\"terms\":{},\"keystrokes\":{},\"median_us\":{:.2},\"p95_us\":{:.2},\"content_bytes_upper_bound\":{}}}",
        TOPICS.len(),
        GLOSSARY.len(),
        samples.len(),
        pct(0.5),
        pct(0.95),
        all.len()
    );
}
