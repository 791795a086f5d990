//! Sense it: every sign in the catalogue the visit checklist uses, grouped by
//! category, each with its strength, where it applies and its sources.

use super::{markup::Html, sources};
use crate::domain::address::Address;
use crate::domain::{
    catalogue::{Applies, Category, Indicator},
    indicators::CATALOGUE,
    setting::Setting,
    source::Source,
    sources::*,
};

/// When the text of this page (not the catalogue) was last reviewed.
pub const REVIEWED: &str = "2026-11-28";

pub fn where_text(applies: Applies) -> String {
    match applies {
        Applies::Only(list) if list.len() < Setting::ALL.len() => list
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join("; "),
        _ => "Any property".into(),
    }
}

pub fn category_id(c: Category) -> &'static str {
    match c {
        Category::General => "signs-general",
        Category::Labour => "signs-labour",
        Category::Sexual => "signs-sexual",
        Category::Criminal => "signs-criminal",
        Category::DomesticServitude => "signs-domestic-servitude",
        Category::Child => "signs-children",
        Category::Premises => "signs-premises",
    }
}

/// One sign: wording, strength and red-flag tags, then where and sources.
pub fn sign(h: &mut Html, i: &Indicator, show_where: bool) {
    h.open("li", &[("class", "app-observation")]);
    h.el("span", &[("class", "app-observation__wording")], i.wording);
    h.open("span", &[("class", "app-observation__tags")]);
    let strength_class = match i.strength.label() {
        "Strong" => "app-tag app-tag--strong",
        "Medium" => "app-tag app-tag--medium",
        _ => "app-tag app-tag--weak",
    };
    h.el("strong", &[("class", strength_class)], i.strength.label());
    if i.red_flag {
        h.el("strong", &[("class", "app-tag app-tag--red")], "Red flag");
    }
    h.close("span");
    let place = if show_where {
        format!("Where: {}. ", where_text(i.applies))
    } else {
        String::new()
    };
    h.el(
        "span",
        &[("class", "app-observation__source")],
        &format!("{place}Source: {}", sources::keys(i.sources)),
    );
    h.close("li");
}

pub fn page() -> String {
    let mut h = Html::new();
    h.el("p", &[("class", "app-body-l")], "Human trafficking is moving, recruiting or holding people in order to exploit them. For an adult, it is done by force, threats, deception or abuse of their situation. For a child — anyone under 18 — no force or deception needs to be shown. People can be trafficked without ever crossing a border.");
    h.open("div", &[("class", "app-inset")]).open("p", &[]);
    h.text("No single sign proves that someone is being exploited, and the absence of signs does not prove they are not. The more signs you see, the stronger the reason to act. Record what you see and hear, and use the routes in ");
    h.link(&Address::Stop.path(), "Stop it")
        .text(".")
        .close("p")
        .close("div");
    h.open("p", &[]).text(&format!("These {} signs are the ones the visit checklist uses. Each is graded strong, medium or weak; red flags raise the level of concern on their own. ", CATALOGUE.len()));
    h.link(&Address::HowItDecides.path(), "How the checklist decides")
        .close("p");
    h.open(
        "nav",
        &[("class", "app-contents"), ("aria-label", "Contents")],
    );
    h.el("h2", &[("class", "app-heading-s")], "Contents");
    h.open("ul", &[("class", "app-list")]);
    for c in Category::ALL {
        h.open("li", &[])
            .link(&format!("#{}", category_id(c)), c.label())
            .close("li");
    }
    h.close("ul").close("nav");
    for c in Category::ALL {
        h.open(
            "section",
            &[("class", "app-signs"), ("aria-labelledby", category_id(c))],
        );
        h.el(
            "h2",
            &[("class", "app-heading-m"), ("id", category_id(c))],
            c.label(),
        );
        h.open("ul", &[("class", "app-observations")]);
        for i in CATALOGUE.iter().filter(|i| i.category == c) {
            sign(&mut h, i, true);
        }
        h.close("ul").close("section");
    }
    let mut cited: Vec<&'static Source> = vec![&S1, &S2, &S3, &S4, &S5A, &S7, &S71, &S72A, &S102];
    cited.extend(CATALOGUE.iter().flat_map(|i| i.sources.iter().copied()));
    sources::section(&mut h, cited, REVIEWED, sources::Placement::PageEnd);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sign_is_on_the_page_once() {
        let html = page();
        assert_eq!(
            html.matches("class=\"app-observation\"").count(),
            CATALOGUE.len()
        );
        for c in Category::ALL {
            assert!(html.contains(&format!("id=\"{}\"", category_id(c))));
        }
    }
}
