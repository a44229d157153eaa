//! What a scenario file may hold beyond its syntax: bounded texts, dates inside the run, outages that mean
//! something, checks that can be evaluated. Each problem is reported at the position the parser found for
//! the value ([`Spans`]), never at a place found by searching the text.

use super::explain;
use super::spans::Spans;
use super::{FileIssue, Focus};
use crate::calendar;
use crate::format::{short_num, short_text};
use crate::i18n::{t, t_strs};
use crate::scenario::NamedOutage;
use crate::scenario::checks::CheckSpec;
use chrono::NaiveDate;

/// Largest scenario file read, in bytes. The bundled presets are under 20 KB.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// Longest texts, in characters: ids and labels fit a file name or a legend; a narrative is a few
/// paragraphs. Bundled presets use well under half of each.
pub(crate) const MAX_ID: usize = 100;
pub(crate) const MAX_LABEL: usize = 200;
pub(crate) const MAX_SOURCE: usize = 500;
pub(crate) const MAX_NARRATIVE: usize = 20_000;
/// Most entries in `sources`, `outages` and `checks` each.
pub(crate) const MAX_ENTRIES: usize = 100;
/// Most units one outage may take out, and the largest unit (the biggest Ekibastuz units are 500 MW).
const MAX_UNITS: u32 = 100;
const MAX_UNIT_MW: f64 = 2000.0;

/// A file's text with its name and the parser's positions, for locating messages.
pub(crate) struct Located<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub spans: Spans,
}

/// 1-based line and column (in characters) of byte `at`.
pub(crate) fn line_col(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Byte offset of a 1-based line and column, as RON reports positions.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut at = 0;
    for _ in 1..line {
        match text[at..].find('\n') {
            Some(i) => at += i + 1,
            None => return text.len(),
        }
    }
    text[at..]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| at + i)
}

/// The value written at `at`: a quoted text to its closing quote, anything else up to a delimiter.
fn token_at(text: &str, at: usize) -> &str {
    let rest = &text[at.min(text.len())..];
    let end = if let Some(body) = rest.strip_prefix('"') {
        body.find('"').map_or(rest.len(), |i| i + 2)
    } else {
        rest.find(|c: char| c.is_whitespace() || ",()[]{}:".contains(c))
            .unwrap_or(rest.len())
    };
    let end = (0..=end.min(80))
        .rev()
        .find(|&i| rest.is_char_boundary(i))
        .unwrap_or(0);
    &rest[..end]
}

/// A path as a person reads it: `outages[1].unit_mw` is "outage 2: unit_mw".
pub(crate) fn human(path: &str) -> String {
    for (list, one) in [
        ("outages", "val-item-outage"),
        ("checks", "val-item-check"),
        ("sources", "val-item-source"),
    ] {
        let one = t(one);
        if let Some(rest) = path.strip_prefix(list).and_then(|r| r.strip_prefix('['))
            && let Some((n, tail)) = rest.split_once(']')
            && let Ok(i) = n.parse::<usize>()
        {
            let tail = tail.trim_start_matches('.');
            return if tail.is_empty() {
                format!("{one} {}", i + 1)
            } else {
                format!("{one} {}: {tail}", i + 1)
            };
        }
    }
    path.to_string()
}

impl Located<'_> {
    pub(crate) fn new<'a>(name: &'a str, text: &'a str) -> Located<'a> {
        Located {
            name,
            text,
            spans: Spans::of(text),
        }
    }

    fn issue_at_offset(&self, at: usize, msg: String) -> FileIssue {
        let (line, col) = line_col(self.text, at);
        FileIssue {
            file: self.name.to_string(),
            line,
            col,
            msg,
        }
    }

    /// A problem with the value at `path` (or the nearest enclosing one the parser found).
    pub(crate) fn at(&self, path: &str, msg: String) -> FileIssue {
        self.issue_at_offset(self.spans.start_or_parent(path), msg)
    }

    /// The value at `path` as written in the file (cut short), for messages that should echo it.
    pub(crate) fn written(&self, path: &str) -> Option<&str> {
        self.spans.start(path).map(|at| token_at(self.text, at))
    }

    /// A RON error, at RON's own position, in plain words, with the field it fell in when known.
    pub(crate) fn ron_error(&self, e: &ron::error::SpannedError) -> FileIssue {
        let at = offset_of(self.text, e.span.start.line, e.span.start.col);
        let prev = self.text[..at].chars().next_back();
        // RON's span of a bad number starts after its sign; the message shows the number as written.
        let sign = usize::from(matches!(prev, Some('-' | '+')));
        let msg = explain::explain(&e.code, token_at(self.text, at - sign), prev);
        let msg = match self.spans.path_at(at) {
            Some(p) if !p.is_empty() => format!("{}: {msg}", human(p)),
            _ => msg,
        };
        FileIssue {
            file: self.name.to_string(),
            line: e.span.start.line,
            col: e.span.start.col,
            msg,
        }
    }
}

