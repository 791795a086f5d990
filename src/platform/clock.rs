//! Time and ids from the browser.

use wasm_bindgen::JsValue;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A visit id: time plus randomness, unique on one device without a server.
pub fn new_id() -> String {
    let rand = (js_sys::Math::random() * 1e9) as u64;
    format!("{:x}{:x}", now_ms(), rand)
}

/// A date and time as people read it ("28 Nov 2026, 07:05"), in the
/// device's own time zone. Built by hand: creating an Intl formatter costs
/// more than the whole list of visits it is for.
pub fn format_time(ms: u64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    format!(
        "{} {} {}, {:02}:{:02}",
        d.get_date(),
        MONTHS[(d.get_month() as usize).min(11)],
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The device's date, YYYY-MM-DD in its own time zone: what decides whether a
/// number is past its review date.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
