//! The grid-and-miner simulation: pure, deterministic for a given scenario and seed, no GUI.
//!
//! [`run`] simulates every hour from 2020 to 2023. Months are the outer loop because miners decide monthly
//! (arrive, idle, leave) on what the previous hours delivered; hours are the inner loop because shortages happen
//! at evening peaks and rationing is an hour-of-day rule.

pub mod calendar;
pub mod checks;
mod demand;
pub mod dispatch;
pub mod miners;
pub mod policy;
pub mod results;
mod supply;

use crate::data::Inputs;
use crate::scenario::Scenario;
use calendar::{Calendar, DAYS, HOURS, MONTHS};
use dispatch::{GRAY, HOUSEHOLDS, INDUSTRY, WHITE};
use miners::Miners;
use policy::Policy;
pub use results::{Daily, Hourly, MonthRow, Results, Summary};

/// Version of the model's equations; shown on every chart and export so a figure can be traced to its model.
pub const MODEL_VERSION: &str = concat!("hashgrid model ", env!("CARGO_PKG_VERSION"));

pub fn run(s: &Scenario) -> Results {
    run_with(s, Inputs::get())
}

pub fn run_with(s: &Scenario, inputs: &Inputs) -> Results {
    let mut r = Results::default();
    run_into(s, inputs, &mut r);
    r
}

thread_local! {
    /// Per-thread scratch (supply and demand series): a run reuses it instead of allocating ~2 MB.
    static SCRATCH: std::cell::RefCell<(supply::Supply, Vec<f64>)> = std::cell::RefCell::new(Default::default());
}

/// Runs the scenario into `out`, reusing its buffers. Allocating and freeing ~5 MB of hourly arrays per run
/// made run times swing 3x with the allocator's page handling; reuse makes them steady.
pub fn run_into(s: &Scenario, inputs: &Inputs, out: &mut Results) {
    SCRATCH.with(|sc| {
        let mut sc = sc.borrow_mut();
        let (supply, nonmining) = &mut *sc;
        run_inner(s, inputs, supply, nonmining, out);
    });
}

