//! Time, at the bottom of the crate: the simulation's axis (every hour from 2020-01-01 00:00 to 2023-12-31
//! 23:00, Astana local time), month names, day counts and the fractional years that chart axes use.
//!
//! Everything above (data, scenario, model, charts, app) asks this module about dates, so there is one place
//! that knows how long a month is and what it is called. Indices are plain `usize` so the hot loop never
//! touches a date type; dates are converted once when a scenario is resolved.

use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

pub(crate) const START_YEAR: i32 = 2020;
pub(crate) const YEARS: usize = 4;
pub(crate) const DAYS: usize = 1461;
pub const HOURS: usize = DAYS * 24;
pub(crate) const MONTHS: usize = YEARS * 12;

pub fn start_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(START_YEAR, 1, 1).expect("valid start date")
}

pub(crate) fn end_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(START_YEAR + YEARS as i32 - 1, 12, 31).expect("valid end date")
}

/// Day offset of `date` from the start; negative or past the end when outside the simulated window.
pub(crate) fn day_offset(date: NaiveDate) -> i64 {
    (date - start_date()).num_days()
}

/// Hour index of midnight at `date`, clamped into `0..=HOURS` so windows outside the horizon become empty.
pub(crate) fn hour_of_date(date: NaiveDate) -> usize {
    (day_offset(date) * 24).clamp(0, HOURS as i64) as usize
}

pub(crate) fn date_of_day(day: usize) -> NaiveDate {
    start_date() + chrono::Days::new(day as u64)
}

pub(crate) fn month_index(date: NaiveDate) -> i64 {
    (date.year() - START_YEAR) as i64 * 12 + date.month0() as i64
}

/// Month index (0 = Jan 2020) of month `m` (1-12) of `year`, clamped into the simulation.
pub(crate) fn month_of(year: i32, m: u32) -> usize {
    ((i64::from(year) - i64::from(START_YEAR)) * 12 + m as i64 - 1).clamp(0, MONTHS as i64 - 1)
        as usize
}

pub(crate) fn month_label(m: usize) -> String {
    format!("{}-{:02}", START_YEAR + (m / 12) as i32, m % 12 + 1)
}

pub(crate) fn parse_month_label(s: &str) -> Option<usize> {
    let (y, m) = s.split_once('-')?;
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    // In i64: a year near i32::MIN must not overflow on the way to "not a month of the run".
    let idx = (i64::from(y) - i64::from(START_YEAR)) * 12 + (m as i64 - 1);
    (0..MONTHS as i64).contains(&idx).then_some(idx as usize)
}

/// Number of days in month `m` (1-12) of `year`; 0 for a month that does not exist.
pub(crate) fn days_in_month(year: i32, m: u32) -> u32 {
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, m + 1, 1)
    };
    match (NaiveDate::from_ymd_opt(year, m, 1), next) {
        (Some(a), Some(b)) => (b - a).num_days() as u32,
        _ => 0,
    }
}

/// Fractional year used on chart axes: 2021.5 is mid-2021.
pub(crate) fn date_to_year_fraction(d: NaiveDate) -> f64 {
    let len = if d.leap_year() { 366.0 } else { 365.0 };
    d.year() as f64 + d.ordinal0() as f64 / len
}

pub(crate) fn day_to_year_fraction(day: usize) -> f64 {
    date_to_year_fraction(date_of_day(day))
}

/// Fractional year of the first instant of month index `m` (0 = Jan 2020); months are drawn as twelfths.
pub(crate) fn month_to_year_fraction(m: usize) -> f64 {
    START_YEAR as f64 + m as f64 / 12.0
}

/// A fractional year back to a calendar date (day precision); the inverse of [`date_to_year_fraction`].
pub(crate) fn year_fraction_to_date(x: f64) -> NaiveDate {
    let year = x.floor() as i32;
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_else(start_date);
    let len = if first.leap_year() { 366.0 } else { 365.0 };
    first + chrono::Days::new(((x - year as f64) * len).round().max(0.0) as u64)
}

/// Month name of a fractional year on a tick: "Mar" inside a year, the year number at its start.
pub(crate) fn tick_label(x: f64) -> String {
    let year = x.floor();
    let m = ((x - year) * 12.0).round() as usize;
    match m {
        0 => format!("{}", year as i32),
        12.. => format!("{}", year as i32 + 1),
        _ => crate::format::month_abbr(m as u32 + 1),
    }
}

/// "Mar 2021" (in the current language) for a fractional year (the month the instant falls in).
pub(crate) fn month_year(x: f64) -> String {
    let year = x.floor();
    let m = (((x - year) * 12.0).floor() as usize).min(11);
    crate::format::month_year(year as i32, m as u32 + 1)
}

/// Precomputed per-day lookups shared by every run.
pub(crate) struct Calendar {
    /// Month index (0..48) of each day.
    pub month_of_day: Vec<u8>,
    /// First day of each month, plus a final entry equal to `DAYS`.
    pub month_first_day: [usize; MONTHS + 1],
    /// 0 = Monday ... 6 = Sunday.
    pub weekday_of_day: Vec<u8>,
    /// 0..4
    pub year_of_day: Vec<u8>,
}

impl Calendar {
    pub(crate) fn get() -> &'static Calendar {
        static CAL: OnceLock<Calendar> = OnceLock::new();
        CAL.get_or_init(Calendar::build)
    }

    fn build() -> Calendar {
        let mut month_of_day = Vec::with_capacity(DAYS);
        let mut weekday_of_day = Vec::with_capacity(DAYS);
        let mut year_of_day = Vec::with_capacity(DAYS);
        let mut month_first_day = [DAYS; MONTHS + 1];
        for d in 0..DAYS {
            let date = date_of_day(d);
            let m = month_index(date) as usize;
            if date.day() == 1 {
                month_first_day[m] = d;
            }
            month_of_day.push(m as u8);
            weekday_of_day.push(date.weekday().num_days_from_monday() as u8);
            year_of_day.push((date.year() - START_YEAR) as u8);
        }
        month_first_day[0] = 0;
        Calendar {
            month_of_day,
            month_first_day,
            weekday_of_day,
            year_of_day,
        }
    }

    /// First hour of year index `y` (0 = 2020); `YEARS` gives `HOURS`.
    pub(crate) fn year_first_hour(&self, y: usize) -> usize {
        self.month_first_day[(y * 12).min(MONTHS)] * 24
    }

    pub(crate) fn hours_in_month(&self, m: usize) -> usize {
        (self.month_first_day[m + 1] - self.month_first_day[m]) * 24
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn horizon_has_35064_hours_and_48_months() {
        let c = Calendar::get();
        assert_eq!(HOURS, 35_064);
        let total: usize = (0..MONTHS).map(|m| c.hours_in_month(m)).sum();
        assert_eq!(total, HOURS);
        assert_eq!(c.weekday_of_day[0], 2, "2020-01-01 was a Wednesday");
        assert_eq!(month_label(19), "2021-08");
        assert_eq!(parse_month_label("2021-08"), Some(19));
        assert_eq!(parse_month_label("2024-01"), None);
    }
}
