//! The 2-hour workshop and the self-paced course: its content (read from
//! content/workshop when the app builds, fetched as JSON when the Train area
//! opens), the learner's progress, the quiz, the scenarios and the spaced
//! reviews afterwards. Pure: time comes in as milliseconds since the epoch.

pub mod activity;
pub mod facilitator;
pub mod model;
pub mod progress;
pub mod qr;
pub mod review;
pub mod scenario;

/// Where the workshop's content is, next to the library's pages.
pub fn workshop_url() -> String {
    format!("{}workshop.json", super::content::LIBRARY_DIR)
}

/// A citation the workshop shows: from the app's shared list, or from the
/// workshop's own sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub key: String,
    pub citation: String,
    pub url: String,
}

/// Looks up each key, shared sources first; unknown keys are left out (the
/// build refuses them).
pub fn cite(w: &model::Workshop, keys: &[String]) -> Vec<Cited> {
    keys.iter()
        .filter_map(|k| {
            super::content::WORKSHOP_SOURCES
                .iter()
                .find(|s| s.key == k)
                .map(|s| Cited {
                    key: s.key.to_string(),
                    citation: s.citation.to_string(),
                    url: s.url.to_string(),
                })
                .or_else(|| {
                    w.sources.iter().find(|s| s.key == *k).map(|s| Cited {
                        key: s.key.clone(),
                        citation: s.citation.clone(),
                        url: s.url.clone(),
                    })
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_the_real_workshop_cites_resolves() {
        // Written by build.rs from content/workshop: the JSON the app reads.
        let json = include_str!(concat!(env!("OUT_DIR"), "/workshop.json"));
        let w: model::Workshop = serde_json::from_str(json).unwrap();
        for q in &w.quiz {
            assert_eq!(cite(&w, &q.sources).len(), q.sources.len(), "{}", q.id);
        }
        for (_, s) in w.slides() {
            assert_eq!(cite(&w, &s.sources).len(), s.sources.len(), "{}", s.id);
        }
        for a in &w.activities {
            for i in &a.items {
                assert_eq!(cite(&w, &i.sources).len(), i.sources.len(), "{}", i.key());
            }
        }
        for r in &w.resources {
            assert_eq!(cite(&w, &r.sources).len(), r.sources.len(), "{}", r.title);
        }
        for b in &w.briefings {
            assert_eq!(cite(&w, &b.sources).len(), b.sources.len(), "{}", b.id);
        }
        assert_eq!(
            cite(&w, &w.briefing_sources).len(),
            w.briefing_sources.len()
        );
        assert!(cite(&w, &["w26".into()])[0].citation.contains("3Ps"));
    }
}
