//! The parts of a course slide that depend on no answer, as HTML: its
//! heading, points, what it points to elsewhere in the app, the notes and
//! the sources. Moving to the next slide then swaps in a few strings, as a
//! static page would, and only the parts that follow the learner's answers
//! (questions, activities, scenarios) are built as components.
//!
//! What a slide points to comes by id from its one home: signs from the
//! indicator catalogue, numbers from the registry, library topics and
//! glossary terms. Nothing is copied.

use super::shared::text;
use crate::domain::{
    address::Address,
    catalogue::indicator,
    content::{topic, GLOSSARY},
    registry::REGISTRY,
    workshop::{
        model::{Block, Slide},
        Cited,
    },
};
use crate::render::markup::Html;

/// The back link, the block's caption, the slide's heading and its place
/// in the block.
pub fn head(block: &Block, slide: &Slide, in_block: usize) -> String {
    let caption = if block.module > 0 {
        format!("Module {} of 4 · {} minutes", block.module, block.minutes)
    } else {
        format!("{} · {} minutes", block.title, block.minutes)
    };
    let mut h = Html::new();
    h.el(
        "a",
        &[("class", "app-back-link"), ("href", &Address::Train.path())],
        "Train: the workshop",
    )
    .el(
        "p",
        &[("class", "app-caption"), ("data-testid", "slide-caption")],
        &caption,
    )
    .el("h1", &[("class", "app-heading-xl")], &slide.title)
    .el(
        "p",
        &[("class", "app-train-count")],
        &format!(
            "{} · slide {} of {}",
            block.title,
            in_block + 1,
            block.slides.len()
        ),
    );
    h.finish()
}

/// The module's learning outcomes (on its first slide) and the slide's points.
pub fn points(block: &Block, slide: &Slide, in_block: usize) -> String {
    let mut h = Html::new();
    if in_block == 0 && !block.outcomes.is_empty() {
        h.open(
            "div",
            &[("class", "app-inset"), ("data-testid", "outcomes")],
        )
        .el(
            "h2",
            &[("class", "app-heading-s")],
            "By the end of this module you can:",
        )
        .open("ul", &[("class", "app-list app-list--bullet")]);
        for o in &block.outcomes {
            h.el("li", &[], o);
        }
        h.close("ul").close("div");
    }
    if !slide.points.is_empty() {
        h.open(
            "ul",
            &[("class", "app-list app-list--bullet app-train-points")],
        );
        for p in &slide.points {
            h.el("li", &[], &text(p));
        }
        h.close("ul");
    }
    h.finish()
}

/// Signs, numbers and reading in the rest of the app, then the notes for a
/// facilitator, folded away.
pub fn refs_and_notes(slide: &Slide) -> String {
    let mut h = Html::new();
    let signs: Vec<_> = slide.signs.iter().filter_map(|id| indicator(id)).collect();
    if !signs.is_empty() {
        h.el(
            "h2",
            &[("class", "app-heading-s")],
            "Signs from the visit checklist",
        )
        .open(
            "ul",
            &[
                ("class", "app-list app-list--bullet"),
                ("data-testid", "slide-signs"),
            ],
        );
        for s in signs {
            h.el("li", &[], s.wording);
        }
        h.close("ul");
    }
    let orgs: Vec<_> = slide
        .orgs
        .iter()
        .filter_map(|name| REGISTRY.iter().find(|o| format!("{:?}", o.id) == *name))
        .collect();
    if !orgs.is_empty() {
        h.el("h2", &[("class", "app-heading-s")], "Numbers").open(
            "ul",
            &[("class", "app-list"), ("data-testid", "slide-numbers")],
        );
        for o in orgs {
            h.open("li", &[]).el("strong", &[], o.name).text(": ");
            match o.numbers.first() {
                Some(n) => h.link(&format!("tel:{}", n.tel), n.display),
                None => h.text(o.contact_note),
            };
            h.close("li");
        }
        h.close("ul");
    }
    let topics: Vec<_> = slide.topics.iter().filter_map(|id| topic(id)).collect();
    let terms: Vec<_> = slide
        .terms
        .iter()
        .filter_map(|id| GLOSSARY.iter().find(|t| t.id == id))
        .collect();
    if !topics.is_empty() || !terms.is_empty() {
        h.el("h2", &[("class", "app-heading-s")], "Read more in Sense it")
            .open("ul", &[("class", "app-list")]);
        for t in topics {
            h.open("li", &[])
                .link(&Address::Topic(t.id.into()).path(), t.title)
                .close("li");
        }
        for t in terms {
            h.open("li", &[])
                .link(
                    &Address::GlossaryTerm(t.id.into()).path(),
                    &format!("Glossary: {}", t.term),
                )
                .close("li");
        }
        h.close("ul");
    }
    h.open(
        "details",
        &[
            ("class", "app-details"),
            ("data-testid", "facilitator-notes"),
        ],
    )
    .el(
        "summary",
        &[("class", "app-details__summary")],
        "Notes for a facilitator",
    )
    .open("div", &[("class", "app-details__text")])
    .el("p", &[], &slide.notes)
    .close("div")
    .close("details");
    h.finish()
}

/// The sources under a slide, as the `Citations` component shows them.
pub fn citations(cited: &[Cited]) -> String {
    let mut h = Html::new();
    h.open(
        "section",
        &[
            ("class", "app-sources app-train-sources"),
            ("aria-label", "Sources"),
        ],
    )
    .el("h2", &[("class", "app-heading-s")], "Sources")
    .open("ul", &[("class", "app-sources__list")]);
    for c in cited {
        h.open("li", &[])
            .open("span", &[("class", "app-source")])
            .el(
                "span",
                &[("class", "app-source__key")],
                &format!("[{}] ", c.key),
            )
            .text(&c.citation)
            .text(" ")
            .el("span", &[("class", "app-source__url")], &c.url)
            .close("span")
            .close("li");
    }
    h.close("ul").close("section");
    h.finish()
}
