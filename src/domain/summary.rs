//! The referral summary: a factual account of one visit, built on the device
//! and ordered like the Home Office NRM / Duty to Notify form (who you are,
//! the person's age, where, what happened, indicators, consent), so it can be
//! read out on the phone or copied into the form.

use super::{
    catalogue::Group,
    engine::{assess, what_to_say},
    registry::org,
    visit::{GroupAnswer, Visit, YesNoUnsure},
    wizard::{answer_lines, Step},
};

pub struct Section {
    pub heading: &'static str,
    pub lines: Vec<String>,
}

pub struct Summary {
    pub title: String,
    pub sections: Vec<Section>,
    /// An adult has not consented and the route is the Duty to Notify (or
    /// either, not yet asked): a notification must not identify them.
    pub not_consented: bool,
    /// Lines that could identify the person (the address, anything typed),
    /// as (section, line) indexes. Marked only when `not_consented`.
    pub identifying: Vec<(usize, usize)>,
}

/// Shown after a line that could identify the person.
pub const IDENTIFYING_MARK: &str = "[could identify the person]";
/// Replaces such a line in the copy without identifying details.
pub const REMOVED: &str = "[removed: could identify the person]";

/// A date and time, already formatted by the caller (the device's time zone).
pub struct Times {
    pub created: String,
    pub updated: String,
    /// From the recorder's details in Settings, if kept on this device.
    pub recorded_by: Option<String>,
}

