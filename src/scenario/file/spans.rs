//! Where each value of a scenario file is, as the RON parser found it: every field and list item by its path
//! (`levers.levy_rate`, `outages[2].unit_mw`, `checks[0].metric.from`) with the byte range of its text.
//!
//! Messages about a value that parsed but is not allowed (a date outside the run, a clamped lever, a NaN)
//! need a position, and serde hands the deserialised value over without one. Searching the text for the
//! field's name finds the wrong place when a narrative or a comment mentions it, so the positions come from
//! the parser instead: each value is read as a `ron::value::RawValue`, which borrows its exact text from the
//! file, and the offset of that text is its position. Struct-like values are read again, one level down,
//! the same way. Nothing here judges the values; a file that does not parse simply yields fewer entries.

use ron::value::RawValue;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// How deep the walk goes; scenario files nest four levels (`checks[0].metric.from`).
const MAX_DEPTH: usize = 6;

/// One value's path and byte range in the file.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    path: String,
    start: usize,
    end: usize,
}

/// The positions of every value of one file's text.
#[derive(Clone, Debug, Default)]
pub(crate) struct Spans {
    entries: Vec<Entry>,
}

/// What one value holds, one level down: named fields, list items, or nothing to walk into.
enum Node<'a> {
    Fields(Vec<(String, &'a RawValue)>),
    Items(Vec<&'a RawValue>),
    Leaf,
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut fields = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            fields.push((key, map.next_value::<&'de RawValue>()?));
        }
        Ok(Node::Fields(fields))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<&'de RawValue>()? {
            items.push(item);
        }
        Ok(Node::Items(items))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Node<'de>, A::Error> {
        let (IgnoredAny, _) = data.variant::<IgnoredAny>()?;
        Ok(Node::Leaf)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(NodeVisitor)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(NodeVisitor)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_i128<E>(self, _: i128) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_u128<E>(self, _: u128) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_char<E>(self, _: char) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_str<E>(self, _: &str) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_unit<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
    fn visit_none<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Leaf)
    }
}

impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

/// Byte offset of `part` inside `whole`; `part` must be a slice of it (the raw values borrow from the file).
fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let off = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (off + part.len() <= whole.len()).then_some(off)
}

/// The value's own first character: a raw value keeps comments that precede it, which are not the value.
fn skip_comments(text: &str, mut at: usize, end: usize) -> usize {
    loop {
        let rest = &text[at..end];
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            at += trimmed.find('\n').map_or(trimmed.len(), |i| i + 1);
        } else if trimmed.starts_with("/*") {
            at += trimmed.find("*/").map_or(trimmed.len(), |i| i + 2);
        } else {
            return at;
        }
    }
}

fn child_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Spans {
    /// Walks `text` (the whole file) and records every value it can reach.
    pub(crate) fn of(text: &str) -> Spans {
        let mut spans = Spans::default();
        if let Ok(root) = ron::from_str::<&RawValue>(text) {
            spans.walk(text, root.get_ron(), String::new(), 0);
        }
        spans
    }

    fn walk(&mut self, text: &str, raw: &str, path: String, depth: usize) {
        let Some(start) = offset_in(text, raw) else {
            return;
        };
        let end = start + raw.len();
        self.entries.push(Entry {
            path: path.clone(),
            start: skip_comments(text, start, end),
            end,
        });
        if depth >= MAX_DEPTH {
            return;
        }
        match ron::from_str::<Node>(raw) {
            Ok(Node::Fields(fields)) => {
                for (key, value) in fields {
                    self.walk(text, value.get_ron(), child_path(&path, &key), depth + 1);
                }
            }
            Ok(Node::Items(items)) => {
                for (i, value) in items.into_iter().enumerate() {
                    self.walk(text, value.get_ron(), format!("{path}[{i}]"), depth + 1);
                }
            }
            Ok(Node::Leaf) | Err(_) => {}
        }
    }

    /// Byte offset where the value at `path` starts.
    pub(crate) fn start(&self, path: &str) -> Option<usize> {
        self.entries
            .iter()
            .find(|e| e.path == path)
            .map(|e| e.start)
    }

    /// Start of the value at `path`, or of the nearest enclosing value that was found.
    pub(crate) fn start_or_parent(&self, path: &str) -> usize {
        let mut p = path;
        loop {
            if let Some(s) = self.start(p) {
                return s;
            }
            match p.rfind(['.', '[']) {
                Some(i) => p = &p[..i],
                None => return self.start("").unwrap_or(0),
            }
        }
    }

    /// The innermost value whose text contains byte `offset`, as its path (`""` for the whole file).
    pub(crate) fn path_at(&self, offset: usize) -> Option<&str> {
        self.entries
            .iter()
            .filter(|e| e.start <= offset && offset < e.end)
            .max_by_key(|e| e.path.len())
            .map(|e| e.path.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_come_from_the_parser_not_from_searching() {
        let text = "(\n  narrative: \"mentions levy_rate: 5\",\n  // levy_rate: 7\n  levers: (levy_rate: 10.0),\n  list: [ (a: 1), (a: 2) ],\n)";
        let s = Spans::of(text);
        let at = s.start("levers.levy_rate").unwrap();
        assert!(text[at..].starts_with("10.0"), "{}", &text[at..]);
        let at = s.start("list[1].a").unwrap();
        assert!(text[at..].starts_with("2)"));
        assert_eq!(
            s.path_at(text.find("10.0").unwrap()),
            Some("levers.levy_rate")
        );
        assert_eq!(s.start_or_parent("levers.nope"), s.start("levers").unwrap());
    }

    #[test]
    fn a_file_that_does_not_parse_has_no_entries_and_no_panic() {
        let s = Spans::of("(a: [1, 2");
        assert_eq!(s.start(""), None);
        assert_eq!(s.start_or_parent("a[0]"), 0);
    }
}
