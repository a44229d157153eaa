//! The inside of a run: one hour of requests and dispatch, and the day and month accumulators that turn
//! hours into the daily chart series and the monthly rows. Kept apart from `run` so each piece is small
//! enough to read, and so the order of every sum stays fixed (runs are compared to the last bit).

use super::adequacy::Scaled;
use super::dispatch::{self, HourOutcome, HourSupply, PerSegment, Segment};
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
    /// The day's 24 hours of each hourly input, as fixed-size arrays so the hour loop needs no bounds checks.
    pub day_in: DayInputs<'a>,
    pub day: usize,
    pub weekday: u8,
    /// The day's outage table under its planned-maintenance factor.
    pub table: Scaled<'a>,
    /// Most MW imports can supply in an hour today.
    pub import_limit: f64,
    /// Coal burnt per MWh of coal-fired electricity, heat plants' coal included, t.
    pub coal_t_per_mwh: f64,
    /// MW each cohort wants to run this month.
    pub base: PerCohort<f64>,
    /// Registered miners are off all day (blanket disconnection, internet shutdown, ban).
    pub white_off: bool,
    /// All miners are offline all day (internet shutdown).
    pub all_off: bool,
    /// The dated peak-hour cuts of registered miners apply today.
    pub peak_cut: bool,
}

/// One day of the hourly inputs.
#[derive(Clone, Copy)]
pub(super) struct DayInputs<'a> {
    pub nonmining: &'a [f64; 24],
    pub thermal: &'a [f64; 24],
    pub gas: &'a [f64; 24],
    pub renewables: &'a [f64; 24],
}

impl<'a> DayInputs<'a> {
    pub(super) fn of(supply: &'a Supply, nonmining: &'a [f64], day: usize) -> DayInputs<'a> {
        let day24 = |v: &'a [f64]| -> &'a [f64; 24] {
            v[day * 24..day * 24 + 24]
                .try_into()
                .expect("a day has 24 hours")
        };
        DayInputs {
            nonmining: day24(nonmining),
            thermal: day24(&supply.thermal),
            gas: day24(&supply.gas),
            renewables: day24(&supply.renewables),
        }
    }
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
        if h >= p.auction_hour {
            white = white.min(p.auction_quota_mw);
        }
        if self.peak_cut && p.peak_hours[hd] {
            white *= 1.0 - p.peak_cut_share;
        }
        let gray = if self.all_off {
            0.0
        } else {
            self.base[Cohort::Gray]
        };
        let nm = self.day_in.nonmining[hd];
        let hh = nm * self.a.households_share;
        let ind = nm - hh;
        PerSegment([white, gray, ind, hh])
    }
}

/// One dispatched hour: what it adds to the series and sums.
#[derive(Clone, Copy, Default)]
pub(super) struct Hour {
    req: PerSegment<f64>,
    o: HourOutcome,
    /// Coal burnt, t.
    pub burn: f64,
    /// Expected domestic MW able to run (thermal up + renewables).
    avail: f64,
}

/// One hour's dispatch with the coal units' output cut by `coal_cut` MW (0 unless coal is short).
/// Gas runs first (it ran at ~80 % capacity factor while coal followed load), so coal burn is what thermal
/// output needs beyond the gas available.
#[inline(always)]
pub(super) fn hour(c: &DayCtx, hd: usize, coal_cut: f64) -> Hour {
    let p = c.p;
    let h = c.day * 24 + hd;
    let req = c.requests(h, hd);
    let gas = c.day_in.gas[hd];
    let full = c.day_in.thermal[hd];
    // The cut can take at most the coal capacity expected to be up (capacity less the expected outaged MW,
    // less the gas that runs first): cutting more would count broken coal units twice, once in the table
    // and once in the cut, and idle gas that the account treats as running.
    let thermal = full - coal_cut.min((full - gas - c.table.mean()).max(0.0));
    let ren = c.day_in.renewables[hd];
    let hs = HourSupply {
        margin: thermal + ren - p.reserve_mw - req.total(),
        import_limit: c.import_limit,
        table: c.table,
    };
    let o = dispatch::dispatch(req, hs, h >= p.rationing_hour, p.priority);
    let coal_gen = (o.generation - ren - gas).max(0.0);
    Hour {
        req,
        o,
        burn: coal_gen * c.coal_t_per_mwh,
        avail: thermal - c.table.mean() + ren,
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
    /// Coal the day would have burnt with no shortage of coal, t.
    pub coal_req: f64,
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
            coal_req: 0.0,
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
    Hour {
        req,
        o,
        burn,
        avail,
    }: Hour,
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
    row.shed_hours += o.lolp;
    row.lole_nonmining_h += o.lolp_nonmining;
    row.imports_twh += o.imports;
    if total > month.peak.0 {
        month.peak = (total, h);
    }
    day.sum += total;
    if total > day.max {
        day.max = total;
        day.peak_avail = avail;
    }
    day.min = day.min.min(total);
    day.mining += served_white + served_gray;
    day.shed_nonmining += shed_nm;
    day.shed_miners += shed_mn;
    day.imports += o.imports;
}

/// Writes a day's dispatched hours into the hourly series, one series at a time over a fixed 24-hour slice
/// (no bounds check per hour).
pub(super) fn write_hours(hr: &mut Hourly, d: usize, hours: &[Hour; 24]) {
    let span = d * 24..d * 24 + 24;
    let put = |v: &mut [f64], f: &dyn Fn(&Hour) -> f64| {
        let dst: &mut [f64; 24] = (&mut v[span.clone()])
            .try_into()
            .expect("a day has 24 hours");
        for (x, h) in dst.iter_mut().zip(hours) {
            *x = f(h);
        }
    };
    for s in Segment::ALL {
        put(&mut hr.req[s], &|h| h.req[s]);
        put(&mut hr.shed[s], &|h| h.o.shed[s]);
    }
    put(&mut hr.available, &|h| h.avail);
    put(&mut hr.imports, &|h| h.o.imports);
    put(&mut hr.generation, &|h| h.o.generation);
}

/// Writes a finished day into the daily chart series.
pub(super) fn finish_day(daily: &mut Daily, d: usize, acc: &DayAcc, coal_stock_t: f64) {
    daily.coal_burn_t[d] = acc.burn;
    daily.coal_req_t[d] = acc.coal_req;
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
