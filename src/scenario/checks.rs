//! Model-versus-record checks, declared as data. A preset lists the documented figures it is held against;
//! each names a metric, the documented value, and the band that counts as agreement (MODEL.md's tolerances,
//! never adjusted to make a check pass). The model evaluates them (`model::checks`); declaring them here keeps
//! the scenario layer free of the model, which sits above it.

use crate::i18n::t_strs;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Metric {
    /// Mean served mining load in a month, MW.
    MiningMw { month: String },
    /// Modelled share of world hashrate in a month, %.
    KzSharePct { month: String },
    /// Registered mining capacity in a month, MW.
    WhiteMw { month: String },
    /// Unregistered mining capacity in a month, MW.
    GrayMw { month: String },
    /// Served electricity demand in a calendar year, TWh.
    DemandTwh { year: i32 },
    /// Highest hourly requested demand of `year` minus that of `base_year`, MW.
    PeakDemandDeltaMw { year: i32, base_year: i32 },
    /// Peak-hour consumption (served load) of each month from `from_month` to `to_month` in `year`, minus the same
    /// month's in `base_year`, averaged over those months, MW.
    MonthlyPeakConsumptionDeltaMw {
        year: i32,
        base_year: i32,
        from_month: u32,
        to_month: u32,
    },
    /// Highest hourly requested demand in a window, MW.
    PeakDemandMw { from: NaiveDate, to: NaiveDate },
    /// Domestic generation in the hour of highest demand in a window, MW.
    GenerationAtPeakMw { from: NaiveDate, to: NaiveDate },
    /// Demand minus domestic generation in the hour of highest demand in a window, MW.
    ShortfallAtPeakMw { from: NaiveDate, to: NaiveDate },
    /// Served mining energy as a share of all served energy in a window, %.
    MiningSharePct { from: NaiveDate, to: NaiveDate },
    /// Highest hourly consumption (served load) in a window, MW.
    PeakConsumptionMw { from: NaiveDate, to: NaiveDate },
    /// Highest hourly consumption from `from` to the day before `record_day`, minus the highest on
    /// `record_day`, MW: below zero when that day set the record, as documented.
    ConsumptionAboveRecordMw {
        from: NaiveDate,
        record_day: NaiveDate,
    },
    /// Served electricity demand of `year` minus that of the year before, TWh.
    DemandChangeTwh { year: i32 },
    /// Imports in a calendar year, TWh (the model's imports are net imports: one node, no exports).
    ImportsTwh { year: i32 },
    /// Imports of `year` minus those of the year before, TWh.
    ImportsChangeTwh { year: i32 },
    /// Imports in a window of days, GWh.
    ImportsGwh { from: NaiveDate, to: NaiveDate },
    /// Coal stock at the plants on a day over what they needed per day in the 30 days before it, days.
    CoalDaysOfCover { date: NaiveDate },
    /// Coal stock at the plants at the start of a day, Mt.
    CoalStockMt { date: NaiveDate },
    /// Coal burnt at power and heat plants in a calendar year, Mt.
    CoalBurnMt { year: i32 },
    /// Electricity consumed (served) on one day, GWh.
    ConsumptionGwh { date: NaiveDate },
    /// Mining levy charged in a window of days, bn KZT (each month's levy spread evenly over its days).
    LevyKztBn { from: NaiveDate, to: NaiveDate },
    /// Gray capacity found by enforcement in a month, MW.
    DetectedGrayMw { month: String },
    /// Registered miners' load cut at the day's worst hour (wanted minus served), averaged over the days of
    /// a window, MW.
    WhiteCutAtPeakMw { from: NaiveDate, to: NaiveDate },
    /// Registered miners' served load over the auction quota, in the months wholly inside a window that have
    /// auctions, %; 0 when no quota was offered in the window.
    AuctionTakeUpPct { from: NaiveDate, to: NaiveDate },
    /// Gray capacity seized in a calendar year, MW.
    SeizedMw { year: i32 },
}

/// How a check counts. A fitted check is the target an assumption was calibrated to, so it cannot also
/// confirm the model; a report only shows a figure the inputs set (for example the coal stock while
/// deliveries are at 100 %). Neither counts towards "checks passed".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    #[default]
    Check,
    Fitted,
    Report,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckSpec {
    pub id: String,
    pub label: String,
    pub metric: Metric,
    /// The documented figure as the source states it, e.g. "600-700 MW".
    pub documented: String,
    pub low: f64,
    pub high: f64,
    pub unit: String,
    pub source: String,
    #[serde(default, skip_serializing_if = "is_check")]
    pub kind: CheckKind,
}

fn is_check(k: &CheckKind) -> bool {
    *k == CheckKind::Check
}

/// Load-time validation of a declared check, kept apart from the declarations above. A check that names a
/// period outside the run, a period that ends before it starts, or a band that is not a finite `low <= high`
/// could never be evaluated (it printed `"modelled": null` or could never pass), so the loader refuses it.
/// The match over [`Metric`] is exhaustive on purpose: a new metric must say here which periods it has.
impl CheckSpec {
    /// The first problem as (the field it is in, relative to the check, and the message); `None` when the
    /// check can be evaluated against any run.
    pub(crate) fn problem(&self) -> Option<(&'static str, String)> {
        for (field, v) in [("low", self.low), ("high", self.high)] {
            if !v.is_finite() {
                let v = v.to_string();
                let msg = t_strs(
                    "check-problem-not-finite",
                    &[("field", field), ("value", &v)],
                );
                return Some((field, msg));
            }
        }
        if self.low > self.high {
            return Some((
                "high",
                t_strs(
                    "check-problem-band",
                    &[
                        ("high", &crate::format::short_num(self.high)),
                        ("low", &crate::format::short_num(self.low)),
                    ],
                ),
            ));
        }
        metric_problem(&self.metric)
    }
}

