//! An inspector's own contacts, kept on the device: a label, a number, and
//! the route it is for (or none: a free label). Stored as one value, the
//! serde_json form of [`Stored`], sealed like a visit when the lock is on,
//! and removed by "wipe everything" (its key has the app's prefix).

use super::{engine::RouteKind, storage_codec::PREFIX};
use serde::{Deserialize, Serialize};

pub const CONTACTS_KEY: &str = "sss.contacts";
const _: () = assert!(CONTACTS_KEY.as_bytes()[0] == PREFIX.as_bytes()[0]);

pub const FORMAT_VERSION: u32 = 1;
pub const MAX_CONTACTS: usize = 50;
pub const MAX_LABEL_CHARS: usize = 80;

/// The routes an inspector can file a contact under, in the result's order.
pub const ROUTE_CHOICES: [RouteKind; 10] = [
    RouteKind::ChildrensServices,
    RouteKind::Police,
    RouteKind::NrmReferral,
    RouteKind::DutyToNotify,
    RouteKind::SocialWork,
    RouteKind::LabourAuthority,
    RouteKind::AdultSafeguarding,
    RouteKind::SupportReferral,
    RouteKind::Helpline,
    RouteKind::Anonymous,
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalContact {
    pub id: String,
    pub label: String,
    /// As the inspector typed it (checked by [`check`]).
    pub phone: String,
    /// A route id ([`RouteKind::id`]); `None` for a free label.
    #[serde(default)]
    pub route: Option<String>,
}

impl PersonalContact {
    pub fn route_kind(&self) -> Option<RouteKind> {
        let id = self.route.as_deref()?;
        ROUTE_CHOICES.into_iter().find(|k| k.id() == id)
    }

    /// The number for a `tel:` link: a leading + and digits.
    pub fn tel(&self) -> String {
        tel(&self.phone)
    }

    /// One line for the summary: "Label: number".
    pub fn line(&self) -> String {
        format!("{}: {}", self.label, self.phone)
    }
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    contacts: Vec<PersonalContact>,
}

pub fn encode(list: &[PersonalContact]) -> String {
    serde_json::to_string(&Stored {
        version: FORMAT_VERSION,
        contacts: list.to_vec(),
    })
    .unwrap_or_default()
}

/// The list, if `raw` is one this version can read.
pub fn decode(raw: &str) -> Option<Vec<PersonalContact>> {
    serde_json::from_str::<Stored>(raw)
        .ok()
        .filter(|s| s.version == FORMAT_VERSION)
        .map(|s| s.contacts)
}

pub fn tel(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if phone.trim_start().starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    }
}

/// The form's fields.
pub const LABEL: &str = "contact-label";
pub const PHONE: &str = "contact-phone";

/// What the form holds, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub label: String,
    pub phone: String,
    /// A route id, or empty for a free label.
    pub route: String,
}

/// The first problem with a draft as (field, message), in the form's order,
/// or the contact to save under `id`.
pub fn check(d: &Draft, id: String) -> Result<PersonalContact, (&'static str, String)> {
    let label = d.label.split_whitespace().collect::<Vec<_>>().join(" ");
    if label.is_empty() {
        return Err((
            LABEL,
            "Enter a name for the contact, such as ‘Duty manager’".into(),
        ));
    }
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err((
            LABEL,
            format!("The name must be {MAX_LABEL_CHARS} characters or fewer"),
        ));
    }
    let phone = d.phone.split_whitespace().collect::<Vec<_>>().join(" ");
    if phone.is_empty() {
        return Err((PHONE, "Enter a phone number, such as 020 7946 0000".into()));
    }
    let allowed = phone.char_indices().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && i == 0)
    });
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if !allowed {
        return Err((
            PHONE,
            "A phone number can only have digits, spaces, brackets, hyphens and a + at the start"
                .into(),
        ));
    }
    if !(3..=15).contains(&digits) {
        return Err((PHONE, "Enter a phone number of 3 to 15 digits".into()));
    }
    let route = ROUTE_CHOICES
        .into_iter()
        .find(|k| k.id() == d.route)
        .map(|k| k.id().to_string());
    Ok(PersonalContact {
        id,
        label,
        phone,
        route,
    })
}

/// Adds or replaces (by id) a contact; `false` if the list is full.
pub fn upsert(list: &mut Vec<PersonalContact>, c: PersonalContact) -> bool {
    if let Some(old) = list.iter_mut().find(|x| x.id == c.id) {
        *old = c;
        return true;
    }
    if list.len() >= MAX_CONTACTS {
        return false;
    }
    list.push(c);
    true
}

/// The contacts for a route.
pub fn for_route(
    list: &[PersonalContact],
    kind: RouteKind,
) -> impl Iterator<Item = &PersonalContact> {
    list.iter().filter(move |c| c.route_kind() == Some(kind))
}

/// The contacts with no route.
pub fn free(list: &[PersonalContact]) -> impl Iterator<Item = &PersonalContact> {
    list.iter().filter(|c| c.route_kind().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(label: &str, phone: &str, route: &str) -> Draft {
        Draft {
            label: label.into(),
            phone: phone.into(),
            route: route.into(),
        }
    }

    #[test]
    fn a_list_round_trips_and_an_unknown_version_is_not_read() {
        let c = check(
            &draft(" Duty  manager ", "07700 900123", "police"),
            "a".into(),
        )
        .unwrap();
        assert_eq!(c.label, "Duty manager");
        assert_eq!(c.route_kind(), Some(RouteKind::Police));
        let raw = encode(std::slice::from_ref(&c));
        assert_eq!(decode(&raw), Some(vec![c]));
        assert_eq!(decode(&raw.replace("\"version\":1", "\"version\":9")), None);
        assert_eq!(decode("not json"), None);
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let e = |d: Draft| check(&d, "x".into()).unwrap_err();
        assert_eq!(e(draft("", "101", "")).0, LABEL);
        assert_eq!(e(draft(&"x".repeat(81), "101", "")).0, LABEL);
        assert_eq!(e(draft("A", "", "")).0, PHONE);
        assert!(e(draft("A", "0800 <script>", ""))
            .1
            .contains("only have digits"));
        assert!(e(draft("A", "12", "")).1.contains("3 to 15"));
        assert!(e(draft("A", "1+2", "")).1.contains("only have digits"));
    }

    #[test]
    fn a_free_label_has_no_route_and_tel_keeps_a_leading_plus() {
        let c = check(
            &draft("My manager", "+44 (0)7700 900123", "nowhere"),
            "b".into(),
        )
        .unwrap();
        assert_eq!(c.route, None);
        assert_eq!(c.tel(), "+4407700900123");
        assert_eq!(free(std::slice::from_ref(&c)).count(), 1);
    }

    #[test]
    fn edit_replaces_by_id_and_the_list_has_a_limit() {
        let mut list = Vec::new();
        for i in 0..MAX_CONTACTS {
            assert!(upsert(
                &mut list,
                check(&draft("A", "101", ""), i.to_string()).unwrap()
            ));
        }
        assert!(!upsert(
            &mut list,
            check(&draft("B", "101", ""), "new".into()).unwrap()
        ));
        assert!(upsert(
            &mut list,
            check(&draft("B", "101", ""), "3".into()).unwrap()
        ));
        assert_eq!(list[3].label, "B");
    }

    #[test]
    fn the_key_is_an_app_key_so_a_wipe_removes_it() {
        assert!(super::super::storage_codec::is_app_key(CONTACTS_KEY));
    }
}
