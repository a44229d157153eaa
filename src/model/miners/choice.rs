//! The registration choice. Each month the arriving capacity, a share of the installed capacity and the
//! detected gray farms that want to register pick "registered" or "gray" by comparing what one MW would earn
//! in each status. It is a binary logit: miners differ in sites, contracts and appetite for risk, so the split
//! moves smoothly with the margin gap instead of flipping at one price. Leaving the country is decided apart,
//! by the exit rule in `month`, from the margin of the status a farm is in.
//!
//! The cap on new registered capacity takes every registration after its start date (arrivals, gray farms
//! that register, detected farms that register); what it refuses stays gray or goes elsewhere, whichever pays
//! more.

use super::{Cohort, Fleet, PerVintage, Vintage, logistic};

/// Expected margin per MWh of installed capacity in each status, by vintage, USD.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Margins {
    pub white: PerVintage<f64>,
    pub gray: PerVintage<f64>,
    /// Abroad, net of the cost of moving.
    pub alt: PerVintage<f64>,
}

/// How the month's choices are made.
#[derive(Clone, Copy, Debug)]
pub(super) enum Rule {
    /// Shares from the margins. `barrier` is what registering costs per MWh of capacity (paid by arrivals and
    /// gray farms that switch); in the licensing month every registered farm decides again, without it.
    /// `reconsider` is the steady share of installed capacity that re-decides each month; a farm whose status
    /// pays much less than the other does not wait its turn, so the share rises towards all of it as the gap
    /// passes `rush_gap` (half of the capacity re-decides at a gap of `rush_gap`).
    Logit {
        sigma: f64,
        barrier: f64,
        reconsider: f64,
        rush_gap: f64,
        relicense: bool,
    },
    /// The choice switched off: a fixed share of arrivals registers, nobody reconsiders, and a fixed share of
    /// what the cap refuses goes gray.
    Fixed {
        white_share: f64,
        refused_to_gray: f64,
    },
}

/// What is looking for a status this month, MW by vintage.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Inflow {
    pub arrivals: PerVintage<f64>,
    /// Gray capacity detected last month that chose to register.
    pub detected_registering: PerVintage<f64>,
}

/// What the choice did, MW.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Outcome {
    /// Arrivals that wanted to register and found the cap full.
    pub refused_by_cap: f64,
    /// Of those, the part that did not install here at all.
    pub refused_left: f64,
    /// Arrivals that registered.
    pub arrivals_registered: f64,
    pub to_white: f64,
    pub to_gray: f64,
    pub registered_after_detection: f64,
    /// Detected capacity the cap would not register: it leaves.
    pub detected_refused: PerVintage<f64>,
}

/// Applies one month's choices to the installed capacity `cap`. `room` is the cap's remaining MW when the cap
/// is in force (`None` before its start); it is reduced by what registers.
pub(super) fn apply(
    cap: &mut Fleet,
    m: &Margins,
    rule: Rule,
    inflow: &Inflow,
    room: Option<&mut f64>,
) -> Outcome {
    let mut want_arr = PerVintage::<f64>::default();
    let mut want_gray = PerVintage::<f64>::default();
    let mut to_gray = PerVintage::<f64>::default();
    let mut refused_gray_share = PerVintage::<f64>::default();
    for v in Vintage::ALL {
        let (join, stay, [from_gray, from_white], relicense, refused_gray) = match rule {
            Rule::Logit {
                sigma,
                barrier,
                reconsider,
                rush_gap,
                relicense,
            } => {
                let gap = m.gray[v] - m.white[v];
                (
                    logistic((m.white[v] - barrier - m.gray[v]) / sigma),
                    logistic(-gap / sigma),
                    [
                        // a gray farm gains the gap less the cost of registering
                        reconsidering(reconsider, -gap - barrier, rush_gap, sigma),
                        reconsidering(reconsider, gap, rush_gap, sigma),
                    ],
                    relicense,
                    logistic((m.gray[v] - m.alt[v].max(0.0)) / sigma),
                )
            }
            Rule::Fixed {
                white_share,
                refused_to_gray,
            } => (white_share, 1.0, [0.0, 0.0], false, refused_to_gray),
        };
        want_arr[v] = inflow.arrivals[v] * join;
        want_gray[v] = cap[(Cohort::Gray, v)] * from_gray * join;
        // A licence renewal asks every registered farm to decide, but it is already connected: no barrier.
        to_gray[v] = if relicense {
            cap[(Cohort::White, v)] * (1.0 - stay)
        } else {
            cap[(Cohort::White, v)] * from_white * (1.0 - stay)
        };
        refused_gray_share[v] = refused_gray;
    }
    let wanted: f64 = Vintage::ALL
        .iter()
        .map(|&v| want_arr[v] + want_gray[v] + inflow.detected_registering[v])
        .sum();
    // Share of the wanted registrations the cap admits.
    let k = match room {
        Some(r) => {
            let k = if wanted > *r { *r / wanted } else { 1.0 };
            *r = (*r - wanted * k).max(0.0);
            k
        }
        None => 1.0,
    };
    let mut out = Outcome::default();
    for v in Vintage::ALL {
        let refused = want_arr[v] * (1.0 - k);
        let gray_arr = inflow.arrivals[v] - want_arr[v] + refused * refused_gray_share[v];
        let to_white = want_gray[v] * k;
        let detected_in = inflow.detected_registering[v] * k;
        cap[(Cohort::White, v)] += want_arr[v] * k + to_white + detected_in - to_gray[v];
        cap[(Cohort::Gray, v)] += gray_arr + to_gray[v] - to_white;
        out.arrivals_registered += want_arr[v] * k;
        out.refused_by_cap += refused;
        out.refused_left += refused * (1.0 - refused_gray_share[v]);
        out.to_white += to_white;
        out.to_gray += to_gray[v];
        out.registered_after_detection += detected_in;
        out.detected_refused[v] = inflow.detected_registering[v] - detected_in;
    }
    out
}

