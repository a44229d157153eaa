//! Mining capacity in Kazakhstan, month by month: who arrives, who registers, who runs, who leaves.
//!
//! Two cohorts, white (registered) and gray (unregistered), each split into old rigs (S9-class) and new rigs
//! (S19-class), so that rising costs first idle and then retire the old machines while the new ones relocate.
//! Decisions use the margin per MW-hour of installed capacity, which is what rationing erodes: a rig that may
//! run only half the hours earns half the revenue but still pays its rent.

use super::calendar::MONTHS;
use super::policy::Policy;
use crate::data::Inputs;

pub const OLD: usize = 0;
pub const NEW: usize = 1;
pub const WHITE: usize = 0;
pub const GRAY: usize = 1;

/// Where capacity that leaves goes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Exits {
    pub us: f64,
    pub russia: f64,
    pub other: f64,
    /// Retired or abandoned in place (rigs not worth moving).
    pub retired: f64,
    /// Gray capacity found and shut by enforcement.
    pub seized: f64,
}

impl Exits {
    pub fn total(&self) -> f64 {
        self.us + self.russia + self.other + self.retired + self.seized
    }
}

/// What the month's dispatch needs from the miner model.
#[derive(Clone, Copy, Debug, Default)]
pub struct MonthPlan {
    /// Capacity by [cohort][vintage], MW.
    pub cap: [[f64; 2]; 2],
    /// Share of each sub-cohort that chooses to run this month (economic idling).
    pub running: [[f64; 2]; 2],
    /// Revenue per MWh of each vintage, USD.
    pub revenue: [f64; 2],
    /// Levy in USD/MWh averaged over the month (for margins).
    pub levy_usd_mwh: f64,
}

impl MonthPlan {
    pub fn requested(&self, c: usize) -> f64 {
        self.cap[c][OLD] * self.running[c][OLD] + self.cap[c][NEW] * self.running[c][NEW]
    }

    pub fn capacity(&self, c: usize) -> f64 {
        self.cap[c][OLD] + self.cap[c][NEW]
    }
}

/// Per-month record for outputs and charts.
#[derive(Clone, Copy, Debug, Default)]
pub struct MinerMonth {
    pub plan: MonthPlan,
    pub arrivals_mw: f64,
    pub refused_by_cap_mw: f64,
    pub exits_cum: Exits,
    /// Margin of a new registered rig per MWh of capacity, USD (after realised uptime).
    pub white_margin_usd_mwh: f64,
    /// Fraction of requested white-miner energy actually served.
    pub white_served_share: f64,
}

pub struct Miners {
    cap: [[f64; 2]; 2],
    old_share: f64,
    eff: [f64; 2],
    pipeline: Vec<f64>,
    new_white_since_cap: f64,
    exits: Exits,
    gap_prev: [[f64; 2]; 2],
    last_uptime: [f64; 2],
    last_home_new: f64,
    last_alt_new: f64,
    pub months: Vec<MinerMonth>,
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

impl Miners {
    pub fn new(inputs: &Inputs, p: &Policy) -> Miners {
        let a = &inputs.a;
        // Share of MW in old rigs that makes the mix's hashrate-weighted efficiency equal the fleet lever.
        let inv = |e: f64| 1.0 / e;
        let old_share = ((inv(p.fleet_efficiency) - inv(a.eff_new_j_th))
            / (inv(a.eff_old_j_th) - inv(a.eff_new_j_th)))
        .clamp(0.0, 1.0);
        let m0 = p.initial_mining_mw;
        let white = m0 * a.initial_white_share;
        let gray = m0 - white;
        Miners {
            cap: [
                [white * old_share, white * (1.0 - old_share)],
                [gray * old_share, gray * (1.0 - old_share)],
            ],
            old_share,
            eff: [a.eff_old_j_th, a.eff_new_j_th],
            pipeline: vec![0.0; MONTHS + 2],
            new_white_since_cap: 0.0,
            exits: Exits::default(),
            gap_prev: [[0.0; 2]; 2],
            last_uptime: [1.0, 1.0],
            last_home_new: 1.0,
            last_alt_new: 1.0,
            months: Vec::with_capacity(MONTHS),
        }
    }

    pub fn efficiency(&self) -> [f64; 2] {
        self.eff
    }

    fn revenue(&self, inputs: &Inputs, p: &Policy, m: usize) -> [f64; 2] {
        let hp = inputs.hashprice[m] * p.btc_mult;
        [
            hp * 1e6 / (24.0 * self.eff[OLD]),
            hp * 1e6 / (24.0 * self.eff[NEW]),
        ]
    }

    fn marginal_cost(inputs: &Inputs, p: &Policy, c: usize, levy_usd: f64) -> f64 {
        let a = &inputs.a;
        if c == WHITE {
            p.miner_tariff_usd_mwh + levy_usd + a.miner_opex_usd_mwh
        } else {
            a.gray_price_usd_kwh * 1000.0 + a.miner_opex_usd_mwh
        }
    }

    /// Margin per MWh of capacity at a destination abroad, net of the amortised cost of moving there.
    fn alt_margin(inputs: &Inputs, revenue: f64) -> f64 {
        let a = &inputs.a;
        let run = (revenue - a.alt_price_usd_kwh * 1000.0 - a.miner_opex_usd_mwh).max(0.0);
        a.alt_uptime * run
            - a.miner_fixed_usd_mwh
            - revenue * a.relocation_downtime_months / a.relocation_amortisation_months
    }

