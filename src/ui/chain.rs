//! The Chain Checker area: a modern slavery self-assessment for businesses
//! and lenders, kept on this device. Pages only render and wire; the bank,
//! scoring, actions and report are in `domain::chain_checker`.

pub mod act_now_step;
pub mod action_plan;
pub mod board_report;
pub mod chain_ctx;
pub mod chain_home_page;
pub mod column_heads;
pub mod exposure_step;
pub mod headline;
pub mod note;
pub mod report_step;
pub mod results_step;
pub mod scoring_page;
pub mod statement_checklist;
pub mod step_page;
pub mod theme_bars;
pub mod theme_step;
pub mod what_changed;
