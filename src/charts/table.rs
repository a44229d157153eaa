//! Charts as CSV: the same series the picture shows, one column each, for analysts who want the numbers.

use super::spec::ChartData;
use crate::calendar;

/// Writes a chart's series as CSV: a `date` column then one column per series (a band gives low and high).
pub(crate) fn csv(data: &ChartData) -> String {
    let mut out = String::new();
    let mut headers = vec!["date".to_string()];
    for s in &data.series {
        // English names and units: a column's name is part of the file format, whatever the language.
        let unit = if s.column_unit.is_empty() {
            String::new()
        } else {
            format!(" ({})", s.column_unit)
        };
        if !s.lower.is_empty() {
            headers.push(format!("{} low{unit}", s.column));
            headers.push(format!("{} high{unit}", s.column));
        } else {
            headers.push(format!("{}{unit}", s.column));
        }
    }
    out.push_str(
        &headers
            .iter()
            .map(|h| quote(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push('\n');
    let scale2 = data.y2.as_ref().map(|a| a.scale).unwrap_or(1.0);
    // Rows per distinct x across series (series may be daily, weekly or monthly).
    let mut xs: Vec<f64> = data
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p[0]))
        .collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    for x in xs {
        let mut row = vec![crate::format::iso_date(calendar::year_fraction_to_date(x))];
        for s in &data.series {
            let k = if s.secondary { 1.0 / scale2 } else { 1.0 };
            let found = s.points.iter().position(|p| (p[0] - x).abs() < 1e-9);
            match (found, s.lower.is_empty()) {
                (Some(i), true) => row.push(format!("{:.3}", s.points[i][1] * k)),
                (Some(i), false) => {
                    row.push(format!("{:.3}", s.lower[i] * k));
                    row.push(format!("{:.3}", s.points[i][1] * k));
                }
                (None, true) => row.push(String::new()),
                (None, false) => {
                    row.push(String::new());
                    row.push(String::new());
                }
            }
        }
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

fn quote(s: &str) -> String {
    if s.contains(',') || s.contains('"') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
