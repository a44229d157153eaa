//! Numbers and dates as people read them, at the bottom of the crate beside `calendar`: the app, the exports,
//! the CLI's messages and the generated docs all format through here, so a change of convention (or, later,
//! of language) happens in one place.

use chrono::NaiveDate;

/// Thousands separators and sensible precision: 16,459 reads faster than 16459 on a projector, and 0.35 is
/// more useful than 0 for small values.
pub(crate) fn num(v: f64) -> String {
    let a = v.abs();
    if a >= 1000.0 {
        let s = format!("{a:.0}");
        let mut out = String::new();
        for (i, ch) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        if v < 0.0 { format!("-{out}") } else { out }
    } else if a >= 10.0 || a == 0.0 {
        format!("{v:.0}")
    } else if a >= 1.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

/// A signed change: "+1,200", "-3.5", or an en dash for no change.
pub(crate) fn delta(d: f64) -> String {
    if d.abs() < 1e-9 {
        "–".to_string()
    } else if d > 0.0 {
        format!("+{}", num(d))
    } else {
        num(d)
    }
}

/// "14 Oct 2021": the day-month-year order used in the record's sources.
pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%d %b %Y").to_string()
}

/// "2021-10-14": for files and machine-readable columns.
pub(crate) fn iso_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_decimals_and_signs() {
        assert_eq!(num(16459.0), "16,459");
        assert_eq!(num(-1256.4), "-1,256");
        assert_eq!(num(1.55), "1.6");
        assert_eq!(num(0.354), "0.35");
        assert_eq!(num(0.0), "0");
        assert_eq!(delta(0.0), "–");
        assert_eq!(delta(1200.0), "+1,200");
        assert_eq!(delta(-3.5), "-3.5");
    }
}
