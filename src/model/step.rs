//! The inside of a run: one hour of requests and dispatch, and the day and month accumulators that turn
//! hours into the daily chart series and the monthly rows. Kept apart from `run` so each piece is small
//! enough to read, and so the order of every sum stays fixed (runs are compared to the last bit).

use super::dispatch::{self, HourOutcome, PerSegment, Segment};
use super::miners::{Cohort, PerCohort};
use super::policy::Policy;
use super::results::{Daily, Hourly, MonthRow};
use super::supply::Supply;
use crate::data::Assumptions;

/// What stays fixed across the hours of a day.
pub(super) struct DayCtx<'a> {
    pub p: &'a Policy,
    pub a: &'a Assumptions,
    pub supply: &'a Supply,
    pub nonmining: &'a [f64],
    pub day: usize,
    pub weekday: u8,
    /// Coal units' output factor from the coal stock (1 = no shortage of coal).
    pub coal_factor: f64,
    /// MW each cohort wants to run this month.
    pub base: PerCohort<f64>,
    /// Registered miners are off all day (blanket disconnection, internet shutdown, ban).
    pub white_off: bool,
    /// All miners are offline all day (internet shutdown).
    pub all_off: bool,
}

impl DayCtx<'_> {
    /// What each segment asks for in hour `hd` of the day, after the rules that switch miners off.
    #[inline(always)]
    fn requests(&self, h: usize, hd: usize) -> PerSegment<f64> {
        let p = self.p;
        let mut white = self.base[Cohort::White];
        if self.white_off || !p.hours_rule_allows(self.day, hd, self.weekday) {
            white = 0.0;
        }
        if h >= p.miner_limit_hour {
            white = white.min(p.miner_limit_mw);
        }
        let gray = if self.all_off {
            0.0
        } else {
            self.base[Cohort::Gray]
        };
        let hh = self.nonmining[h] * self.a.households_share;
        let ind = self.nonmining[h] - hh;
        PerSegment([white, gray, ind, hh])
    }
}

/// What one dispatched hour adds to the day's and the month's sums.
pub(super) struct Hour {
    req: PerSegment<f64>,
    o: HourOutcome,
    /// Coal burnt, t.
    burn: f64,
}

/// One hour's dispatch, written into the hourly series.
#[inline(always)]
pub(super) fn hour(c: &DayCtx, hd: usize, hr: &mut Hourly) -> Hour {
    let p = c.p;
    let h = c.day * 24 + hd;
    let req = c.requests(h, hd);
    let coal_h = c.supply.coal[h] * c.coal_factor;
    let gas_h = c.supply.gas[h];
    let ren_h = c.supply.renewables[h];
    let avail = coal_h + gas_h + ren_h;
    let o = dispatch::dispatch(
        req,
        avail,
        p.reserve_mw,
        p.import_limit_mw,
        h >= p.rationing_hour,
        p.priority,
    );
    for s in Segment::ALL {
        hr.req[s][h] = req[s];
        hr.shed[s][h] = o.shed[s];
    }
    hr.available[h] = avail;
    hr.imports[h] = o.imports;
    hr.generation[h] = o.generation;
    let thermal = (o.generation - ren_h).max(0.0);
    let coal_share = if coal_h + gas_h > 0.0 {
        coal_h / (coal_h + gas_h)
    } else {
        0.0
    };
    Hour {
        req,
        o,
        burn: thermal * coal_share * c.a.coal_t_per_mwh,
    }
}

/// Sums over one day's hours.
pub(super) struct DayAcc {
    pub burn: f64,
    max: f64,
    min: f64,
    sum: f64,
    peak_avail: f64,
    mining: f64,
    shed_nonmining: f64,
    shed_miners: f64,
    imports: f64,
}

impl Default for DayAcc {
    fn default() -> Self {
        DayAcc {
            burn: 0.0,
            max: 0.0,
            min: f64::MAX,
            sum: 0.0,
            peak_avail: 0.0,
            mining: 0.0,
            shed_nonmining: 0.0,
            shed_miners: 0.0,
            imports: 0.0,
        }
    }
}

/// Sums over one month's hours.
#[derive(Default)]
pub(super) struct MonthAcc {
    /// MWh each cohort wanted to run (before rules), and MWh it was served.
    pub requested: PerCohort<f64>,
    pub served: PerCohort<f64>,
    pub levy_kzt: f64,
    /// Highest total request and its hour.
    pub peak: (f64, usize),
}

/// Adds one dispatched hour to the day's, the month's and the monthly row's sums.
#[inline(always)]
pub(super) fn add_hour(
    c: &DayCtx,
    h: usize,
    Hour { req, o, burn }: Hour,
    day: &mut DayAcc,
    month: &mut MonthAcc,
    row: &mut MonthRow,
) {
    day.burn += burn;
    let total = req.total();
    let served_white = req[Segment::WhiteMiners] - o.shed[Segment::WhiteMiners];
    let served_gray = req[Segment::GrayMiners] - o.shed[Segment::GrayMiners];
    // Uptime is judged against what miners wanted to run, not against what rules let them request.
    month.requested[Cohort::White] += c.base[Cohort::White];
    month.requested[Cohort::Gray] += c.base[Cohort::Gray];
    month.served[Cohort::White] += served_white;
    month.served[Cohort::Gray] += served_gray;
    month.levy_kzt += served_white * c.p.levy_kzt_kwh_by_day[c.day] * 1000.0;
    let shed_nm = o.shed.non_mining();
    let shed_mn = o.shed.mining();
    row.demand_twh += total;
    row.shed_mwh += shed_nm + shed_mn;
    row.shed_nonmining_mwh += shed_nm;
    if shed_nm + shed_mn > 1e-9 {
        row.shed_hours += 1;
    }
    row.imports_twh += o.imports;
    if total > month.peak.0 {
        month.peak = (total, h);
    }
    day.sum += total;
    if total > day.max {
        day.max = total;
        // Recomputed on the rare hour that sets a new daily maximum: carrying it out of `hour` for every
        // hour cost 3 % of the run's instructions.
        day.peak_avail =
            c.supply.coal[h] * c.coal_factor + c.supply.gas[h] + c.supply.renewables[h];
    }
    day.min = day.min.min(total);
    day.mining += served_white + served_gray;
    day.shed_nonmining += shed_nm;
    day.shed_miners += shed_mn;
    day.imports += o.imports;
}

/// Writes a finished day into the daily chart series.
pub(super) fn finish_day(daily: &mut Daily, d: usize, acc: &DayAcc, coal_stock_t: f64) {
    daily.demand_mean[d] = acc.sum / 24.0;
    daily.demand_max[d] = acc.max;
    daily.demand_min[d] = acc.min;
    daily.available_at_peak[d] = acc.peak_avail;
    daily.mining_served_mean[d] = acc.mining / 24.0;
    daily.shed_nonmining_mwh[d] = acc.shed_nonmining;
    daily.shed_miners_mwh[d] = acc.shed_miners;
    daily.imports_mwh[d] = acc.imports;
    daily.coal_stock_mt[d] = coal_stock_t / 1e6;
}
