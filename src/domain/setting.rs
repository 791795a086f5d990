//! The kinds of property an inspector visits.

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Setting {
    House,
    SharedHouse,
    CarWash,
    NailBar,
    Farm,
    Factory,
    Takeaway,
    Construction,
    ShortLet,
    Other,
}

impl Setting {
    pub const ALL: [Setting; 10] = [
        Setting::House,
        Setting::SharedHouse,
        Setting::CarWash,
        Setting::NailBar,
        Setting::Farm,
        Setting::Factory,
        Setting::Takeaway,
        Setting::Construction,
        Setting::ShortLet,
        Setting::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Setting::House => "House or flat",
            Setting::SharedHouse => "Shared house or HMO",
            Setting::CarWash => "Hand car wash",
            Setting::NailBar => "Nail bar or beauty salon",
            Setting::Farm => "Farm or agricultural site",
            Setting::Factory => "Factory, warehouse or food processing",
            Setting::Takeaway => "Takeaway or restaurant",
            Setting::Construction => "Construction site",
            Setting::ShortLet => "Short let, or a property that may be a brothel",
            Setting::Other => "Other",
        }
    }

    /// Stable id for storage and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Setting::House => "house",
            Setting::SharedHouse => "shared-house",
            Setting::CarWash => "car-wash",
            Setting::NailBar => "nail-bar",
            Setting::Farm => "farm",
            Setting::Factory => "factory",
            Setting::Takeaway => "takeaway",
            Setting::Construction => "construction",
            Setting::ShortLet => "short-let",
            Setting::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.id() == id)
    }

    /// A workplace, as opposed to somewhere people live: changes how some
    /// questions are worded.
    pub fn is_workplace(self) -> bool {
        !matches!(
            self,
            Setting::House | Setting::SharedHouse | Setting::ShortLet
        )
    }
}
