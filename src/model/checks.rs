//! Model-versus-record checks, evaluated: each check a preset declares (`scenario::checks`) names a metric,
//! computed here from a run's dispatch and miner results, and a band that counts as agreement.

use super::dispatch::Segment;
use super::results::Results;
use crate::calendar::{self, HOURS};
pub use crate::scenario::checks::{CheckSpec, Metric};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct CheckResult {
    pub id: String,
    pub label: String,
    pub documented: String,
    pub low: f64,
    pub high: f64,
    pub modelled: f64,
    pub unit: String,
    pub pass: bool,
    pub source: String,
}

fn hour_range(from: NaiveDate, to: NaiveDate) -> std::ops::Range<usize> {
    let a = calendar::hour_of_date(from);
    // `to` is inclusive; chrono's last date has no next day (the loader refuses such dates anyway).
    let b = to.succ_opt().map_or(HOURS, calendar::hour_of_date);
    a..b.max(a)
}

fn peak_hour(r: &Results, range: std::ops::Range<usize>) -> Option<usize> {
    range.max_by(|&a, &b| r.hourly.total_req(a).total_cmp(&r.hourly.total_req(b)))
}

fn month_row<'a>(r: &'a Results, month: &str) -> Option<&'a super::MonthRow> {
    calendar::parse_month_label(month).map(|m| &r.monthly[m])
}

/// Computes a metric; `None` when the spec names a period outside the simulation.
pub(crate) fn metric_value(r: &Results, metric: &Metric) -> Option<f64> {
    let year_range = |y: i32| {
        hour_range(
            NaiveDate::from_ymd_opt(y, 1, 1)?,
            NaiveDate::from_ymd_opt(y, 12, 31)?,
        )
        .into()
    };
    let year_peak = |y: i32| -> Option<f64> {
        let rg: Option<std::ops::Range<usize>> = year_range(y);
        let rg = rg.filter(|rg| !rg.is_empty() && rg.end <= HOURS)?;
        peak_hour(r, rg).map(|h| r.hourly.total_req(h))
    };
    match metric {
        Metric::MiningMw { month } => month_row(r, month).map(|m| m.mining_mw),
        Metric::KzSharePct { month } => month_row(r, month).map(|m| m.kz_share_pct),
        Metric::WhiteMw { month } => month_row(r, month).map(|m| m.white_mw),
        Metric::GrayMw { month } => month_row(r, month).map(|m| m.gray_mw),
        Metric::DemandTwh { year } => {
            let rows: Vec<_> = r
                .monthly
                .iter()
                .filter(|m| m.month.starts_with(&year.to_string()))
                .collect();
            (!rows.is_empty()).then(|| rows.iter().map(|m| m.demand_twh - m.shed_mwh / 1e6).sum())
        }
        Metric::PeakDemandDeltaMw { year, base_year } => {
            Some(year_peak(*year)? - year_peak(*base_year)?)
        }
        Metric::MonthlyPeakConsumptionDeltaMw {
            year,
            base_year,
            from_month,
            to_month,
        } => {
            let peak_served = |y: i32, mo: u32| -> Option<f64> {
                let first = NaiveDate::from_ymd_opt(y, mo, 1)?;
                let last = if mo == 12 {
                    NaiveDate::from_ymd_opt(y, 12, 31)?
                } else {
                    NaiveDate::from_ymd_opt(y, mo + 1, 1)?.pred_opt()?
                };
                let rg = hour_range(first, last);
                (!rg.is_empty() && rg.end <= HOURS)
                    .then(|| rg.map(|h| r.hourly.total_served(h)).fold(0.0, f64::max))
            };
            let mut diffs = Vec::new();
            for mo in *from_month..=*to_month {
                diffs.push(peak_served(*year, mo)? - peak_served(*base_year, mo)?);
            }
            (!diffs.is_empty()).then(|| diffs.iter().sum::<f64>() / diffs.len() as f64)
        }
        Metric::PeakDemandMw { from, to } => {
            peak_hour(r, hour_range(*from, *to)).map(|h| r.hourly.total_req(h))
        }
        Metric::GenerationAtPeakMw { from, to } => {
            peak_hour(r, hour_range(*from, *to)).map(|h| r.hourly.generation[h])
        }
        Metric::ShortfallAtPeakMw { from, to } => peak_hour(r, hour_range(*from, *to))
            .map(|h| r.hourly.total_req(h) - r.hourly.generation[h]),
        Metric::MiningSharePct { from, to } => {
            let rg = hour_range(*from, *to);
            if rg.is_empty() {
                return None;
            }
            let (mut mining, mut all) = (0.0, 0.0);
            for h in rg {
                mining += r.hourly.served(Segment::WhiteMiners, h)
                    + r.hourly.served(Segment::GrayMiners, h);
                all += r.hourly.total_served(h);
            }
            Some(100.0 * mining / all.max(1.0))
        }
    }
}

pub fn evaluate(r: &Results, specs: &[CheckSpec]) -> Vec<CheckResult> {
    specs
        .iter()
        .map(|s| {
            let v = metric_value(r, &s.metric).unwrap_or(f64::NAN);
            CheckResult {
                id: s.id.clone(),
                label: s.label.clone(),
                documented: s.documented.clone(),
                low: s.low,
                high: s.high,
                modelled: v,
                unit: s.unit.clone(),
                pass: v.is_finite() && v >= s.low && v <= s.high,
                source: s.source.clone(),
            }
        })
        .collect()
}