fn run_inner(
    s: &Scenario,
    inputs: &Inputs,
    supply: &mut supply::Supply,
    nonmining: &mut Vec<f64>,
    out: &mut Results,
) {
    let cal = Calendar::get();
    let a = &inputs.a;
    let p = Policy::resolve(s, inputs);
    supply::build_into(inputs, &p, supply);
    nonmining.resize(HOURS, 0.0);
    demand::fill(inputs, &p, nonmining);

    let Results {
        hourly: hr,
        daily,
        monthly,
        miners: miners_out,
        summary: summary_out,
    } = out;
    hr.ensure_len();
    daily.ensure_len();
    monthly.clear();
    let mut miners = Miners::new(inputs, &p);
    let eff = miners.efficiency();

    let mut stock = p.coal_stock_t;
    let mut prev_burn = f64::NAN;

    for m in 0..MONTHS {
        let days = cal.month_first_day[m]..cal.month_first_day[m + 1];
        let fx = inputs.kzt_per_usd[m];
        let levy_mean_kzt: f64 =
            days.clone().map(|d| p.levy_kzt_kwh_by_day[d]).sum::<f64>() / days.len() as f64;
        let plan = miners.begin_month(inputs, &p, m, levy_mean_kzt * 1000.0 / fx);
        let white_base = plan.requested(miners::WHITE);
        let gray_base = plan.requested(miners::GRAY);

        let mut row = MonthRow {
            month: calendar::month_label(m),
            kzt_per_usd: fx,
            ..Default::default()
        };
        let (mut req_m, mut srv_m) = ([0.0; 2], [0.0; 2]);
        let mut levy_kzt = 0.0;
        let mut peak = (0.0_f64, 0usize);

        for d in days.clone() {
            let wd = cal.weekday_of_day[d];
            let in_disconnect = d >= p.disconnect.0 && d < p.disconnect.1;
            let in_shutdown = d >= p.shutdown.0 && d < p.shutdown.1;
            let banned = d >= p.ban_day;
            let coal_factor = if prev_burn.is_finite() && prev_burn > 0.0 {
                (stock / prev_burn / p.coal_min_days.max(0.1)).min(1.0)
            } else {
                1.0
            };
            let (mut burn, mut d_max, mut d_min, mut d_sum, mut d_peak_avail) =
                (0.0, 0.0_f64, f64::MAX, 0.0, 0.0);
            let (mut d_mining, mut d_shed_nm, mut d_shed_mn, mut d_imp) = (0.0, 0.0, 0.0, 0.0);
            for hd in 0..24 {
                let h = d * 24 + hd;
                let mut white = white_base;
                if in_disconnect || in_shutdown || banned || !p.hours_rule_allows(d, hd, wd) {
                    white = 0.0;
                }
                if h >= p.miner_limit_hour {
                    white = white.min(p.miner_limit_mw);
                }
                let gray = if in_shutdown { 0.0 } else { gray_base };
                let hh = nonmining[h] * a.households_share;
                let ind = nonmining[h] - hh;
                let req = [white, gray, ind, hh];
                let coal_h = supply.coal[h] * coal_factor;
                let avail = coal_h + supply.gas[h] + supply.renewables[h];
                let o = dispatch::dispatch(
                    req,
                    avail,
                    p.reserve_mw,
                    p.import_limit_mw,
                    h >= p.rationing_hour,
                    p.priority,
                );

                for (i, (&rq, &sh)) in req.iter().zip(&o.shed).enumerate() {
                    hr.req[i][h] = rq;
                    hr.shed[i][h] = sh;
                }
                hr.available[h] = avail;
                hr.imports[h] = o.imports;
                hr.generation[h] = o.generation;

                let thermal = (o.generation - supply.renewables[h]).max(0.0);
                let coal_share = if coal_h + supply.gas[h] > 0.0 {
                    coal_h / (coal_h + supply.gas[h])
                } else {
                    0.0
                };
                burn += thermal * coal_share * a.coal_t_per_mwh;

                let total = req[0] + req[1] + req[2] + req[3];
                let served_white = white - o.shed[WHITE];
                let served_gray = gray - o.shed[GRAY];
                // Uptime is judged against what miners wanted to run, not against what rules let them request.
                req_m[0] += white_base;
                req_m[1] += gray_base;
                srv_m[0] += served_white;
                srv_m[1] += served_gray;
                levy_kzt += served_white * p.levy_kzt_kwh_by_day[d] * 1000.0;
                let shed_nm = o.shed[INDUSTRY] + o.shed[HOUSEHOLDS];
                let shed_mn = o.shed[WHITE] + o.shed[GRAY];
                row.demand_twh += total;
                row.shed_mwh += shed_nm + shed_mn;
                row.shed_nonmining_mwh += shed_nm;
                if shed_nm + shed_mn > 1e-9 {
                    row.shed_hours += 1;
                }
                row.imports_twh += o.imports;
                if total > peak.0 {
                    peak = (total, h);
                }
                d_sum += total;
                if total > d_max {
                    d_max = total;
                    d_peak_avail = avail;
                }
                d_min = d_min.min(total);
                d_mining += served_white + served_gray;
                d_shed_nm += shed_nm;
                d_shed_mn += shed_mn;
                d_imp += o.imports;
            }
            // Coal: deliveries match burn until the delivery lever's date, then the lever's share of it.
            let delivered = if d >= p.coal_delivery_day {
                burn * p.coal_delivery
            } else {
                burn
            };
            stock = (stock + delivered - burn).max(0.0);
            prev_burn = burn;

            daily.demand_mean[d] = d_sum / 24.0;
            daily.demand_max[d] = d_max;
            daily.demand_min[d] = d_min;
            daily.available_at_peak[d] = d_peak_avail;
            daily.mining_served_mean[d] = d_mining / 24.0;
            daily.shed_nonmining_mwh[d] = d_shed_nm;
            daily.shed_miners_mwh[d] = d_shed_mn;
            daily.imports_mwh[d] = d_imp;
            daily.coal_stock_mt[d] = stock / 1e6;
        }

        let served_share = [
            if req_m[0] > 0.0 {
                srv_m[0] / req_m[0]
            } else {
                1.0
            },
            if req_m[1] > 0.0 {
                srv_m[1] / req_m[1]
            } else {
                1.0
            },
        ];
        miners.end_month(inputs, &p, m, served_share);
        let mm = &miners.months[m];

        let hours = cal.hours_in_month(m) as f64;
        row.demand_twh /= 1e6;
        row.imports_twh /= 1e6;
        row.peak_demand_mw = peak.0;
        row.available_mw_at_peak = hr.available[peak.1];
        row.generation_mw_at_peak = hr.generation[peak.1];
        row.white_mw = plan.capacity(miners::WHITE);
        row.gray_mw = plan.capacity(miners::GRAY);
        row.white_served_mw = srv_m[0] / hours;
        row.gray_served_mw = srv_m[1] / hours;
        row.mining_mw = row.white_served_mw + row.gray_served_mw;
        row.mining_twh = (srv_m[0] + srv_m[1]) / 1e6;
        row.levy_kzt = levy_kzt;
        row.levy_usd = levy_kzt / fx;
        row.levy_kzt_per_kwh = levy_mean_kzt;
        // Hashrate: served MW of each vintage (in proportion to what it requested) over its J/TH.
        let mut ehs = 0.0;
        for (c, served) in [(miners::WHITE, srv_m[0]), (miners::GRAY, srv_m[1])] {
            let r_old = plan.cap[c][miners::OLD] * plan.running[c][miners::OLD];
            let r_new = plan.cap[c][miners::NEW] * plan.running[c][miners::NEW];
            let tot = r_old + r_new;
            if tot > 0.0 {
                let mw = served / hours;
                ehs += mw * r_old / tot / eff[miners::OLD] + mw * r_new / tot / eff[miners::NEW];
            }
        }
        row.kz_hashrate_ehs = ehs;
        let rest_of_world = match inputs.cbeci_kz_ehs[m] {
            Some(kz) => inputs.world_ehs[m] - kz,
            None => inputs.world_ehs[m] * (1.0 - a.rest_of_world_share_after_cbeci),
        };
        row.kz_share_pct = 100.0 * ehs / (rest_of_world + ehs);
        row.recorded_kz_share_pct = inputs.cbeci_kz_share[m];
        let ex = mm.exits_cum;
        row.exodus_us_mw_cum = ex.us;
        row.exodus_russia_mw_cum = ex.russia;
        row.exodus_other_mw_cum = ex.other;
        row.retired_mw_cum = ex.retired;
        row.seized_mw_cum = ex.seized;
        row.exodus_mw_cum = ex.us + ex.russia + ex.other + ex.retired;
        row.arrivals_mw = mm.arrivals_mw;
        row.refused_by_cap_mw = mm.refused_by_cap_mw;
        row.hashprice_usd_th_day = inputs.hashprice[m] * p.btc_mult;
        row.white_margin_usd_mwh = mm.white_margin_usd_mwh;
        row.coal_stock_mt = stock / 1e6;
        monthly.push(row);
    }

    *summary_out = summarise(hr, monthly, daily, inputs);
    *miners_out = miners.months;
}

