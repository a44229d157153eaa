//! One month of the miner model: arrivals land and choose a status, each sub-cohort decides how much to run,
//! and after the month's dispatch enforcement finds gray farms and the worst-placed capacity leaves.

use super::choice::{self, Inflow, Margins, Rule};
use super::{
    Cohort, Exits, Fleet, MinerMonth, MonthPlan, PerCohort, PerVintage, Switches, Vintage, logistic,
};
use crate::calendar::{self, Calendar, MONTHS};
use crate::data::Inputs;
use crate::model::policy::Policy;

/// What registered miners pay in a month, averaged over its days.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WhitePrices {
    pub power_usd_mwh: f64,
    pub levy_usd_mwh: f64,
}

/// What a month showed the miners: the plan they ran, what registered power cost, how much was served.
#[derive(Clone, Copy)]
struct Seen<'a> {
    plan: &'a MonthPlan,
    prices: WhitePrices,
    served_share: PerCohort<f64>,
}

pub(crate) struct Miners {
    cap: Fleet,
    /// Share of MW in old rigs at the start (set by the fleet-efficiency lever).
    old_share: f64,
    eff: PerVintage<f64>,
    pipeline: Vec<f64>,
    /// Capacity displaced from China that looks for a home in each month (share of the pool).
    pool_release: [f64; MONTHS],
    /// Registered MW the cap still admits (from the cap's start).
    cap_room: f64,
    exits: Exits,
    gap_prev: Fleet,
    last_home_new: f64,
    last_alt_new: f64,
    /// Served share of each cohort's requested energy last month: the uptime miners expect.
    served_prev: PerCohort<f64>,
    /// Detected gray capacity that registers next month (if the cap admits it).
    detected_registering: PerVintage<f64>,
    pub months: Vec<MinerMonth>,
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
            cap_room: p.cap_new_mw,
            exits: Exits::default(),
            gap_prev: Fleet::default(),
            last_home_new: 1.0,
            last_alt_new: 1.0,
            served_prev: PerCohort([1.0, 1.0]),
            detected_registering: PerVintage::default(),
            months: Vec::with_capacity(MONTHS),
        }
    }

    /// J/TH of each vintage.
    pub(crate) fn efficiency(&self) -> PerVintage<f64> {
        self.eff
    }

    /// Revenue per MWh of each vintage: hashprice (USD per TH/s per day) over the rig's energy per TH.
    fn revenue(&self, inputs: &Inputs, p: &Policy, m: usize) -> PerVintage<f64> {
        let hp = inputs.hashprice[m] * p.hashprice_mult;
        PerVintage(Vintage::ALL.map(|v| hp * 1e6 / (24.0 * self.eff[v])))
    }

    fn marginal_cost(inputs: &Inputs, c: Cohort, prices: WhitePrices) -> f64 {
        let a = &inputs.a;
        match c {
            Cohort::White => prices.power_usd_mwh + prices.levy_usd_mwh + a.miner_opex_usd_mwh,
            Cohort::Gray => {
                a.gray_price_usd_kwh * 1000.0 * (1.0 - a.gray_price_discount) + a.miner_opex_usd_mwh
            }
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

    /// Share of gray capacity enforcement finds in month `m` (the raid week adds to the crackdown's month).
    fn detection(p: &Policy, m: usize) -> f64 {
        if m >= p.crackdown_month || m >= p.ban_month {
            let raid = if m == p.crackdown_month { p.raid } else { 0.0 };
            1.0 - (1.0 - p.crackdown_rate) * (1.0 - raid)
        } else {
            p.gray_enforcement
        }
    }

    /// Expected loss of a gray MW per MWh of capacity from being found and seized, USD. Rigs are worth what
    /// they earn: their value is the 2022 valuation scaled by this month's hashprice over 2022's mean.
    fn seizure_cost(inputs: &Inputs, p: &Policy, m: usize) -> f64 {
        let a = &inputs.a;
        let seized = (1.0 - a.register_share_detected - a.leave_share_detected).max(0.0);
        let hours = Calendar::get().hours_in_month(m) as f64;
        let y2022 = calendar::month_of(2022, 1)..calendar::month_of(2022, 12) + 1;
        let mean_2022 = inputs.hashprice[y2022].iter().sum::<f64>() / 12.0;
        let value = a.rig_value_usd_mw * inputs.hashprice[m] * p.hashprice_mult / mean_2022;
        Self::detection(p, m) * seized * value / hours
    }

    /// Margins of each status at the uptime seen last month.
    fn margins(
        &self,
        inputs: &Inputs,
        p: &Policy,
        m: usize,
        rev: PerVintage<f64>,
        running: &Fleet,
        prices: WhitePrices,
    ) -> Margins {
        let fixed = inputs.a.miner_fixed_usd_mwh;
        let mut out = Margins::default();
        for v in Vintage::ALL {
            let home = |c: Cohort| {
                let cost = Self::marginal_cost(inputs, c, prices);
                running[(c, v)] * self.served_prev[c] * (rev[v] - cost) - fixed
            };
            out.white[v] = home(Cohort::White);
            out.gray[v] = home(Cohort::Gray) - Self::seizure_cost(inputs, p, m);
            out.alt[v] = Self::alt_margin(inputs, rev[v]);
        }
        out
    }

    /// Share of arriving MW in new rigs this month (`arrival_vintage.csv`; before its first row, the fleet's).
    fn arrival_new_share(&self, inputs: &Inputs, m: usize) -> f64 {
        let first = calendar::date_of_day(Calendar::get().month_first_day[m]);
        inputs
            .arrival_vintage
            .iter()
            .rev()
            .find(|(from, _)| *from <= first)
            .map_or(1.0 - self.old_share, |s| s.1)
    }

    /// Capacity displaced from China this month: Kazakhstan's share rises with its margin against abroad.
    fn release_pool(&mut self, inputs: &Inputs, p: &Policy, m: usize) {
        let a = &inputs.a;
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
    }

    fn rule(inputs: &Inputs, p: &Policy, m: usize) -> Rule {
        let a = &inputs.a;
        if p.miner_choice {
            Rule::Logit {
                sigma: a.choice_sigma_usd_mwh,
                barrier: a.register_barrier_usd_mwh,
                reconsider: a.choice_reconsider_per_month,
                rush_gap: a.choice_rush_gap_usd_mwh,
                relicense: m == p.licensing_month,
            }
        } else {
            Rule::Fixed {
                white_share: 1.0 - a.gray_share_new,
                refused_to_gray: a.gray_overflow_share,
            }
        }
    }

    /// Starts month `m`: lands arrivals, lets capacity choose its status, and decides who runs.
    pub(crate) fn begin_month(
        &mut self,
        inputs: &Inputs,
        p: &Policy,
        m: usize,
        prices: WhitePrices,
    ) -> MonthPlan {
        let a = &inputs.a;
        let rev = self.revenue(inputs, p, m);
        self.release_pool(inputs, p, m);
        if m >= p.ban_month {
            self.pipeline[m] = 0.0;
        }
        let arrivals = self.pipeline[m];
        let new_share = self.arrival_new_share(inputs, m);
        let mut running = Fleet::default();
        for c in Cohort::ALL {
            let cost = Self::marginal_cost(inputs, c, prices);
            for v in Vintage::ALL {
                running[(c, v)] = logistic((rev[v] - cost) / a.running_spread_usd_mwh);
            }
        }
        let inflow = Inflow {
            arrivals: PerVintage([arrivals * (1.0 - new_share), arrivals * new_share]),
            detected_registering: std::mem::take(&mut self.detected_registering),
        };
        let margins = self.margins(inputs, p, m, rev, &running, prices);
        let room = (m >= p.cap_month).then_some(&mut self.cap_room);
        let chosen = choice::apply(
            &mut self.cap,
            &margins,
            Self::rule(inputs, p, m),
            &inflow,
            room,
        );
        for v in Vintage::ALL {
            self.exits.leave(
                chosen.detected_refused[v],
                margins.alt[v],
                p.dest_us,
                p.dest_russia,
            );
        }
        let plan = MonthPlan {
            cap: self.cap,
            running,
            revenue: rev,
            levy_usd_mwh: prices.levy_usd_mwh,
            white_price_usd_mwh: prices.power_usd_mwh,
        };
        self.months.push(MinerMonth {
            plan,
            arrivals_mw: arrivals,
            refused_by_cap_mw: chosen.refused_by_cap,
            switches: Switches {
                arrivals_registered: chosen.arrivals_registered,
                to_white: chosen.to_white,
                to_gray: chosen.to_gray,
                registered_after_detection: chosen.registered_after_detection,
                detected: 0.0,
            },
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
        let plan = self.months[m].plan;
        let prices = WhitePrices {
            power_usd_mwh: plan.white_price_usd_mwh,
            levy_usd_mwh: plan.levy_usd_mwh,
        };
        let seen = Seen {
            plan: &plan,
            prices,
            served_share,
        };
        let (home_new_white, alt_new) = self.exit(inputs, p, m, &seen);
        let detected = self.detect(inputs, p, m);
        self.invest(inputs, p, m, &seen);
        self.served_prev = served_share;
        self.last_home_new = home_new_white.max(0.0);
        self.last_alt_new = alt_new;
        let rec = &mut self.months[m];
        rec.exits_cum = self.exits;
        rec.switches.detected = detected;
        rec.white_margin_usd_mwh = home_new_white;
        rec.white_served_share = served_share[Cohort::White];
    }

    /// Capacity whose margin at home falls behind its margin abroad leaves; returns the new registered rig's
    /// margin at home and abroad (for next month's share of the China pool).
    fn exit(&mut self, inputs: &Inputs, p: &Policy, m: usize, seen: &Seen) -> (f64, f64) {
        let Seen {
            plan,
            prices,
            served_share,
        } = *seen;
        let a = &inputs.a;
        let rev = plan.revenue;
        let mut home_new_white = 0.0;
        let mut alt_new = 0.0;
        for c in Cohort::ALL {
            let cost = Self::marginal_cost(inputs, c, prices);
            let risk = match c {
                Cohort::White => 0.0,
                Cohort::Gray => Self::seizure_cost(inputs, p, m),
            };
            for v in Vintage::ALL {
                let uptime = plan.running[(c, v)] * served_share[c];
                let home = uptime * (rev[v] - cost) - a.miner_fixed_usd_mwh - risk;
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
                self.exits.leave(leaving, alt, p.dest_us, p.dest_russia);
            }
        }
        (home_new_white, alt_new)
    }

    /// Enforcement against gray capacity: of what is found, part registers next month (if the cap admits
    /// it), part leaves, the rest is seized. Returns the MW found.
    fn detect(&mut self, inputs: &Inputs, p: &Policy, m: usize) -> f64 {
        let a = &inputs.a;
        let rate = Self::detection(p, m);
        let seized = (1.0 - a.register_share_detected - a.leave_share_detected).max(0.0);
        let mut total = 0.0;
        for v in Vintage::ALL {
            let found = self.cap[(Cohort::Gray, v)] * rate;
            total += found;
            self.cap[(Cohort::Gray, v)] -= found;
            self.detected_registering[v] += found * a.register_share_detected;
            let alt = Self::alt_margin(inputs, self.months[m].plan.revenue[v]);
            self.exits.leave(
                found * a.leave_share_detected,
                alt,
                p.dest_us,
                p.dest_russia,
            );
            self.exits.seized += found * seized;
        }
        total
    }

    /// New capacity ordered for next month when new rigs pay well at the uptime just seen.
    fn invest(&mut self, inputs: &Inputs, p: &Policy, m: usize, seen: &Seen) {
        let a = &inputs.a;
        let cost_white = Self::marginal_cost(inputs, Cohort::White, seen.prices);
        let expected_uptime = seen.served_share[Cohort::White];
        let ratio = seen.plan.revenue[Vintage::New] * expected_uptime / cost_white.max(1.0);
        let f = ((ratio - a.invest_ratio_start) / (a.invest_ratio_full - a.invest_ratio_start))
            .clamp(0.0, 1.0);
        if m + 1 < self.pipeline.len() && m + 1 < p.ban_month {
            self.pipeline[m + 1] += a.invest_max_mw_month * f;
        }
    }
}
