//! Preset and scenario files (RON): parsing with precise error positions, and crash-safe saving.

use super::checks::CheckSpec;
use super::{LEVERS, LeverFile, NamedOutage, Scenario};
use crate::calendar;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::Path;

/// Bumped whenever the file layout changes incompatibly; files name the version they were written for.
/// Version 2 writes a switched-off schedule as `"never"`; version 1 files (which used dates after the run
/// and windows ending before they start) are read by [`migrate_v1`].
pub(crate) const FORMAT_VERSION: u32 = 2;

/// The oldest version this Hashgrid still reads.
const OLDEST_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Focus {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Focus {
    /// The period as fractional years, `to` inclusive (it ends at the end of its day), for shading charts.
    pub(crate) fn year_fractions(&self) -> (f64, f64) {
        (
            calendar::date_to_year_fraction(self.from),
            calendar::date_to_year_fraction(self.to + chrono::Days::new(1)),
        )
    }
}

/// The whole file, as written on disk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PresetFile {
    pub format_version: u32,
    pub id: String,
    pub title: String,
    pub focus: Focus,
    pub narrative: String,
    pub sources: Vec<String>,
    pub levers: LeverFile,
    pub outages: Vec<NamedOutage>,
    pub checks: Vec<CheckSpec>,
}

/// Everything in a preset except its lever values.
#[derive(Clone, Debug, PartialEq)]
pub struct PresetMeta {
    pub id: String,
    pub title: String,
    pub focus: Focus,
    pub narrative: String,
    pub sources: Vec<String>,
    pub checks: Vec<CheckSpec>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    pub meta: PresetMeta,
    pub scenario: Scenario,
}

/// A problem in a file, located for the person who has to fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct FileIssue {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub msg: String,
}

impl fmt::Display for FileIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.col, self.msg)
    }
}

impl std::error::Error for FileIssue {}

/// A loaded preset plus the values that had to be clamped (reported, not fatal).
#[derive(Clone, Debug)]
pub struct Loaded {
    pub preset: Preset,
    pub warnings: Vec<FileIssue>,
}

/// Line and column (1-based) of the first `name:` after the `levers` block starts, for lever-level messages.
fn locate_field(text: &str, name: &str) -> (usize, usize) {
    let start = text.find("levers").unwrap_or(0);
    let mut search = start;
    while let Some(pos) = text[search..].find(name) {
        let at = search + pos;
        let before_ok = at == 0
            || !text.as_bytes()[at - 1].is_ascii_alphanumeric() && text.as_bytes()[at - 1] != b'_';
        let rest = text[at + name.len()..].trim_start();
        if before_ok && rest.starts_with(':') {
            return line_col(text, at);
        }
        search = at + name.len();
    }
    line_col(text, start)
}

fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

/// Lever fields are optional; implicit `Some` lets a file write `levy_rate: 10.0` rather than `Some(10.0)`.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses a preset or scenario file. `name` is how the file is named in messages (usually its path).
pub fn parse(name: &str, text: &str) -> Result<Loaded, FileIssue> {
    let pf: PresetFile = ron_options().from_str(text).map_err(|e| FileIssue {
        file: name.to_string(),
        line: e.span.start.line,
        col: e.span.start.col,
        msg: explain_ron(&e.code),
    })?;
    if !(OLDEST_VERSION..=FORMAT_VERSION).contains(&pf.format_version) {
        let (line, col) = line_col(text, text.find("format_version").unwrap_or(0));
        return Err(FileIssue {
            file: name.to_string(),
            line,
            col,
            msg: format!(
                "format_version {} is not supported (this Hashgrid reads versions {OLDEST_VERSION} to {FORMAT_VERSION})",
                pf.format_version
            ),
        });
    }
    if pf.focus.from > pf.focus.to {
        let (line, col) = line_col(text, text.find("focus").unwrap_or(0));
        return Err(FileIssue {
            file: name.into(),
            line,
            col,
            msg: "focus: 'from' is after 'to'".into(),
        });
    }
    let mut scenario = Scenario::default();
    let mut warnings = Vec::new();
    let levers = if pf.format_version == 1 {
        migrate_v1(&pf.levers)
    } else {
        pf.levers.clone()
    };
    for d in LEVERS {
        if let Some(raw) = levers.get(d.lever) {
            match scenario.apply_raw(d.lever, raw) {
                Ok(None) => {}
                Ok(Some(w)) => {
                    let (line, col) = locate_field(text, d.id);
                    warnings.push(FileIssue {
                        file: name.into(),
                        line,
                        col,
                        msg: w,
                    });
                }
                Err(msg) => {
                    let (line, col) = locate_field(text, d.id);
                    return Err(FileIssue {
                        file: name.into(),
                        line,
                        col,
                        msg,
                    });
                }
            }
        }
    }
    for (i, o) in pf.outages.iter().enumerate() {
        if o.units == 0 || o.unit_mw <= 0.0 || o.unit_mw > 2000.0 {
            let (line, col) = line_col(text, nth_pos(text, "label", i, "outages"));
            return Err(FileIssue {
                file: name.into(),
                line,
                col,
                msg: format!(
                    "outage '{}': units must be >= 1 and unit_mw in 0..2000",
                    o.label
                ),
            });
        }
    }
    scenario.outages = pf.outages;
    let meta = PresetMeta {
        id: pf.id,
        title: pf.title,
        focus: pf.focus,
        narrative: pf.narrative,
        sources: pf.sources,
        checks: pf.checks,
    };
    Ok(Loaded {
        preset: Preset { meta, scenario },
        warnings,
    })
}

