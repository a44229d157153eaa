//! The documented record and the model's stated assumptions, parsed from the CSV files in `assets/`.
//!
//! The files are embedded with `include_str!` so the binary runs from any directory. Every number the model uses
//! comes from here or from a lever declaration; none is typed into the simulation code.

mod files;
mod grid;
mod table;

use crate::calendar::{self, MONTHS, YEARS};
use chrono::NaiveDate;
use files::file;
pub use grid::{Fuel, UnitGroup};
use std::sync::OnceLock;
pub(crate) use table::{DataError, Table};

macro_rules! assumptions {
    ($($field:ident),* $(,)?) => {
        /// Scalar assumptions from `assets/assumptions.csv`, one field per row id.
        #[derive(Clone, Debug)]
        pub struct Assumptions { $(pub $field: f64,)* }

        impl Assumptions {
            fn from_table(t: &Table) -> Result<Assumptions, DataError> {
                let find = |id: &str| -> Result<f64, DataError> {
                    for r in 0..t.len() {
                        if t.str(r, "id")? == id {
                            return t.f64(r, "value");
                        }
                    }
                    Err(t.err(format!("no row with id '{id}'")))
                };
                Ok(Assumptions { $($field: find(stringify!($field))?,)* })
            }
        }
    };
}

assumptions! {
    nonmining_2019_twh, households_share, weekend_sat, weekend_sun, captive_coal_share, hydro_peaking,
    coal_t_per_mwh, gray_price_usd_kwh, alt_price_usd_kwh, alt_uptime, miner_opex_usd_mwh,
    miner_fixed_usd_mwh, running_spread_usd_mwh, eff_old_j_th, eff_new_j_th, relocation_downtime_months,
    relocation_amortisation_months, exit_max_per_month, exit_sensitivity, invest_max_mw_month,
    invest_ratio_start, invest_ratio_full, pool_kz_base_share, pool_release_2021_05, pool_release_2021_06,
    pool_release_2021_07, pool_release_2021_08, pool_release_2021_09, arrival_same_month, gray_share_new,
    gray_overflow_share, register_share_detected, initial_white_share,
    rest_of_world_share_after_cbeci, import_price_usd_mwh, voll_usd_mwh, diurnal_peak_scale,
    coal_heat_uplift, coal_norm_days, coal_restock_days, coal_rail_headroom, new_capacity_outage_cap,
    new_capacity_unit_mw, forced_outage_rate_max, copt_step_mw, pool_kz_margin_ratio_max,
    exit_gap_weight_current, choice_sigma_usd_mwh, choice_reconsider_per_month, choice_rush_gap_usd_mwh,
    register_barrier_usd_mwh,
    gray_price_discount, rig_value_usd_mw, leave_share_detected, world_hash_price_elasticity,
    peak_cut_morning_from, peak_cut_morning_to, peak_cut_evening_from, peak_cut_evening_to,
    levy_row_shift,
}

/// One row of `assumptions.csv`, kept whole for the generated docs.
#[derive(Clone, Debug)]
pub struct AssumptionRow {
    pub id: String,
    pub value: f64,
    pub unit: String,
    pub source: String,
}

#[derive(Clone, Debug)]
pub struct YearData {
    pub year: i32,
    pub demand_twh: f64,
    pub generation_twh: f64,
    pub net_imports_twh: f64,
    pub coal_mw: f64,
    pub gas_mw: f64,
    pub hydro_mw: f64,
    pub solar_mw: f64,
    pub wind_mw: f64,
    /// Ember generation / (capacity x hours), derived.
    pub hydro_cf: f64,
    pub wind_cf: f64,
    pub solar_cf: f64,
    /// KEGOC installed minus Ember total, interpolated to mid-year (captive units missing from Ember).
    pub capacity_gap_mw: f64,
    /// KEGOC available / installed, interpolated to mid-year.
    pub available_factor: f64,
}

#[derive(Clone, Debug)]
pub struct LevyBracket {
    pub from_kzt: f64,
    pub to_kzt: f64,
    /// The central value a single run uses.
    pub fee_kzt: f64,
    /// The plausible range of a row the record does not give (equal to `fee_kzt` for enacted rows).
    pub fee_low_kzt: f64,
    pub fee_high_kzt: f64,
}

impl LevyBracket {
    /// The fee at `shift` in [-1, 1]: 0 is the central value, -1 the low end, +1 the high end. One shift for
    /// every row keeps a monotone scale monotone, since lows, centres and highs each fall with the price.
    pub fn fee_at(&self, shift: f64) -> f64 {
        let s = shift.clamp(-1.0, 1.0);
        if s >= 0.0 {
            self.fee_kzt + s * (self.fee_high_kzt - self.fee_kzt)
        } else {
            self.fee_kzt + s * (self.fee_kzt - self.fee_low_kzt)
        }
    }
}

