//! The simulation's time axis: every hour from 2020-01-01 00:00 to 2023-12-31 23:00, Astana local time.
//!
//! Indices are plain `usize` so the hot loop never touches a date type; dates are converted once when a
//! scenario is resolved.

use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

pub const START_YEAR: i32 = 2020;
pub const YEARS: usize = 4;
pub const DAYS: usize = 1461;
pub const HOURS: usize = DAYS * 24;
pub const MONTHS: usize = YEARS * 12;

pub fn start_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(START_YEAR, 1, 1).expect("valid start date")
}

pub fn end_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(START_YEAR + YEARS as i32 - 1, 12, 31).expect("valid end date")
}

/// Day offset of `date` from the start; negative or past the end when outside the simulated window.
pub fn day_offset(date: NaiveDate) -> i64 {
    (date - start_date()).num_days()
}

/// Hour index of midnight at `date`, clamped into `0..=HOURS` so windows outside the horizon become empty.
pub fn hour_of_date(date: NaiveDate) -> usize {
    (day_offset(date) * 24).clamp(0, HOURS as i64) as usize
}

pub fn date_of_day(day: usize) -> NaiveDate {
    start_date() + chrono::Days::new(day as u64)
}

pub fn month_index(date: NaiveDate) -> i64 {
    (date.year() - START_YEAR) as i64 * 12 + date.month0() as i64
}

pub fn month_label(m: usize) -> String {
    format!("{}-{:02}", START_YEAR + (m / 12) as i32, m % 12 + 1)
}

pub fn parse_month_label(s: &str) -> Option<usize> {
    let (y, m) = s.split_once('-')?;
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let idx = (y - START_YEAR) as i64 * 12 + (m as i64 - 1);
    (0..MONTHS as i64).contains(&idx).then_some(idx as usize)
}

/// Fractional year used on chart axes: 2021.5 is mid-2021.
pub fn day_to_year_fraction(day: usize) -> f64 {
    let d = date_of_day(day);
    let first = NaiveDate::from_ymd_opt(d.year(), 1, 1).expect("valid");
    let len = if d.leap_year() { 366.0 } else { 365.0 };
    d.year() as f64 + (d - first).num_days() as f64 / len
}

pub fn date_to_year_fraction(d: NaiveDate) -> f64 {
    let first = NaiveDate::from_ymd_opt(d.year(), 1, 1).expect("valid");
    let len = if d.leap_year() { 366.0 } else { 365.0 };
    d.year() as f64 + (d - first).num_days() as f64 / len
}

/// Precomputed per-day lookups shared by every run.
pub struct Calendar {
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
    pub fn get() -> &'static Calendar {
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

    pub fn hours_in_month(&self, m: usize) -> usize {
        (self.month_first_day[m + 1] - self.month_first_day[m]) * 24
    }

    pub fn month_hours(&self, m: usize) -> std::ops::Range<usize> {
        self.month_first_day[m] * 24..self.month_first_day[m + 1] * 24
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
