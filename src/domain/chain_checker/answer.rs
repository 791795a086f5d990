//! One answer to a maturity question, stored as a short string.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Answer {
    Yes,
    Partly,
    No,
    NotSure,
    /// A maturity level, 0 to 3.
    Level(u8),
}

impl From<Answer> for String {
    fn from(a: Answer) -> String {
        match a {
            Answer::Yes => "yes".into(),
            Answer::Partly => "partly".into(),
            Answer::No => "no".into(),
            Answer::NotSure => "not-sure".into(),
            Answer::Level(l) => l.to_string(),
        }
    }
}

impl TryFrom<String> for Answer {
    type Error = String;

    fn try_from(s: String) -> Result<Answer, String> {
        Answer::parse(&s).ok_or_else(|| "an answer the Chain Checker does not know".into())
    }
}

impl Answer {
    pub fn parse(s: &str) -> Option<Answer> {
        Some(match s {
            "yes" => Answer::Yes,
            "partly" => Answer::Partly,
            "no" => Answer::No,
            "not-sure" => Answer::NotSure,
            "0" => Answer::Level(0),
            "1" => Answer::Level(1),
            "2" => Answer::Level(2),
            "3" => Answer::Level(3),
            _ => return None,
        })
    }

    pub fn code(self) -> String {
        self.into()
    }
}
