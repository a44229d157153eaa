//! The miner metrics of the model-versus-record checks: levy receipts, raids, rationing of registered miners,
//! the 2023 auctions and seizures, each computed from the run's monthly rows and hourly dispatch.

use super::checks::{Metric, hour_range, month_row};
use super::dispatch::Segment;
use super::results::{MonthRow, Results};
use crate::calendar::{self, Calendar};
use chrono::NaiveDate;

/// The monthly rows of the months that lie wholly inside `from..=to` (none for a window under a month).
fn months_within(r: &Results, from: NaiveDate, to: NaiveDate) -> Vec<&MonthRow> {
    let cal = Calendar::get();
    (0..r.monthly.len())
        .filter(|&m| {
            let first = calendar::date_of_day(cal.month_first_day[m]);
            let last = calendar::date_of_day(cal.month_first_day[m + 1] - 1);
            first >= from && last <= to
        })
        .map(|m| &r.monthly[m])
        .collect()
}

/// The miner metrics; `None` for other metrics or a period outside the run.
pub(super) fn value(r: &Results, metric: &Metric) -> Option<f64> {
    match metric {
        Metric::LevyKztBn { from, to } => Some(levy_in_window(r, *from, *to)? / 1e9),
        Metric::DetectedGrayMw { month } => month_row(r, month).map(|m| m.detected_gray_mw),
        Metric::WhiteCutAtPeakMw { from, to } => white_cut_at_peak(r, *from, *to),
        Metric::AuctionTakeUpPct { from, to } => {
            let rows: Vec<_> = months_within(r, *from, *to)
                .into_iter()
                .filter(|m| m.auction_quota_mw > 0.0)
                .collect();
            let quota: f64 = rows.iter().map(|m| m.auction_quota_mw).sum();
            // No quota offered in the window (no auctions, or a zero quota): nothing was bought.
            Some(if quota > 0.0 {
                100.0 * rows.iter().map(|m| m.white_served_mw).sum::<f64>() / quota
            } else {
                0.0
            })
        }
        Metric::SeizedMw { year } => {
            let dec = |y: i32| month_row(r, &format!("{y}-12")).map(|m| m.seized_mw_cum);
            let before = if *year == calendar::START_YEAR {
                Some(0.0)
            } else {
                dec(year - 1)
            };
            dec(*year).zip(before).map(|(a, b)| a - b)
        }
        _ => None,
    }
}

/// Levy charged in the days `from..=to`, KZT: each month's levy in proportion to its days in the window
/// (the levy is summed by month).
fn levy_in_window(r: &Results, from: NaiveDate, to: NaiveDate) -> Option<f64> {
    let days = hour_range(from, to);
    if days.is_empty() {
        return None;
    }
    let cal = Calendar::get();
    let mut total = 0.0;
    for day in days.step_by(24).map(|h| h / 24) {
        let m = cal.month_of_day[day] as usize;
        let n = (cal.month_first_day[m + 1] - cal.month_first_day[m]) as f64;
        total += r.monthly[m].levy_kzt / n;
    }
    Some(total)
}

/// Mean over the days of a window of the registered load wanted but not served at the day's worst hour.
fn white_cut_at_peak(r: &Results, from: NaiveDate, to: NaiveDate) -> Option<f64> {
    let hours = hour_range(from, to);
    if hours.len() < 24 {
        return None;
    }
    let cal = Calendar::get();
    let mut total = 0.0;
    let mut days = 0.0;
    for day in hours.step_by(24) {
        let wanted = r.monthly[cal.month_of_day[day / 24] as usize].white_requested_mw;
        let least = (day..day + 24)
            .map(|h| r.hourly.served(Segment::WhiteMiners, h))
            .fold(f64::INFINITY, f64::min);
        total += (wanted - least).max(0.0);
        days += 1.0;
    }
    Some(total / days)
}
