//! RON's errors in words a teacher editing a scenario file can act on: no Rust type names, the field named
//! when the parser's position falls inside one, dates called dates, and long values cut short.

use crate::format::{short_num, short_text};

/// The first and last day of the run, as every date message states them.
pub(crate) const DATE_RANGE: &str = "2020-01-01 to 2023-12-31";

/// What the file calls the parts that are Rust types inside Hashgrid.
fn thing(type_name: &str) -> &str {
    match type_name {
        "PresetFile" => "the scenario",
        "NamedOutage" => "the outage",
        "CheckSpec" => "the check",
        "Focus" => "focus",
        "LeverFile" => "levers",
        "Metric" => "the metric",
        // Metric variants are written in the file (`MiningMw(month: ...)`), so their names mean something.
        other => other,
    }
}

/// Serde's description of what it expected, in the file's words.
fn expected_words(expected: &str) -> &'static str {
    let e = expected.to_ascii_lowercase();
    if e.contains("date") {
        "a date like \"2021-10-14\""
    } else if [
        "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "integer",
    ]
    .iter()
    .any(|t| e.contains(t))
    {
        "a whole number"
    } else if e.contains("f64") || e.contains("f32") || e.contains("float") {
        "a number"
    } else if e.contains("bool") {
        "true or false"
    } else if e.contains("str") || e.contains("char") {
        "a text in double quotes"
    } else if e.contains("seq") || e.contains("array") {
        "a list in [ ]"
    } else if e.contains("variant") || e.contains("enum") {
        "a metric such as MiningMw(month: \"2021-10\")"
    } else if e.contains("struct") || e.contains("map") || e.contains("tuple") {
        "a group in ( )"
    } else {
        "another kind of value"
    }
}

/// Cuts `s` short and writes any long run of digits in scientific notation (`1e308`, not 309 digits).
pub(crate) fn tidy(s: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let digits = run.chars().filter(char::is_ascii_digit).count();
        match run.parse::<f64>() {
            Ok(x) if digits > 15 => out.push_str(&short_num(x)),
            _ => out.push_str(run),
        }
        run.clear();
    };
    for c in s.chars() {
        if c.is_ascii_digit() || (c == '.' && !run.is_empty()) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    short_text(&out, 200)
}

/// Chrono's messages for a string that is not a date.
fn is_date_error(msg: &str) -> bool {
    [
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "premature end of input",
        "trailing input",
        "input contains invalid characters",
        "bad or unsupported format string",
    ]
    .contains(&msg)
}

/// The closest of `names` to `found`, when it is close enough to be a typo.
fn closest<'a>(found: &str, names: &[&'a str]) -> Option<&'a str> {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    }
    names
        .iter()
        .map(|n| (distance(found, n), *n))
        .filter(|(d, n)| *d <= 2.max(n.len() / 4))
        .min()
        .map(|(_, n)| n)
}

fn choices(found: &str, names: &[&str], what: &str) -> String {
    let found = short_text(found, 40);
    if names.len() <= 12 {
        format!(
            "unknown {what} '{found}'; expected one of: {}",
            names.join(", ")
        )
    } else {
        match closest(&found, names) {
            Some(n) => {
                format!("unknown {what} '{found}'; did you mean '{n}'? (see `hashgrid levers`)")
            }
            None => format!("unknown {what} '{found}' (see `hashgrid levers` for the names)"),
        }
    }
}

