//! Preset and scenario files (RON): reading them as untrusted input, with the parser's own error positions,
//! and saving them crash-safely.
//!
//! A scenario file is something people e-mail to each other, so [`load`] and [`parse`] promise: only a
//! regular file of at most [`MAX_FILE_BYTES`] is read; every problem is one line naming the file, the line
//! and column where the parser found it (see `spans`), and what to write instead; texts, lists, dates,
//! numbers, outages and checks are checked against what the model can use (`validate`); and nothing in a
//! file can make Hashgrid panic. `docs/reliability.md` lists the rules.

mod explain;
mod spans;
mod validate;

use super::checks::CheckSpec;
use super::{LEVERS, LeverFile, NamedOutage, Scenario};
use crate::calendar;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::Read;
use std::path::Path;
use validate::Located;
pub use validate::MAX_FILE_BYTES;

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
    /// Files can only hold dates of the run, but a focus built in code may end on the last date chrono
    /// knows, which has no next day.
    pub(crate) fn year_fractions(&self) -> (f64, f64) {
        let end = self.to.succ_opt().unwrap_or(self.to);
        (
            calendar::date_to_year_fraction(self.from),
            calendar::date_to_year_fraction(end),
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

/// A problem in a file, located for the person who has to fix it. `line` and `col` are 1-based; 0 means the
/// problem has no place in the text (the file could not be read at all).
#[derive(Clone, Debug, PartialEq)]
pub struct FileIssue {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub msg: String,
}

impl FileIssue {
    fn whole_file(file: &str, msg: String) -> FileIssue {
        FileIssue {
            file: file.to_string(),
            line: 0,
            col: 0,
            msg,
        }
    }
}

/// One line, always: control characters in the file name or the message are escaped.
impl fmt::Display for FileIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = crate::format::short_text(&self.file, 300);
        let msg = crate::format::one_line(&self.msg);
        if self.line == 0 {
            write!(f, "{file}: {msg}")
        } else {
            write!(f, "{file}:{}:{}: {msg}", self.line, self.col)
        }
    }
}

impl std::error::Error for FileIssue {}

/// A loaded preset plus the values that had to be clamped (reported, not fatal).
#[derive(Clone, Debug)]
pub struct Loaded {
    pub preset: Preset,
    pub warnings: Vec<FileIssue>,
}

/// Lever fields are optional; implicit `Some` lets a file write `levy_rate: 10.0` rather than `Some(10.0)`.
fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses a preset or scenario file. `name` is how the file is named in messages (usually its path).
pub fn parse(name: &str, text: &str) -> Result<Loaded, FileIssue> {
    if text.len() > MAX_FILE_BYTES {
        return Err(too_big(name, text.len() as u64));
    }
    // A byte-order mark (Windows editors write one) is not part of the text a person sees.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(msg) = explain::not_a_scenario(text) {
        return Err(FileIssue {
            file: name.to_string(),
            line: 1,
            col: 1,
            msg,
        });
    }
    let at = Located::new(name, text);
    let pf: PresetFile = ron_options().from_str(text).map_err(|e| at.ron_error(&e))?;
    checked(&at, pf)
}

/// The bytes of a file as a scenario: text that is not UTF-8 is reported at its first bad byte.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Result<Loaded, FileIssue> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(name, text),
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let (line, col) = validate::line_col(good, good.len());
            Err(FileIssue {
                file: name.to_string(),
                line,
                col,
                msg: crate::i18n::t_strs(
                    "file-not-utf8",
                    &[("byte", &(e.valid_up_to() + 1).to_string())],
                ),
            })
        }
    }
}

fn too_big(name: &str, bytes: u64) -> FileIssue {
    FileIssue::whole_file(
        name,
        crate::i18n::t_strs(
            "file-too-big",
            &[
                ("bytes", &bytes.to_string()),
                ("max", &MAX_FILE_BYTES.to_string()),
            ],
        ),
    )
}

/// Everything past the syntax: version, texts, focus, levers, outages, checks; warnings for what was
/// adjusted.
fn checked(at: &Located, pf: PresetFile) -> Result<Loaded, FileIssue> {
    if !(OLDEST_VERSION..=FORMAT_VERSION).contains(&pf.format_version) {
        return Err(at.at(
            "format_version",
            crate::i18n::t_strs(
                "file-version",
                &[
                    ("version", &pf.format_version.to_string()),
                    ("oldest", &OLDEST_VERSION.to_string()),
                    ("newest", &FORMAT_VERSION.to_string()),
                ],
            ),
        ));
    }
    validate::texts(at, &pf)?;
    validate::focus(at, &pf.focus)?;
    validate::checks(at, &pf.checks)?;
    let mut scenario = Scenario::default();
    let mut warnings = Vec::new();
    let levers = if pf.format_version == 1 {
        migrate_v1(&pf.levers)
    } else {
        pf.levers.clone()
    };
    for d in LEVERS {
        if let Some(raw) = levers.get(d.lever) {
            let path = format!("levers.{}", d.id);
            let non_finite = match &raw {
                super::Raw::Num(x) if !x.is_finite() => Some(format!("{}: {x} ", d.id)),
                _ => None,
            };
            match scenario.apply_raw(d.lever, raw) {
                Ok(None) => {}
                Ok(Some(w)) => warnings.push(at.at(&path, w)),
                // `1e400` reaches here as infinity: the message shows what the file says.
                Err(msg) => {
                    let msg = match (non_finite, at.written(&path)) {
                        (Some(prefix), Some(w)) => {
                            msg.replacen(&prefix, &format!("{}: {w} ", d.id), 1)
                        }
                        _ => msg,
                    };
                    return Err(at.at(&path, msg));
                }
            }
        }
    }
    for note in scenario.notes() {
        warnings.push(at.at("levers.hours_from", note));
    }
    let (outages, outage_warnings) = validate::outages(at, pf.outages)?;
    warnings.extend(outage_warnings);
    scenario.outages = outages;
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

/// Reads a scenario file: only a regular file (a folder, `/dev/zero` or a pipe is refused before it is
/// opened), at most [`MAX_FILE_BYTES`] (checked before reading, and the read stops there if the file grows).
pub fn load(path: &Path) -> Result<Loaded, FileIssue> {
    let name = path.display().to_string();
    let cannot = |e: std::io::Error| {
        let e = e.to_string();
        FileIssue::whole_file(
            &name,
            crate::i18n::t_strs("file-cannot-read", &[("error", &e)]),
        )
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        let id = if meta.is_dir() {
            "file-is-folder"
        } else {
            "file-not-regular"
        };
        return Err(FileIssue::whole_file(&name, crate::i18n::t(id)));
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(too_big(&name, meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_big(&name, bytes.len() as u64));
    }
    parse_bytes(&name, &bytes)
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
