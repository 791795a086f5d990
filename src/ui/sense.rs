//! Sense it: the guidance library, its search, the glossary and the signs.

pub mod glossary_page;
pub mod library_html;
pub mod library_page;
pub mod search_box;
pub mod signs_page;
pub mod topic_page;
