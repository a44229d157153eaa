//! The uncertain inputs, declared once beside the levers. Each is drawn around the scenario's own value (a
//! multiplier or an offset), so when a slider moves the bands move with it instead of snapping back to the
//! documented case. Ranges are written as they apply at the history preset's values, with their sources.

use super::{L, Scenario, Value};
use crate::data::Assumptions;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Dist {
    /// value x factor, factor triangular on [lo, hi] with mode 1.
    ScaleTriangular { lo: f64, hi: f64 },
    /// value x factor, factor uniform on [lo, hi].
    ScaleUniform { lo: f64, hi: f64 },
    /// value + offset, offset triangular on [lo, hi] with mode 0.
    ShiftTriangular { lo: f64, hi: f64 },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Target {
    Lever(L),
    /// A row of `assets/assumptions.csv`, by id.
    Assumption(&'static str),
}

#[derive(Debug)]
pub(crate) struct UncertainDecl {
    pub id: &'static str,
    pub label: &'static str,
    pub target: Target,
    pub dist: Dist,
    /// The range in the input's own unit at the history preset, for people.
    pub range_text: &'static str,
    pub source: &'static str,
}

pub(crate) static UNCERTAIN: &[UncertainDecl] = &[
    UncertainDecl {
        id: "register_barrier",
        label: "Cost of registering (miners' choice)",
        target: Target::Assumption("register_barrier_usd_mwh"),
        dist: Dist::ScaleTriangular { lo: 0.7, hi: 1.3 },
        range_text: "20-36 USD/MWh of capacity (gray ~690-1,130 MW in Nov 2021)",
        source: "Calibrated to the late-2021 split; official gray estimates span 340-1,200 MW (Energy Minister, NABDC, President)",
    },
    UncertainDecl {
        id: "choice_sigma",
        label: "Spread of miners' circumstances (choice scale)",
        target: Target::Assumption("choice_sigma_usd_mwh"),
        dist: Dist::ScaleTriangular { lo: 0.5, hi: 2.0 },
        range_text: "5-20 USD/MWh",
        source: "Assumption; hosted power prices spanned 15 USD/MWh (HASHR8, Dec 2020)",
    },
    UncertainDecl {
        id: "rush_gap",
        label: "Margin gap at which miners switch status at once",
        target: Target::Assumption("choice_rush_gap_usd_mwh"),
        dist: Dist::ScaleUniform { lo: 0.64, hi: 1.36 },
        range_text: "80-170 USD/MWh",
        source: "Assumption bounded by the record: at 75 or less the 2021-22 history breaks; above ~170 a status would cost twice a new rig's revenue",
    },
    UncertainDecl {
        id: "gray_price_discount",
        label: "Gray miners' saving on the commercial price",
        target: Target::Assumption("gray_price_discount"),
        dist: Dist::ScaleUniform { lo: 0.0, hi: 3.0 },
        range_text: "0-30 % (theft and local deals)",
        source: "Assumption; theft documented only anecdotally (Rest of World, Mar 2022)",
    },
    UncertainDecl {
        id: "levy_rows",
        label: "Progressive levy rows not found in the enacted table",
        target: Target::Assumption("levy_row_shift"),
        dist: Dist::ShiftTriangular { lo: -1.0, hi: 1.0 },
        range_text: "each missing row across its range in levy_progressive_2023.csv (e.g. 15-20 KZT: 3-10 KZT/kWh)",
        source: "Only the 1 and 25 KZT/kWh end rows of Law 135-VII were found (docs/research/issue-9-miners-regime.md 1.2)",
    },
    UncertainDecl {
        id: "auction_floor",
        label: "Auction floor price (2023)",
        target: Target::Lever(L::AuctionFloorKzt),
        dist: Dist::ScaleTriangular { lo: 0.75, hi: 1.25 },
        range_text: "15-25 KZT/kWh",
        source: "Highest generator price cap of the zone, not found; anchors 18-20 KZT/kWh (2022) and 26-46 KZT/kWh imports",
    },
    UncertainDecl {
        id: "world_hash_elasticity",
        label: "World hashrate response to the bitcoin price",
        target: Target::Assumption("world_hash_price_elasticity"),
        dist: Dist::ScaleTriangular { lo: 0.5, hi: 1.67 },
        range_text: "0.3-1.0",
        source: "Short-run 0.07-0.23 (mid-2022, derived); long-run assumption",
    },
    UncertainDecl {
        id: "fleet_efficiency",
        label: "Fleet efficiency",
        target: Target::Lever(L::FleetEfficiency),
        dist: Dist::ScaleTriangular { lo: 0.82, hi: 1.27 },
        range_text: "45-70 J/TH",
        source: "Hashrate Index MW / CBECI EH/s = 54-55 J/TH; fleet mixes of S19 (34) to S9 (98) J/TH",
    },
    UncertainDecl {
        id: "forced_outage_rate",
        label: "Forced-outage rate",
        target: Target::Lever(L::ForcedOutageRate),
        dist: Dist::ScaleTriangular { lo: 0.67, hi: 1.5 },
        range_text: "5.2-11.7 % in 2020 (6.5-17 % from 2022)",
        source: "Fitted to one figure (generation at the 7 Dec 2022 peak); the 2021 shortfall cover would put it ~20 % lower, Ember net imports 2022 ~15 % higher",
    },
    UncertainDecl {
        id: "repair_days",
        label: "Repair time",
        target: Target::Lever(L::RepairDays),
        dist: Dist::ScaleUniform { lo: 0.5, hi: 2.0 },
        range_text: "5-20 days",
        source: "Assumption; no repair statistics found",
    },
    UncertainDecl {
        id: "demand_growth",
        label: "Non-mining demand growth",
        target: Target::Lever(L::DemandGrowth),
        dist: Dist::ShiftTriangular { lo: -1.0, hi: 1.0 },
        range_text: "1-3 %/yr",
        source: "Historic 1-2 %/yr (Energy Ministry, 2021); Ember demand rose faster in 2020-21",
    },
    UncertainDecl {
        id: "diurnal_peak",
        label: "Diurnal peak ratio",
        target: Target::Assumption("diurnal_peak_scale"),
        dist: Dist::ScaleTriangular { lo: 0.75, hi: 1.25 },
        range_text: "evening peak 1.06-1.10 x daily mean",
        source: "Assumption; no hourly profile found (CALIBRATION.md 1.4)",
    },
    UncertainDecl {
        id: "exit_sensitivity",
        label: "Miners' exit sensitivity",
        target: Target::Assumption("exit_sensitivity"),
        dist: Dist::ScaleTriangular { lo: 0.5, hi: 1.5 },
        range_text: "0.75-2.25 (exit share per unit of margin gap)",
        source: "Calibrated value; no direct measurement of how fast miners leave",
    },
];

/// Inverse CDF of a triangular distribution on [lo, hi] with the given mode, at u in [0, 1].
pub(crate) fn triangular(u: f64, lo: f64, mode: f64, hi: f64) -> f64 {
    if hi <= lo {
        return mode;
    }
    let f = (mode - lo) / (hi - lo);
    if u < f {
        lo + (u * (hi - lo) * (mode - lo)).sqrt()
    } else {
        hi - ((1.0 - u) * (hi - lo) * (hi - mode)).sqrt()
    }
}

impl Dist {
    /// Applies a draw (u uniform in [0, 1]) to a nominal value.
    pub(crate) fn apply(self, nominal: f64, u: f64) -> f64 {
        match self {
            Dist::ScaleTriangular { lo, hi } => nominal * triangular(u, lo, 1.0, hi),
            Dist::ScaleUniform { lo, hi } => nominal * (lo + u * (hi - lo)),
            Dist::ShiftTriangular { lo, hi } => nominal + triangular(u, lo, 0.0, hi),
        }
    }
}

fn assumption_mut<'a>(a: &'a mut Assumptions, id: &str) -> Option<&'a mut f64> {
    match id {
        "register_barrier_usd_mwh" => Some(&mut a.register_barrier_usd_mwh),
        "choice_sigma_usd_mwh" => Some(&mut a.choice_sigma_usd_mwh),
        "choice_rush_gap_usd_mwh" => Some(&mut a.choice_rush_gap_usd_mwh),
        "gray_price_discount" => Some(&mut a.gray_price_discount),
        "levy_row_shift" => Some(&mut a.levy_row_shift),
        "world_hash_price_elasticity" => Some(&mut a.world_hash_price_elasticity),
        "diurnal_peak_scale" => Some(&mut a.diurnal_peak_scale),
        "exit_sensitivity" => Some(&mut a.exit_sensitivity),
        _ => None,
    }
}

