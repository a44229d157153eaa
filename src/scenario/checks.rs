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
}
