//! Scenario levers resolved into plain numbers and day/hour indices, once per run, so the hourly loop never
//! looks at a date or a lever table.

use crate::calendar::{self, Calendar, DAYS, MONTHS};
use crate::data::Inputs;
use crate::scenario::{L, LevyScheme, OutageMode, PriorityGroup, Scenario};
use chrono::{Datelike, NaiveDate};

pub(crate) struct Policy {
    pub miner_tariff_usd_mwh: f64,
    /// Levy in KZT per kWh charged to registered miners on each day.
    pub levy_kzt_kwh_by_day: Vec<f64>,
    pub cap_new_mw: f64,
    pub cap_month: usize,
    pub rationing_hour: usize,
    /// Who is cut first, second and last when supply is short.
    pub priority: [PriorityGroup; 3],
    pub miner_limit_mw: f64,
    pub miner_limit_hour: usize,
    pub hours_from: usize,
    pub hours_to: usize,
    pub weekends_free: bool,
    pub hours_rule_day: usize,
    pub disconnect: (usize, usize),
    pub shutdown: (usize, usize),
    pub drawn_outages: bool,
    pub for_2020: f64,
    pub ageing: f64,
    pub repair_hours: f64,
    pub reserve_mw: f64,
    pub new_capacity_mw: f64,
    pub new_capacity_hour: usize,
    pub coal_stock_t: f64,
    pub coal_delivery: f64,
    pub coal_delivery_day: usize,
    pub coal_min_days: f64,
    pub import_limit_mw: f64,
    pub btc_mult: f64,
    pub initial_mining_mw: f64,
    pub china_pool_mw: f64,
    pub fleet_efficiency: f64,
    pub gray_enforcement: f64,
    pub crackdown_rate: f64,
    pub crackdown_month: usize,
    pub ban_day: usize,
    pub ban_month: usize,
    pub dest_us: f64,
    pub dest_russia: f64,
    pub demand_growth: f64,
    pub cold_snap: f64,
    pub seed: u64,
    /// Named unit outages as (first hour, end hour exclusive, MW).
    pub named_outages: Vec<(usize, usize, f64)>,
}

/// Day index of a lever date, clamped to `0..=DAYS`; "never" is `DAYS`, a day no run reaches.
fn day(d: Option<NaiveDate>) -> usize {
    d.map_or(DAYS, |d| {
        calendar::day_offset(d).clamp(0, DAYS as i64) as usize
    })
}

/// Month index of a lever date; "never" is `MONTHS`.
fn month(d: Option<NaiveDate>) -> usize {
    d.map_or(MONTHS, |d| {
        calendar::month_index(d).clamp(0, MONTHS as i64) as usize
    })
}

/// An inclusive window [from, to] as a half-open day range: empty when it never starts or when `to` is
/// before `from`; open-ended when it never ends.
fn window(from: Option<NaiveDate>, to: Option<NaiveDate>) -> (usize, usize) {
    let a = day(from);
    let b = match (from, to) {
        (Some(f), Some(t)) if t < f => a,
        (_, Some(t)) => (calendar::day_offset(t) + 1).clamp(0, DAYS as i64) as usize,
        (_, None) => DAYS,
    };
    (a, b.max(a))
}

/// Progressive levy for a miner paying `price_kzt` per kWh.
pub(crate) fn progressive_fee(inputs: &Inputs, price_kzt: f64) -> f64 {
    inputs
        .levy_scale
        .iter()
        .find(|b| price_kzt >= b.from_kzt && price_kzt < b.to_kzt)
        .or(inputs.levy_scale.last())
        .map(|b| b.fee_kzt)
        .unwrap_or(0.0)
}

