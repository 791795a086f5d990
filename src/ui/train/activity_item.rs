//! What an activity item shows, from its one home: a myth's own statement, a
//! sign's wording from the indicator catalogue, an organisation's name from
//! the registry; and its sources (a sign's are the catalogue's).

use crate::domain::workshop::{
    cite,
    model::{ActivityItem, Workshop},
    Cited,
};
use crate::domain::{catalogue::indicator, registry::REGISTRY};

pub fn item_text(item: &ActivityItem) -> String {
    if let Some(sign) = &item.sign {
        return indicator(sign)
            .map(|i| i.wording.to_string())
            .unwrap_or_default();
    }
    if let Some(org) = &item.org {
        return REGISTRY
            .iter()
            .find(|o| format!("{:?}", o.id) == *org)
            .map(|o| o.name.to_string())
            .unwrap_or_default();
    }
    item.statement.clone()
}

pub fn item_sources(w: &Workshop, item: &ActivityItem) -> Vec<Cited> {
    match item.sign.as_deref().and_then(indicator) {
        Some(i) => i
            .sources
            .iter()
            .map(|s| Cited {
                key: s.key.to_string(),
                citation: s.citation.to_string(),
                url: s.url.to_string(),
            })
            .collect(),
        None => cite(w, &item.sources),
    }
}

/// "[58] [34]", for the feedback under an answer.
pub fn source_refs(cited: &[Cited]) -> String {
    let keys: Vec<String> = cited.iter().map(|c| format!("[{}]", c.key)).collect();
    format!("Source: {}", keys.join(" "))
}
