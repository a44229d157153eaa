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

/// File name without extension: `history-2020-2023_load_levy_rate-10`.
pub(crate) fn stem(parts: &NameParts, chart: ChartId) -> String {
    if parts.changes.is_empty() {
        format!("{}_{}", parts.preset_id, chart.slug())
    } else {
        format!("{}_{}_{}", parts.preset_id, chart.slug(), parts.changes)
    }
}

/// Short text of what differs from the preset, for subtitles: "Mining levy (flat) 10.0 KZT/kWh; ...".
pub(crate) fn changes_text(p: &Scenario, base: &Scenario) -> String {
    p.changed_from(base)
        .iter()
        .map(|&l| format!("{} {}", l.decl().label, p.display(l)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Up to three changed levers as `id-value`, joined by `_`, reduced to file-name-safe characters.
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