fn summarise(hr: &Hourly, monthly: &[MonthRow], daily: &Daily, inputs: &Inputs) -> Summary {
    let shed_nm: f64 = daily.shed_nonmining_mwh.iter().sum();
    let shed_mn: f64 = daily.shed_miners_mwh.iter().sum();
    let shed_hours = (0..HOURS)
        .filter(|&h| hr.shed[INDUSTRY][h] + hr.shed[HOUSEHOLDS][h] > 1e-9)
        .count() as u32;
    let last = monthly.last().cloned().unwrap_or_default();
    Summary {
        shed_nonmining_gwh: shed_nm / 1e3,
        shed_miners_gwh: shed_mn / 1e3,
        shed_hours_nonmining: shed_hours,
        levy_kzt_bn: monthly.iter().map(|r| r.levy_kzt).sum::<f64>() / 1e9,
        levy_usd_m: monthly.iter().map(|r| r.levy_usd).sum::<f64>() / 1e6,
        peak_mining_mw: monthly.iter().map(|r| r.mining_mw).fold(0.0, f64::max),
        peak_kz_share_pct: monthly.iter().map(|r| r.kz_share_pct).fold(0.0, f64::max),
        exodus_mw: last.exodus_mw_cum,
        seized_mw: last.seized_mw_cum,
        imports_twh: monthly.iter().map(|r| r.imports_twh).sum(),
        unserved_value_usd_m: shed_nm * inputs.a.voll_usd_mwh / 1e6,
        mining_twh: monthly.iter().map(|r| r.mining_twh).sum(),
    }
}

/// Days covered by the run (for callers that index daily series).
pub const fn days() -> usize {
    DAYS
}