fn run_years() -> std::ops::RangeInclusive<i32> {
    use chrono::Datelike;
    crate::calendar::start_date().year()..=crate::calendar::end_date().year()
}

fn month_problem(month: &str) -> Option<(&'static str, String)> {
    crate::calendar::parse_month_label(month)
        .is_none()
        .then(|| {
            (
                "metric.month",
                t_strs(
                    "check-problem-month",
                    &[("month", &crate::format::short_text(month, 20))],
                ),
            )
        })
}

fn year_problem(field: &'static str, year: i32) -> Option<(&'static str, String)> {
    let years = run_years();
    (!years.contains(&year)).then(|| {
        (
            field,
            t_strs(
                "check-problem-year",
                &[
                    ("year", &year.to_string()),
                    ("first", &years.start().to_string()),
                    ("last", &years.end().to_string()),
                ],
            ),
        )
    })
}

fn window_problem(from: NaiveDate, to: NaiveDate) -> Option<(&'static str, String)> {
    let run = crate::calendar::start_date()..=crate::calendar::end_date();
    for (field, d) in [("metric.from", from), ("metric.to", to)] {
        if !run.contains(&d) {
            let msg = t_strs(
                "check-problem-window-date",
                &[("date", &crate::format::short_text(&d.to_string(), 20))],
            );
            return Some((field, msg));
        }
    }
    (from > to).then(|| {
        (
            "metric.to",
            t_strs(
                "check-problem-to-before-from",
                &[("to", &to.to_string()), ("from", &from.to_string())],
            ),
        )
    })
}

fn metric_problem(m: &Metric) -> Option<(&'static str, String)> {
    match m {
        Metric::MiningMw { month }
        | Metric::KzSharePct { month }
        | Metric::WhiteMw { month }
        | Metric::GrayMw { month }
        | Metric::DetectedGrayMw { month } => month_problem(month),
        Metric::DemandTwh { year } => year_problem("metric.year", *year),
        Metric::PeakDemandDeltaMw { year, base_year } => year_problem("metric.year", *year)
            .or_else(|| year_problem("metric.base_year", *base_year)),
        Metric::MonthlyPeakConsumptionDeltaMw {
            year,
            base_year,
            from_month,
            to_month,
        } => year_problem("metric.year", *year)
            .or_else(|| year_problem("metric.base_year", *base_year))
            .or_else(|| {
                (!(1..=12).contains(from_month)).then(|| {
                    (
                        "metric.from_month",
                        t_strs(
                            "check-problem-month-number",
                            &[("field", "from_month"), ("value", &from_month.to_string())],
                        ),
                    )
                })
            })
            .or_else(|| {
                (!(1..=12).contains(to_month)).then(|| {
                    (
                        "metric.to_month",
                        t_strs(
                            "check-problem-month-number",
                            &[("field", "to_month"), ("value", &to_month.to_string())],
                        ),
                    )
                })
            })
            .or_else(|| {
                (from_month > to_month).then(|| {
                    (
                        "metric.to_month",
                        t_strs(
                            "check-problem-month-order",
                            &[
                                ("to", &to_month.to_string()),
                                ("from", &from_month.to_string()),
                            ],
                        ),
                    )
                })
            }),
        Metric::PeakDemandMw { from, to }
        | Metric::GenerationAtPeakMw { from, to }
        | Metric::ShortfallAtPeakMw { from, to }
        | Metric::MiningSharePct { from, to }
        | Metric::PeakConsumptionMw { from, to }
        | Metric::ImportsGwh { from, to }
        | Metric::LevyKztBn { from, to }
        | Metric::WhiteCutAtPeakMw { from, to }
        | Metric::AuctionTakeUpPct { from, to } => window_problem(*from, *to),
        Metric::ConsumptionAboveRecordMw { from, record_day } => {
            date_problem("metric.from", *from, 0)
                .or_else(|| date_problem("metric.record_day", *record_day, 1))
                .or_else(|| {
                    (from >= record_day).then(|| {
                        (
                            "metric.record_day",
                            t_strs(
                                "check-problem-record-day",
                                &[
                                    ("record", &record_day.to_string()),
                                    ("from", &from.to_string()),
                                ],
                            ),
                        )
                    })
                })
        }
        Metric::ImportsTwh { year } | Metric::CoalBurnMt { year } | Metric::SeizedMw { year } => {
            year_problem("metric.year", *year)
        }
        Metric::DemandChangeTwh { year } | Metric::ImportsChangeTwh { year } => {
            // compared with the year before, which must be in the run too
            year_problem("metric.year", *year).or_else(|| year_problem("metric.year", year - 1))
        }
        Metric::CoalDaysOfCover { date } => date_problem("metric.date", *date, 30),
        Metric::CoalStockMt { date } => date_problem("metric.date", *date, 1),
        Metric::ConsumptionGwh { date } => date_problem("metric.date", *date, 0),
    }
}

/// A single date of the run, at least `after_start` days after its first day (a metric that looks back).
fn date_problem(
    field: &'static str,
    d: NaiveDate,
    after_start: u64,
) -> Option<(&'static str, String)> {
    let first = crate::calendar::start_date() + chrono::Days::new(after_start);
    let run = first..=crate::calendar::end_date();
    (!run.contains(&d)).then(|| {
        (
            field,
            t_strs(
                "check-problem-date",
                &[
                    ("date", &crate::format::short_text(&d.to_string(), 20)),
                    ("first", &first.to_string()),
                ],
            ),
        )
    })
}
