//! Numbers and dates as people read them, at the bottom of the crate beside `calendar`: the app, the exports,
//! the CLI's messages and the generated docs all format through here, so a change of convention (or, later,
//! of language) happens in one place. Words (month names, the order of day, month and year) come from the
//! Fluent resources of [`crate::i18n`]; digits, separators and signs are decided here.

use crate::i18n::{self, Lang, lang};
use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

/// Thousands separators and sensible precision in the current language: 16,459 reads faster than 16459 on a
/// projector, and 0.35 is more useful than 0 for small values.
pub fn num(v: f64) -> String {
    num_in(lang(), v)
}

/// [`num`] in a given language: English "16,459" and "-1.5"; Russian and Kazakh "16 459" (no-break space,
/// U+00A0, as CLDR has it: egui wraps at the narrow U+202F), "1,5" and a true minus sign "−1,5" (U+2212).
pub fn num_in(l: Lang, v: f64) -> String {
    let a = v.abs();
    let decimals = if a >= 10.0 || a == 0.0 {
        0
    } else if a >= 1.0 {
        1
    } else {
        2
    };
    fixed_in(l, v, decimals)
}

/// A number with exactly `decimals` decimals, grouped and signed as the language writes it (slider values).
pub fn fixed(v: f64, decimals: usize) -> String {
    fixed_in(lang(), v, decimals)
}

/// [`fixed`] in a given language.
pub fn fixed_in(l: Lang, v: f64, decimals: usize) -> String {
    let (group, point, minus) = match l {
        Lang::En => (",", ".", "-"),
        Lang::Ru | Lang::Kk => ("\u{A0}", ",", "\u{2212}"),
    };
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut out = String::new();
    if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push_str(minus);
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && int.len() >= 4 && (int.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push_str(point);
        out.push_str(frac);
    }
    out
}

/// A number typed by a person, in any of the three languages' ways: "1.5", "1,5", "16 459", "16,459" (in
/// English), "−3". `None` when it is not a number.
pub fn parse_num(text: &str, l: Lang) -> Option<f64> {
    let mut s: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}'))
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if l == Lang::En {
        s = s.replace(',', "");
    } else {
        s = s.replace(',', ".");
    }
    s.parse().ok()
}

/// A signed change: "+1,200", "-3.5" (Russian and Kazakh "−3,5"), or an en dash for no change.
pub fn delta(d: f64) -> String {
    if d.abs() < 1e-9 {
        "–".to_string()
    } else if d > 0.0 {
        format!("+{}", num(d))
    } else {
        num(d)
    }
}

/// Month names of a language, looked up once: `style` is `month-abbr` (axes, "Oct"), `month-day` (with a day,
/// Russian genitive "окт.") or `month` (standalone, full).
fn month_name(l: Lang, style: &str, m: u32) -> String {
    static CACHE: OnceLock<Vec<[Vec<String>; 3]>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                ["month-abbr", "month-day", "month"].map(|st| {
                    (1..=12)
                        .map(|i| i18n::t_in(l, &format!("{st}-{i}"), &[]))
                        .collect()
                })
            })
            .collect()
    });
    let k = match style {
        "month-abbr" => 0,
        "month-day" => 1,
        _ => 2,
    };
    let i = (m.clamp(1, 12) - 1) as usize;
    cache[l as usize][k][i].clone()
}

/// A month's short name on a time axis: "Oct", «окт.», «қаз.».
pub fn month_abbr(m: u32) -> String {
    month_name(lang(), "month-abbr", m)
}

/// A month and year without a day: "Oct 2021", «окт. 2021», «2021 ж. қаз.».
pub fn month_year(year: i32, m: u32) -> String {
    let month = month_abbr(m);
    let y = year.to_string();
    i18n::t_args(
        "fmt-month-year",
        &[("month", (&month).into()), ("year", (&y).into())],
    )
}

/// "14 Oct 2021", «14 окт. 2021 г.», «2021 ж. 14 қазан»: the day-month-year order of each language.
pub fn date(d: NaiveDate) -> String {
    date_in(lang(), d)
}

/// [`date`] in a given language.
pub fn date_in(l: Lang, d: NaiveDate) -> String {
    let month = month_name(l, "month-day", d.month());
    let (day, year) = (d.day().to_string(), d.year().to_string());
    i18n::t_in(
        l,
        "fmt-date",
        &[
            ("day", (&day).into()),
            ("month", (&month).into()),
            ("year", (&year).into()),
        ],
    )
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
        let en = |v| num_in(Lang::En, v);
        assert_eq!(en(16459.0), "16,459");
        assert_eq!(en(-1256.4), "-1,256");
        assert_eq!(en(1.55), "1.6");
        assert_eq!(en(0.354), "0.35");
        assert_eq!(en(0.0), "0");
        assert_eq!(en(500.0), "500");
        assert_eq!(en(-0.001), "0.00");
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