impl Policy {
    pub(crate) fn resolve(s: &Scenario, inputs: &Inputs) -> Policy {
        let cal = Calendar::get();
        let tariff = s.num(L::MinerTariff);
        let levy_day = day(s.date(L::LevyStart));
        let prog_day = if s.choice::<LevyScheme>(L::LevyScheme) == LevyScheme::Progressive {
            day(s.date(L::ProgressiveStart))
        } else {
            usize::MAX
        };
        let flat = s.num(L::LevyRate);
        let levy_kzt_kwh_by_day = (0..DAYS)
            .map(|d| {
                if d >= prog_day {
                    let m = cal.month_of_day[d] as usize;
                    progressive_fee(inputs, tariff * inputs.kzt_per_usd[m])
                } else if d >= levy_day {
                    flat
                } else {
                    0.0
                }
            })
            .collect();
        let order: Vec<PriorityGroup> = s.order(L::Priority);
        let named_outages = s
            .outages
            .iter()
            .map(|o| {
                let a = day(Some(o.start)) * 24;
                let b = (a + o.days as usize * 24).min(calendar::HOURS);
                (a, b, o.mw())
            })
            .chain(std::iter::once({
                let a = day(s.date(L::ExtraOutageStart)) * 24;
                let b = (a + s.num(L::ExtraOutageDays) as usize * 24).min(calendar::HOURS);
                (a, b, s.num(L::ExtraUnitsDown) * 500.0)
            }))
            .filter(|&(a, b, mw)| b > a && mw > 0.0)
            .collect();
        let us = s.num(L::DestUsPct) / 100.0;
        let ru = (s.num(L::DestRussiaPct) / 100.0).min(1.0 - us);
        Policy {
            miner_tariff_usd_mwh: tariff * 1000.0,
            levy_kzt_kwh_by_day,
            cap_new_mw: s.num(L::CapNewMw),
            cap_month: month(s.date(L::CapStart)),
            rationing_hour: day(s.date(L::RationingStart)) * 24,
            priority: [order[0], order[1], order[2]],
            miner_limit_mw: s.num(L::MinerLimitMw),
            miner_limit_hour: day(s.date(L::MinerLimitStart)) * 24,
            hours_from: s.num(L::HoursFrom) as usize,
            hours_to: s.num(L::HoursTo) as usize,
            weekends_free: s.flag(L::WeekendsFree),
            hours_rule_day: day(s.date(L::HoursRuleStart)),
            disconnect: window(s.date(L::DisconnectStart), s.date(L::DisconnectEnd)),
            shutdown: window(s.date(L::ShutdownStart), s.date(L::ShutdownEnd)),
            drawn_outages: s.choice::<OutageMode>(L::OutageMode) == OutageMode::Drawn,
            for_2020: s.num(L::ForcedOutageRate) / 100.0,
            ageing: s.num(L::OutageAgeing) / 100.0,
            repair_hours: s.num(L::RepairDays) * 24.0,
            reserve_mw: s.num(L::ReserveMw),
            new_capacity_mw: s.num(L::NewCapacityMw),
            new_capacity_hour: day(s.date(L::NewCapacityStart)) * 24,
            coal_stock_t: s.num(L::CoalStockMt) * 1e6,
            coal_delivery: s.num(L::CoalDeliveryPct) / 100.0,
            coal_delivery_day: day(s.date(L::CoalDeliveryStart)),
            coal_min_days: s.num(L::CoalMinDays),
            import_limit_mw: s.num(L::ImportLimitMw),
            btc_mult: s.num(L::BtcPriceMult),
            initial_mining_mw: s.num(L::InitialMiningMw),
            china_pool_mw: s.num(L::ChinaPoolMw),
            fleet_efficiency: s.num(L::FleetEfficiency),
            gray_enforcement: s.num(L::GrayEnforcement) / 100.0,
            crackdown_rate: s.num(L::CrackdownRate) / 100.0,
            crackdown_month: month(s.date(L::CrackdownStart)),
            ban_day: day(s.date(L::BanStart)),
            ban_month: month(s.date(L::BanStart)),
            dest_us: us,
            dest_russia: ru,
            demand_growth: s.num(L::DemandGrowth) / 100.0,
            cold_snap: s.num(L::ColdSnap),
            seed: s.num(L::Seed) as u64,
            named_outages,
        }
    }

    /// Forced-outage rate at a given day, grown from the 2020 rate by the ageing trend.
    pub(crate) fn forced_outage_rate(&self, day: usize) -> f64 {
        let years = day as f64 / 365.25;
        (self.for_2020 * (1.0 + self.ageing).powf(years)).min(0.95)
    }

    /// Whether the time-of-day rule lets registered miners run at this hour.
    pub(crate) fn hours_rule_allows(&self, day: usize, hour_of_day: usize, weekday: u8) -> bool {
        if day < self.hours_rule_day || (self.hours_from == 0 && self.hours_to >= 24) {
            return true;
        }
        if self.weekends_free && weekday >= 5 {
            return true;
        }
        if self.hours_from < self.hours_to {
            (self.hours_from..self.hours_to).contains(&hour_of_day)
        } else {
            // a window that wraps midnight, e.g. 22 -> 6
            hour_of_day >= self.hours_from || hour_of_day < self.hours_to
        }
    }
}

pub(crate) fn is_winter(date: NaiveDate) -> bool {
    matches!(date.month(), 12 | 1 | 2)
}
