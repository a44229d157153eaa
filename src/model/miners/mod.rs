//! Mining capacity in Kazakhstan, month by month: who arrives, who registers, who runs, who leaves.
//!
//! Two cohorts, white (registered) and gray (unregistered), each split into old rigs (S9-class) and new rigs
//! (S19-class), so that rising costs first idle and then retire the old machines while the new ones relocate.
//! Decisions use the margin per MW-hour of installed capacity, which is what rationing erodes: a rig that may
//! run only half the hours earns half the revenue but still pays its rent.
//!
//! `choice` holds the registration decision (registered or gray, and what the cap turns away); `month` the
//! monthly flow of arrivals, running, detection and exits.

mod choice;
mod month;

pub(crate) use month::{Miners, WhitePrices};
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

/// Where capacity that leaves goes, cumulative MW.
#[derive(Clone, Copy, Debug, Default)]
pub struct Exits {
    pub us: f64,
    pub russia: f64,
    pub other: f64,
    /// Retired or abandoned in place (rigs not worth moving).
    pub retired: f64,
    /// Gray capacity found by enforcement and seized.
    pub seized: f64,
}

impl Exits {
    /// Capacity that moved abroad (every destination), MW.
    pub fn relocated(&self) -> f64 {
        self.us + self.russia + self.other
    }

    /// Sends `mw` abroad in the destination shares when moving pays (`alt > 0`), else retires it in place.
    pub(crate) fn leave(&mut self, mw: f64, alt: f64, dest_us: f64, dest_russia: f64) {
        if alt > 0.0 {
            self.us += mw * dest_us;
            self.russia += mw * dest_russia;
            self.other += mw * (1.0 - dest_us - dest_russia);
        } else {
            self.retired += mw;
        }
    }
}

/// Flows between the cohorts in one month, MW.
#[derive(Clone, Copy, Debug, Default)]
pub struct Switches {
    /// Arriving capacity that registered.
    pub arrivals_registered: f64,
    /// Gray capacity that registered of its own choice.
    pub to_white: f64,
    /// Registered capacity that went gray.
    pub to_gray: f64,
    /// Detected gray capacity that registered (within the cap).
    pub registered_after_detection: f64,
    /// Gray capacity found by enforcement this month (registered, left or seized afterwards).
    pub detected: f64,
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
    /// Registered miners' power price before the levy, USD/MWh, averaged over the month.
    pub white_price_usd_mwh: f64,
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
    /// Arriving capacity that wanted to register but found the cap full (it went gray or elsewhere).
    pub refused_by_cap_mw: f64,
    pub switches: Switches,
    pub exits_cum: Exits,
    /// Margin of a new registered rig per MWh of capacity, USD (after realised uptime).
    pub white_margin_usd_mwh: f64,
    /// Fraction of requested white-miner energy actually served.
    pub white_served_share: f64,
}

pub(super) fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}