pub fn summarise(v: &Visit, times: &Times) -> Summary {
    let a = assess(&v.answers);
    let answers = &v.answers;
    let setting = answers
        .setting
        .map(|s| s.label())
        .unwrap_or("Property (kind not recorded)");
    let mut sections = vec![Section {
        heading: "About this record",
        lines: vec![
            format!(
                "Recorded by: {}",
                times
                    .recorded_by
                    .clone()
                    .unwrap_or_else(|| "[your name, role and organisation]".into())
            ),
            format!("Visit recorded: {}", times.created),
            format!("Last changed: {}", times.updated),
            "Made with the Sense it. Spot it. Stop it. checklist. These are indicators, not proof: the level of concern is not a decision about anyone.".into(),
        ],
    }];
    sections.push(Section {
        heading: "Immediate danger",
        lines: vec![match answers.danger {
            Some(YesNoUnsure::Yes) => {
                "Someone was in immediate danger. 999 should be (or has been) called.".into()
            }
            Some(YesNoUnsure::NotSure) => "Not sure whether anyone was in immediate danger.".into(),
            Some(YesNoUnsure::No) => "No one was seen to be in immediate danger.".into(),
            None => "Not answered.".into(),
        }],
    });
    sections.push(Section {
        heading: "Age of the people seen",
        lines: {
            let mut l: Vec<String> = answer_lines(Step::UnderAge, v)
                .into_iter()
                .map(|a| format!("Anyone who appears to be under 18: {a}"))
                .collect();
            if a.child {
                l.push(format!(
                    "Treated as a child until their age is assessed ({}).",
                    super::route_reason::age_presumption_law(a.nation)
                ));
            }
            l
        },
    });
    sections.push(Section {
        heading: "Where",
        lines: vec![
            format!("Kind of property: {setting}"),
            format!(
                "Location: {}",
                if v.location.trim().is_empty() {
                    "not recorded"
                } else {
                    v.location.trim()
                }
            ),
            format!("Nation: {}", a.nation.label()),
        ],
    });
    sections.push(Section {
        heading: "People seen",
        lines: answer_lines(Step::People, v),
    });
    let mut seen = Vec::new();
    // Pages with nothing ticked, and pages answered "None of these", fold
    // into one line each instead of a line per page.
    let titles = |keep: fn(&GroupAnswer) -> bool| -> Vec<String> {
        Group::ALL
            .into_iter()
            .filter(|g| answers.groups.get(g).is_some_and(keep))
            .map(|g| super::engine::lower_first(g.title()))
            .collect()
    };
    let nothing = titles(|a| matches!(a, GroupAnswer::Seen(ids) if ids.is_empty()));
    let none = titles(|a| matches!(a, GroupAnswer::NoneSeen));
    for g in Group::ALL {
        let lines = answer_lines(Step::Observe(g), v);
        let folded = matches!(answers.groups.get(&g), Some(GroupAnswer::NoneSeen))
            || matches!(answers.groups.get(&g), Some(GroupAnswer::Seen(ids)) if ids.is_empty());
        if answers.groups.contains_key(&g) && !folded {
            seen.push(format!("{}: {}", g.title(), lines.join("; ")));
        }
        if let Some(note) = v.notes.get(&g).filter(|n| !n.trim().is_empty()) {
            seen.push(format!("{} — note: {}", g.title(), note.trim()));
        }
    }
    if !none.is_empty() {
        seen.push(format!(
            "None of the listed signs seen on these pages: {}.",
            none.join("; ")
        ));
    }
    if !nothing.is_empty() {
        seen.push(format!(
            "Nothing recorded on these pages (passed without a tick): {}.",
            nothing.join("; ")
        ));
    }
    if seen.is_empty() {
        seen.push("No observations recorded.".into());
    }
    sections.push(Section {
        heading: "What was seen and heard",
        lines: seen,
    });
    let mut indicators: Vec<String> = a
        .observations
        .iter()
        .map(|i| {
            format!(
                "{} ({}{}; sources {})",
                i.wording,
                i.strength.label().to_ascii_lowercase(),
                if i.red_flag { ", red flag" } else { "" },
                i.sources
                    .iter()
                    .map(|s| s.key)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    if indicators.is_empty() {
        indicators.push("None recorded.".into());
    }
    for id in &a.unknown_ids {
        indicators.push(format!(
            "{id} (not in this version's checklist; not counted)"
        ));
    }
    sections.push(Section {
        heading: "Indicators of exploitation",
        lines: indicators,
    });
    sections.push(Section {
        heading: "Forms of exploitation the signs are consistent with",
        lines: form_lines(&a),
    });
    let mut level = vec![format!("Level of concern: {}", a.level.label())];
    level.extend(a.level_reasons.iter().cloned());
    if !a.not_checked.is_empty() {
        level.push(format!(
            "Could not check: {}.",
            a.not_checked
                .iter()
                .map(|g| g.title().to_ascii_lowercase())
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    sections.push(Section {
        heading: "Level of concern",
        lines: level,
    });
    sections.push(Section {
        heading: "Consent",
        lines: vec![if a.child {
            "Not needed: a child does not need to consent to a referral.".into()
        } else {
            answer_lines(Step::Consent, v).join(" ")
        }],
    });
    sections.push(Section {
        heading: "Routes",
        lines: a
            .routes
            .iter()
            .map(|r| {
                let who = r.org.map(org).map(|o| {
                    let nums = o
                        .numbers
                        .iter()
                        .map(|n| format!("{} {}", n.label, n.display))
                        .collect::<Vec<_>>()
                        .join(", ");
                    if nums.is_empty() {
                        format!(" — {}", o.name)
                    } else {
                        format!(" — {} ({nums})", o.name)
                    }
                });
                format!(
                    "{}{}: {}",
                    r.kind.title(),
                    who.unwrap_or_default(),
                    r.why(a.nation).join(" ")
                )
            })
            .collect(),
    });
    sections.push(Section {
        heading: "What to say when you call",
        lines: what_to_say(answers, &a),
    });
    sections.push(Section {
        heading: "Other notes",
        lines: vec![if v.general_notes.trim().is_empty() {
            "None.".into()
        } else {
            v.general_notes.trim().to_string()
        }],
    });
    sections.push(Section {
        heading: "Sources",
        lines: source_lines(&a),
    });
    let not_consented = !a.child
        && a.routes.iter().any(|r| {
            matches!(
                r.kind,
                super::engine::RouteKind::DutyToNotify
                    | super::engine::RouteKind::NrmOrDutyToNotify
            )
        });
    let identifying = if not_consented {
        identifying_lines(&sections, v)
    } else {
        Vec::new()
    };
    Summary {
        title: format!("Visit record: {setting}"),
        sections,
        not_consented,
        identifying,
    }
}

/// Everything the inspector typed (the address and every note): any of it
/// could name or point to the person.
fn identifying_lines(sections: &[Section], v: &Visit) -> Vec<(usize, usize)> {
    let typed: Vec<String> = std::iter::once(v.location.trim().to_string())
        .chain(v.notes.values().map(|n| n.trim().to_string()))
        .chain(std::iter::once(v.general_notes.trim().to_string()))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    for (si, s) in sections.iter().enumerate() {
        for (li, l) in s.lines.iter().enumerate() {
            if typed.iter().any(|t| l.contains(t.as_str())) {
                out.push((si, li));
            }
        }
    }
    out
}

/// The summary's own source list: every source number the summary shows,
/// once, in first-use order, with the original's title and address.
pub fn source_lines(a: &super::engine::Assessment) -> Vec<String> {
    let mut list: Vec<&'static super::source::Source> = Vec::new();
    let mut add = |s: &'static super::source::Source| {
        if !list.iter().any(|x| x.key == s.key) {
            list.push(s);
        }
    };
    for i in &a.observations {
        for s in i.sources {
            add(s);
        }
    }
    if a.child {
        add(super::route_reason::age_presumption_source(a.nation));
    }
    for r in &a.routes {
        if let Some(id) = r.org {
            for s in org(id).sources {
                add(s);
            }
        }
    }
    list.iter()
        .map(|s| {
            if s.url.is_empty() {
                format!("[{}] {}.", s.key, s.citation)
            } else {
                format!("[{}] {}. {}", s.key, s.citation, s.url)
            }
        })
        .collect()
}

/// One line per form: "Signs consistent with …: sign; sign." Never a verdict.
pub fn form_lines(a: &super::engine::Assessment) -> Vec<String> {
    if a.findings.is_empty() {
        let line = if a.observations.is_empty() {
            "None named: no signs were recorded."
        } else {
            "None named: the signs recorded are common to every form of exploitation."
        };
        return vec![line.into()];
    }
    a.findings
        .iter()
        .map(|f| {
            let signs: Vec<&str> = f
                .signs
                .iter()
                .filter_map(|id| super::catalogue::indicator(id))
                .map(|i| i.wording)
                .collect();
            format!("{}: {}.", f.headline(), signs.join("; "))
        })
        .collect()
}

impl Summary {
    /// Whether a line is marked as one that could identify the person.
    pub fn is_identifying(&self, section: usize, line: usize) -> bool {
        self.identifying.contains(&(section, line))
    }

    /// The same summary with every identifying line replaced, for the Duty
    /// to Notify when an adult has not consented.
    pub fn without_identifying(&self) -> Summary {
        let sections = self
            .sections
            .iter()
            .enumerate()
            .map(|(si, s)| Section {
                heading: s.heading,
                lines: s
                    .lines
                    .iter()
                    .enumerate()
                    .map(|(li, l)| {
                        if self.is_identifying(si, li) {
                            REMOVED.to_string()
                        } else {
                            l.clone()
                        }
                    })
                    .collect(),
            })
            .collect();
        Summary {
            title: self.title.clone(),
            sections,
            not_consented: self.not_consented,
            identifying: Vec::new(),
        }
    }

    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{}\n{}\n",
            self.title,
            "=".repeat(self.title.chars().count())
        );
        for (si, s) in self.sections.iter().enumerate() {
            out.push_str(&format!(
                "\n{}\n{}\n",
                s.heading,
                "-".repeat(s.heading.len())
            ));
            for (li, l) in s.lines.iter().enumerate() {
                if self.is_identifying(si, li) {
                    out.push_str(&format!("- {l} {IDENTIFYING_MARK}\n"));
                } else {
                    out.push_str(&format!("- {l}\n"));
                }
            }
        }
        out
    }

    /// Markdown, with the user's text escaped so it cannot become markup.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n", md_escape(&self.title));
        for (si, s) in self.sections.iter().enumerate() {
            out.push_str(&format!("\n## {}\n\n", s.heading));
            for (li, l) in s.lines.iter().enumerate() {
                let mark = if self.is_identifying(si, li) {
                    format!(" {}", md_escape(IDENTIFYING_MARK))
                } else {
                    String::new()
                };
                out.push_str(&format!("- {}{mark}\n", md_escape(l)));
            }
        }
        out
    }
}

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::practice::sample;

    fn times() -> Times {
        Times {
            created: "1 Jan 2026, 09:00".into(),
            updated: "1 Jan 2026, 10:00".into(),
            recorded_by: None,
        }
    }

    #[test]
    fn the_summary_follows_the_referral_form_order_and_holds_the_facts() {
        let s = sample("shared-house").unwrap();
        let mut v = Visit::new("x".into(), 0, false);
        v.answers = s.model_answers();
        v.location = "12 Example Street".into();
        v.notes
            .insert(Group::Control, "Passports in a drawer".into());
        let text = summarise(&v, &times()).to_text();
        let pos = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("{needle} missing"))
        };
        assert!(pos("About this record") < pos("Age of the people seen"));
        assert!(pos("Age of the people seen") < pos("What was seen and heard"));
        assert!(pos("Indicators of exploitation") < pos("Consent"));
        assert!(text.contains("12 Example Street"));
        assert!(text.contains("Passports in a drawer"));
        assert!(text.contains("Level of concern: High concern"));
        assert!(text.contains("08000 121 700"));
        assert!(text.contains("Recorded by: [your name, role and organisation]"));
        let named = Times {
            recorded_by: Some("Sam Jones, EHO".into()),
            ..times()
        };
        assert!(summarise(&v, &named)
            .to_text()
            .contains("Recorded by: Sam Jones, EHO"));
    }

    #[test]
    fn markdown_cannot_be_injected_by_notes() {
        let mut v = Visit::new("x".into(), 0, false);
        v.general_notes = "<script>alert(1)</script> [link](javascript:alert(1))\n# heading".into();
        let md = summarise(&v, &times()).to_markdown();
        assert!(!md.contains("<script>"));
        assert!(md.contains("\\[link\\](javascript"), "{md}");
        assert!(!md.contains("\n# heading"));
    }

    /// Every source number the summary shows has its entry in the summary's
    /// own source list, in every nation, for a child and for an adult.
    #[test]
    fn every_source_number_in_the_summary_is_in_its_source_list() {
        use crate::domain::{indicators::CATALOGUE, nation::Nation, visit::GroupAnswer};
        for nation in Nation::ALL {
            for under in [YesNoUnsure::Yes, YesNoUnsure::No] {
                let mut v = Visit::new("x".into(), 0, false);
                v.answers.nation = Some(nation);
                v.answers.under_18 = Some(under);
                v.answers.danger = Some(YesNoUnsure::No);
                for i in CATALOGUE.iter().step_by(7) {
                    let entry = v
                        .answers
                        .groups
                        .entry(i.group)
                        .or_insert_with(|| GroupAnswer::Seen(Default::default()));
                    if let GroupAnswer::Seen(set) = entry {
                        set.insert(i.id.to_string());
                    }
                }
                let sum = summarise(&v, &times());
                let listed: Vec<&str> = sum
                    .sections
                    .iter()
                    .find(|s| s.heading == "Sources")
                    .unwrap()
                    .lines
                    .iter()
                    .map(|l| &l[1..l.find(']').unwrap()])
                    .collect();
                for s in &sum.sections {
                    for l in &s.lines {
                        if let Some(at) = l.find("sources ") {
                            let keys = &l[at + 8..l.rfind(')').unwrap()];
                            for k in keys.split(", ") {
                                assert!(listed.contains(&k), "[{k}] missing from the list");
                            }
                        }
                    }
                }
                let text = sum.to_text();
                if under == YesNoUnsure::Yes && nation != Nation::EnglandWales {
                    assert!(!text.contains("Modern Slavery Act 2015, s51"), "{nation:?}");
                }
            }
        }
    }

    /// Duty to Notify for an adult who has not consented: every typed field
    /// is marked, and the copy without them keeps none of it.
    #[test]
    fn without_consent_identifying_fields_are_marked_and_can_be_left_out() {
        use crate::domain::{
            nation::Nation,
            visit::{Consent, GroupAnswer},
        };
        let mut v = Visit::new("x".into(), 0, false);
        v.answers.nation = Some(Nation::EnglandWales);
        v.answers.under_18 = Some(YesNoUnsure::No);
        v.answers.danger = Some(YesNoUnsure::No);
        v.answers.consent = Some(Consent::Declined);
        v.answers.groups.insert(
            Group::Control,
            GroupAnswer::Seen(["control-id-held-by-other".to_string()].into()),
        );
        v.location = "14 Sample Road".into();
        v.notes.insert(Group::Control, "Worker called Ana".into());
        v.general_notes = "Owner drives a red van".into();
        let s = summarise(&v, &times());
        assert!(s.not_consented);
        let text = s.to_text();
        for typed in [
            "14 Sample Road",
            "Worker called Ana",
            "Owner drives a red van",
        ] {
            let line = text.lines().find(|l| l.contains(typed)).unwrap();
            assert!(line.ends_with(IDENTIFYING_MARK), "{line}");
        }
        let safe = s.without_identifying().to_text();
        for typed in ["14 Sample Road", "Ana", "red van"] {
            assert!(!safe.contains(typed), "{typed} left in");
        }
        assert!(safe.contains(REMOVED));
        // With consent nothing is marked.
        v.answers.consent = Some(Consent::Agreed);
        let s = summarise(&v, &times());
        assert!(!s.not_consented && s.identifying.is_empty());
    }
}
