//! Expected shortages by the standard adequacy method: the capacity-outage probability table (COPT).
//!
//! Shortage is a convex function of available capacity, so running every unit at its mean availability
//! understates the expected shortfall (Jensen's inequality); in 2021-22, when margins were a few hundred MW,
//! about fourfold. The table gives, for the fleet's two-state units, the distribution of outaged capacity X
//! on a grid; two suffix sums turn every hour's expectation into one lookup:
//!
//! * `S(x) = P(X > x)`: the probability that the hour is short when its margin is `x` (LOLP);
//! * `T(x) = E[(X - x)^+]`: the expected MW short at margin `x` (expected unserved energy for the hour).
//!
//! Segment shedding in priority order, imports up to a limit and expected generation are all differences of
//! `T` at shifted margins (see `dispatch::dispatch`). A table with all its mass at zero is a point: then
//! `T(x) = max(0, -x)` and the same dispatch gives one drawn history's exact dispatch, so both outage modes
//! share one code path.

use std::cell::RefCell;
use std::rc::Rc;

/// A class of identical two-state units: `n` units of `mw` each, every one down with probability `q`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Class {
    pub n: u32,
    pub mw: f64,
    pub q: f64,
}

/// Probability mass below which a term is dropped (far below anything a GWh figure can show).
const TINY: f64 = 1e-15;
/// Total probability of the outaged-capacity tail the table leaves out.
const TAIL: f64 = 1e-12;

/// The outaged-capacity distribution of a set of classes on a grid of `step` MW, as suffix sums.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Table {
    step: f64,
    /// `(T_j, S_j)` for bins j = 0..J; `T_J = S_J = 0` at the last bin.
    ts: Vec<(f64, f64)>,
    /// E[X], MW: `T(x) = mean - x` for every negative margin.
    mean: f64,
}

impl Table {
    /// No outages possible: all mass at zero. With it, dispatch is the plain deterministic dispatch.
    pub(crate) fn point() -> Table {
        Table {
            step: 1.0,
            ts: vec![(0.0, 0.0)],
            mean: 0.0,
        }
    }

    /// Builds the table by unit addition, one class at a time. Each unit count's mass is split between the
    /// two grid points around its capacity so that E[X] stays exact (a mean-preserving spread).
    pub(crate) fn build(classes: &[Class], step: f64) -> Table {
        let mut p = vec![1.0];
        for c in classes
            .iter()
            .filter(|c| c.n > 0 && c.mw > 0.0 && c.q > 0.0)
        {
            let class = class_pmf(c, step);
            let mut next = vec![0.0; p.len() + class.len() - 1];
            for (i, &a) in p.iter().enumerate() {
                if a < TINY {
                    continue;
                }
                for (j, &b) in class.iter().enumerate() {
                    next[i + j] += a * b;
                }
            }
            p = next;
        }
        // Cut the far tail (below TAIL in total): it changes no expectation by more than TAIL x its width,
        // a few nanowatt-hours, and a shorter table lets more hours stop at the first lookup.
        let mut tail = 0.0;
        while p.len() > 1 && tail + p[p.len() - 1] < TAIL {
            tail += p.pop().unwrap_or(0.0);
        }
        let last = p.len() - 1;
        let mut ts = vec![(0.0, 0.0); p.len()];
        for j in (0..last).rev() {
            let s = ts[j + 1].1 + p[j + 1];
            ts[j] = (ts[j + 1].0 + step * s, s);
        }
        let mean = ts[0].0;
        Table { step, ts, mean }
    }

    /// Expected outaged MW.
    #[cfg(test)]
    fn mean(&self) -> f64 {
        self.mean
    }

    /// `(T(x), S(x))` at margin `x` MW.
    #[cfg(test)]
    fn at(&self, x: f64) -> (f64, f64) {
        self.scaled(1.0).at(x)
    }

    /// The table for the fleet scaled by `m` (planned maintenance scales every unit and so X):
    /// `T_m(x) = m T(x / m)`, `S_m(x) = S(x / m)`. The divisions are done here, once a day.
    pub(crate) fn scaled(&self, m: f64) -> Scaled<'_> {
        Scaled {
            table: self,
            k: 1.0 / (m * self.step),
            m,
            m_step: m * self.step,
        }
    }
}