/// Version 1 had no "never": a schedule was switched off by a date after the run (the date picker offered
/// 2024-01-01) or, for the two windows, by an end before the start. Both become "never" (for a window, both
/// its ends); dates such a file left out are compared with version 1's defaults.
pub(crate) fn migrate_v1(levers: &LeverFile) -> LeverFile {
    use super::{L, Raw, parse_date};
    let last_day = calendar::end_date();
    let mut out = levers.clone();
    let date_of = |f: &LeverFile, l: L| match f.get(l) {
        Some(Raw::Str(s)) => parse_date(&s),
        _ => None,
    };
    for d in LEVERS {
        if matches!(d.kind, super::Kind::Date { .. })
            && date_of(&out, d.lever).is_some_and(|x| x > last_day)
        {
            out.set(d.lever, Raw::Str(super::NEVER.into()));
        }
    }
    // Version 1's defaults for the windows, for files that set only one end.
    let v1_default = |l: L| match l {
        L::DisconnectStart => parse_date("2022-01-24"),
        L::DisconnectEnd => parse_date("2022-02-07"),
        L::ShutdownStart => parse_date("2022-01-05"),
        L::ShutdownEnd => parse_date("2022-01-09"),
        _ => None,
    };
    for (start, end) in [
        (L::DisconnectStart, L::DisconnectEnd),
        (L::ShutdownStart, L::ShutdownEnd),
    ] {
        let a = date_of(&out, start).or(v1_default(start));
        let b = date_of(&out, end).or(v1_default(end));
        if let (Some(a), Some(b)) = (a, b)
            && b < a
        {
            out.set(start, Raw::Str(super::NEVER.into()));
            out.set(end, Raw::Str(super::NEVER.into()));
        }
    }
    out
}

fn nth_pos(text: &str, needle: &str, n: usize, after: &str) -> usize {
    let start = text.find(after).unwrap_or(0);
    text[start..]
        .match_indices(needle)
        .nth(n)
        .map(|(p, _)| start + p)
        .unwrap_or(start)
}

/// Turns RON's error codes into sentences a person editing the file can act on.
fn explain_ron(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            found, expected, ..
        } => {
            format!(
                "unknown field '{found}'; expected one of: {}",
                expected.join(", ")
            )
        }
        E::MissingStructField { field, outer } => match outer {
            Some(o) => format!("missing field '{field}' in {o}"),
            None => format!("missing field '{field}'"),
        },
        E::DuplicateStructField { field, .. } => format!("field '{field}' appears twice"),
        E::Eof => "the file ends too early (truncated?)".to_string(),
        other => other.to_string(),
    }
}

pub fn load(path: &Path) -> Result<Loaded, FileIssue> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| FileIssue {
        file: name.clone(),
        line: 0,
        col: 0,
        msg: format!("cannot read: {e}"),
    })?;
    parse(&name, &text)
}

impl Preset {
    pub(crate) fn to_file(&self) -> PresetFile {
        PresetFile {
            format_version: FORMAT_VERSION,
            id: self.meta.id.clone(),
            title: self.meta.title.clone(),
            focus: self.meta.focus.clone(),
            narrative: self.meta.narrative.clone(),
            sources: self.meta.sources.clone(),
            levers: self.scenario.to_lever_file(),
            outages: self.scenario.outages.clone(),
            checks: self.meta.checks.clone(),
        }
    }

    pub fn to_ron(&self) -> String {
        let cfg = ron::ser::PrettyConfig::new()
            .depth_limit(4)
            .indentor("    ".to_string())
            .struct_names(false);
        let body = ron_options()
            .to_string_pretty(&self.to_file(), cfg)
            .expect("a preset always serialises");
        format!("// Hashgrid scenario file (RON). Lever ids and units: docs/levers.md\n{body}\n")
    }
}

/// The presets that ship inside the binary.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "history-2020-2023",
        include_str!("../../presets/history-2020-2023.ron"),
    ),
    (
        "2020-invitation",
        include_str!("../../presets/2020-invitation.ron"),
    ),
    (
        "2021-china-exodus",
        include_str!("../../presets/2021-china-exodus.ron"),
    ),
    (
        "2021q4-rationing-and-breakdowns",
        include_str!("../../presets/2021q4-rationing-and-breakdowns.ron"),
    ),
    (
        "2022-01-unrest-and-shutdown",
        include_str!("../../presets/2022-01-unrest-and-shutdown.ron"),
    ),
    (
        "2022-02-crackdown",
        include_str!("../../presets/2022-02-crackdown.ron"),
    ),
    (
        "2022-tightening",
        include_str!("../../presets/2022-tightening.ron"),
    ),
    (
        "2023-progressive-levy",
        include_str!("../../presets/2023-progressive-levy.ron"),
    ),
    (
        "whatif-no-miners",
        include_str!("../../presets/whatif-no-miners.ron"),
    ),
    (
        "whatif-new-capacity-2gw",
        include_str!("../../presets/whatif-new-capacity-2gw.ron"),
    ),
];

pub const DEFAULT_PRESET: &str = "history-2020-2023";

/// A bundled preset by id. Bundled files are checked by the test suite, so this only fails on an unknown id.
pub fn bundled(id: &str) -> Option<Preset> {
    BUNDLED.iter().find(|(n, _)| *n == id).map(|(n, t)| {
        parse(&format!("presets/{n}.ron"), t)
            .unwrap_or_else(|e| panic!("bundled preset broken: {e}"))
            .preset
    })
}