/// Applies one set of draws (one u per uncertain input, in declaration order) to a scenario and assumptions.
/// Lever values stay inside their declared ranges.
pub(crate) fn apply(draws: &[f64], s: &mut Scenario, a: &mut Assumptions) {
    for (d, &u) in UNCERTAIN.iter().zip(draws) {
        match d.target {
            Target::Lever(l) => {
                let v = d.dist.apply(s.num(l), u);
                let _ = s.set(l, Value::Num(v));
            }
            Target::Assumption(id) => {
                if let Some(x) = assumption_mut(a, id) {
                    let v = d.dist.apply(*x, u);
                    // The levy shift is a position in [-1, 1]; every other assumption is a size.
                    *x = if id == "levy_row_shift" {
                        v.clamp(-1.0, 1.0)
                    } else {
                        v.max(0.0)
                    };
                }
            }
        }
    }
    a.gray_price_discount = a.gray_price_discount.min(1.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_assumption_target_is_wired() {
        let mut a = crate::data::Inputs::get().a.clone();
        for d in UNCERTAIN {
            if let Target::Assumption(id) = d.target {
                assert!(assumption_mut(&mut a, id).is_some(), "{id} is not wired");
            }
        }
    }

    #[test]
    fn triangular_spans_its_range_with_its_mode() {
        assert_eq!(triangular(0.0, 1.0, 2.0, 4.0), 1.0);
        assert_eq!(triangular(1.0, 1.0, 2.0, 4.0), 4.0);
        let f = (2.0 - 1.0) / 3.0;
        assert!((triangular(f, 1.0, 2.0, 4.0) - 2.0).abs() < 1e-12);
    }
}
