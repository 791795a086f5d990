//! One component per kind of wizard screen.

pub mod call_emergency;
pub mod observe_step;
pub mod place_step;
pub mod radio_step;
