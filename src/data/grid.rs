//! The generating fleet and the grid's dated inputs: thermal unit groups, the outage-rate path and the
//! import limit schedule.

use super::files::file;
use super::{DataError, parse_date};
use crate::calendar::{self, YEARS};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum Fuel {
    Coal,
    Gas,
}

#[derive(Clone, Debug)]
pub struct UnitGroup {
    pub name: String,
    /// Id a scenario's named outage uses to take units of this group out (several groups may share one).
    pub class: String,
    pub fuel: Fuel,
    pub unit_mw: f64,
    /// `None` = takes the remaining capacity of its fuel.
    pub units: Option<u32>,
}

pub(super) fn load_fleet() -> Result<Vec<UnitGroup>, DataError> {
    let fl = file("fleet.csv")?;
    (0..fl.len())
        .map(|r| {
            let units = fl.str(r, "units")?;
            Ok(UnitGroup {
                name: fl.str(r, "group")?.to_string(),
                class: fl.str(r, "class")?.to_string(),
                fuel: match fl.str(r, "fuel")? {
                    "coal" => Fuel::Coal,
                    "gas" => Fuel::Gas,
                    other => return Err(fl.err(format!("unknown fuel '{other}'"))),
                },
                unit_mw: fl.f64(r, "unit_mw")?,
                units: if units == "rest" {
                    None
                } else {
                    Some(
                        units
                            .parse()
                            .map_err(|_| fl.err(format!("bad unit count '{units}'")))?,
                    )
                },
            })
        })
        .collect()
}

/// The outage-rate factor of each simulated year, in year order.
pub(super) fn load_outage_growth() -> Result<[f64; YEARS], DataError> {
    let t = file("outage_growth.csv")?;
    let mut out = [f64::NAN; YEARS];
    for r in 0..t.len() {
        let y = t.f64(r, "year")? as i32 - calendar::START_YEAR;
        if let Some(slot) = usize::try_from(y).ok().and_then(|y| out.get_mut(y)) {
            *slot = t.f64(r, "factor")?;
        }
    }
    if out.iter().any(|v| !v.is_finite() || *v <= 0.0) {
        return Err(t.err("needs a positive factor for every simulated year".into()));
    }
    Ok(out)
}

/// The import limit steps, sorted by date; the first must start on or before the first simulated day.
pub(super) fn load_import_limit() -> Result<Vec<(NaiveDate, f64)>, DataError> {
    let t = file("import_limit.csv")?;
    let mut steps = Vec::new();
    for r in 0..t.len() {
        steps.push((parse_date(&t, r, "date")?, t.f64(r, "limit_mw")?));
    }
    steps.sort_by_key(|s| s.0);
    match steps.first() {
        Some(&(d, _)) if d <= calendar::date_of_day(0) => Ok(steps),
        _ => Err(t.err("the first step must start by 1 Jan 2020".into())),
    }
}

/// The share of arriving capacity that is S19-class or newer, from each date on (`arrival_vintage.csv`), in
/// date order.
pub(super) fn load_arrival_vintage() -> Result<Vec<(NaiveDate, f64)>, DataError> {
    let t = file("arrival_vintage.csv")?;
    let mut steps = Vec::new();
    for r in 0..t.len() {
        let share = t.f64(r, "new_share")?;
        if !(0.0..=1.0).contains(&share) {
            return Err(t.err(format!("row {}: new_share must be between 0 and 1", r + 1)));
        }
        steps.push((parse_date(&t, r, "from")?, share));
    }
    steps.sort_by_key(|s| s.0);
    Ok(steps)
}
