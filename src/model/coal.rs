//! Coal at the power and heat plants: a stock in tonnes, deliveries as a share of what the fleet needs, and a
//! smooth cut of coal output when the stock nears its minimum.
//!
//! Each day the fleet's *requirement* is what its coal units would burn with coal enough (the day dispatched
//! without a coal limit). Outside the lever's window deliveries cover the requirement and rebuild a stock
//! below the norm; inside it they are the lever's share of the requirement. The plants may burn
//! `k x requirement`, where `k` blends what arrives with what the stock can still give:
//!
//! `k = min(1, D/R + (1 - D/R) s(u))`, `u = stock / (min_days x R)`, `s` = smoothstep (0 at an empty stock,
//! 1 from the minimum up). With `min_days >= 2` the stock can never go below zero (`s(u) <= 1.125 u`), and
//! deliveries that cover the requirement never cut anything, so a low stock alone changes nothing.

use super::policy::Policy;
use crate::data::Assumptions;

pub(super) struct CoalStock {
    pub stock_t: f64,
    /// Requirement averaged over about the restocking time, t/day: the norm the plants restock to. Against
    /// the day's own requirement a stock would ratchet up on every cold day and never come down.
    req_avg: f64,
}

/// A day's coal plan: what arrives and what the plants may burn, t.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct CoalDay {
    pub delivered: f64,
    pub allowed: f64,
    pub req: f64,
}

/// 3u^2 - 2u^3 on [0, 1]: a C1 step, so output falls smoothly as the stock runs down.
fn smoothstep(u: f64) -> f64 {
    let u = u.clamp(0.0, 1.0);
    u * u * (3.0 - 2.0 * u)
}

impl CoalStock {
    pub(super) fn new(stock_t: f64) -> CoalStock {
        CoalStock {
            stock_t,
            req_avg: f64::NAN,
        }
    }

    /// Deliveries and allowed burn on day `d` with requirement `req` t.
    pub(super) fn plan(&self, p: &Policy, a: &Assumptions, d: usize, req: f64) -> CoalDay {
        if req <= 0.0 {
            return CoalDay {
                delivered: 0.0,
                allowed: 0.0,
                req,
            };
        }
        let norm_ref = if self.req_avg.is_finite() {
            self.req_avg
        } else {
            req
        };
        let delivered = if (p.coal_window.0..p.coal_window.1).contains(&d) {
            p.coal_delivery * req
        } else {
            let restock =
                (a.coal_norm_days * norm_ref - self.stock_t).max(0.0) / a.coal_restock_days;
            (req + restock).min((1.0 + a.coal_rail_headroom) * req)
        };
        let share = (delivered / req).min(1.0);
        let u = self.stock_t / (p.coal_min_days * req);
        let k = (share + (1.0 - share) * smoothstep(u)).min(1.0);
        CoalDay {
            delivered,
            allowed: k * req,
            req,
        }
    }

    /// Books the day. The plan keeps burn within stock + deliveries; when every coal unit is already cut to
    /// nothing, rounding can leave a fraction of a tonne of burn (the solver's tolerance is 1 t), which the
    /// stock cannot give, so it ends at zero instead of a fraction of a tonne below.
    pub(super) fn end_day(&mut self, a: &Assumptions, day: CoalDay, burn: f64) {
        let next = self.stock_t + day.delivered - burn;
        debug_assert!(next > -1.0, "coal stock went {next} t below zero");
        self.stock_t = next.max(0.0);
        self.req_avg = if self.req_avg.is_finite() {
            self.req_avg + (day.req - self.req_avg) / a.coal_restock_days.max(1.0)
        } else {
            day.req
        };
    }
}

/// The smallest cut of coal MW (the same every hour of the day) with `burn(cut) <= target`, by the Illinois
/// variant of regula falsi on `[0, max_cut]`. `burn` falls as the cut grows; the answer is always on the
/// side that burns no more than allowed, so the stock never goes below what the plan allows.
pub(super) fn solve_cut(target: f64, max_cut: f64, mut burn: impl FnMut(f64) -> f64) -> f64 {
    let tol = (1e-4 * target).max(1.0);
    let (mut lo, mut hi) = (0.0, max_cut);
    let (mut f_lo, mut f_hi) = (burn(lo) - target, burn(hi) - target);
    if f_lo <= 0.0 {
        return 0.0;
    }
    if f_hi > 0.0 {
        return hi;
    }
    // The Illinois step halves the value kept at an end that stays put, so `f_hi` stops being the burn at
    // `hi`; the stopping test reads the true one. (Testing the halved value stopped the search with the
    // whole coal fleet cut for a day that was short by under a tonne: 154 GWh shed in one month.)
    let mut true_f_hi = f_hi;
    let mut side = 0;
    for _ in 0..100 {
        if f_lo - f_hi <= 0.0 || -true_f_hi <= tol {
            break;
        }
        let x = (hi - f_hi * (hi - lo) / (f_hi - f_lo)).clamp(lo, hi);
        // fall back to bisection when the secant lands on an end (flat stretches of burn)
        let x = if x <= lo || x >= hi {
            0.5 * (lo + hi)
        } else {
            x
        };
        let fx = burn(x) - target;
        if fx > 0.0 {
            lo = x;
            f_lo = fx;
            if side == -1 {
                f_hi *= 0.5;
            }
            side = -1;
        } else {
            hi = x;
            f_hi = fx;
            true_f_hi = fx;
            if side == 1 {
                f_lo *= 0.5;
            }
            side = 1;
        }
        if hi - lo < 1e-6 {
            break;
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smoothstep_is_a_c1_step() {
        assert_eq!(smoothstep(-1.0), 0.0);
        assert_eq!(smoothstep(0.0), 0.0);
        assert_eq!(smoothstep(1.0), 1.0);
        assert_eq!(smoothstep(2.0), 1.0);
        assert!((smoothstep(0.5) - 0.5).abs() < 1e-12);
        // the bound that keeps the stock non-negative
        for i in 1..=1000 {
            let u = i as f64 / 1000.0;
            assert!(smoothstep(u) <= 1.125 * u + 1e-12);
        }
    }

    #[test]
    fn solve_cut_finds_the_cut_that_burns_the_target() {
        // burn flat for the first 300 MW of cut (spare capacity), then falling 24 t per MW
        let burn = |c: f64| 100_000.0 - 24.0 * (c - 300.0).max(0.0);
        let cut = solve_cut(76_000.0, 10_000.0, burn);
        assert!(burn(cut) <= 76_000.0);
        assert!(burn(cut) >= 76_000.0 - 8.0, "{cut} burns {}", burn(cut));
        assert_eq!(solve_cut(200_000.0, 10_000.0, burn), 0.0);
    }

    #[test]
    fn a_day_short_by_under_a_tonne_gets_a_cut_of_a_fraction_of_a_mw() {
        // spare capacity: the first 300 MW of cut burn nothing less; the day is 0.4 t over what is allowed
        let burn = |c: f64| 100_000.0 - 24.0 * (c - 300.0).max(0.0);
        let target = 100_000.0 - 0.4;
        let cut = solve_cut(target, 15_000.0, burn);
        assert!(burn(cut) <= target, "{cut} burns {}", burn(cut));
        assert!(cut < 301.0, "cut {cut} MW for a 0.4 t shortfall");
    }
}
