//! A QR code as SVG, drawn on the device (the `qrcodegen` crate), for the
//! team pack's poster and "share this app" page. It encodes only the app's
//! own address.

use qrcodegen::{QrCode, QrCodeEcc};

/// The SVG for `text`, or `None` when it is too long for a QR code. The
/// markup holds only numbers and fixed words, never `text` itself.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let border = 4;
    let size = qr.size() + border * 2;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let label: String = label
        .chars()
        .filter(|c| c.is_alphanumeric() || " .,:/-".contains(*c))
        .collect();
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"{path}\" fill=\"#000000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_becomes_an_svg_with_nothing_of_the_text_in_it() {
        let svg = qr_svg("https://example.org/<script>", "QR code: <b>app</b>").unwrap();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(!svg.contains("script") && !svg.contains("<b>"));
        assert!(svg.contains("aria-label=\"QR code: bapp/b\""));
        // Version 3 at level M for this length: 29 modules plus the border.
        assert!(svg.contains("viewBox=\"0 0 37 37\""), "{}", &svg[..80]);
    }

    #[test]
    fn too_long_an_address_gives_none() {
        assert!(qr_svg(&"x".repeat(5000), "too long").is_none());
    }
}
