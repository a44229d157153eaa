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

/// Text made safe for a one-line message: line breaks, tabs and other control characters are written as
/// escapes (`\n`, `\t`, `\u{1b}`), so a value from a file can never break a message over two lines or
/// send a terminal escape.
pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

/// [`one_line`], cut to at most `max` characters with an ellipsis: a 2 MB title must not become a 2 MB
/// error message.
pub(crate) fn short_text(s: &str, max: usize) -> String {
    let head: String = s.chars().take(max + 1).collect();
    let mut out = one_line(&head);
    if out.chars().count() > max {
        out = out.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
    }
    out
}

/// A number as a message shows it: as written for ordinary values, in scientific notation when it would be
/// long (`1e308`, not 309 digits).
pub(crate) fn short_num(x: f64) -> String {
    let plain = format!("{x}");
    if plain.len() <= 12 {
        plain
    } else if x != 0.0 && (x.abs() >= 1e9 || x.abs() < 1e-4) {
        format!("{x:e}")
    } else {
        let mut t = format!("{x:.6}");
        while t.ends_with('0') {
            t.pop();
        }
        t.trim_end_matches('.').to_string()
    }
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

    #[test]
    fn messages_stay_on_one_line_and_short() {
        assert_eq!(one_line("a\nb\tc\u{1b}"), "a\\nb\\tc\\u{1b}");
        assert_eq!(short_text(&"x".repeat(5000), 10).chars().count(), 10);
        assert_eq!(short_text("short", 10), "short");
        assert_eq!(short_num(1e308), "1e308");
        assert_eq!(short_num(10.5), "10.5");
        assert_eq!(short_num(-2.5e-9), "-2.5e-9");
        assert_eq!(short_num(1.0 / 3.0), "0.333333");
    }
}
