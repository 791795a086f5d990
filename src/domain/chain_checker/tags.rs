//! The fixed vocabularies a Chain Checker question is tagged with. build.rs
//! reads this same file, so content/chain-checker/ can only use these ids.

/// The six areas a section 54 statement is recommended to cover (Home Office
/// guidance): id, label.
pub const S54_AREAS: [(&str, &str); 6] = [
    (
        "structure",
        "Organisation structure, business and supply chains",
    ),
    ("policies", "Policies on modern slavery"),
    ("due-diligence", "Due diligence processes"),
    ("risk", "Risk assessment and management"),
    (
        "effectiveness",
        "Effectiveness, measured by performance indicators",
    ),
    ("training", "Training on modern slavery"),
];

/// The registry's "statement includes" fields: id, label.
pub const REGISTRY_FIELDS: [(&str, &str); 6] = [
    ("structure", "Organisational structure and supply chains"),
    ("policies", "Policies"),
    ("risk-assessment", "Risk assessment"),
    ("due-diligence", "Due diligence"),
    ("training", "Training"),
    ("goals", "Goals and key performance indicators"),
];

/// KnowTheChain's seven benchmark themes: id, label.
pub const KTC_THEMES: [(&str, &str); 7] = [
    ("commitment-governance", "Commitment and governance"),
    ("traceability-risk", "Traceability and risk assessment"),
    ("purchasing", "Purchasing practices"),
    ("recruitment", "Recruitment"),
    ("worker-voice", "Worker voice"),
    ("monitoring", "Monitoring"),
    ("remedy", "Remedy"),
];

/// The FAST Blueprint's five goals for the finance sector: id, label.
pub const FAST_GOALS: [(&str, &str); 5] = [
    ("1", "Compliance with the law"),
    ("2", "Knowing and showing risks"),
    ("3", "Using leverage creatively"),
    ("4", "Providing and enabling remedy"),
    ("5", "Investing in innovation for prevention"),
];

/// Answer scales, by the id content uses.
pub const SCALES: [&str; 3] = ["yes-no", "maturity", "red-flag"];

/// What an exposure option says about risk.
pub const RISKS: [&str; 4] = ["", "high-risk", "indicator", "vulnerable"];

/// The label for an id in one of the lists above ("" when unknown).
pub fn label(list: &[(&'static str, &'static str)], id: &str) -> &'static str {
    list.iter()
        .find(|(i, _)| *i == id)
        .map(|(_, l)| *l)
        .unwrap_or("")
}