    /// Starts month `m`: lands arrivals (split by the cap and the gray share) and decides who runs.
    pub fn begin_month(
        &mut self,
        inputs: &Inputs,
        p: &Policy,
        m: usize,
        levy_usd_mwh: f64,
    ) -> MonthPlan {
        let a = &inputs.a;
        let rev = self.revenue(inputs, p, m);

        // Capacity displaced from China this month: Kazakhstan's share rises with its margin against abroad.
        let release = match crate::model::calendar::month_label(m).as_str() {
            "2021-05" => a.pool_release_2021_05,
            "2021-06" => a.pool_release_2021_06,
            "2021-07" => a.pool_release_2021_07,
            "2021-08" => a.pool_release_2021_08,
            "2021-09" => a.pool_release_2021_09,
            _ => 0.0,
        };
        if release > 0.0 && p.china_pool_mw > 0.0 {
            let rel = if self.last_alt_new > 0.0 {
                (self.last_home_new / self.last_alt_new).clamp(0.0, 2.0)
            } else {
                2.0
            };
            let kz = p.china_pool_mw * release * (a.pool_kz_base_share * rel).min(1.0);
            self.pipeline[m] += kz * a.arrival_same_month;
            self.pipeline[m + 1] += kz * (1.0 - a.arrival_same_month);
        }

        if m >= p.ban_month {
            self.pipeline[m] = 0.0;
        }
        let arrivals = self.pipeline[m];
        let mut white_add = arrivals * (1.0 - a.gray_share_new);
        let mut gray_add = arrivals * a.gray_share_new;
        let mut refused = 0.0;
        if m >= p.cap_month {
            let room = (p.cap_new_mw - self.new_white_since_cap).max(0.0);
            let over = (white_add - room).max(0.0);
            white_add -= over;
            gray_add += over * a.gray_overflow_share;
            refused = over * (1.0 - a.gray_overflow_share);
            self.new_white_since_cap += white_add;
        }
        for (c, add) in [(WHITE, white_add), (GRAY, gray_add)] {
            self.cap[c][OLD] += add * self.old_share;
            self.cap[c][NEW] += add * (1.0 - self.old_share);
        }

        let mut running = [[0.0; 2]; 2];
        for (c, row) in running.iter_mut().enumerate() {
            let cost = Self::marginal_cost(inputs, p, c, levy_usd_mwh);
            for v in [OLD, NEW] {
                row[v] = logistic((rev[v] - cost) / a.running_spread_usd_mwh);
            }
        }
        let plan = MonthPlan {
            cap: self.cap,
            running,
            revenue: rev,
            levy_usd_mwh,
        };
        self.months.push(MinerMonth {
            plan,
            arrivals_mw: arrivals,
            refused_by_cap_mw: refused,
            ..Default::default()
        });
        plan
    }

    /// Ends month `m` given the share of requested energy each cohort was actually served.
    pub fn end_month(&mut self, inputs: &Inputs, p: &Policy, m: usize, served_share: [f64; 2]) {
        let a = &inputs.a;
        let plan = self.months[m].plan;
        let rev = plan.revenue;
        let mut home_new_white = 0.0;
        let mut alt_new = 0.0;
        for c in [WHITE, GRAY] {
            let cost = Self::marginal_cost(inputs, p, c, plan.levy_usd_mwh);
            let mut leave_total = [0.0; 2];
            for v in [OLD, NEW] {
                let uptime = plan.running[c][v] * served_share[c];
                let home = uptime * (rev[v] - cost) - a.miner_fixed_usd_mwh;
                let alt = Self::alt_margin(inputs, rev[v]);
                if c == WHITE && v == NEW {
                    home_new_white = home;
                    alt_new = alt;
                }
                let gap_now = (alt.max(0.0) - home) / rev[v].max(1.0);
                // Half this month, half last: one bad week does not empty a farm.
                let gap = 0.5 * (gap_now + self.gap_prev[c][v]);
                self.gap_prev[c][v] = gap_now;
                let frac = a.exit_max_per_month * (a.exit_sensitivity * gap).clamp(0.0, 1.0);
                let leaving = self.cap[c][v] * frac;
                self.cap[c][v] -= leaving;
                if alt > 0.0 {
                    self.exits.us += leaving * p.dest_us;
                    self.exits.russia += leaving * p.dest_russia;
                    self.exits.other += leaving * (1.0 - p.dest_us - p.dest_russia);
                } else {
                    self.exits.retired += leaving;
                }
                leave_total[v] = leaving;
            }
            let _ = leave_total;
        }

        // Enforcement against gray capacity; part of what is found registers.
        let rate = if m >= p.crackdown_month || m >= p.ban_month {
            p.crackdown_rate
        } else {
            p.gray_enforcement
        };
        for v in [OLD, NEW] {
            let found = self.cap[GRAY][v] * rate;
            self.cap[GRAY][v] -= found;
            self.cap[WHITE][v] += found * a.register_share_detected;
            self.exits.seized += found * (1.0 - a.register_share_detected);
        }

        // New capacity ordered for next month when new rigs pay well at the uptime just seen.
        let cost_white = Self::marginal_cost(inputs, p, WHITE, plan.levy_usd_mwh);
        let expected_uptime = served_share[WHITE];
        let ratio = rev[NEW] * expected_uptime / cost_white.max(1.0);
        let f = ((ratio - a.invest_ratio_start) / (a.invest_ratio_full - a.invest_ratio_start))
            .clamp(0.0, 1.0);
        if m + 1 < self.pipeline.len() && m + 1 < p.ban_month {
            self.pipeline[m + 1] += a.invest_max_mw_month * f;
        }

        self.last_uptime = served_share;
        self.last_home_new = home_new_white.max(0.0);
        self.last_alt_new = alt_new;
        let rec = &mut self.months[m];
        rec.exits_cum = self.exits;
        rec.white_margin_usd_mwh = home_new_white;
        rec.white_served_share = served_share[WHITE];
    }
}
