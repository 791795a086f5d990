//! Times the decision engine on the host: `cargo bench --bench engine`.
//! Prints one JSON line for bench/sections/engine.mjs. A report, never a test.

use sense_spot_stop::domain::{
    engine::assess,
    indicators::CATALOGUE,
    nation::Nation,
    setting::Setting,
    visit::{Answers, Consent, GroupAnswer, YesNoUnsure},
};
use std::{collections::BTreeSet, hint::black_box, time::Instant};

/// Every indicator that applies to a setting recorded as seen: the most work
/// one assessment can be asked to do.
fn full(setting: Setting) -> Answers {
    let mut a = Answers {
        danger: Some(YesNoUnsure::NotSure),
        setting: Some(setting),
        nation: Some(Nation::EnglandWales),
        under_18: Some(YesNoUnsure::No),
        consent: Some(Consent::NotAsked),
        ..Answers::default()
    };
    for i in CATALOGUE.iter().filter(|i| i.applies_to(setting)) {
        if let GroupAnswer::Seen(set) = a
            .groups
            .entry(i.group)
            .or_insert_with(|| GroupAnswer::Seen(BTreeSet::new()))
        {
            set.insert(i.id.to_string());
        }
    }
    a
}

fn main() {
    let inputs: Vec<Answers> = Setting::ALL.into_iter().map(full).collect();
    let rounds = 2_000;
    let mut samples = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        for a in &inputs {
            let t = Instant::now();
            black_box(assess(black_box(a)));
            samples.push(t.elapsed().as_nanos() as f64 / 1000.0);
        }
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| samples[((samples.len() as f64 - 1.0) * p) as usize];
    let seen: usize = inputs.iter().map(|a| a.seen_ids().count()).sum::<usize>() / inputs.len();
    println!(
        "{{\"catalogue\":{},\"mean_observations\":{},\"samples\":{},\"median_us\":{:.2},\"p95_us\":{:.2},\"max_us\":{:.2}}}",
        CATALOGUE.len(),
        seen,
        samples.len(),
        pct(0.5),
        pct(0.95),
        samples[samples.len() - 1]
    );
}
