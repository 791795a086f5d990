//! A check as a file, and as it is stored: JSON through serde, inside an
//! envelope that names the format and its version. Reading refuses anything
//! damaged, too large, from a newer version or with answers the bank does not
//! know, with a message a user can act on; it never changes what is stored.

use super::{
    bank::{exposure_question, question},
    check::Check,
};
use serde::{Deserialize, Serialize};

/// Where checks are kept on the device: one value per check, under this
/// prefix and the check's id. It starts with the app's prefix, so "Delete
/// everything" removes checks too.
pub const STORE_PREFIX: &str = "sss.chain.";

/// What the file says it is.
pub const FORMAT: &str = "sense-spot-stop/chain-check";
/// The version this app writes and reads.
pub const VERSION: u32 = 1;
/// The largest file accepted. A full check with long notes is far smaller.
pub const MAX_BYTES: usize = 256 * 1024;
/// The longest note or name kept.
pub const MAX_TEXT: usize = 4000;

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    check: Check,
}

/// Only the header, to say "newer version" rather than "damaged".
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    /// Not JSON, or cut short.
    Damaged,
    /// JSON, but not a Chain Checker file.
    NotACheck,
    /// Made by a newer version of the app.
    Newer(u32),
    /// A Chain Checker file with something the bank does not know.
    Invalid(String),
}

impl ImportError {
    pub fn explain(&self) -> String {
        match self {
            ImportError::TooLarge => format!(
                "This file is too large to be a Chain Checker file (the limit is {} KB). Nothing was imported.",
                MAX_BYTES / 1024
            ),
            ImportError::Damaged => "This file is damaged or incomplete, so it cannot be read. Nothing was imported; ask for the file to be exported again.".into(),
            ImportError::NotACheck => "This is not a Chain Checker file. Nothing was imported.".into(),
            ImportError::Newer(v) => format!(
                "This file was made by a newer version of the app (format version {v}). Update this app, then import it again. Nothing was imported."
            ),
            ImportError::Invalid(what) => format!(
                "This file has {what}, so it cannot be imported. Nothing was imported."
            ),
        }
    }
}

pub fn export(check: &Check) -> String {
    serde_json::to_string_pretty(&Envelope {
        format: FORMAT.into(),
        version: VERSION,
        check: check.clone(),
    })
    .unwrap_or_default()
}

/// The compact form kept on the device.
pub fn to_stored(check: &Check) -> String {
    serde_json::to_string(&Envelope {
        format: FORMAT.into(),
        version: VERSION,
        check: check.clone(),
    })
    .unwrap_or_default()
}

pub fn import(text: &str) -> Result<Check, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| ImportError::Damaged)?;
    let header: Header =
        serde_json::from_value(value.clone()).map_err(|_| ImportError::NotACheck)?;
    if header.format != FORMAT {
        return Err(ImportError::NotACheck);
    }
    if header.version > VERSION {
        return Err(ImportError::Newer(header.version));
    }
    if header.version == 0 {
        return Err(ImportError::NotACheck);
    }
    let env: Envelope = serde_json::from_value(value)
        .map_err(|_| ImportError::Invalid("answers this app does not know".into()))?;
    validate(&env.check)?;
    Ok(env.check)
}

fn invalid(what: &str) -> ImportError {
    ImportError::Invalid(what.into())
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn is_date_or_empty(s: &str) -> bool {
    s.is_empty() || crate::domain::source::is_iso_date(s)
}

fn validate(c: &Check) -> Result<(), ImportError> {
    if !is_id(&c.id) {
        return Err(invalid("a check id that is not valid"));
    }
    if c.organisation.chars().count() > 200 {
        return Err(invalid("an organisation name that is too long"));
    }
    if !is_date_or_empty(&c.date) {
        return Err(invalid("a date that is not valid"));
    }
    let check_answers = |answers: &std::collections::BTreeMap<String, super::answer::Answer>| {
        answers
            .iter()
            .all(|(id, a)| question(id).is_some_and(|q| q.scale.points(*a).is_some()))
    };
    let check_exposure = |exposure: &std::collections::BTreeMap<String, Vec<String>>| {
        exposure.iter().all(|(id, opts)| {
            exposure_question(id).is_some_and(|q| {
                (q.multi || opts.len() <= 1)
                    && opts.iter().all(|o| q.options.iter().any(|k| k.id == o))
            })
        })
    };
    if !check_answers(&c.answers) || !check_exposure(&c.exposure) {
        return Err(invalid("answers this app does not know"));
    }
    if let Some(b) = &c.baseline {
        if !check_answers(&b.answers) || !check_exposure(&b.exposure) || !is_date_or_empty(&b.date)
        {
            return Err(invalid("an earlier check this app does not know"));
        }
    }
    for (id, note) in &c.notes {
        if (question(id).is_none() && exposure_question(id).is_none())
            || note.chars().count() > MAX_TEXT
        {
            return Err(invalid("a note that is too long or on an unknown question"));
        }
    }
    for (id, plan) in &c.plans {
        if question(id).is_none()
            || plan.owner.chars().count() > 200
            || !is_date_or_empty(&plan.due)
        {
            return Err(invalid("an action plan that is not valid"));
        }
    }
    if c.step.len() > 64 {
        return Err(invalid("a saved page that is not valid"));
    }
    Ok(())
}
