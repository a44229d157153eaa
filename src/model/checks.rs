//! Model-versus-record checks, evaluated: each check a preset declares (`scenario::checks`) names a metric,
//! computed here from a run's dispatch and miner results, and a band that counts as agreement.

use super::dispatch::Segment;
use super::results::Results;
use crate::calendar::{self, DAYS, HOURS};
pub use crate::scenario::checks::{CheckKind, CheckSpec, Metric};
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
    pub kind: CheckKind,
}

impl CheckResult {
    /// A check that confirms the model (not a fitted target, not a report of an input).
    pub fn counts(&self) -> bool {
        self.kind == CheckKind::Check
    }
}

/// Hours of the days `from..=to`, clipped to the run (empty when the window lies outside it).
pub(super) fn hour_range(from: NaiveDate, to: NaiveDate) -> std::ops::Range<usize> {
    let a = calendar::hour_of_date(from);
    // `to` is inclusive; chrono's last date has no next day (the loader refuses such dates anyway).
    let b = to.succ_opt().map_or(HOURS, calendar::hour_of_date);
    a..b.max(a)
}

/// Index of a day of the run; `None` outside it.
fn day_index(d: NaiveDate) -> Option<usize> {
    let i = calendar::day_offset(d);
    (0..DAYS as i64).contains(&i).then_some(i as usize)
}

fn year_hours(y: i32) -> Option<std::ops::Range<usize>> {
    let rg = hour_range(
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    );
    (!rg.is_empty() && rg.len() >= 8760).then_some(rg)
}

fn peak_served(r: &Results, rg: std::ops::Range<usize>) -> Option<f64> {
    (!rg.is_empty()).then(|| rg.map(|h| r.hourly.total_served(h)).fold(0.0, f64::max))
}

fn year_demand(r: &Results, year: i32) -> Option<f64> {
    let rows: Vec<_> = r
        .monthly
        .iter()
        .filter(|m| m.month.starts_with(&format!("{year}-")))
        .collect();
    (rows.len() == 12).then(|| rows.iter().map(|m| m.demand_twh - m.shed_mwh / 1e6).sum())
}

fn year_imports(r: &Results, year: i32) -> Option<f64> {
    year_hours(year).map(|rg| rg.map(|h| r.hourly.imports[h]).sum::<f64>() / 1e6)
}

/// The grid, import and coal metrics (the others are in `metric_value`).
fn grid_metric(r: &Results, metric: &Metric) -> Option<f64> {
    match metric {
        Metric::PeakConsumptionMw { from, to } => peak_served(r, hour_range(*from, *to)),
        Metric::ConsumptionAboveRecordMw { from, record_day } => {
            let before = peak_served(r, hour_range(*from, record_day.pred_opt()?));
            let on = peak_served(r, hour_range(*record_day, *record_day));
            before.zip(on).map(|(b, o)| b - o)
        }
        Metric::DemandChangeTwh { year } => {
            Some(year_demand(r, *year)? - year_demand(r, year - 1)?)
        }
        Metric::ImportsTwh { year } => year_imports(r, *year),
        Metric::ImportsChangeTwh { year } => {
            Some(year_imports(r, *year)? - year_imports(r, year - 1)?)
        }
        Metric::ImportsGwh { from, to } => {
            let rg = hour_range(*from, *to);
            (!rg.is_empty()).then(|| rg.map(|h| r.hourly.imports[h]).sum::<f64>() / 1e3)
        }
        Metric::CoalDaysOfCover { date } => {
            let d = day_index(*date).filter(|&d| d >= 30)?;
            // Over what the plants needed, not what they managed to burn: a plant without coal has no days
            // of cover left. Floor of 1 t/day: with no coal needed at all, the stock lasts "for ever".
            let need = r.daily.coal_req_t[d - 30..d].iter().sum::<f64>() / 30.0;
            // the stock written for day d - 1 is the stock at the start of day d
            Some(r.daily.coal_stock_mt[d - 1] * 1e6 / need.max(1.0))
        }
        Metric::CoalStockMt { date } => {
            let d = day_index(*date).filter(|&d| d >= 1)?;
            Some(r.daily.coal_stock_mt[d - 1])
        }
        Metric::CoalBurnMt { year } => {
            let rg = year_hours(*year)?;
            Some(
                r.daily.coal_burn_t[rg.start / 24..rg.end / 24]
                    .iter()
                    .sum::<f64>()
                    / 1e6,
            )
        }
        Metric::ConsumptionGwh { date } => {
            let d = day_index(*date)?;
            Some(
                (d * 24..d * 24 + 24)
                    .map(|h| r.hourly.total_served(h))
                    .sum::<f64>()
                    / 1e3,
            )
        }
        _ => None,
    }
}

fn peak_hour(r: &Results, range: std::ops::Range<usize>) -> Option<usize> {
    range.max_by(|&a, &b| r.hourly.total_req(a).total_cmp(&r.hourly.total_req(b)))
}

pub(super) fn month_row<'a>(r: &'a Results, month: &str) -> Option<&'a super::MonthRow> {
    calendar::parse_month_label(month).map(|m| &r.monthly[m])
}

/// Computes a metric; `None` when the spec names a period outside the simulation.
pub(crate) fn metric_value(r: &Results, metric: &Metric) -> Option<f64> {
    let year_peak =
        |y: i32| -> Option<f64> { peak_hour(r, year_hours(y)?).map(|h| r.hourly.total_req(h)) };
    match metric {
        Metric::MiningMw { month } => month_row(r, month).map(|m| m.mining_mw),
        Metric::KzSharePct { month } => month_row(r, month).map(|m| m.kz_share_pct),
        Metric::WhiteMw { month } => month_row(r, month).map(|m| m.white_mw),
        Metric::GrayMw { month } => month_row(r, month).map(|m| m.gray_mw),
        Metric::DemandTwh { year } => year_demand(r, *year),
        Metric::PeakDemandDeltaMw { year, base_year } => {
            Some(year_peak(*year)? - year_peak(*base_year)?)
        }
        Metric::MonthlyPeakConsumptionDeltaMw {
            year,
            base_year,
            from_month,
            to_month,
        } => {
            let month_peak = |y: i32, mo: u32| -> Option<f64> {
                let first = NaiveDate::from_ymd_opt(y, mo, 1)?;
                let last = if mo == 12 {
                    NaiveDate::from_ymd_opt(y, 12, 31)?
                } else {
                    NaiveDate::from_ymd_opt(y, mo + 1, 1)?.pred_opt()?
                };
                day_index(first)?;
                peak_served(r, hour_range(first, last))
            };
            let mut diffs = Vec::new();
            for mo in *from_month..=*to_month {
                diffs.push(month_peak(*year, mo)? - month_peak(*base_year, mo)?);
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
        _ => grid_metric(r, metric).or_else(|| super::miner_checks::value(r, metric)),
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
                kind: s.kind,
            }
        })
        .collect()
}