#[derive(Clone, Debug)]
pub struct Event {
    pub date: NaiveDate,
    pub category: String,
    pub text: String,
    pub source: String,
    pub confidence: String,
    /// Short text for a marker on charts; empty for events shown only in lists and hover cards.
    pub chart_label: String,
}

/// Cloneable so an ensemble run can perturb assumptions without touching the shared copy.
#[derive(Clone)]
pub struct Inputs {
    pub hashprice: [f64; MONTHS],
    pub btc_usd: [f64; MONTHS],
    pub world_ehs: [f64; MONTHS],
    pub cbeci_kz_share: [Option<f64>; MONTHS],
    pub cbeci_kz_ehs: [Option<f64>; MONTHS],
    pub russia_imports_gwh: [Option<f64>; MONTHS],
    pub kzt_per_usd: [f64; MONTHS],
    /// KOREM 2018 average load by month / annual average load.
    pub seasonal_demand: [f64; 12],
    pub demand_hourly: [f64; 24],
    pub solar_hourly: [f64; 24],
    pub thermal_planned: [f64; 12],
    pub hydro_shape: [f64; 12],
    pub solar_shape: [f64; 12],
    pub years: Vec<YearData>,
    pub levy_scale: Vec<LevyBracket>,
    pub fleet: Vec<UnitGroup>,
    /// Forced-outage rate of each year as a factor on 2020's (`outage_growth.csv`).
    pub outage_growth: [f64; YEARS],
    /// Import limit steps: (first day, MW), in date order (`import_limit.csv`).
    pub import_limit: Vec<(NaiveDate, f64)>,
    /// Share of arriving mining capacity that is S19-class or newer, from each date (`arrival_vintage.csv`).
    pub arrival_vintage: Vec<(NaiveDate, f64)>,
    pub events: Vec<Event>,
    pub a: Assumptions,
    pub assumption_rows: Vec<AssumptionRow>,
}

impl Inputs {
    /// The bundled inputs, parsed once. Broken bundled files are a build defect that `cargo test` catches.
    pub fn get() -> &'static Inputs {
        static INPUTS: OnceLock<Inputs> = OnceLock::new();
        INPUTS.get_or_init(|| Inputs::load().unwrap_or_else(|e| panic!("{e}")))
    }

    pub(crate) fn load() -> Result<Inputs, DataError> {
        let (hashprice, btc_usd, world_ehs) = load_btc()?;
        let (cbeci_kz_share, cbeci_kz_ehs) = load_cbeci()?;
        let ms = file("monthly_shapes.csv")?;
        let hs = file("hourly_shapes.csv")?;
        let (a, assumption_rows) = load_assumptions()?;
        Ok(Inputs {
            hashprice,
            btc_usd,
            world_ehs,
            cbeci_kz_share,
            cbeci_kz_ehs,
            russia_imports_gwh: load_trade()?,
            kzt_per_usd: load_fx(&file("kzt_usd.csv")?)?,
            seasonal_demand: load_seasonal()?,
            demand_hourly: normalised::<24>(&hs, "demand")?,
            solar_hourly: normalised::<24>(&hs, "solar")?,
            thermal_planned: column::<12>(&ms, "thermal_planned_avail")?,
            hydro_shape: normalised::<12>(&ms, "hydro_shape")?,
            solar_shape: normalised::<12>(&ms, "solar_shape")?,
            years: load_years()?,
            levy_scale: load_levy()?,
            fleet: grid::load_fleet()?,
            outage_growth: grid::load_outage_growth()?,
            import_limit: grid::load_import_limit()?,
            arrival_vintage: grid::load_arrival_vintage()?,
            events: load_events()?,
            a,
            assumption_rows,
        })
    }

    pub(crate) fn year(&self, y: usize) -> &YearData {
        &self.years[y]
    }
}

type MonthlyBtc = ([f64; MONTHS], [f64; MONTHS], [f64; MONTHS]);

/// Hashprice, BTC price and world hashrate for every month of the run.
fn load_btc() -> Result<MonthlyBtc, DataError> {
    let btc = file("btc_monthly.csv")?;
    let mut hashprice = [f64::NAN; MONTHS];
    let mut btc_usd = [f64::NAN; MONTHS];
    let mut world_ehs = [f64::NAN; MONTHS];
    for r in 0..btc.len() {
        if let Some(m) = calendar::parse_month_label(btc.str(r, "month")?) {
            hashprice[m] = btc.f64(r, "hashprice_usd_per_th_day_rev_over_hashrate")?;
            btc_usd[m] = btc.f64(r, "btc_usd_mean")?;
            world_ehs[m] = btc.f64(r, "hashrate_ehs_mean_blockchaincom")?;
        }
    }
    if hashprice.iter().any(|v| v.is_nan()) {
        return Err(btc.err("missing months in 2020-2023".into()));
    }
    Ok((hashprice, btc_usd, world_ehs))
}