/// `None` when `s` fits: at most `max` characters, no control characters (line breaks and tabs allowed
/// where `multiline`).
pub(crate) fn text_problem(s: &str, max: usize, multiline: bool) -> Option<String> {
    let n = s.chars().count();
    if n > max {
        let (n, max) = (n.to_string(), max.to_string());
        return Some(t_strs("val-too-long", &[("n", &n), ("max", &max)]));
    }
    s.chars()
        .find(|&c| c.is_control() && !(multiline && matches!(c, '\n' | '\t')))
        .map(|c| {
            t_strs(
                "val-control-char",
                &[("char", &c.escape_unicode().to_string())],
            )
        })
}

/// Every text of the file within its limit, every list within [`MAX_ENTRIES`].
pub(crate) fn texts(at: &Located, pf: &super::PresetFile) -> Result<(), FileIssue> {
    let mut fields: Vec<(String, &str, usize, bool)> = vec![
        ("id".into(), &pf.id, MAX_ID, false),
        ("title".into(), &pf.title, MAX_LABEL, false),
        ("narrative".into(), &pf.narrative, MAX_NARRATIVE, true),
    ];
    for (list, len) in [
        ("sources", pf.sources.len()),
        ("outages", pf.outages.len()),
        ("checks", pf.checks.len()),
    ] {
        if len > MAX_ENTRIES {
            return Err(at.at(
                list,
                t_strs(
                    "val-too-many",
                    &[
                        ("list", list),
                        ("n", &len.to_string()),
                        ("max", &MAX_ENTRIES.to_string()),
                    ],
                ),
            ));
        }
    }
    for (i, s) in pf.sources.iter().enumerate() {
        fields.push((format!("sources[{i}]"), s, MAX_SOURCE, true));
    }
    for (i, o) in pf.outages.iter().enumerate() {
        fields.push((format!("outages[{i}].label"), &o.label, MAX_LABEL, false));
        fields.push((format!("outages[{i}].source"), &o.source, MAX_SOURCE, true));
    }
    for (i, c) in pf.checks.iter().enumerate() {
        fields.push((format!("checks[{i}].id"), &c.id, MAX_ID, false));
        fields.push((format!("checks[{i}].label"), &c.label, MAX_LABEL, false));
        fields.push((
            format!("checks[{i}].documented"),
            &c.documented,
            MAX_LABEL,
            false,
        ));
        fields.push((format!("checks[{i}].unit"), &c.unit, MAX_LABEL, false));
        fields.push((format!("checks[{i}].source"), &c.source, MAX_SOURCE, true));
    }
    for (path, value, max, multiline) in fields {
        if let Some(p) = text_problem(value, max, multiline) {
            return Err(at.at(&path, format!("{} {p}", human(&path))));
        }
    }
    Ok(())
}

fn in_run(d: NaiveDate) -> bool {
    (calendar::start_date()..=calendar::end_date()).contains(&d)
}

fn not_in_run(what: &str, d: NaiveDate) -> String {
    let date = short_text(&d.to_string(), 20);
    t_strs(
        "val-not-in-run",
        &[
            ("what", what),
            ("date", &date),
            ("from", &calendar::start_date().to_string()),
            ("to", &calendar::end_date().to_string()),
        ],
    )
}

/// Both ends of the focus inside the run, in order.
pub(crate) fn focus(at: &Located, f: &Focus) -> Result<(), FileIssue> {
    for (end, d) in [("from", f.from), ("to", f.to)] {
        if !in_run(d) {
            let path = format!("focus.{end}");
            return Err(at.at(&path, not_in_run(&path, d)));
        }
    }
    if f.from > f.to {
        return Err(at.at(
            "focus.to",
            t_strs(
                "val-focus-order",
                &[("to", &f.to.to_string()), ("from", &f.from.to_string())],
            ),
        ));
    }
    Ok(())
}

