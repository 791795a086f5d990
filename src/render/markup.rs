//! A tiny HTML builder that escapes every text and attribute value.

/// Escapes text for use in HTML content or a double-quoted attribute.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Builds an HTML fragment. Tag and attribute names are `&'static str` written
/// in this code; every value and text is escaped.
#[derive(Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Html {
        Html {
            out: String::with_capacity(4096),
        }
    }

    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Html {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape(value, &mut self.out);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Html {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Html {
        escape(text, &mut self.out);
        self
    }

    /// An element holding only text.
    pub fn el(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        text: &str,
    ) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// A link.
    pub fn link(&mut self, href: &str, text: &str) -> &mut Html {
        self.el("a", &[("href", href)], text)
    }

    /// A bulleted list of plain-text items.
    pub fn bullets<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) -> &mut Html {
        self.open("ul", &[("class", "app-list app-list--bullet")]);
        for item in items {
            self.el("li", &[], item);
        }
        self.close("ul")
    }

    /// Trusted HTML made by this crate's renderers or the build (never
    /// anything a user typed), added as it is.
    pub fn raw(&mut self, trusted: &str) -> &mut Html {
        self.out.push_str(trusted);
        self
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::new();
        h.el("p", &[("title", "\"><script>")], "<b>&'");
        assert_eq!(
            h.finish(),
            "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;&#39;</p>"
        );
    }
}