/// The message for a RON error. `token` is the file's text at the error's span, `next` the character there.
pub(crate) fn explain(code: &ron::Error, token: &str, prev: Option<char>) -> String {
    use ron::Error as E;
    let next = token.chars().next();
    match code {
        E::NoSuchStructField {
            found, expected, ..
        } => choices(found, expected, "field"),
        E::NoSuchEnumVariant {
            found, expected, ..
        } => choices(found, expected, "metric"),
        E::MissingStructField { field, outer } => match outer {
            Some(o) => format!("missing field '{field}' in {}", thing(o)),
            None => format!("missing field '{field}'"),
        },
        E::DuplicateStructField { field, .. } => format!("field '{field}' appears twice"),
        E::Eof => "the file ends too early (truncated?)".to_string(),
        E::ExpectedComma
            if prev.is_some_and(|c| c.is_ascii_digit())
                && matches!(next, Some('.' | 'e' | 'E')) =>
        {
            "a whole number is expected here (no decimal point or exponent)".to_string()
        }
        E::ExpectedComma => "a comma is missing before this (or a closing bracket)".to_string(),
        E::ExpectedString => "a text in double quotes is expected here".to_string(),
        E::ExpectedStringEnd => "this text is missing its closing double quote".to_string(),
        E::ExpectedFloat => "a number is expected here".to_string(),
        E::ExpectedInteger => "a whole number is expected here".to_string(),
        E::IntegerOutOfBounds => format!(
            "{} is not allowed here: a whole number from 0 up is expected, and this one is negative or too large",
            tidy(token)
        ),
        E::InvalidIntegerDigit { digit, .. } => {
            format!("'{}' is not a digit", short_text(&digit.to_string(), 8))
        }
        E::ExpectedBoolean => "true or false is expected here".to_string(),
        E::ExpectedArray => "a list in [ ] is expected here".to_string(),
        E::ExpectedArrayEnd => "the list needs a comma or its closing ] here".to_string(),
        E::ExpectedDifferentStructName { found, .. } => format!(
            "a group in ( ) is expected here, not '{}'",
            short_text(found, 40)
        ),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "a group in ( ) is expected here".to_string()
        }
        E::ExpectedStructLikeEnd => "a comma or a closing ) is expected here".to_string(),
        E::ExpectedMap | E::ExpectedMapColon | E::ExpectedMapEnd => {
            "scenario files write groups as ( name: value, ... ), not { }".to_string()
        }
        E::ExpectedIdentifier => "a field name is expected here".to_string(),
        E::UnexpectedChar(c) => format!("unexpected character '{}'", short_text(&c.to_string(), 8)),
        E::TrailingCharacters => "there is more text after the scenario's closing )".to_string(),
        E::UnclosedBlockComment | E::UnclosedLineComment => "a comment is not closed".to_string(),
        E::ExceededRecursionLimit => "the file is nested too deeply".to_string(),
        E::Utf8Error(_) => "the file is not UTF-8 text here".to_string(),
        E::InvalidValueForType { expected, found } => {
            format!(
                "expected {}, found {}",
                expected_words(expected),
                tidy(found)
            )
        }
        E::ExpectedDifferentLength { expected, found } => {
            format!("expected {}, found {found} items", tidy(expected))
        }
        E::Message(m) if is_date_error(m) => format!(
            "'{}' is not a date: write \"YYYY-MM-DD\", from {DATE_RANGE}",
            short_text(token.trim_matches('"'), 40)
        ),
        other => tidy(&other.to_string()),
    }
}

/// Plain words for files that are not RON scenarios at all, found before the parser runs.
pub(crate) fn not_a_scenario(text: &str) -> Option<String> {
    let body = strip_comments(text);
    let first = body.chars().next();
    match first {
        None => Some(
            "the file is empty; a scenario file starts with ( and lists format_version, id, title, focus, \
             narrative, sources, levers, outages and checks (see the files in presets/)"
                .into(),
        ),
        Some('{') | Some('[') => Some(
            "this looks like JSON; a scenario file is RON, written like the files in presets/ (it starts with \
             '(' and writes name: value)"
                .into(),
        ),
        _ => None,
    }
}

/// The text with its leading whitespace and comments removed.
fn strip_comments(text: &str) -> &str {
    let mut rest = text;
    loop {
        let t = rest.trim_start();
        if let Some(after) = t.strip_prefix("//") {
            rest = after.find('\n').map_or("", |i| &after[i + 1..]);
        } else if let Some(after) = t.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |i| &after[i + 2..]);
        } else {
            return t;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_numbers_are_written_short() {
        let big = format!("the float `{}`", 1e308);
        assert_eq!(tidy(&big), "the float `1e308`");
        assert_eq!(tidy("12.5"), "12.5");
    }

    #[test]
    fn a_typo_in_a_long_list_gets_a_suggestion() {
        let names = [
            "levy_rate",
            "cap_new_mw",
            "a",
            "b",
            "c",
            "d",
            "e",
            "f",
            "g",
            "h",
            "i",
            "j",
            "k",
        ];
        let m = choices("levy_rat", &names, "field");
        assert!(m.contains("did you mean 'levy_rate'"), "{m}");
    }
}
