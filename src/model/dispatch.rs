//! One hour of dispatch: serve what supply allows, import to the limit, shed the rest in the policy's order.

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

/// The segments the operator cuts when it cuts `g`: gray miners sit in industry's feeders and go with them.
pub(crate) fn members(g: PriorityGroup) -> &'static [Segment] {
    match g {
        PriorityGroup::WhiteMiners => &[Segment::WhiteMiners],
        PriorityGroup::Industry => &[Segment::Industry, Segment::GrayMiners],
        PriorityGroup::Households => &[Segment::Households],
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct HourOutcome {
    pub shed: PerSegment<f64>,
    pub imports: f64,
    pub generation: f64,
}

/// `available` is domestic capacity able to run; `reserve` is held back from it. When `ordered` is false the
/// shortage falls on all segments in proportion (before rationing rules existed).
#[inline(always)]
pub(crate) fn dispatch(
    req: PerSegment<f64>,
    available: f64,
    reserve: f64,
    import_limit: f64,
    ordered: bool,
    priority: [PriorityGroup; 3],
) -> HourOutcome {
    let total = req.total();
    let supply = (available - reserve).max(0.0);
    let deficit = total - supply;
    if deficit <= 0.0 {
        return HourOutcome {
            shed: PerSegment::default(),
            imports: 0.0,
            generation: total,
        };
    }
    let imports = deficit.min(import_limit.max(0.0));
    let mut short = deficit - imports;
    let mut shed = PerSegment::default();
    if short > 0.0 {
        if !ordered {
            let f = (short / total).min(1.0);
            for s in Segment::ALL {
                shed[s] = req[s] * f;
            }
        } else {
            for &g in &priority {
                if short <= 0.0 {
                    break;
                }
                let members = members(g);
                let group_load: f64 = members.iter().map(|&i| req[i]).sum();
                if group_load <= 0.0 {
                    continue;
                }
                let cut = short.min(group_load);
                let f = cut / group_load;
                for &i in members {
                    shed[i] = req[i] * f;
                }
                short -= cut;
            }
        }
    }
    let served: f64 = total - shed.total();
    HourOutcome {
        shed,
        imports,
        generation: (served - imports).max(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PriorityGroup::*;

    const ORDER: [PriorityGroup; 3] = [WhiteMiners, Industry, Households];

    #[test]
    fn miners_are_cut_first_when_ordered() {
        let o = dispatch(
            PerSegment([500.0, 300.0, 7000.0, 3000.0]),
            10_000.0,
            500.0,
            200.0,
            true,
            ORDER,
        );
        // deficit 1300, imports 200, short 1100: all 500 white, then 600 from industry+gray in proportion
        assert!((o.shed[Segment::WhiteMiners] - 500.0).abs() < 1e-9);
        assert!((o.shed[Segment::Industry] + o.shed[Segment::GrayMiners] - 600.0).abs() < 1e-9);
        assert_eq!(o.shed[Segment::Households], 0.0);
        assert!((o.imports - 200.0).abs() < 1e-9);
    }

    #[test]
    fn no_shortage_means_no_shedding_or_imports() {
        let o = dispatch(
            PerSegment([100.0, 100.0, 100.0, 100.0]),
            2000.0,
            500.0,
            600.0,
            true,
            ORDER,
        );
        assert_eq!(
            o,
            HourOutcome {
                shed: PerSegment::default(),
                imports: 0.0,
                generation: 400.0
            }
        );
    }
}
