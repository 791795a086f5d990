//! Just enough JSON for the stored visits (`storage_codec`): a reader into a
//! small tree and the pieces of a writer. It replaces serde and serde_json,
//! which were the largest single part of the wasm that the app could do
//! without (about 40 KB before compression), and it writes byte for byte what
//! serde_json wrote, so stored visits read as before.

/// A parsed JSON value. Objects keep their members in order, duplicates
/// included, so a reader can refuse a repeated field.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number; `None` unless it is a whole number from 0 to `u64::MAX`,
    /// the only numbers a visit holds.
    Num(Option<u64>),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

/// Why text is not JSON: a short description and the byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError(pub String);

/// Deeper nesting is refused rather than risking the stack (as serde_json).
const MAX_DEPTH: usize = 128;

pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        b: text.as_bytes(),
        i: 0,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i < p.b.len() {
        return Err(p.err("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn err(&self, what: &str) -> SyntaxError {
        SyntaxError(format!("{what} at byte {}", self.i))
    }

    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        let hit = self.b.get(self.i) == Some(&c);
        if hit {
            self.i += 1;
        }
        hit
    }

    fn word(&mut self, w: &str, v: Value) -> Result<Value, SyntaxError> {
        if self.b[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.err("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        self.ws();
        match self.b.get(self.i) {
            None => Err(self.err("end of input while parsing a value")),
            Some(b'n') => self.word("null", Value::Null),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Ok(Value::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Ok(Value::Arr(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.err("expected , or ]"));
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut members = Vec::new();
                if self.eat(b'}') {
                    return Ok(Value::Obj(members));
                }
                loop {
                    self.ws();
                    if self.b.get(self.i) != Some(&b'"') {
                        return Err(self.err("expected a key"));
                    }
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return Err(self.err("expected :"));
                    }
                    members.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Ok(Value::Obj(members));
                    }
                    if !self.eat(b',') {
                        return Err(self.err("expected , or }"));
                    }
                }
            }
            Some(_) => Err(self.err("expected a value")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let negative = self.b[self.i] == b'-';
        if negative {
            self.i += 1;
        }
        let start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.b[start] == b'0') {
            return Err(self.err("invalid number"));
        }
        let whole = &self.b[start..self.i];
        let mut integer = !negative;
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            integer = false;
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            integer = false;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        let value = integer.then(|| {
            whole.iter().try_fold(0u64, |acc, d| {
                acc.checked_mul(10)?.checked_add(u64::from(d - b'0'))
            })
        });
        Ok(Value::Num(value.flatten()))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let hex = self
            .b
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.err("end of input in an escape"))?;
        let mut n = 0;
        for h in hex {
            let d = (*h as char)
                .to_digit(16)
                .ok_or_else(|| self.err("invalid \\u escape"))?;
            n = n * 16 + d;
        }
        self.i += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so
            // the run is whole UTF-8.
            out.push_str(std::str::from_utf8(&self.b[start..self.i]).unwrap_or_default());
            match self.b.get(self.i) {
                None => return Err(self.err("end of input in a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = *self
                        .b
                        .get(self.i)
                        .ok_or_else(|| self.err("end of input in an escape"))?;
                    self.i += 1;
                    let ch = match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.b[self.i..].starts_with(b"\\u") {
                                    return Err(self.err("lone surrogate"));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err("lone surrogate"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or_else(|| self.err("lone surrogate"))?
                        }
                        _ => return Err(self.err("invalid escape")),
                    };
                    out.push(ch);
                }
                Some(_) => return Err(self.err("control character in a string")),
            }
        }
    }
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it. Runs of
/// characters that need no escape are copied whole: a visit's notes are
/// written on every autosave, and a push per character made that 4x slower.
pub fn write_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        // Every byte that needs an escape is ASCII, so `i` is always a
        // character boundary when it matches.
        let escape: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Appends `"key":`, after a comma unless it is the object's first member.
pub fn write_key(out: &mut String, key: &str) {
    if !out.ends_with('{') {
        out.push(',');
    }
    write_str(out, key);
    out.push(':');
}

/// Why a JSON value is not the record expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(pub String);

pub fn shape(what: &str) -> ShapeError {
    ShapeError(what.to_string())
}

impl Value {
    /// The members `names` of an object, in that order. Other members are
    /// ignored (as serde does); a repeated one is refused.
    pub fn fields<const N: usize>(
        &self,
        names: [&str; N],
    ) -> Result<[Option<&Value>; N], ShapeError> {
        let Value::Obj(members) = self else {
            return Err(shape("expected an object"));
        };
        let mut found = [None; N];
        for (key, value) in members {
            if let Some(i) = names.iter().position(|n| n == key) {
                if found[i].replace(value).is_some() {
                    return Err(ShapeError(format!("duplicate field {key}")));
                }
            }
        }
        Ok(found)
    }

    pub fn u64(&self) -> Result<u64, ShapeError> {
        match self {
            Value::Num(Some(n)) => Ok(*n),
            _ => Err(shape("expected a whole number")),
        }
    }

    pub fn u32(&self) -> Result<u32, ShapeError> {
        u32::try_from(self.u64()?).map_err(|_| shape("number too large"))
    }

    pub fn bool(&self) -> Result<bool, ShapeError> {
        match self {
            Value::Bool(b) => Ok(*b),
            _ => Err(shape("expected true or false")),
        }
    }

    pub fn str(&self) -> Result<&str, ShapeError> {
        match self {
            Value::Str(s) => Ok(s),
            _ => Err(shape("expected a string")),
        }
    }

    pub fn arr(&self) -> Result<&[Value], ShapeError> {
        match self {
            Value::Arr(a) => Ok(a),
            _ => Err(shape("expected an array")),
        }
    }

    pub fn obj(&self) -> Result<&[(String, Value)], ShapeError> {
        match self {
            Value::Obj(o) => Ok(o),
            _ => Err(shape("expected an object")),
        }
    }
}

/// A field that must be there.
pub fn required<'a>(v: Option<&'a Value>, name: &str) -> Result<&'a Value, ShapeError> {
    v.ok_or_else(|| ShapeError(format!("missing field {name}")))
}

/// An `Option` field: missing and null are both `None`, as with serde.
pub fn optional(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| **v != Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_json_allows_and_refuses_the_rest() {
        assert_eq!(
            parse(" {\"a\" : [1, -2, 3.5, 1e3, true, null, \"x\\u00e9\\ud83d\\ude00\\n\"]} "),
            Ok(Value::Obj(vec![(
                "a".into(),
                Value::Arr(vec![
                    Value::Num(Some(1)),
                    Value::Num(None),
                    Value::Num(None),
                    Value::Num(None),
                    Value::Bool(true),
                    Value::Null,
                    Value::Str("xé😀\n".into()),
                ])
            )]))
        );
        assert_eq!(
            parse("18446744073709551615"),
            Ok(Value::Num(Some(u64::MAX)))
        );
        assert_eq!(parse("18446744073709551616"), Ok(Value::Num(None)));
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "\"\\ud800\"",
            "\"a\nb\"",
            "nul",
            "{} x",
            "{a:1}",
            "\"\\x\"",
            "[1 2]",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(parse(&"[".repeat(100_000)).is_err());
    }

    #[test]
    fn writes_strings_as_serde_json_does() {
        let s = "a\"b\\c\n\r\t\u{8}\u{c}\u{1}\u{1f}/é\u{7f}";
        let mut out = String::new();
        write_str(&mut out, s);
        assert_eq!(out, serde_json::to_string(s).unwrap());
        assert_eq!(parse(&out), Ok(Value::Str(s.into())));
    }
}
