//! Train: the 2-hour workshop as a self-paced course, with a quiz that
//! answers at once, branching scenarios and spaced reviews afterwards.

pub mod activity_item;
pub mod activity_player;
pub mod audience_page;
pub mod certificate_page;
pub mod confidence_check;
pub mod course_page;
pub mod live_activity;
pub mod live_slide;
pub mod pack_page;
pub mod poster_page;
pub mod present_page;
pub mod presenter_keys;
pub mod quiz_question;
pub mod review_page;
pub mod scenario_player;
pub mod shared;
pub mod slide_html;
pub mod slide_parts;
pub mod team_page;
pub mod train_page;
