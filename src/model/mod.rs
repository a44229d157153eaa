//! The grid-and-miner simulation: pure, deterministic for a given scenario and seed, no GUI.
//!
//! [`run`] simulates every hour from 2020 to 2023. Months are the outer loop because miners decide monthly
//! (arrive, idle, leave) on what the previous hours delivered; hours are the inner loop because shortages happen
//! at evening peaks and rationing is an hour-of-day rule.

mod adequacy;
pub mod checks;
mod coal;
mod demand;
pub mod dispatch;
mod miner_checks;
pub(crate) mod miners;
pub(crate) mod outcomes;
pub(crate) mod policy;
pub(crate) mod results;
mod step;
mod supply;

use crate::calendar::{self, Calendar, HOURS, MONTHS};
use crate::data::Inputs;
use crate::scenario::Scenario;
use coal::CoalStock;
use miners::{Cohort, Miners, MonthPlan, PerCohort, PerVintage, Vintage, WhitePrices};
pub use outcomes::{Headline, MonthlyField};
use policy::Policy;
pub use results::{Daily, Hourly, MonthRow, Results, Summary};
use step::{DayAcc, DayCtx, Hour, MonthAcc};

/// Version of the model's equations; shown on every chart and export so a figure can be traced to its model.
pub(crate) const MODEL_VERSION: &str = concat!("hashgrid model ", env!("CARGO_PKG_VERSION"));

pub fn run(s: &Scenario) -> Results {
    run_with(s, Inputs::get())
}

pub(crate) fn run_with(s: &Scenario, inputs: &Inputs) -> Results {
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
    let p = Policy::resolve(s, inputs);
    supply::build_into(inputs, &p, supply);
    nonmining.resize(HOURS, 0.0);
    demand::fill(inputs, &p, nonmining);
    out.hourly.ensure_len();
    out.daily.ensure_len();
    out.monthly.clear();
    let mut miners = Miners::new(inputs, &p);
    let mut coal = CoalStock::new(p.coal_stock_t);
    for m in 0..MONTHS {
        let fx = inputs.kzt_per_usd[m];
        let levy_mean_kzt = month_mean(&p.levy_kzt_kwh_by_day, m);
        let prices = WhitePrices {
            power_usd_mwh: month_mean(&p.white_price_usd_mwh_by_day, m),
            levy_usd_mwh: levy_mean_kzt * 1000.0 / fx,
        };
        let plan = miners.begin_month(inputs, &p, m, prices);
        let mut row = MonthRow {
            month: calendar::month_label(m),
            kzt_per_usd: fx,
            ..Default::default()
        };
        let mut acc = MonthAcc::default();
        let base = PerCohort([plan.requested(Cohort::White), plan.requested(Cohort::Gray)]);
        let env = MonthEnv {
            p: &p,
            inputs,
            supply,
            nonmining,
            base,
        };
        simulate_month(&env, m, &mut coal, out, &mut acc, &mut row);
        let hours = Calendar::get().hours_in_month(m) as f64;
        let served_share = PerCohort(Cohort::ALL.map(|c| {
            if acc.requested[c] > 0.0 {
                acc.served[c] / acc.requested[c]
            } else {
                1.0
            }
        }));
        miners.end_month(inputs, &p, m, served_share);
        finish_month(
            &mut row,
            &acc,
            &plan,
            hours,
            &out.hourly,
            miners.efficiency(),
            inputs.a.import_price_usd_mwh,
        );
        row.levy_kzt_per_kwh = levy_mean_kzt;
        miner_columns(&mut row, &miners, inputs, m, &p);
        row.coal_stock_mt = coal.stock_t / 1e6;
        out.monthly.push(row);
    }
    out.summary = summarise(&out.monthly, &out.daily, inputs);
    out.miners = miners.months;
}

/// Mean over the days of month `m` of a daily series (the levy, registered miners' power price).
fn month_mean(by_day: &[f64], m: usize) -> f64 {
    let cal = Calendar::get();
    let days = cal.month_first_day[m]..cal.month_first_day[m + 1];
    let n = days.len() as f64;
    days.map(|d| by_day[d]).sum::<f64>() / n
}

/// What every day of a month shares: the resolved policy, the inputs, the hourly supply and non-mining demand,
/// and the MW each miner cohort wants to run this month.
struct MonthEnv<'a> {
    p: &'a Policy,
    inputs: &'a Inputs,
    supply: &'a supply::Supply,
    nonmining: &'a [f64],
    base: PerCohort<f64>,
}

