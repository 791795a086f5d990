//! Who made a record: optional details the inspector keeps on the device
//! (Settings) to fill "Recorded by" in the referral summary. Stored as the
//! serde_json form of [`Recorder`]; sealed with the visits when the lock is on
//! (platform/recorder.rs).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Recorder {
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub phone: String,
}

impl Recorder {
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("four strings always serialise")
    }

    /// Unreadable details read as none: they are a convenience, re-typed in
    /// Settings, and never part of a visit.
    pub fn decode(raw: &str) -> Recorder {
        serde_json::from_str(raw).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        [&self.name, &self.role, &self.organisation, &self.phone]
            .iter()
            .all(|f| f.trim().is_empty())
    }

    /// "Sam Jones, Environmental Health Officer, Anytown Council, 01234 567890".
    pub fn recorded_by(&self) -> Option<String> {
        // Line breaks typed inside a field must not break the summary's line.
        let parts: Vec<String> = [&self.name, &self.role, &self.organisation, &self.phone]
            .iter()
            .map(|f| f.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|f| !f.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_round_trip_and_read_as_one_line() {
        let r = Recorder {
            name: "Sam Jones".into(),
            role: "EHO".into(),
            organisation: "Anytown\nCouncil".into(),
            phone: String::new(),
        };
        let back = Recorder::decode(&r.encode());
        assert_eq!(back, r);
        assert_eq!(
            back.recorded_by().unwrap(),
            "Sam Jones, EHO, Anytown Council"
        );
        assert!(Recorder::default().recorded_by().is_none());
        assert!(Recorder::decode("").is_empty());
    }
}
