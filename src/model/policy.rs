//! Scenario levers resolved into plain numbers and day/hour indices, once per run, so the hourly loop never
//! looks at a date or a lever table.

use crate::calendar::{self, Calendar, DAYS, MONTHS, YEARS};
use crate::data::Inputs;
use crate::scenario::{L, LevyScheme, OutageMode, PriorityGroup, Scenario};
use chrono::{Datelike, NaiveDate};

pub(crate) struct Policy {
    /// What a registered miner pays per MWh before the levy on each day, USD: the tariff, or from the auction
    /// start the auction floor when that is higher.
    pub white_price_usd_mwh_by_day: Vec<f64>,
    /// Levy in KZT per kWh charged to registered miners on each day.
    pub levy_kzt_kwh_by_day: Vec<f64>,
    /// Whether miners choose registered or gray by margin (`false`: the fixed split of arrivals).
    pub miner_choice: bool,
    /// Share of gray capacity found in the raid week at the crackdown start.
    pub raid: f64,
    pub licensing_month: usize,
    /// First hour of the auction regime, and the most MW registered miners may draw together from it.
    pub auction_hour: usize,
    pub auction_quota_mw: f64,
    /// Days (half-open) of the dated peak-hour cuts of registered miners, the share cut, and which hours of
    /// the day are peak hours.
    pub peak_cut_days: (usize, usize),
    pub peak_cut_share: f64,
    pub peak_hours: [bool; 24],
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
    /// Forced-outage rate of each year (2020 = the lever, later years grown by the documented path).
    pub q_by_year: [f64; YEARS],
    pub repair_hours: f64,
    pub reserve_mw: f64,
    pub new_capacity_mw: f64,
    pub new_capacity_hour: usize,
    pub coal_stock_t: f64,
    /// Deliveries as a share of requirement inside `coal_window` (days, half-open).
    pub coal_delivery: f64,
    pub coal_window: (usize, usize),
    pub coal_min_days: f64,
    /// Most MW imports can supply in an hour, each day.
    pub import_limit_by_day: Vec<f64>,
    /// What a sustained bitcoin price multiple does to hashprice and to the world's hashrate: the world
    /// answers with `world_hash_price_elasticity`, so hashprice moves by mult^(1-e), world hashrate by mult^e.
    pub hashprice_mult: f64,
    pub world_hash_mult: f64,
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
    /// Outages of units the fleet names (`class` in fleet.csv), by day: they leave the outage table.
    pub class_outages: Vec<ClassOutage>,
    /// Outages of capacity the fleet does not name, as (first hour, end hour exclusive, MW): a shift.
    pub mw_outages: Vec<(usize, usize, f64)>,
}

/// Units of one fleet class out of service over a range of days.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ClassOutage {
    pub class: String,
    pub units: u32,
    /// First day and end day (exclusive).
    pub days: (usize, usize),
}

/// The fleet class the lever "extra Ekibastuz units down" takes units from (`class` in fleet.csv).
pub(crate) const EXTRA_UNITS_CLASS: &str = "ekibastuz";

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

/// Progressive levy for a miner paying `price_kzt` per kWh, with the rows the record does not give placed at
/// `levy_row_shift` in their ranges.
pub(crate) fn progressive_fee(inputs: &Inputs, price_kzt: f64) -> f64 {
    inputs
        .levy_scale
        .iter()
        .find(|b| price_kzt >= b.from_kzt && price_kzt < b.to_kzt)
        .or(inputs.levy_scale.last())
        .map(|b| b.fee_at(inputs.a.levy_row_shift))
        .unwrap_or(0.0)
}

/// Each day's price of registered miners' power (USD/MWh) and levy (KZT/kWh). The progressive scale is set on
/// the price the miner pays, so from the auction start it reads the auction price.
fn prices_and_levy(s: &Scenario, inputs: &Inputs) -> (Vec<f64>, Vec<f64>) {
    let cal = Calendar::get();
    let tariff = s.num(L::MinerTariff) * 1000.0;
    let floor_kzt = s.num(L::AuctionFloorKzt);
    let auction_day = day(s.date(L::AuctionStart));
    let levy_day = day(s.date(L::LevyStart));
    let prog_day = if s.choice::<LevyScheme>(L::LevyScheme) == LevyScheme::Progressive {
        day(s.date(L::ProgressiveStart))
    } else {
        usize::MAX
    };
    let flat = s.num(L::LevyRate);
    let mut price = Vec::with_capacity(DAYS);
    let mut levy = Vec::with_capacity(DAYS);
    for d in 0..DAYS {
        let fx = inputs.kzt_per_usd[cal.month_of_day[d] as usize];
        let usd = if d >= auction_day {
            tariff.max(floor_kzt * 1000.0 / fx)
        } else {
            tariff
        };
        price.push(usd);
        levy.push(if d >= prog_day {
            progressive_fee(inputs, usd * fx / 1000.0)
        } else if d >= levy_day {
            flat
        } else {
            0.0
        });
    }
    (price, levy)
}