/// Every hour of month `m`, day by day.
fn simulate_month(
    env: &MonthEnv,
    m: usize,
    coal: &mut CoalStock,
    out: &mut Results,
    acc: &mut MonthAcc,
    row: &mut MonthRow,
) {
    let cal = Calendar::get();
    let MonthEnv {
        p,
        inputs,
        supply,
        nonmining,
        base,
    } = *env;
    let a = &inputs.a;
    let mut hours = [Hour::default(); 24];
    for d in cal.month_first_day[m]..cal.month_first_day[m + 1] {
        let (table, scale) = &supply.day_table[d];
        let ctx = DayCtx {
            p,
            a,
            supply,
            day_in: step::DayInputs::of(supply, nonmining, d),
            day: d,
            weekday: cal.weekday_of_day[d],
            table: table.scaled(*scale),
            import_limit: p.import_limit_by_day[d],
            coal_t_per_mwh: a.coal_t_per_mwh * a.coal_heat_uplift,
            base,
            white_off: (p.disconnect.0..p.disconnect.1).contains(&d)
                || (p.shutdown.0..p.shutdown.1).contains(&d)
                || d >= p.ban_day,
            all_off: (p.shutdown.0..p.shutdown.1).contains(&d),
            peak_cut: (p.peak_cut_days.0..p.peak_cut_days.1).contains(&d),
        };
        let (plan, coal_req) = dispatch_day(&ctx, coal, &mut hours);
        let mut day = DayAcc::default();
        day.coal_req = coal_req;
        for (hd, &hour) in hours.iter().enumerate() {
            step::add_hour(&ctx, d * 24 + hd, hour, &mut day, acc, row);
        }
        step::write_hours(&mut out.hourly, d, &hours);
        coal.end_day(a, plan, day.burn);
        row.coal_burn_mt += day.burn / 1e6;
        out.daily.import_limit_mw[d] = ctx.import_limit;
        step::finish_day(&mut out.daily, d, &day, coal.stock_t);
    }
}

/// A day's 24 hours. First with coal enough, which gives the day's coal requirement; when the stock and
/// deliveries allow less, again with coal output cut by the MW that burns exactly what is allowed.
fn dispatch_day(ctx: &DayCtx, coal: &CoalStock, hours: &mut [Hour; 24]) -> (coal::CoalDay, f64) {
    for (hd, h) in hours.iter_mut().enumerate() {
        *h = step::hour(ctx, hd, 0.0);
    }
    let req: f64 = hours.iter().map(|h| h.burn).sum();
    let plan = coal.plan(ctx.p, ctx.a, ctx.day, req);
    if plan.allowed < req {
        let span = ctx.day * 24..ctx.day * 24 + 24;
        let max_cut = span.map(|h| ctx.supply.thermal[h]).fold(0.0, f64::max);
        let burn = |cut: f64| (0..24).map(|hd| step::hour(ctx, hd, cut).burn).sum::<f64>();
        let cut = coal::solve_cut(plan.allowed, max_cut, burn);
        for (hd, h) in hours.iter_mut().enumerate() {
            *h = step::hour(ctx, hd, cut);
        }
    }
    (plan, req)
}

/// Energy, peak and served-mining columns of a finished month.
fn finish_month(
    row: &mut MonthRow,
    acc: &MonthAcc,
    plan: &MonthPlan,
    hours: f64,
    hr: &Hourly,
    eff: PerVintage<f64>,
    import_price_usd_mwh: f64,
) {
    row.demand_twh /= 1e6;
    row.import_bill_usd = row.imports_twh * import_price_usd_mwh;
    row.imports_twh /= 1e6;
    row.peak_demand_mw = acc.peak.0;
    row.available_mw_at_peak = hr.available[acc.peak.1];
    row.generation_mw_at_peak = hr.generation[acc.peak.1];
    row.white_mw = plan.capacity(Cohort::White);
    row.gray_mw = plan.capacity(Cohort::Gray);
    row.white_served_mw = acc.served[Cohort::White] / hours;
    row.gray_served_mw = acc.served[Cohort::Gray] / hours;
    row.mining_mw = row.white_served_mw + row.gray_served_mw;
    row.mining_twh = (acc.served[Cohort::White] + acc.served[Cohort::Gray]) / 1e6;
    row.levy_kzt = acc.levy_kzt;
    row.levy_usd = acc.levy_kzt / row.kzt_per_usd;
    // Hashrate: served MW of each vintage (in proportion to what it requested) over its J/TH.
    let mut ehs = 0.0;
    for c in Cohort::ALL {
        let r_old = plan.cap[(c, Vintage::Old)] * plan.running[(c, Vintage::Old)];
        let r_new = plan.cap[(c, Vintage::New)] * plan.running[(c, Vintage::New)];
        let tot = r_old + r_new;
        if tot > 0.0 {
            let mw = acc.served[c] / hours;
            ehs += mw * r_old / tot / eff[Vintage::Old] + mw * r_new / tot / eff[Vintage::New];
        }
    }
    row.kz_hashrate_ehs = ehs;
}