/// One outage checked, and shortened when it starts before the run (with a warning that says by how much).
fn outage(
    at: &Located,
    i: usize,
    mut o: NamedOutage,
) -> Result<(NamedOutage, Option<FileIssue>), FileIssue> {
    let path = |f: &str| format!("outages[{i}].{f}");
    let name = t_strs(
        "val-outage-name",
        &[
            ("n", &(i + 1).to_string()),
            ("label", &short_text(&o.label, 60)),
        ],
    );
    let name = name.as_str();
    if !(1..=MAX_UNITS).contains(&o.units) {
        let msg = t_strs(
            "val-units",
            &[("name", name), ("max", &MAX_UNITS.to_string())],
        );
        return Err(at.at(&path("units"), msg));
    }
    if !(o.unit_mw.is_finite() && o.unit_mw > 0.0 && o.unit_mw <= MAX_UNIT_MW) {
        let msg = t_strs(
            "val-unit-mw",
            &[
                ("name", name),
                ("value", &short_num(o.unit_mw)),
                ("max", &MAX_UNIT_MW.to_string()),
            ],
        );
        return Err(at.at(&path("unit_mw"), msg));
    }
    if let Some(c) = &o.class {
        let classes = crate::data::Inputs::get()
            .fleet
            .iter()
            .map(|g| g.class.as_str());
        let mut known: Vec<&str> = classes.collect();
        known.dedup();
        if !known.contains(&c.as_str()) {
            let msg = t_strs(
                "val-class",
                &[
                    ("name", name),
                    ("class", &short_text(c, 30)),
                    ("known", &known.join(", ")),
                ],
            );
            return Err(at.at(&path("class"), msg));
        }
    }
    let run_days = calendar::day_offset(calendar::end_date()) + 1;
    if o.days == 0 || i64::from(o.days) > run_days {
        let msg = t_strs(
            "val-days",
            &[("name", name), ("max", &run_days.to_string())],
        );
        return Err(at.at(&path("days"), msg));
    }
    let first = calendar::day_offset(o.start);
    let last = first + i64::from(o.days) - 1;
    if first >= run_days || last < 0 {
        let msg = t_strs(
            "val-outside",
            &[
                ("name", name),
                ("start", &o.start.to_string()),
                ("days", &o.days.to_string()),
                ("from", &calendar::start_date().to_string()),
                ("to", &calendar::end_date().to_string()),
            ],
        );
        return Err(at.at(&path("start"), msg));
    }
    if first >= 0 {
        return Ok((o, None));
    }
    let kept = u32::try_from(last + 1).unwrap_or(o.days);
    let msg = t_strs(
        "val-early",
        &[
            ("name", name),
            ("start", &o.start.to_string()),
            ("first", &calendar::start_date().to_string()),
            ("kept", &kept.to_string()),
            ("days", &o.days.to_string()),
        ],
    );
    o.start = calendar::start_date();
    o.days = kept;
    Ok((o, Some(at.at(&path("start"), msg))))
}

/// Every outage checked; returns them (shortened where they start early) and the warnings.
pub(crate) fn outages(
    at: &Located,
    list: Vec<NamedOutage>,
) -> Result<(Vec<NamedOutage>, Vec<FileIssue>), FileIssue> {
    let mut out = Vec::with_capacity(list.len());
    let mut warnings = Vec::new();
    for (i, o) in list.into_iter().enumerate() {
        let (o, w) = outage(at, i, o)?;
        out.push(o);
        warnings.extend(w);
    }
    Ok((out, warnings))
}

/// Every check can be evaluated against a run: periods inside 2020-2023 and in order, a finite band.
pub(crate) fn checks(at: &Located, list: &[CheckSpec]) -> Result<(), FileIssue> {
    for (i, c) in list.iter().enumerate() {
        if let Some((field, msg)) = c.problem() {
            let path = format!("checks[{i}].{field}");
            let who = t_strs(
                "val-check-who",
                &[("n", &(i + 1).to_string()), ("id", &short_text(&c.id, 40))],
            );
            return Err(at.at(&path, format!("{who}: {msg}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_round_trip_between_offsets_and_lines() {
        let t = "ab\ncdé\nf";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        assert_eq!(offset_of(t, 2, 3), t.find('é').unwrap());
        assert_eq!(line_col(t, offset_of(t, 3, 1)), (3, 1));
        assert_eq!(offset_of(t, 9, 9), t.len());
    }

    #[test]
    fn tokens_and_paths_read_as_written() {
        assert_eq!(token_at("x: \"2021-13-01\", y", 3), "\"2021-13-01\"");
        assert_eq!(token_at("units: -2,", 7), "-2");
        assert_eq!(human("outages[1].unit_mw"), "outage 2: unit_mw");
        assert_eq!(human("checks[0]"), "check 1");
        assert_eq!(human("levers.levy_rate"), "levers.levy_rate");
    }
}
