//! The Chain Checker: a step-by-step modern slavery self-assessment for
//! businesses and lenders. Exposure and maturity are scored apart, a red flag
//! gives Act now whatever the score, and nothing ever says "slavery-free".
//! The question bank is data (content/chain-checker/), checked at build.

pub mod actions;
pub mod answer;
pub mod bank;
pub mod check;
pub mod diff;
pub mod report;
pub mod s54;
pub mod score;
pub mod steps;
pub mod tags;
pub mod transfer;

#[cfg(test)]
mod tests;
