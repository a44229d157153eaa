//! Mining capacity in Kazakhstan, month by month: who arrives, who registers, who runs, who leaves.
//!
//! Two cohorts, white (registered) and gray (unregistered), each split into old rigs (S9-class) and new rigs
//! (S19-class), so that rising costs first idle and then retire the old machines while the new ones relocate.
//! Decisions use the margin per MW-hour of installed capacity, which is what rationing erodes: a rig that may
//! run only half the hours earns half the revenue but still pays its rent.

use super::policy::Policy;
use crate::calendar::{self, MONTHS};
use crate::data::Inputs;
use std::ops::{Index, IndexMut};

/// Registered ("white") miners pay the tariff and the levy and obey the grid operator's limits; gray miners
/// pay a commercial price, escape both, and risk being found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Cohort {
    White,
    Gray,
}

/// Old rigs (S9-class, ~98 J/TH) idle and retire first; new rigs (S19-class) relocate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Vintage {
    Old,
    New,
}

impl Cohort {
    pub(crate) const ALL: [Cohort; 2] = [Cohort::White, Cohort::Gray];
}

impl Vintage {
    pub(crate) const ALL: [Vintage; 2] = [Vintage::Old, Vintage::New];
}

macro_rules! indexed_by {
    ($(#[$m:meta])* $name:ident, $key:ty) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq)]
        pub struct $name<T>(pub [T; 2]);

        impl<T> Index<$key> for $name<T> {
            type Output = T;
            fn index(&self, k: $key) -> &T {
                &self.0[k as usize]
            }
        }

        impl<T> IndexMut<$key> for $name<T> {
            fn index_mut(&mut self, k: $key) -> &mut T {
                &mut self.0[k as usize]
            }
        }
    };
}

indexed_by!(
    /// One value per cohort.
    PerCohort, Cohort
);
indexed_by!(
    /// One value per rig vintage.
    PerVintage, Vintage
);

/// A value per cohort and vintage: `cap[(Cohort::Gray, Vintage::New)]`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fleet(pub PerCohort<PerVintage<f64>>);

impl Index<(Cohort, Vintage)> for Fleet {
    type Output = f64;
    fn index(&self, (c, v): (Cohort, Vintage)) -> &f64 {
        &self.0[c][v]
    }
}

impl IndexMut<(Cohort, Vintage)> for Fleet {
    fn index_mut(&mut self, (c, v): (Cohort, Vintage)) -> &mut f64 {
        &mut self.0[c][v]
    }
}

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

/// What the month's dispatch needs from the miner model.
#[derive(Clone, Copy, Debug, Default)]
pub struct MonthPlan {
    /// Capacity by cohort and vintage, MW.
    pub cap: Fleet,
    /// Share of each sub-cohort that chooses to run this month (economic idling).
    pub running: Fleet,
    /// Revenue per MWh of each vintage, USD.
    pub revenue: PerVintage<f64>,
    /// Levy in USD/MWh averaged over the month (for margins).
    pub levy_usd_mwh: f64,
}

impl MonthPlan {
    /// MW of cohort `c` that wants to run (installed x running share, both vintages).
    pub(crate) fn requested(&self, c: Cohort) -> f64 {
        Vintage::ALL
            .iter()
            .map(|&v| self.cap[(c, v)] * self.running[(c, v)])
            .sum()
    }

    pub(crate) fn capacity(&self, c: Cohort) -> f64 {
        self.cap[(c, Vintage::Old)] + self.cap[(c, Vintage::New)]
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

pub(crate) struct Miners {
    cap: Fleet,
    old_share: f64,
    eff: PerVintage<f64>,
    pipeline: Vec<f64>,
    /// Capacity displaced from China that looks for a home in each month (share of the pool).
    pool_release: [f64; MONTHS],
    new_white_since_cap: f64,
    exits: Exits,
    gap_prev: Fleet,
    last_home_new: f64,
    last_alt_new: f64,
    pub months: Vec<MinerMonth>,
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

impl Miners {
    pub(crate) fn new(inputs: &Inputs, p: &Policy) -> Miners {
        let a = &inputs.a;
        // Share of MW in old rigs that makes the mix's hashrate-weighted efficiency equal the fleet lever.
        let inv = |e: f64| 1.0 / e;
        let old_share = ((inv(p.fleet_efficiency) - inv(a.eff_new_j_th))
            / (inv(a.eff_old_j_th) - inv(a.eff_new_j_th)))
        .clamp(0.0, 1.0);
        let m0 = p.initial_mining_mw;
        let white = m0 * a.initial_white_share;
        let gray = m0 - white;
        let split = |mw: f64| PerVintage([mw * old_share, mw * (1.0 - old_share)]);
        let mut pool_release = [0.0; MONTHS];
        for (month, share) in [
            (5, a.pool_release_2021_05),
            (6, a.pool_release_2021_06),
            (7, a.pool_release_2021_07),
            (8, a.pool_release_2021_08),
            (9, a.pool_release_2021_09),
        ] {
            pool_release[calendar::month_of(2021, month)] = share;
        }
        Miners {
            cap: Fleet(PerCohort([split(white), split(gray)])),
            old_share,
            eff: PerVintage([a.eff_old_j_th, a.eff_new_j_th]),
            pipeline: vec![0.0; MONTHS + 2],
            pool_release,
            new_white_since_cap: 0.0,
            exits: Exits::default(),
            gap_prev: Fleet::default(),
            last_home_new: 1.0,
            last_alt_new: 1.0,
            months: Vec::with_capacity(MONTHS),
        }
    }

    /// J/TH of each vintage.
    pub(crate) fn efficiency(&self) -> PerVintage<f64> {
        self.eff
    }

    /// Revenue per MWh of each vintage: hashprice (USD per TH/s per day) over the rig's energy per TH.
    fn revenue(&self, inputs: &Inputs, p: &Policy, m: usize) -> PerVintage<f64> {
        let hp = inputs.hashprice[m] * p.btc_mult;
        PerVintage(Vintage::ALL.map(|v| hp * 1e6 / (24.0 * self.eff[v])))
    }

    fn marginal_cost(inputs: &Inputs, p: &Policy, c: Cohort, levy_usd: f64) -> f64 {
        let a = &inputs.a;
        match c {
            Cohort::White => p.miner_tariff_usd_mwh + levy_usd + a.miner_opex_usd_mwh,
            Cohort::Gray => a.gray_price_usd_kwh * 1000.0 + a.miner_opex_usd_mwh,
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
    pub(crate) fn begin_month(
        &mut self,
        inputs: &Inputs,
        p: &Policy,
        m: usize,
        levy_usd_mwh: f64,
    ) -> MonthPlan {
        let a = &inputs.a;
        let rev = self.revenue(inputs, p, m);

        // Capacity displaced from China this month: Kazakhstan's share rises with its margin against abroad.
        let release = self.pool_release[m];
        if release > 0.0 && p.china_pool_mw > 0.0 {
            let rel = if self.last_alt_new > 0.0 {
                (self.last_home_new / self.last_alt_new).clamp(0.0, a.pool_kz_margin_ratio_max)
            } else {
                a.pool_kz_margin_ratio_max
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
        for (c, add) in [(Cohort::White, white_add), (Cohort::Gray, gray_add)] {
            self.cap[(c, Vintage::Old)] += add * self.old_share;
            self.cap[(c, Vintage::New)] += add * (1.0 - self.old_share);
        }

        let mut running = Fleet::default();
        for c in Cohort::ALL {
            let cost = Self::marginal_cost(inputs, p, c, levy_usd_mwh);
            for v in Vintage::ALL {
                running[(c, v)] = logistic((rev[v] - cost) / a.running_spread_usd_mwh);
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
    pub(crate) fn end_month(
        &mut self,
        inputs: &Inputs,
        p: &Policy,
        m: usize,
        served_share: PerCohort<f64>,
    ) {
        let a = &inputs.a;
        let plan = self.months[m].plan;
        let rev = plan.revenue;
        let mut home_new_white = 0.0;
        let mut alt_new = 0.0;
        for c in Cohort::ALL {
            let cost = Self::marginal_cost(inputs, p, c, plan.levy_usd_mwh);
            for v in Vintage::ALL {
                let uptime = plan.running[(c, v)] * served_share[c];
                let home = uptime * (rev[v] - cost) - a.miner_fixed_usd_mwh;
                let alt = Self::alt_margin(inputs, rev[v]);
                if (c, v) == (Cohort::White, Vintage::New) {
                    home_new_white = home;
                    alt_new = alt;
                }
                let gap_now = (alt.max(0.0) - home) / rev[v].max(1.0);
                // This month's gap and last month's, weighed: one bad week does not empty a farm.
                let w = a.exit_gap_weight_current;
                let gap = w * gap_now + (1.0 - w) * self.gap_prev[(c, v)];
                self.gap_prev[(c, v)] = gap_now;
                let frac = a.exit_max_per_month * (a.exit_sensitivity * gap).clamp(0.0, 1.0);
                let leaving = self.cap[(c, v)] * frac;
                self.cap[(c, v)] -= leaving;
                if alt > 0.0 {
                    self.exits.us += leaving * p.dest_us;
                    self.exits.russia += leaving * p.dest_russia;
                    self.exits.other += leaving * (1.0 - p.dest_us - p.dest_russia);
                } else {
                    self.exits.retired += leaving;
                }
            }
        }

        // Enforcement against gray capacity; part of what is found registers.
        let rate = if m >= p.crackdown_month || m >= p.ban_month {
            p.crackdown_rate
        } else {
            p.gray_enforcement
        };
        for v in Vintage::ALL {
            let found = self.cap[(Cohort::Gray, v)] * rate;
            self.cap[(Cohort::Gray, v)] -= found;
            self.cap[(Cohort::White, v)] += found * a.register_share_detected;
            self.exits.seized += found * (1.0 - a.register_share_detected);
        }

        // New capacity ordered for next month when new rigs pay well at the uptime just seen.
        let cost_white = Self::marginal_cost(inputs, p, Cohort::White, plan.levy_usd_mwh);
        let expected_uptime = served_share[Cohort::White];
        let ratio = rev[Vintage::New] * expected_uptime / cost_white.max(1.0);
        let f = ((ratio - a.invest_ratio_start) / (a.invest_ratio_full - a.invest_ratio_start))
            .clamp(0.0, 1.0);
        if m + 1 < self.pipeline.len() && m + 1 < p.ban_month {
            self.pipeline[m + 1] += a.invest_max_mw_month * f;
        }

        self.last_home_new = home_new_white.max(0.0);
        self.last_alt_new = alt_new;
        let rec = &mut self.months[m];
        rec.exits_cum = self.exits;
        rec.white_margin_usd_mwh = home_new_white;
        rec.white_served_share = served_share[Cohort::White];
    }
}
