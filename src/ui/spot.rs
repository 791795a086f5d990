//! Spot it: visits on this device, the wizard, and how it decides.

pub mod check_page;
pub mod logic_page;
pub mod practice_page;
pub mod question_page;
pub mod result_page;
pub mod steps;
pub mod summary_page;
pub mod visit_ctx;
pub mod visits_page;
pub mod wizard_page;