type MonthlyShare = ([Option<f64>; MONTHS], [Option<f64>; MONTHS]);

/// Kazakhstan's share of world hashrate and its hashrate, where CBECI recorded them.
fn load_cbeci() -> Result<MonthlyShare, DataError> {
    let cb = file("cbeci_kazakhstan.csv")?;
    let mut share = [None; MONTHS];
    let mut ehs = [None; MONTHS];
    for r in 0..cb.len() {
        let date = cb.str(r, "date")?;
        if let Some(m) = date.get(..7).and_then(calendar::parse_month_label) {
            share[m] = Some(cb.f64(r, "kz_share_pct")?);
            ehs[m] = Some(cb.f64(r, "kz_hashrate_ehs")?);
        }
    }
    Ok((share, ehs))
}

fn load_trade() -> Result<[Option<f64>; MONTHS], DataError> {
    let tr = file("kz_trade_monthly.csv")?;
    let mut out = [None; MONTHS];
    for r in 0..tr.len() {
        if let Some(m) = calendar::parse_month_label(tr.str(r, "month")?) {
            out[m] = tr.opt_f64(r, "russia_import_gwh")?;
        }
    }
    Ok(out)
}

/// KOREM 2018 average load by month over the year's average load.
fn load_seasonal() -> Result<[f64; 12], DataError> {
    let korem = file("kz_monthly_demand_korem.csv")?;
    let mut avg_mw = [0.0; 12];
    for r in 0..korem.len() {
        if korem.str(r, "year")? == "2018" {
            let m = korem.f64(r, "month")? as usize;
            let slot = avg_mw
                .get_mut(m.wrapping_sub(1))
                .ok_or_else(|| korem.err(format!("row {}: month {m}", r + 1)))?;
            *slot = korem.f64(r, "korem_avg_load_mw")?;
        }
    }
    let days = (1..=12).map(|m| calendar::days_in_month(2018, m) as f64);
    let annual_avg: f64 = avg_mw.iter().zip(days).map(|(a, d)| a * d).sum::<f64>() / 365.0;
    Ok(avg_mw.map(|a| a / annual_avg))
}

fn load_levy() -> Result<Vec<LevyBracket>, DataError> {
    let lv = file("levy_progressive_2023.csv")?;
    (0..lv.len())
        .map(|r| {
            Ok(LevyBracket {
                from_kzt: lv.f64(r, "price_from_kzt_kwh")?,
                to_kzt: lv.f64(r, "price_to_kzt_kwh")?,
                fee_kzt: lv.f64(r, "fee_kzt_kwh")?,
                fee_low_kzt: lv.f64(r, "fee_low_kzt_kwh")?,
                fee_high_kzt: lv.f64(r, "fee_high_kzt_kwh")?,
            })
        })
        .collect()
}

fn load_events() -> Result<Vec<Event>, DataError> {
    let ev = file("events.csv")?;
    let mut events = Vec::new();
    for r in 0..ev.len() {
        events.push(Event {
            date: parse_date(&ev, r, "date")?,
            category: ev.str(r, "category")?.to_string(),
            text: ev.str(r, "event")?.to_string(),
            source: ev.str(r, "source")?.to_string(),
            confidence: ev.str(r, "confidence")?.to_string(),
            chart_label: ev.str(r, "chart_label")?.to_string(),
        });
    }
    events.sort_by_key(|e| e.date);
    Ok(events)
}

fn load_assumptions() -> Result<(Assumptions, Vec<AssumptionRow>), DataError> {
    let at = file("assumptions.csv")?;
    let a = Assumptions::from_table(&at)?;
    let rows = (0..at.len())
        .map(|r| {
            Ok(AssumptionRow {
                id: at.str(r, "id")?.to_string(),
                value: at.f64(r, "value")?,
                unit: at.str(r, "unit")?.to_string(),
                source: at.str(r, "source")?.to_string(),
            })
        })
        .collect::<Result<Vec<_>, DataError>>()?;
    Ok((a, rows))
}

/// The first `N` rows of a column.
fn column<const N: usize>(t: &Table, col: &str) -> Result<[f64; N], DataError> {
    let mut v = [0.0; N];
    for (r, x) in v.iter_mut().enumerate() {
        *x = t.f64(r, col)?;
    }
    Ok(v)
}

