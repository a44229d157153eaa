//! How exported files are named and what their subtitle says changed: the preset, the chart and up to three
//! changed levers, so a folder of exports explains itself.

use crate::charts::ChartId;
use crate::scenario::file::Preset;
use crate::scenario::{Raw, Scenario};

/// What a file name is made of besides the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct NameParts {
    pub preset_id: String,
    pub changes: String,
}

impl NameParts {
    pub(crate) fn new(p: &Preset, base: &Scenario) -> NameParts {
        NameParts {
            preset_id: p.meta.id.clone(),
            changes: changes_slug(&p.scenario, base),
        }
    }
}

/// The longest slug a scenario id becomes in a file name.
pub(crate) const MAX_SLUG: usize = 64;

/// A scenario id as a file name can hold it: ASCII letters, digits, `-` and `_`, every other character a
/// `-`, runs of `-` merged, at most [`MAX_SLUG`] characters, `scenario` when nothing is left. The id comes
/// from a file someone sent: `../escaped` or `/etc/x` must not name a place outside the export folder.
pub(crate) fn slug(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        let c = if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
            c
        } else {
            '-'
        };
        if !(c == '-' && out.ends_with('-')) {
            out.push(c);
        }
        if out.len() >= MAX_SLUG {
            break;
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "scenario".to_string()
    } else {
        trimmed.to_string()
    }
}

/// File name without extension: `history-2020-2023_load_levy_rate-10`.
pub(crate) fn stem(parts: &NameParts, chart: ChartId) -> String {
    let id = slug(&parts.preset_id);
    if parts.changes.is_empty() {
        format!("{id}_{}", chart.slug())
    } else {
        format!("{id}_{}_{}", chart.slug(), parts.changes)
    }
}

/// Short text of what differs from the preset, for subtitles: "Mining levy (flat) 10.0 KZT/kWh; ...".
pub(crate) fn changes_text(p: &Scenario, base: &Scenario) -> String {
    p.changed_from(base)
        .iter()
        .map(|&l| format!("{} {}", l.decl().label_text(), p.display(l)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Up to three changed levers as `id-value`, joined by `_`, reduced to file-name-safe characters (letters,
/// digits, `-`, `_`, and `.` for decimals: the part never stands alone, so it cannot become `..`).
pub(crate) fn changes_slug(p: &Scenario, base: &Scenario) -> String {
    let changed = p.changed_from(base);
    let parts: Vec<String> = changed
        .iter()
        .take(3)
        .map(|&l| {
            let v = match p.to_raw(l) {
                Raw::Num(x) => format!("{x}"),
                Raw::Str(s) => s,
                Raw::List(v) => v.join("-"),
                Raw::Bool(b) => b.to_string(),
            };
            format!("{}-{}", l.decl().id, v)
        })
        .collect();
    let mut s: String = parts
        .join("_")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if changed.len() > 3 {
        s.push_str("_and-more");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_is_safe_short_and_never_empty() {
        assert_eq!(slug("history-2020-2023"), "history-2020-2023");
        assert_eq!(slug("../escaped"), "escaped");
        assert_eq!(slug("/etc/passwd"), "etc-passwd");
        assert_eq!(slug("..\\..\\x"), "x");
        assert_eq!(slug(""), "scenario");
        assert_eq!(slug("..."), "scenario");
        assert_eq!(slug("Алматы 2022"), "2022");
        assert!(slug(&"a".repeat(10_000)).len() <= MAX_SLUG);
    }
}
