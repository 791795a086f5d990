//! Who made a record: optional details the inspector keeps on the device
//! (Settings) to fill "Recorded by" in the referral summary. Stored as four
//! lines; sealed with the visits when the lock is on (platform/recorder.rs).

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recorder {
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub phone: String,
}

impl Recorder {
    /// One field per line; line breaks inside a field become spaces.
    pub fn encode(&self) -> String {
        [&self.name, &self.role, &self.organisation, &self.phone]
            .map(|f| f.replace(['\n', '\r'], " "))
            .join("\n")
    }

    pub fn decode(raw: &str) -> Recorder {
        let mut f = raw.split('\n').map(|s| s.trim().to_string());
        Recorder {
            name: f.next().unwrap_or_default(),
            role: f.next().unwrap_or_default(),
            organisation: f.next().unwrap_or_default(),
            phone: f.next().unwrap_or_default(),
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.name, &self.role, &self.organisation, &self.phone]
            .iter()
            .all(|f| f.trim().is_empty())
    }

    /// "Sam Jones, Environmental Health Officer, Anytown Council, 01234 567890".
    pub fn recorded_by(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.name, &self.role, &self.organisation, &self.phone]
            .iter()
            .map(|f| f.trim())
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
        assert_eq!(back.organisation, "Anytown Council");
        assert_eq!(
            back.recorded_by().unwrap(),
            "Sam Jones, EHO, Anytown Council"
        );
        assert!(Recorder::default().recorded_by().is_none());
        assert!(Recorder::decode("").is_empty());
    }
}