/// A table under a planned-maintenance factor, ready for the hour's lookups.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scaled<'a> {
    table: &'a Table,
    /// 1 / (m x step): margin MW to grid bins.
    k: f64,
    m: f64,
    m_step: f64,
}

impl Scaled<'_> {
    /// Expected outaged MW.
    pub(crate) fn mean(&self) -> f64 {
        self.m * self.table.mean
    }

    /// `(T(x), S(x))` at margin `x` MW. `T` is linear on each bin with slope `-S`, so one bin gives both.
    #[inline(always)]
    pub(crate) fn at(&self, x: f64) -> (f64, f64) {
        if x < 0.0 {
            return (self.m * self.table.mean - x, 1.0);
        }
        let u = x * self.k;
        // Through i64, not usize: f64 <-> u64 conversions take a dozen instructions each on x86-64 (no
        // unsigned conversion instruction), i64 one or a few, and this is the hot loop's most frequent line.
        // `u` is not negative here (or NaN, which becomes bin 0 both ways; beyond i64, no bin both ways).
        let j = u as i64;
        match self.table.ts.get(j as usize) {
            Some(&(t, s)) => (self.m * t - self.m_step * s * (u - j as f64), s),
            None => (0.0, 0.0),
        }
    }
}

/// Binomial distribution of one class's outaged MW on the grid.
fn class_pmf(c: &Class, step: f64) -> Vec<f64> {
    let n = c.n as usize;
    let top = (n as f64 * c.mw / step).floor() as usize + 2;
    let mut out = vec![0.0; top];
    let mut put = |x: f64, mass: f64| {
        let j = x.floor() as usize;
        let f = x - j as f64;
        out[j] += mass * (1.0 - f);
        out[j + 1] += mass * f;
    };
    if c.q >= 1.0 {
        // every unit down: all mass at n units
        put(n as f64 * c.mw / step, 1.0);
    } else {
        // B_k = C(n, k) q^k (1-q)^(n-k), by the ratio B_(k+1) / B_k = (n-k)/(k+1) * q/(1-q).
        let mut b = (1.0 - c.q).powi(n as i32);
        let ratio = c.q / (1.0 - c.q);
        for k in 0..=n {
            if k > 0 {
                b *= (n - k + 1) as f64 / k as f64 * ratio;
            }
            put(k as f64 * c.mw / step, b);
        }
    }
    while out.len() > 1 && out[out.len() - 1] == 0.0 {
        out.pop();
    }
    out
}

/// A run needs a handful of tables (one per year and count of units out); moving a lever that does not touch
/// the fleet or its outage rates builds none. Keyed by the classes and the grid step, compared exactly.
type CacheEntry = (Vec<Class>, u64, Rc<Table>);

thread_local! {
    static CACHE: RefCell<Vec<CacheEntry>> = const { RefCell::new(Vec::new()) };
}

/// Most tables kept per thread (an ensemble draws a new outage rate every run, so the cache must not grow).
const CACHE_SIZE: usize = 32;

