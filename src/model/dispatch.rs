//! One hour of dispatch: serve what supply allows, import to the limit, shed the rest in the policy's order.

use super::adequacy::Scaled;
use crate::scenario::PriorityGroup;
use std::ops::{Index, IndexMut};

/// The four kinds of load the grid serves, each with its own request and shed series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    WhiteMiners,
    GrayMiners,
    Industry,
    Households,
}

impl Segment {
    pub const ALL: [Segment; 4] = [
        Segment::WhiteMiners,
        Segment::GrayMiners,
        Segment::Industry,
        Segment::Households,
    ];
}

/// One value per segment, indexed by [`Segment`] (so a miner cohort index can never be used by mistake).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PerSegment<T>(pub [T; 4]);

impl<T> Index<Segment> for PerSegment<T> {
    type Output = T;
    fn index(&self, s: Segment) -> &T {
        &self.0[s as usize]
    }
}

impl<T> IndexMut<Segment> for PerSegment<T> {
    fn index_mut(&mut self, s: Segment) -> &mut T {
        &mut self.0[s as usize]
    }
}

impl PerSegment<f64> {
    pub(crate) fn total(&self) -> f64 {
        self.0.iter().sum()
    }

    /// Registered plus gray miners.
    pub(crate) fn mining(&self) -> f64 {
        self[Segment::WhiteMiners] + self[Segment::GrayMiners]
    }

    /// Industry plus households.
    pub(crate) fn non_mining(&self) -> f64 {
        self[Segment::Industry] + self[Segment::Households]
    }
}

/// `x.min(y)`, `x.max(y)` and `x.clamp(lo, hi)` as plain comparisons, one `minsd`/`maxsd` each. The std
/// methods also define a NaN first operand's result, which costs three to five instructions; the hour loop
/// makes about fourteen of these an hour (~10 % of a run). Same values for every number (a NaN `x` gives
/// `y` in both; only a NaN `y`, which no caller passes, would differ), the sign of a zero result aside.
#[inline(always)]
pub(super) fn min(x: f64, y: f64) -> f64 {
    if x < y { x } else { y }
}

#[inline(always)]
pub(super) fn max(x: f64, y: f64) -> f64 {
    if x > y { x } else { y }
}

/// For `lo <= hi`, as `x.clamp(lo, hi)` (without its check of the bounds); a NaN `x` gives `lo`.
#[inline(always)]
pub(super) fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    min(max(x, lo), hi)
}

