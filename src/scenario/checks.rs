//! Model-versus-record checks, declared as data. A preset lists the documented figures it is held against;
//! each names a metric, the documented value, and the band that counts as agreement (MODEL.md's tolerances,
//! never adjusted to make a check pass). The model evaluates them (`model::checks`); declaring them here keeps
//! the scenario layer free of the model, which sits above it.

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
    /// Coal stock at the plants on a day over their mean daily burn in the 30 days before it, days.
    CoalDaysOfCover { date: NaiveDate },
    /// Coal stock at the plants at the start of a day, Mt.
    CoalStockMt { date: NaiveDate },
    /// Coal burnt at power and heat plants in a calendar year, Mt.
    CoalBurnMt { year: i32 },
    /// Electricity consumed (served) on one day, GWh.
    ConsumptionGwh { date: NaiveDate },
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
