//! What a run produces: hourly series (for export and checks), daily aggregates (for charts) and monthly rows
//! (the JSON/CSV of `hashgrid run`).

use super::dispatch::{PerSegment, Segment};
use super::miners::MinerMonth;
use crate::calendar::{DAYS, HOURS};
use serde::Serialize;

/// Hourly series, MW. `req` and `shed` are indexed by [`Segment`].
#[derive(Clone, Debug, Default)]
pub struct Hourly {
    pub req: PerSegment<Vec<f64>>,
    pub shed: PerSegment<Vec<f64>>,
    /// Domestic capacity able to run (before the reserve is held back).
    pub available: Vec<f64>,
    pub imports: Vec<f64>,
    pub generation: Vec<f64>,
}

impl Hourly {
    pub fn total_req(&self, h: usize) -> f64 {
        Segment::ALL.iter().map(|&s| self.req[s][h]).sum()
    }

    pub(crate) fn served(&self, seg: Segment, h: usize) -> f64 {
        self.req[seg][h] - self.shed[seg][h]
    }

    pub fn total_served(&self, h: usize) -> f64 {
        Segment::ALL.iter().map(|&s| self.served(s, h)).sum()
    }
}

impl Hourly {
    /// Sizes every series for a run (a run overwrites every element, so no clearing is needed).
    pub(crate) fn ensure_len(&mut self) {
        for v in self.req.0.iter_mut().chain(self.shed.0.iter_mut()) {
            v.resize(HOURS, 0.0);
        }
        for v in [&mut self.available, &mut self.imports, &mut self.generation] {
            v.resize(HOURS, 0.0);
        }
    }
}

/// Daily aggregates that charts draw (35,064 points per line are for export only).
#[derive(Clone, Debug, Default)]
pub struct Daily {
    pub demand_mean: Vec<f64>,
    pub demand_max: Vec<f64>,
    pub demand_min: Vec<f64>,
    /// Domestic available capacity at the day's peak hour.
    pub available_at_peak: Vec<f64>,
    pub mining_served_mean: Vec<f64>,
    pub shed_nonmining_mwh: Vec<f64>,
    pub shed_miners_mwh: Vec<f64>,
    pub imports_mwh: Vec<f64>,
    pub coal_stock_mt: Vec<f64>,
    /// Coal burnt at power and heat plants, t, and what they would have burnt with coal enough.
    pub coal_burn_t: Vec<f64>,
    pub coal_req_t: Vec<f64>,
    /// Most MW imports could supply in an hour that day.
    pub import_limit_mw: Vec<f64>,
}

impl Daily {
    pub(crate) fn ensure_len(&mut self) {
        for v in [
            &mut self.demand_mean,
            &mut self.demand_max,
            &mut self.demand_min,
            &mut self.available_at_peak,
            &mut self.mining_served_mean,
            &mut self.shed_nonmining_mwh,
            &mut self.shed_miners_mwh,
            &mut self.imports_mwh,
            &mut self.coal_stock_mt,
            &mut self.coal_burn_t,
            &mut self.coal_req_t,
            &mut self.import_limit_mw,
        ] {
            v.resize(DAYS, 0.0);
        }
    }
}

/// One month of `hashgrid run` output. Energy and money are monthly totals, MW are monthly means unless the
/// name says peak.
#[derive(Clone, Debug, Default, Serialize)]
pub struct MonthRow {
    pub month: String,
    pub demand_twh: f64,
    pub peak_demand_mw: f64,
    pub available_mw_at_peak: f64,
    pub generation_mw_at_peak: f64,
    pub shed_mwh: f64,
    pub shed_nonmining_mwh: f64,
    /// Expected hours with any shedding (sum of each hour's probability; in drawn mode a count).
    pub shed_hours: f64,
    /// Expected hours in which households or industry are shed (LOLE).
    pub lole_nonmining_h: f64,
    pub white_mw: f64,
    pub gray_mw: f64,
    pub white_served_mw: f64,
    pub gray_served_mw: f64,
    pub mining_mw: f64,
    pub mining_twh: f64,
    pub levy_kzt: f64,
    pub levy_usd: f64,
    pub levy_kzt_per_kwh: f64,
    pub kz_hashrate_ehs: f64,
    pub kz_share_pct: f64,
    pub recorded_kz_share_pct: Option<f64>,
    /// Capacity relocated abroad (every destination), cumulative MW. Retired and seized capacity are apart.
    pub exodus_mw_cum: f64,
    pub exodus_us_mw_cum: f64,
    pub exodus_russia_mw_cum: f64,
    pub exodus_other_mw_cum: f64,
    pub retired_mw_cum: f64,
    pub seized_mw_cum: f64,
    pub arrivals_mw: f64,
    pub refused_by_cap_mw: f64,
    /// Arriving capacity that registered this month, MW.
    pub arrivals_registered_mw: f64,
    /// Gray capacity that registered of its own choice this month, MW.
    pub switched_to_white_mw: f64,
    /// Registered capacity that went gray this month, MW.
    pub switched_to_gray_mw: f64,
    /// Detected gray capacity that registered this month (within the cap), MW.
    pub registered_after_detection_mw: f64,
    /// Gray capacity found by enforcement this month, MW.
    pub detected_gray_mw: f64,
    /// Registered miners' power price before the levy (the tariff, or the auction price), USD/MWh.
    pub white_price_usd_mwh: f64,
    /// MW registered miners want to run this month, before cuts, limits and shedding.
    pub white_requested_mw: f64,
    /// Auction quota offered to miners, averaged over the month's hours (0 before the auctions), MW.
    pub auction_quota_mw: f64,
    pub imports_twh: f64,
    /// Imports priced at `import_price_usd_mwh`, USD.
    pub import_bill_usd: f64,
    pub hashprice_usd_th_day: f64,
    pub white_margin_usd_mwh: f64,
    pub coal_stock_mt: f64,
    /// Coal burnt at power and heat plants this month, Mt.
    pub coal_burn_mt: f64,
    pub kzt_per_usd: f64,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    pub shed_nonmining_gwh: f64,
    pub shed_miners_gwh: f64,
    /// Expected hours in which households or industry are shed (LOLE), 2020-2023.
    pub lole_nonmining_h: f64,
    pub levy_kzt_bn: f64,
    pub levy_usd_m: f64,
    pub peak_mining_mw: f64,
    pub peak_kz_share_pct: f64,
    /// Capacity relocated abroad by the end, MW.
    pub exodus_mw: f64,
    /// Capacity retired or abandoned in place by the end, MW.
    pub retired_mw: f64,
    pub seized_mw: f64,
    pub imports_twh: f64,
    pub import_bill_usd_m: f64,
    /// Coal the plants needed but did not have, Mt (what a delivery shortfall cost).
    pub coal_shortfall_mt: f64,
    pub unserved_value_usd_m: f64,
    pub mining_twh: f64,
}

#[derive(Clone, Debug, Default)]
pub struct Results {
    pub hourly: Hourly,
    pub daily: Daily,
    pub monthly: Vec<MonthRow>,
    pub miners: Vec<MinerMonth>,
    pub summary: Summary,
}
