//! The UK's three legal jurisdictions for trafficking law and referral routes.

/// England and Wales share the Modern Slavery Act 2015; Scotland and Northern
/// Ireland have their own Acts and routes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Nation {
    EnglandWales,
    Scotland,
    NorthernIreland,
}

impl Nation {
    pub const ALL: [Nation; 3] = [
        Nation::EnglandWales,
        Nation::Scotland,
        Nation::NorthernIreland,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Nation::EnglandWales => "England and Wales",
            Nation::Scotland => "Scotland",
            Nation::NorthernIreland => "Northern Ireland",
        }
    }

    /// Stable id for storage and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Nation::EnglandWales => "england-wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
        }
    }

    pub fn from_id(id: &str) -> Option<Nation> {
        Nation::ALL.into_iter().find(|n| n.id() == id)
    }
}