/// Share of a status's capacity that re-decides this month when the other status pays `gap` USD/MWh more:
/// the steady share, or more once the gap nears `rush_gap` (logit of the same spread as the choice).
fn reconsidering(steady: f64, gap: f64, rush_gap: f64, sigma: f64) -> f64 {
    steady.max(logistic((gap - rush_gap) / sigma))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::miners::PerCohort;

    fn margins(white: f64, gray: f64) -> Margins {
        Margins {
            white: PerVintage([white; 2]),
            gray: PerVintage([gray; 2]),
            alt: PerVintage([0.0; 2]),
        }
    }

    const LOGIT: Rule = Rule::Logit {
        sigma: 10.0,
        barrier: 0.0,
        reconsider: 0.2,
        rush_gap: 125.0,
        relicense: false,
    };

    fn fleet(white: f64, gray: f64) -> Fleet {
        Fleet(PerCohort([
            PerVintage([white, 0.0]),
            PerVintage([gray, 0.0]),
        ]))
    }

    #[test]
    fn capacity_is_conserved_without_a_cap() {
        let mut cap = fleet(100.0, 50.0);
        let inflow = Inflow {
            arrivals: PerVintage([40.0, 0.0]),
            detected_registering: PerVintage([10.0, 0.0]),
        };
        let out = apply(&mut cap, &margins(30.0, 25.0), LOGIT, &inflow, None);
        let total = cap.0[Cohort::White][Vintage::Old] + cap.0[Cohort::Gray][Vintage::Old];
        assert!((total - 200.0).abs() < 1e-9, "{total}");
        assert_eq!(out.refused_by_cap, 0.0);
    }

    #[test]
    fn a_better_gray_margin_moves_capacity_to_gray() {
        let run = |gray: f64| {
            let mut cap = fleet(100.0, 100.0);
            apply(
                &mut cap,
                &margins(30.0, gray),
                LOGIT,
                &Inflow::default(),
                None,
            );
            cap.0[Cohort::Gray][Vintage::Old]
        };
        assert!(run(40.0) > run(30.0) && run(30.0) > run(20.0));
    }

    #[test]
    fn a_gap_beyond_the_rush_gap_moves_capacity_at_once() {
        // Gray pays 30 or 200 USD/MWh more than registered: the steady 20 % re-decides at the small gap,
        // nearly everyone at the large one.
        let moved = |gray: f64| {
            let mut cap = fleet(100.0, 0.0);
            let out = apply(
                &mut cap,
                &margins(0.0, gray),
                LOGIT,
                &Inflow::default(),
                None,
            );
            out.to_gray
        };
        assert!((moved(30.0) - 20.0 * (1.0 - logistic(-3.0))).abs() < 1e-9);
        assert!(moved(200.0) > 99.0, "{}", moved(200.0));
        assert!(reconsidering(0.05, 125.0, 125.0, 10.0) == 0.5);
    }

    #[test]
    fn registrations_never_exceed_the_room_left() {
        let mut cap = fleet(0.0, 500.0);
        let mut room = 30.0;
        let inflow = Inflow {
            arrivals: PerVintage([200.0, 100.0]),
            detected_registering: PerVintage([50.0, 0.0]),
        };
        let before = cap.0[Cohort::White][Vintage::Old] + cap.0[Cohort::White][Vintage::New];
        let out = apply(
            &mut cap,
            &margins(60.0, 0.0),
            LOGIT,
            &inflow,
            Some(&mut room),
        );
        let after = cap.0[Cohort::White][Vintage::Old] + cap.0[Cohort::White][Vintage::New];
        assert!(after - before <= 30.0 + 1e-9, "{}", after - before);
        assert!(room.abs() < 1e-9);
        assert!(out.refused_by_cap > 0.0 && out.detected_refused[Vintage::Old] > 0.0);
    }
}