/// The segments the operator cuts when it cuts `g`: gray miners sit in industry's feeders and go with them.
#[inline(always)]
fn pair(g: PriorityGroup) -> (Segment, Option<Segment>) {
    match g {
        PriorityGroup::WhiteMiners => (Segment::WhiteMiners, None),
        PriorityGroup::Industry => (Segment::Industry, Some(Segment::GrayMiners)),
        PriorityGroup::Households => (Segment::Households, None),
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct HourOutcome {
    /// MW shed per segment (expected values in expected mode).
    pub shed: PerSegment<f64>,
    pub imports: f64,
    /// Domestic generation serving load, MW.
    pub generation: f64,
    /// Probability that any load is shed this hour.
    pub lolp: f64,
    /// Probability that households or industry are shed this hour.
    pub lolp_nonmining: f64,
}

/// What the hour has to work with. `margin` is thermal capacity (before forced outages) + renewables - the
/// reserve - the total request; the outage table says how much of the thermal capacity may be broken down.
#[derive(Clone, Copy)]
pub(crate) struct HourSupply<'a> {
    pub margin: f64,
    pub import_limit: f64,
    /// The day's outage table under its planned-maintenance factor.
    pub table: Scaled<'a>,
}

/// Dispatch by differences of `T(x) = E[(X - x)^+]`, X the outaged thermal MW: the hour is short by
/// `(X - margin)^+`; imports cover the first `import_limit` of it; the rest is shed, group by group in the
/// policy's order (`ordered`) or on everyone in proportion (before rationing rules existed). With a point
/// table (drawn mode) this is the plain deterministic dispatch.
#[inline(always)]
pub(crate) fn dispatch(
    req: PerSegment<f64>,
    hs: HourSupply,
    ordered: bool,
    priority: [PriorityGroup; 3],
) -> HourOutcome {
    let total = req.total();
    let f = |x: f64| hs.table.at(x);
    let m = hs.margin;
    let (t0, _) = f(m);
    if t0 <= 0.0 {
        return HourOutcome {
            generation: total,
            ..HourOutcome::default()
        };
    }
    // The shortfall can never exceed the load: imports first (at most the load), then shedding of at most
    // what is left of it.
    let limit = clamp(hs.import_limit, 0.0, total);
    let room = total - limit;
    let m1 = m + limit;
    let (t1, s1) = f(m1);
    let lolp = if room > 0.0 { s1 } else { 0.0 };
    let mut shed = PerSegment::default();
    let mut lolp_nonmining = lolp;
    if t1 <= 0.0 || room <= 0.0 {
        // imports cover every outcome: nothing is shed
        lolp_nonmining = 0.0;
    } else if ordered {
        // Each group's lookup also gives the chance that the shortfall reaches past it, which is the
        // chance that the next group is shed: households and industry need no lookup of their own.
        let (mut t_prev, mut s_prev, mut cum) = (t1, lolp, 0.0);
        let mut nonmining_seen = false;
        lolp_nonmining = 0.0;
        for &g in &priority {
            if t_prev <= 0.0 {
                // no outcome reaches this group (nor the ones after it)
                break;
            }
            let (a, b) = pair(g);
            let load = req[a] + b.map_or(0.0, |b| req[b]);
            if !nonmining_seen && g != PriorityGroup::WhiteMiners {
                nonmining_seen = true;
                lolp_nonmining = if cum >= room { 0.0 } else { s_prev };
            }
            if load <= 0.0 {
                continue;
            }
            cum = min(cum + load, room);
            let (t_next, s_next) = f(m1 + cum);
            let k = clamp(t_prev - t_next, 0.0, load) / load;
            // min: rounding must never shed more than a segment asked for
            shed[a] = min(k * req[a], req[a]);
            if let Some(b) = b {
                shed[b] = min(k * req[b], req[b]);
            }
            (t_prev, s_prev) = (t_next, s_next);
        }
    } else if total > 0.0 {
        let cut = clamp(t1 - f(m1 + room).0, 0.0, room);
        for s in Segment::ALL {
            shed[s] = min(cut * req[s] / total, req[s]);
        }
    }
    let imports = max(t0 - t1, 0.0);
    HourOutcome {
        shed,
        imports,
        generation: max(total - shed.total() - imports, 0.0),
        lolp,
        lolp_nonmining,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::adequacy::Table;
    use PriorityGroup::*;

    const ORDER: [PriorityGroup; 3] = [WhiteMiners, Industry, Households];

    /// The hour as the old deterministic dispatch saw it: available MW, reserve, import limit.
    fn point(
        req: PerSegment<f64>,
        available: f64,
        reserve: f64,
        limit: f64,
        ordered: bool,
    ) -> HourOutcome {
        let t = Table::point();
        let hs = HourSupply {
            margin: available - reserve - req.total(),
            import_limit: limit,
            table: t.scaled(1.0),
        };
        dispatch(req, hs, ordered, ORDER)
    }

    #[test]
    fn miners_are_cut_first_when_ordered() {
        let o = point(
            PerSegment([500.0, 300.0, 7000.0, 3000.0]),
            10_000.0,
            500.0,
            200.0,
            true,
        );
        // deficit 1300, imports 200, short 1100: all 500 white, then 600 from industry+gray in proportion
        assert!((o.shed[Segment::WhiteMiners] - 500.0).abs() < 1e-9);
        assert!((o.shed[Segment::Industry] + o.shed[Segment::GrayMiners] - 600.0).abs() < 1e-9);
        assert_eq!(o.shed[Segment::Households], 0.0);
        assert!((o.imports - 200.0).abs() < 1e-9);
        assert_eq!((o.lolp, o.lolp_nonmining), (1.0, 1.0));
    }

    #[test]
    fn no_shortage_means_no_shedding_or_imports() {
        let o = point(
            PerSegment([100.0, 100.0, 100.0, 100.0]),
            2000.0,
            500.0,
            600.0,
            true,
        );
        assert_eq!(
            o,
            HourOutcome {
                generation: 400.0,
                ..HourOutcome::default()
            }
        );
    }

    #[test]
    fn without_rationing_everyone_shares_the_cut() {
        let o = point(
            PerSegment([500.0, 500.0, 6000.0, 3000.0]),
            9500.0,
            500.0,
            0.0,
            false,
        );
        // short 1,000 of 10,000: each segment loses 10 %
        for s in Segment::ALL {
            assert!((o.shed[s] - 0.1 * [500.0, 500.0, 6000.0, 3000.0][s as usize]).abs() < 1e-9);
        }
    }

    #[test]
    fn only_white_miners_shed_leaves_households_and_industry_whole() {
        let o = point(
            PerSegment([800.0, 300.0, 7000.0, 3000.0]),
            11_000.0,
            500.0,
            0.0,
            true,
        );
        assert!((o.shed[Segment::WhiteMiners] - 600.0).abs() < 1e-9);
        assert_eq!(o.lolp, 1.0);
        assert_eq!(o.lolp_nonmining, 0.0);
    }
}
