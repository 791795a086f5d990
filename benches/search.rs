//! Times the library search on the host, one call per keystroke of typical
//! queries, with the search text loaded: `cargo bench --bench search`.
//! Prints one JSON line. A report, never a test.

use sense_spot_stop::domain::content::{search, GLOSSARY, TOPICS};

/// The file the app fetches on first use of search (written by build.rs).
const TEXTS: &str = include_str!(concat!(env!("OUT_DIR"), "/search.txt"));
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
                black_box(search(black_box(&q[..end]), 12, TEXTS));
                samples.push(t.elapsed().as_nanos() as f64 / 1000.0);
            }
        }
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| samples[((samples.len() as f64 - 1.0) * p) as usize];

    println!(
        "{{\"topics\":{},\"terms\":{},\"keystrokes\":{},\"median_us\":{:.2},\"p95_us\":{:.2}}}",
        TOPICS.len(),
        GLOSSARY.len(),
        samples.len(),
        pct(0.5),
        pct(0.95)
    );
}