/// Hashrate share, exits and market columns of a finished month.
fn miner_columns(row: &mut MonthRow, miners: &Miners, inputs: &Inputs, m: usize, p: &Policy) {
    let mm = &miners.months[m];
    let rest_of_world = match inputs.cbeci_kz_ehs[m] {
        Some(kz) => inputs.world_ehs[m] - kz,
        None => inputs.world_ehs[m] * (1.0 - inputs.a.rest_of_world_share_after_cbeci),
    } * p.world_hash_mult;
    let ehs = row.kz_hashrate_ehs;
    row.kz_share_pct = 100.0 * ehs / (rest_of_world + ehs);
    row.recorded_kz_share_pct = inputs.cbeci_kz_share[m];
    let ex = mm.exits_cum;
    row.exodus_us_mw_cum = ex.us;
    row.exodus_russia_mw_cum = ex.russia;
    row.exodus_other_mw_cum = ex.other;
    row.retired_mw_cum = ex.retired;
    row.seized_mw_cum = ex.seized;
    row.exodus_mw_cum = ex.relocated();
    row.arrivals_mw = mm.arrivals_mw;
    row.refused_by_cap_mw = mm.refused_by_cap_mw;
    row.arrivals_registered_mw = mm.switches.arrivals_registered;
    row.switched_to_white_mw = mm.switches.to_white;
    row.switched_to_gray_mw = mm.switches.to_gray;
    row.registered_after_detection_mw = mm.switches.registered_after_detection;
    row.detected_gray_mw = mm.switches.detected;
    row.white_price_usd_mwh = mm.plan.white_price_usd_mwh;
    row.white_requested_mw = mm.plan.requested(Cohort::White);
    let cal = Calendar::get();
    let hours = cal.month_first_day[m] * 24..cal.month_first_day[m + 1] * 24;
    let auction_hours = hours.clone().filter(|&h| h >= p.auction_hour).count();
    row.auction_quota_mw = p.auction_quota_mw * auction_hours as f64 / hours.len() as f64;
    row.hashprice_usd_th_day = inputs.hashprice[m] * p.hashprice_mult;
    row.white_margin_usd_mwh = mm.white_margin_usd_mwh;
}

fn summarise(monthly: &[MonthRow], daily: &Daily, inputs: &Inputs) -> Summary {
    let shed_nm: f64 = daily.shed_nonmining_mwh.iter().sum();
    let shed_mn: f64 = daily.shed_miners_mwh.iter().sum();
    let last = monthly.last().cloned().unwrap_or_default();
    Summary {
        shed_nonmining_gwh: shed_nm / 1e3,
        shed_miners_gwh: shed_mn / 1e3,
        lole_nonmining_h: monthly.iter().map(|r| r.lole_nonmining_h).sum(),
        levy_kzt_bn: monthly.iter().map(|r| r.levy_kzt).sum::<f64>() / 1e9,
        levy_usd_m: monthly.iter().map(|r| r.levy_usd).sum::<f64>() / 1e6,
        peak_mining_mw: monthly.iter().map(|r| r.mining_mw).fold(0.0, f64::max),
        peak_kz_share_pct: monthly.iter().map(|r| r.kz_share_pct).fold(0.0, f64::max),
        exodus_mw: last.exodus_mw_cum,
        retired_mw: last.retired_mw_cum,
        seized_mw: last.seized_mw_cum,
        imports_twh: monthly.iter().map(|r| r.imports_twh).sum(),
        import_bill_usd_m: monthly.iter().map(|r| r.import_bill_usd).sum::<f64>() / 1e6,
        coal_shortfall_mt: daily
            .coal_req_t
            .iter()
            .zip(&daily.coal_burn_t)
            .map(|(r, b)| (r - b).max(0.0))
            .sum::<f64>()
            / 1e6,
        unserved_value_usd_m: shed_nm * inputs.a.voll_usd_mwh / 1e6,
        mining_twh: monthly.iter().map(|r| r.mining_twh).sum(),
    }
}
