//! RON's errors in words a teacher editing a scenario file can act on: no Rust type names, the field named
//! when the parser's position falls inside one, dates called dates, and long values cut short.

use crate::format::{short_num, short_text};
use crate::i18n::{t, t_strs};

/// The first and last day of the run, as every date message states them.
const FIRST_DAY: &str = "2020-01-01";
const LAST_DAY: &str = "2023-12-31";

/// What the file calls the parts that are Rust types inside Hashgrid, in the current language (in the form
/// "missing field … in X" needs).
fn thing(type_name: &str) -> String {
    let id = match type_name {
        "PresetFile" => "explain-thing-scenario",
        "NamedOutage" => "explain-thing-outage",
        "CheckSpec" => "explain-thing-check",
        "Focus" => "explain-thing-focus",
        "LeverFile" => "explain-thing-levers",
        "Metric" => "explain-thing-metric",
        // Metric variants are written in the file (`MiningMw(month: ...)`), so their names mean something.
        other => return other.to_string(),
    };
    t(id)
}

/// Serde's description of what it expected, in the file's words and the current language.
fn expected_words(expected: &str) -> String {
    let e = expected.to_ascii_lowercase();
    let id = if e.contains("date") {
        "explain-want-date"
    } else if [
        "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "integer",
    ]
    .iter()
    .any(|t| e.contains(t))
    {
        "explain-want-whole"
    } else if e.contains("f64") || e.contains("f32") || e.contains("float") {
        "explain-want-number"
    } else if e.contains("bool") {
        "explain-want-bool"
    } else if e.contains("str") || e.contains("char") {
        "explain-want-text"
    } else if e.contains("seq") || e.contains("array") {
        "explain-want-list"
    } else if e.contains("variant") || e.contains("enum") {
        "explain-want-metric"
    } else if e.contains("struct") || e.contains("map") || e.contains("tuple") {
        "explain-want-group"
    } else {
        "explain-want-other"
    };
    t(id)
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

/// `what` is `field` or `metric`: the two kinds of name a file can get wrong (their messages differ by
/// more than a word in Russian and Kazakh, so each has its own).
fn choices(found: &str, names: &[&str], what: &str) -> String {
    let found = short_text(found, 40);
    if names.len() <= 12 {
        let all = names.join(", ");
        t_strs(
            &format!("explain-unknown-{what}-list"),
            &[("found", &found), ("names", &all)],
        )
    } else {
        match closest(&found, names) {
            Some(n) => t_strs(
                &format!("explain-unknown-{what}-typo"),
                &[("found", &found), ("name", n)],
            ),
            None => t_strs(&format!("explain-unknown-{what}"), &[("found", &found)]),
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
            Some(o) => t_strs(
                "explain-missing-field-in",
                &[("field", field), ("thing", &thing(o))],
            ),
            None => t_strs("explain-missing-field", &[("field", field)]),
        },
        E::DuplicateStructField { field, .. } => {
            t_strs("explain-duplicate-field", &[("field", field)])
        }
        E::Eof => t("explain-eof"),
        E::ExpectedComma
            if prev.is_some_and(|c| c.is_ascii_digit())
                && matches!(next, Some('.' | 'e' | 'E')) =>
        {
            t("explain-whole-no-point")
        }
        E::ExpectedComma => t("explain-comma"),
        E::ExpectedString => t("explain-string"),
        E::ExpectedStringEnd => t("explain-string-end"),
        E::ExpectedFloat => t("explain-float"),
        E::ExpectedInteger => t("explain-integer"),
        E::IntegerOutOfBounds => t_strs("explain-integer-bounds", &[("value", &tidy(token))]),
        E::InvalidIntegerDigit { digit, .. } => t_strs(
            "explain-not-digit",
            &[("value", &short_text(&digit.to_string(), 8))],
        ),
        E::ExpectedBoolean => t("explain-bool"),
        E::ExpectedArray => t("explain-array"),
        E::ExpectedArrayEnd => t("explain-array-end"),
        E::ExpectedDifferentStructName { found, .. } => {
            t_strs("explain-group-not", &[("found", &short_text(found, 40))])
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => t("explain-group"),
        E::ExpectedStructLikeEnd => t("explain-group-end"),
        E::ExpectedMap | E::ExpectedMapColon | E::ExpectedMapEnd => t("explain-map"),
        E::ExpectedIdentifier => t("explain-identifier"),
        E::UnexpectedChar(c) => t_strs(
            "explain-unexpected-char",
            &[("value", &short_text(&c.to_string(), 8))],
        ),
        E::TrailingCharacters => t("explain-trailing"),
        E::UnclosedBlockComment | E::UnclosedLineComment => t("explain-comment"),
        E::ExceededRecursionLimit => t("explain-nested"),
        E::Utf8Error(_) => t("explain-utf8"),
        E::InvalidValueForType { expected, found } => t_strs(
            "explain-expected-found",
            &[
                ("expected", &expected_words(expected)),
                ("found", &tidy(found)),
            ],
        ),
        E::ExpectedDifferentLength { expected, found } => t_strs(
            "explain-length",
            &[("expected", &tidy(expected)), ("found", &found.to_string())],
        ),
        E::Message(m) if is_date_error(m) => t_strs(
            "explain-not-date",
            &[
                ("value", &short_text(token.trim_matches('"'), 40)),
                ("from", FIRST_DAY),
                ("to", LAST_DAY),
            ],
        ),
        other => tidy(&other.to_string()),
    }
}

/// Plain words for files that are not RON scenarios at all, found before the parser runs.
pub(crate) fn not_a_scenario(text: &str) -> Option<String> {
    let body = strip_comments(text);
    let first = body.chars().next();
    match first {
        None => Some(t("explain-empty")),
        Some('{') | Some('[') => Some(t("explain-json")),
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