/// The table for `classes`, from the cache when it was built before on this thread.
pub(crate) fn table(classes: &[Class], step: f64) -> Rc<Table> {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(i) = c
            .iter()
            .position(|(k, s, _)| *s == step.to_bits() && k.as_slice() == classes)
        {
            let e = c.remove(i);
            let t = e.2.clone();
            c.push(e);
            return t;
        }
        let t = Rc::new(Table::build(classes, step));
        if c.len() >= CACHE_SIZE {
            c.remove(0);
        }
        c.push((classes.to_vec(), step.to_bits(), t.clone()));
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exact T and S by enumerating every up/down state of a few units.
    fn brute(units: &[(f64, f64)], x: f64) -> (f64, f64) {
        let n = units.len();
        let (mut t, mut s) = (0.0, 0.0);
        for mask in 0..(1u32 << n) {
            let mut p = 1.0;
            let mut out = 0.0;
            for (i, &(mw, q)) in units.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    p *= q;
                    out += mw;
                } else {
                    p *= 1.0 - q;
                }
            }
            t += p * (out - x).max(0.0);
            if out > x + 1e-9 {
                s += p;
            }
        }
        (t, s)
    }

    fn classes(units: &[(f64, f64)]) -> Vec<Class> {
        units.iter().map(|&(mw, q)| Class { n: 1, mw, q }).collect()
    }

    #[test]
    fn on_grid_units_match_enumeration_exactly() {
        let units = [
            (500.0, 0.1),
            (500.0, 0.2),
            (200.0, 0.05),
            (100.0, 0.3),
            (100.0, 0.3),
        ];
        let t = Table::build(&classes(&units), 50.0);
        for i in 0..20 {
            let x = -200.0 + i as f64 * 90.0;
            let (bt, bs) = brute(&units, x);
            let (mt, ms) = t.at(x);
            assert!((bt - mt).abs() < 1e-12, "T({x}) {mt} vs {bt}");
            // S is a step function on the lattice: exact at and between grid points for on-grid units
            assert!((bs - ms).abs() < 1e-12, "S({x}) {ms} vs {bs}");
        }
    }

    #[test]
    fn off_grid_units_overstate_t_by_at_most_half_a_step_per_unit_rate() {
        let units = [(177.7, 0.1), (500.0, 0.2), (333.3, 0.05), (123.4, 0.3)];
        let step = 50.0;
        let t = Table::build(&classes(&units), step);
        let bound = step / 2.0 * units.iter().map(|u| u.1).sum::<f64>();
        for i in 0..40 {
            let x = -100.0 + i as f64 * 31.0;
            let exact = brute(&units, x).0;
            let got = t.at(x).0;
            assert!(got >= exact - 1e-12, "T({x}) {got} below exact {exact}");
            assert!(got <= exact + bound, "T({x}) {got} too far above {exact}");
        }
        let mean: f64 = units.iter().map(|u| u.0 * u.1).sum();
        assert!((t.mean() - mean).abs() < 1e-9);
    }

    #[test]
    fn a_class_of_identical_units_equals_the_units_one_by_one() {
        let one = Table::build(
            &[Class {
                n: 6,
                mw: 250.0,
                q: 0.12,
            }],
            25.0,
        );
        let many = Table::build(&classes(&[(250.0, 0.12); 6]), 25.0);
        for x in [-50.0, 0.0, 100.0, 260.0, 740.0, 1200.0] {
            let (a, b) = (one.at(x), many.at(x));
            assert!((a.0 - b.0).abs() < 1e-12 && (a.1 - b.1).abs() < 1e-12);
        }
    }

    #[test]
    fn point_table_is_the_deterministic_dispatch() {
        let p = Table::point();
        assert_eq!(p.at(-120.0), (120.0, 1.0));
        assert_eq!(p.at(0.0), (0.0, 0.0));
        assert_eq!(p.at(55.0), (0.0, 0.0));
    }

    #[test]
    fn scaling_by_maintenance_scales_the_outaged_capacity() {
        let c = [Class {
            n: 3,
            mw: 400.0,
            q: 0.2,
        }];
        let full = Table::build(&c, 25.0);
        let scaled = Table::build(
            &[Class {
                n: 3,
                mw: 300.0,
                q: 0.2,
            }],
            25.0,
        );
        for x in [-10.0, 0.0, 300.0, 640.0, 900.0] {
            let (a, b) = (full.scaled(0.75).at(x), scaled.at(x));
            assert!((a.0 - b.0).abs() < 1e-9, "{x}: {a:?} {b:?}");
            assert!((a.1 - b.1).abs() < 1e-9, "{x}: {a:?} {b:?}");
        }
    }

    #[test]
    fn cache_returns_the_same_table_for_the_same_classes() {
        let c = [Class {
            n: 4,
            mw: 100.0,
            q: 0.07,
        }];
        let a = table(&c, 25.0);
        let b = table(&c, 25.0);
        assert!(Rc::ptr_eq(&a, &b));
    }
}