/// Which hours of the day are the peaks the dated cuts target (`peak_cut_*` in assumptions.csv).
fn peak_hours(inputs: &Inputs) -> [bool; 24] {
    let a = &inputs.a;
    let within = |h: f64, from: f64, to: f64| h >= from && h < to;
    std::array::from_fn(|h| {
        let h = h as f64;
        within(h, a.peak_cut_morning_from, a.peak_cut_morning_to)
            || within(h, a.peak_cut_evening_from, a.peak_cut_evening_to)
    })
}

impl Policy {
    pub(crate) fn resolve(s: &Scenario, inputs: &Inputs) -> Policy {
        let (white_price_usd_mwh_by_day, levy_kzt_kwh_by_day) = prices_and_levy(s, inputs);
        let order: Vec<PriorityGroup> = s.order(L::Priority);
        let (class_outages, mw_outages) = outages(s, inputs);
        let us = s.num(L::DestUsPct) / 100.0;
        let ru = (s.num(L::DestRussiaPct) / 100.0).min(1.0 - us);
        Policy {
            white_price_usd_mwh_by_day,
            levy_kzt_kwh_by_day,
            miner_choice: s.flag(L::MinerChoice),
            raid: s.num(L::RaidPct) / 100.0,
            licensing_month: month(s.date(L::LicensingStart)),
            auction_hour: day(s.date(L::AuctionStart)) * 24,
            auction_quota_mw: s.num(L::AuctionQuotaMw),
            peak_cut_days: window(s.date(L::PeakCutStart), s.date(L::PeakCutEnd)),
            peak_cut_share: s.num(L::PeakCutPct) / 100.0,
            peak_hours: peak_hours(inputs),
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
            q_by_year: outage_rates(s, inputs),
            repair_hours: s.num(L::RepairDays) * 24.0,
            reserve_mw: s.num(L::ReserveMw),
            new_capacity_mw: s.num(L::NewCapacityMw),
            new_capacity_hour: day(s.date(L::NewCapacityStart)) * 24,
            coal_stock_t: s.num(L::CoalStockMt) * 1e6,
            coal_delivery: s.num(L::CoalDeliveryPct) / 100.0,
            coal_window: window(s.date(L::CoalDeliveryStart), s.date(L::CoalDeliveryEnd)),
            coal_min_days: s.num(L::CoalMinDays),
            import_limit_by_day: import_limits(inputs, s.num(L::ImportLimitPct) / 100.0),
            hashprice_mult: s
                .num(L::BtcPriceMult)
                .powf(1.0 - inputs.a.world_hash_price_elasticity),
            world_hash_mult: s
                .num(L::BtcPriceMult)
                .powf(inputs.a.world_hash_price_elasticity),
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
            class_outages,
            mw_outages,
        }
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

/// The outage rate of each year: `q_2020 x factor_y ^ (growth lever / 100)`, below the numerical guard.
fn outage_rates(s: &Scenario, inputs: &Inputs) -> [f64; YEARS] {
    let q0 = s.num(L::ForcedOutageRate) / 100.0;
    let g = s.num(L::OutageGrowthPct) / 100.0;
    std::array::from_fn(|y| {
        (q0 * inputs.outage_growth[y].powf(g)).min(inputs.a.forced_outage_rate_max)
    })
}

/// Each day's import limit: the documented step schedule scaled by the lever.
fn import_limits(inputs: &Inputs, scale: f64) -> Vec<f64> {
    (0..DAYS)
        .map(|d| {
            let date = calendar::date_of_day(d);
            let mw = inputs
                .import_limit
                .iter()
                .rev()
                .find(|(from, _)| *from <= date)
                .map_or(0.0, |s| s.1);
            mw * scale
        })
        .collect()
}

/// The preset's outages and the what-if's extra units, split into named-unit outages (of a fleet class) and
/// plain MW outages. Files are checked at load, so a class the fleet does not have (a scenario built in code)
/// counts as MW.
fn outages(s: &Scenario, inputs: &Inputs) -> (Vec<ClassOutage>, Vec<(usize, usize, f64)>) {
    let span = |start: usize, days: usize| (start, (start + days).min(DAYS));
    let mut class = Vec::new();
    let mut mw = Vec::new();
    for o in &s.outages {
        let days = span(day(Some(o.start)), o.days as usize);
        if days.1 <= days.0 || o.units == 0 {
            continue;
        }
        match &o.class {
            Some(c) if inputs.fleet.iter().any(|g| &g.class == c) => class.push(ClassOutage {
                class: c.clone(),
                units: o.units,
                days,
            }),
            _ if o.mw() > 0.0 => mw.push((days.0 * 24, days.1 * 24, o.mw())),
            _ => {}
        }
    }
    let extra = span(
        day(s.date(L::ExtraOutageStart)),
        s.num(L::ExtraOutageDays) as usize,
    );
    let units = s.num(L::ExtraUnitsDown) as u32;
    if extra.1 > extra.0 && units > 0 {
        class.push(ClassOutage {
            class: EXTRA_UNITS_CLASS.to_string(),
            units,
            days: extra,
        });
    }
    (class, mw)
}

pub(crate) fn is_winter(date: NaiveDate) -> bool {
    matches!(date.month(), 12 | 1 | 2)
}
