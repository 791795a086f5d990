//! A council's own contacts (`deploy/local-contacts.toml`), read and checked
//! when the app builds. Every mistake is reported with the contact it is in,
//! so a council's web team can fix the file without reading Rust.
//!
//! The route ids are the engine's own (`RouteKind::id` in
//! src/domain/engine.rs), read from that file so the two cannot drift apart.

use serde::Deserialize;
use std::fmt::Write as _;

/// The file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    contact: Vec<RawContact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    label: Option<String>,
    routes: Option<Vec<String>>,
    phone: Option<String>,
    hours: Option<String>,
    nation: Option<String>,
    council: Option<String>,
    checked_by: Option<String>,
    checked: Option<String>,
    review_months: Option<i64>,
}

/// One checked contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub label: String,
    /// Route variants, e.g. `ChildrensServices`.
    pub routes: Vec<String>,
    /// As the council wrote it, spaces tidied.
    pub display: String,
    /// Digits only, starting with 0, for `tel:` links.
    pub tel: String,
    pub hours: String,
    /// `EnglandWales`, `Scotland` or `NorthernIreland`.
    pub nation: String,
    pub council: String,
    pub checked_by: String,
    pub checked: String,
    pub review_months: u32,
}

/// How often a contact is checked, in months, when the file does not say.
pub const DEFAULT_REVIEW_MONTHS: u32 = 6;
/// The longest review interval the build accepts, as for the registry.
pub const MAX_REVIEW_MONTHS: u32 = 24;

/// Routes no council number can serve: 999 is national, and "keep the
/// record" has no one to contact.
const NOT_LOCAL: &[&str] = &["emergency", "record-only"];

const NATIONS: &[(&str, &str)] = &[
    ("england-wales", "EnglandWales"),
    ("scotland", "Scotland"),
    ("northern-ireland", "NorthernIreland"),
];

/// The engine's route ids as (variant, id), read from the body of
/// `RouteKind::id` in src/domain/engine.rs.
pub fn route_ids(engine_rs: &str) -> Result<Vec<(String, String)>, String> {
    let not_found = "could not find RouteKind::id in src/domain/engine.rs";
    let imp = engine_rs.find("impl RouteKind").ok_or(not_found)?;
    let start = engine_rs[imp..]
        .find("pub fn id(self) -> &'static str")
        .ok_or(not_found)?;
    let body = &engine_rs[imp + start..];
    let end = body.find("\n    }\n").unwrap_or(body.len());
    let mut ids = Vec::new();
    for line in body[..end].lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("RouteKind::") else {
            continue;
        };
        let Some((variant, id)) = rest.split_once("=>") else {
            continue;
        };
        let id = id.trim().trim_end_matches(',').trim_matches('"');
        ids.push((variant.trim().to_string(), id.to_string()));
    }
    if ids.is_empty() {
        return Err("found no route ids in RouteKind::id in src/domain/engine.rs".into());
    }
    Ok(ids)
}

/// A UK phone number as digits starting with 0 (10 or 11 digits), from how
/// people write it: spaces, hyphens, brackets and a leading +44 or +44 (0)
/// are allowed.
pub fn uk_number(written: &str) -> Result<String, String> {
    let mut s: String = written
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    if let Some(rest) = s.strip_prefix("+44") {
        s = if rest.starts_with('0') {
            rest.to_string()
        } else {
            format!("0{rest}")
        };
    }
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "phone \"{written}\" is not a UK phone number: use digits and spaces only, such as \"020 7946 0000\" or \"+44 20 7946 0000\""
        ));
    }
    if !s.starts_with('0') {
        return Err(format!(
            "phone \"{written}\" is not a full UK number: it must start with 0 or +44 and include the area code"
        ));
    }
    if !(10..=11).contains(&s.len()) {
        return Err(format!(
            "phone \"{written}\" has {} digits: a UK number has 10 or 11 digits, starting with 0",
            s.len()
        ));
    }
    if !matches!(s.as_bytes()[1], b'1' | b'2' | b'3' | b'5' | b'7' | b'8') {
        return Err(format!(
            "phone \"{written}\" does not start like a UK number (01, 02, 03, 05, 07 or 08)"
        ));
    }
    Ok(s)
}

/// True for a real date written YYYY-MM-DD.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 2000 && (1..=days).contains(&d)
}

fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads and checks the file. `file` names it in messages. Every problem is
/// returned, one message each.
pub fn parse(
    file: &str,
    raw: &str,
    routes: &[(String, String)],
) -> Result<Vec<Contact>, Vec<String>> {
    let parsed: File = toml::from_str(raw).map_err(|e| vec![format!("{file}: {e}")])?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    if parsed.contact.is_empty() {
        errors.push(format!(
            "{file}: has no [[contact]] entries (delete the file to build without local contacts)"
        ));
    }
    let usable: Vec<&str> = routes
        .iter()
        .map(|(_, id)| id.as_str())
        .filter(|id| !NOT_LOCAL.contains(id))
        .collect();
    for (i, c) in parsed.contact.iter().enumerate() {
        let name = match c.label.as_deref().map(str::trim) {
            Some(l) if !l.is_empty() => format!("{file}: contact {} (\"{l}\")", i + 1),
            _ => format!("{file}: contact {}", i + 1),
        };
        let mut err = |m: String| errors.push(format!("{name}: {m}"));
        let text = |v: &Option<String>| v.as_deref().map(tidy).unwrap_or_default();
        let label = text(&c.label);
        if label.is_empty() {
            err("has no label (label = \"Children's services front door\")".into());
        }
        let mut variants = Vec::new();
        match &c.routes {
            None => err(format!(
                "has no routes (routes = [\"childrens-services\"]); the route ids are: {}",
                usable.join(", ")
            )),
            Some(list) if list.is_empty() => err(format!(
                "has an empty routes list; the route ids are: {}",
                usable.join(", ")
            )),
            Some(list) => {
                for id in list {
                    let id = id.trim();
                    if NOT_LOCAL.contains(&id) {
                        err(format!(
                            "route \"{id}\" cannot have a local number (999 and \"keep the record\" are the same everywhere)"
                        ));
                    } else if let Some((v, _)) = routes.iter().find(|(_, r)| r == id) {
                        if !variants.contains(v) {
                            variants.push(v.clone());
                        }
                    } else {
                        err(format!(
                            "unknown route id \"{id}\"; the route ids are: {}",
                            usable.join(", ")
                        ));
                    }
                }
            }
        }
        let (display, tel) = match c.phone.as_deref().map(str::trim) {
            None | Some("") => {
                err("has no phone number (phone = \"020 7946 0000\")".into());
                (String::new(), String::new())
            }
            Some(p) => match uk_number(p) {
                Ok(t) => (tidy(p), t),
                Err(e) => {
                    err(e);
                    (String::new(), String::new())
                }
            },
        };
        let nation = match c.nation.as_deref().map(str::trim) {
            None | Some("") => {
                err("has no nation (nation = \"england-wales\", \"scotland\" or \"northern-ireland\")".into());
                String::new()
            }
            Some(n) => match NATIONS.iter().find(|(id, _)| *id == n) {
                Some((_, v)) => v.to_string(),
                None => {
                    err(format!(
                        "unknown nation \"{n}\"; use \"england-wales\", \"scotland\" or \"northern-ireland\""
                    ));
                    String::new()
                }
            },
        };
        let council = text(&c.council);
        if council.is_empty() {
            err("has no council (council = \"Example Borough Council\")".into());
        }
        let checked_by = text(&c.checked_by);
        if checked_by.is_empty() {
            err("does not say who checked it (checked_by = \"Name, team\")".into());
        }
        let checked = text(&c.checked);
        if checked.is_empty() {
            err("has no check date (checked = \"YYYY-MM-DD\", the day someone last rang or confirmed the number)".into());
        } else if !is_iso_date(&checked) {
            err(format!(
                "check date \"{checked}\" is not a date written YYYY-MM-DD"
            ));
        }
        let review_months = match c.review_months {
            None => DEFAULT_REVIEW_MONTHS,
            Some(m) if m >= 1 && m <= i64::from(MAX_REVIEW_MONTHS) => m as u32,
            Some(m) => {
                err(format!(
                    "review_months = {m}: use a number of months from 1 to {MAX_REVIEW_MONTHS}"
                ));
                DEFAULT_REVIEW_MONTHS
            }
        };
        out.push(Contact {
            label,
            routes: variants,
            display,
            tel,
            hours: text(&c.hours),
            nation,
            council,
            checked_by,
            checked,
            review_months,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The contacts as Rust source for `src/domain/local_contacts.rs`.
pub fn generate(contacts: &[Contact]) -> String {
    let mut out = String::from(
        "// Generated by build.rs from the deployment's local contacts. Do not edit.\n\n\
         pub static LOCAL_CONTACTS: &[LocalContact] = &[\n",
    );
    for c in contacts {
        let routes: Vec<String> = c.routes.iter().map(|r| format!("RouteKind::{r}")).collect();
        let _ = writeln!(
            out,
            "    LocalContact {{ label: {:?}, routes: &[{}], display: {:?}, tel: {:?}, hours: {:?}, nation: Nation::{}, council: {:?}, checked_by: {:?}, checked: {:?}, review_months: {} }},",
            c.label,
            routes.join(", "),
            c.display,
            c.tel,
            c.hours,
            c.nation,
            c.council,
            c.checked_by,
            c.checked,
            c.review_months
        );
    }
    out.push_str("];\n");
    out
}