/// The first `N` rows of a column, divided by their mean.
fn normalised<const N: usize>(t: &Table, col: &str) -> Result<[f64; N], DataError> {
    let v = column::<N>(t, col)?;
    let mean = v.iter().sum::<f64>() / N as f64;
    Ok(v.map(|x| x / mean))
}

pub(super) fn parse_date(t: &Table, r: usize, col: &str) -> Result<NaiveDate, DataError> {
    NaiveDate::parse_from_str(t.str(r, col)?, "%Y-%m-%d")
        .map_err(|e| t.err(format!("row {}: {e}", r + 1)))
}

/// Linear interpolation over dated points, held flat outside them.
fn interp(points: &[(NaiveDate, f64)], at: NaiveDate) -> f64 {
    let first = points[0];
    if at <= first.0 {
        return first.1;
    }
    for w in points.windows(2) {
        let (d0, v0) = w[0];
        let (d1, v1) = w[1];
        if at <= d1 {
            let f = (at - d0).num_days() as f64 / (d1 - d0).num_days().max(1) as f64;
            return v0 + f * (v1 - v0);
        }
    }
    points[points.len() - 1].1
}

fn load_fx(t: &Table) -> Result<[f64; MONTHS], DataError> {
    let mut pts = Vec::new();
    for r in 0..t.len() {
        pts.push((parse_date(t, r, "date")?, t.f64(r, "kzt_per_usd")?));
    }
    pts.sort_by_key(|p| p.0);
    let mut out = [0.0; MONTHS];
    for (m, v) in out.iter_mut().enumerate() {
        let y = calendar::START_YEAR + (m / 12) as i32;
        let mid = NaiveDate::from_ymd_opt(y, (m % 12) as u32 + 1, 15).expect("valid");
        *v = interp(&pts, mid);
    }
    Ok(out)
}

fn load_years() -> Result<Vec<YearData>, DataError> {
    let ann = file("kz_power_annual.csv")?;
    let cap = file("kz_capacity_by_fuel.csv")?;
    let kg = file("kegoc_capacity.csv")?;
    let mut inst = Vec::new();
    let mut avail = Vec::new();
    for r in 0..kg.len() {
        let d = parse_date(&kg, r, "date")?;
        let i = kg.f64(r, "installed_mw")?;
        inst.push((d, i));
        avail.push((d, kg.f64(r, "available_mw")? / i));
    }
    let mut out = Vec::new();
    for y in 0..YEARS {
        let year = calendar::START_YEAR + y as i32;
        let ys = year.to_string();
        let ar = (0..ann.len())
            .find(|&r| ann.str(r, "year").map(|s| s == ys).unwrap_or(false))
            .ok_or_else(|| ann.err(format!("no row for {year}")))?;
        let cr = (0..cap.len())
            .find(|&r| cap.str(r, "year").map(|s| s == ys).unwrap_or(false))
            .ok_or_else(|| cap.err(format!("no row for {year}")))?;
        let hours = if year % 4 == 0 { 8784.0 } else { 8760.0 };
        let hydro_mw = cap.f64(cr, "hydro_mw")?;
        let wind_mw = cap.f64(cr, "wind_mw")?;
        let solar_mw = cap.f64(cr, "solar_mw")?;
        let mid = NaiveDate::from_ymd_opt(year, 7, 1).expect("valid");
        out.push(YearData {
            year,
            demand_twh: ann.f64(ar, "electricity_demand")?,
            generation_twh: ann.f64(ar, "electricity_generation")?,
            net_imports_twh: ann.f64(ar, "net_elec_imports")?,
            coal_mw: cap.f64(cr, "coal_mw")?,
            gas_mw: cap.f64(cr, "gas_mw")?,
            hydro_mw,
            solar_mw,
            wind_mw,
            hydro_cf: ann.f64(ar, "hydro_electricity")? * 1e6 / (hydro_mw * hours),
            wind_cf: ann.f64(ar, "wind_electricity")? * 1e6 / (wind_mw * hours),
            solar_cf: ann.f64(ar, "solar_electricity")? * 1e6 / (solar_mw * hours),
            capacity_gap_mw: interp(&inst, mid) - cap.f64(cr, "total_mw")?,
            available_factor: interp(&avail, mid),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_parses_and_is_complete() {
        let i = Inputs::load().expect("bundled data parses");
        assert!(i.hashprice.iter().all(|v| *v > 0.0));
        assert!((i.seasonal_demand.iter().sum::<f64>() / 12.0 - 1.0).abs() < 0.01);
        assert_eq!(i.years.len(), 4);
        assert!(i.kzt_per_usd.iter().all(|v| (380.0..500.0).contains(v)));
        assert!(i.cbeci_kz_share[19].unwrap() > 18.0);
        assert!(i.events.len() >= 40);
    }
}
