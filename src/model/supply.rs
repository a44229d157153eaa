//! Available generation, hour by hour: thermal units with forced outages (as a capacity-outage probability
//! table in expected mode, or drawn from a seeded stream per unit), planned maintenance, named outages, hydro,
//! wind and solar.
//!
//! Both modes produce the same three series and one outage table per day. Expected mode: `thermal` is the
//! capacity with every present unit up, and the day's table holds the distribution of what is broken down.
//! Drawn mode: `thermal` is what one drawn history has up, and the table is a point (nothing more can fail).
//! Dispatch then treats both alike.

use super::adequacy::{self, Class, Table};
use super::policy::Policy;
use crate::calendar::{Calendar, DAYS, HOURS, YEARS};
use crate::data::{Fuel, Inputs};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::rc::Rc;

/// A class of identical thermal units: a fleet class's units of one size, or the what-if new capacity.
#[derive(Clone, Debug)]
pub(crate) struct FleetClass {
    pub class: String,
    pub coal: bool,
    pub n: u32,
    /// MW of one unit in each year (the "rest" groups' units resize with the fleet), before `af`.
    pub mw: [f64; YEARS],
}

/// The thermal fleet as classes. Capacity per fuel = Ember + (for coal) the KEGOC gap; named plants are
/// listed unit by unit, the rest of each fuel is split into units of the group's size. Groups that share a
/// class and a unit size (Ekibastuz GRES-1 and GRES-2) are one class.
pub(crate) fn fleet_classes(inputs: &Inputs) -> Vec<FleetClass> {
    let a = &inputs.a;
    let fuel_mw = |coal: bool, y: usize| {
        let yd = inputs.year(y);
        if coal {
            yd.coal_mw + yd.capacity_gap_mw.max(0.0) * a.captive_coal_share
        } else {
            yd.gas_mw
        }
    };
    let mut out: Vec<FleetClass> = Vec::new();
    for coal in [true, false] {
        let fuel = if coal { Fuel::Coal } else { Fuel::Gas };
        let groups = || inputs.fleet.iter().filter(|g| g.fuel == fuel);
        let named: f64 = groups()
            .filter_map(|g| g.units.map(|n| n as f64 * g.unit_mw))
            .sum();
        for g in groups() {
            let (n, mw) = match g.units {
                Some(n) => (n, [g.unit_mw; YEARS]),
                None => {
                    let rest0 = (fuel_mw(coal, 0) - named).max(0.0);
                    let n = (rest0 / g.unit_mw).round().max(1.0) as u32;
                    let mw =
                        std::array::from_fn(|y| (fuel_mw(coal, y) - named).max(0.0) / n as f64);
                    (n, mw)
                }
            };
            match out.iter_mut().find(|c| c.class == g.class && c.mw == mw) {
                Some(c) => c.n += n,
                None => out.push(FleetClass {
                    class: g.class.clone(),
                    coal,
                    n,
                    mw,
                }),
            }
        }
    }
    out
}

/// Hourly availability by source, MW, and each day's outage table. Reused across runs (see
/// `model::run_into`): every element is rewritten.
#[derive(Default)]
pub(crate) struct Supply {
    /// Thermal MW able to run before forced outages (expected mode) or as drawn (drawn mode), after planned
    /// maintenance and named outages.
    pub thermal: Vec<f64>,
    /// Gas MW available (expected or drawn): gas runs first, coal covers the rest of thermal output.
    pub gas: Vec<f64>,
    /// Hydro, wind and solar together.
    pub renewables: Vec<f64>,
    /// Each day's outage table and the planned-maintenance factor it is scaled by.
    pub day_table: Vec<(Rc<Table>, f64)>,
    /// Drawn mode, scratch: MW out per hour as difference arrays (all thermal, gas).
    out_all: Vec<f64>,
    out_gas: Vec<f64>,
}

/// The fleet a run simulates: its classes, the units of each out by name on each day, and the what-if new
/// capacity. Both outage modes build their supply from it.
struct Fleet {
    classes: Vec<FleetClass>,
    outs: Vec<Vec<u32>>,
    new_class: Option<FleetClass>,
}

/// Units of each fleet class (index as in `classes`) out by name on each day, clamped to the units that exist.
fn class_outs(p: &Policy, classes: &[FleetClass]) -> Vec<Vec<u32>> {
    let mut outs = vec![vec![0u32; DAYS]; classes.len()];
    for o in &p.class_outages {
        if let Some(ci) = classes.iter().position(|c| c.class == o.class) {
            let n = classes[ci].n;
            for out in &mut outs[ci][o.days.0..o.days.1] {
                *out = (*out + o.units).min(n);
            }
        }
    }
    outs
}

/// The what-if new capacity as a class of units of `new_capacity_unit_mw`.
fn new_capacity_class(inputs: &Inputs, p: &Policy) -> Option<FleetClass> {
    if p.new_capacity_mw <= 0.0 {
        return None;
    }
    let n = (p.new_capacity_mw / inputs.a.new_capacity_unit_mw)
        .ceil()
        .max(1.0) as u32;
    Some(FleetClass {
        class: "new".into(),
        coal: false,
        n,
        mw: [p.new_capacity_mw / n as f64; YEARS],
    })
}

pub(crate) fn build_into(inputs: &Inputs, p: &Policy, out: &mut Supply) {
    let cal = Calendar::get();
    let classes = fleet_classes(inputs);
    let fleet = Fleet {
        outs: class_outs(p, &classes),
        classes,
        new_class: new_capacity_class(inputs, p),
    };
    out.thermal.resize(HOURS, 0.0);
    out.gas.resize(HOURS, 0.0);
    out.renewables.resize(HOURS, 0.0);
    out.day_table.clear();
    if p.drawn_outages {
        draw_into(inputs, p, &fleet, out);
    } else {
        expected_into(inputs, p, &fleet, out);
    }
    renewables_into(inputs, &mut out.renewables);
    for &(a0, b0, mw) in &p.mw_outages {
        for h in a0..b0.min(HOURS) {
            let y = cal.year_of_day[h / 24] as usize;
            out.thermal[h] = (out.thermal[h] - mw * inputs.year(y).available_factor).max(0.0);
        }
    }
}

/// Expected mode: every day's capacity with all present units up, and the table of what may be broken down.
fn expected_into(inputs: &Inputs, p: &Policy, fleet: &Fleet, out: &mut Supply) {
    let (classes, outs, new_class) = (&fleet.classes, &fleet.outs, fleet.new_class.as_ref());
    let cal = Calendar::get();
    let a = &inputs.a;
    let mut key: Vec<Class> = Vec::new();
    let mut prev: Option<(Vec<Class>, Rc<Table>)> = None;
    for d in 0..DAYS {
        let y = cal.year_of_day[d] as usize;
        let af = inputs.year(y).available_factor;
        let planned = inputs.thermal_planned[cal.month_of_day[d] as usize % 12];
        let q = p.q_by_year[y];
        key.clear();
        let (mut cap, mut gas) = (0.0, 0.0);
        for (c, out) in classes.iter().zip(outs) {
            let n = c.n - out[d];
            let mw = c.mw[y] * af;
            key.push(Class { n, mw, q });
            cap += n as f64 * mw;
            if !c.coal {
                gas += n as f64 * mw * (1.0 - q);
            }
        }
        if let Some(c) = new_class.filter(|_| d * 24 >= p.new_capacity_hour) {
            let qn = q.min(a.new_capacity_outage_cap);
            let mw = c.mw[y] * af;
            key.push(Class { n: c.n, mw, q: qn });
            cap += c.n as f64 * mw;
            gas += c.n as f64 * mw * (1.0 - qn);
        }
        let table = match &prev {
            Some((k, t)) if *k == key => t.clone(),
            _ => {
                let t = adequacy::table(&key, a.copt_step_mw);
                prev = Some((key.clone(), t.clone()));
                t
            }
        };
        out.day_table.push((table, planned));
        // Whole-day slices: no bounds check per hour (this and the renewables were ~7 % of a run).
        out.thermal[d * 24..d * 24 + 24].fill(cap * planned);
        out.gas[d * 24..d * 24 + 24].fill(gas * planned);
    }
}

/// Hydro (partly following the daily load shape), wind and solar, MW.
fn renewables_into(inputs: &Inputs, ren: &mut [f64]) {
    let cal = Calendar::get();
    let a = &inputs.a;
    for d in 0..DAYS {
        let y = cal.year_of_day[d] as usize;
        let m12 = cal.month_of_day[d] as usize % 12;
        let yd = inputs.year(y);
        let hydro = yd.hydro_mw * yd.hydro_cf * inputs.hydro_shape[m12];
        let wind = yd.wind_mw * yd.wind_cf;
        let solar = yd.solar_mw * yd.solar_cf * inputs.solar_shape[m12];
        let day = ren[d * 24..d * 24 + 24].iter_mut();
        for ((r, &load), &sun) in day.zip(&inputs.demand_hourly).zip(&inputs.solar_hourly) {
            let hydro_h = hydro * (1.0 - a.hydro_peaking + a.hydro_peaking * load);
            *r = hydro_h + wind + solar * sun;
        }
    }
}

fn uniform(rng: &mut ChaCha8Rng) -> f64 {
    // 53 random bits -> (0, 1]; never 0 so ln() is finite
    ((rng.next_u64() >> 11) as f64 + 1.0) / (1u64 << 53) as f64
}

/// One drawn unit: its outage rate per year and the first hour it exists.
struct DrawnUnit {
    q: [f64; YEARS],
    from_hour: usize,
}

/// Drawn mode: each unit's up and down spells, named outages taking out the first units of their class
/// whatever their drawn state, so a unit already broken down is not counted twice.
fn draw_into(inputs: &Inputs, p: &Policy, fleet: &Fleet, out: &mut Supply) {
    let (classes, outs, new_class) = (&fleet.classes, &fleet.outs, fleet.new_class.as_ref());
    let cal = Calendar::get();
    out.out_all.clear();
    out.out_all.resize(HOURS + 1, 0.0);
    out.out_gas.clear();
    out.out_gas.resize(HOURS + 1, 0.0);
    let mut installed = vec![0.0; HOURS + 1];
    let mut index = 0u64;
    let existing = classes.iter().zip(outs).map(|(c, o)| (c, Some(o), 0));
    let new = new_class.map(|c| (c, None, p.new_capacity_hour.min(HOURS)));
    for (c, outs, from_hour) in existing.chain(new) {
        let q = if from_hour > 0 {
            p.q_by_year.map(|q| q.min(inputs.a.new_capacity_outage_cap))
        } else {
            p.q_by_year
        };
        for i in 0..c.n {
            index += 1;
            let u = DrawnUnit { q, from_hour };
            let downs = draw_unit(p, &u, index);
            let mw_at = |h: usize| {
                let y = cal.year_of_day[h / 24] as usize;
                c.mw[y] * inputs.year(y).available_factor
            };
            add_spans(&mut installed, from_hour, HOURS, 1.0, &mw_at);
            for &(a, b) in &downs {
                add_spans(&mut out.out_all, a.max(from_hour), b, 1.0, &mw_at);
                if !c.coal {
                    add_spans(&mut out.out_gas, a.max(from_hour), b, 1.0, &mw_at);
                }
            }
            // Named outage of this unit: out whatever its state, i.e. also in the hours it was drawn up.
            if let Some(outs) = outs {
                for (a, b) in runs(|d| outs[d] > i) {
                    let (a, b) = (a * 24, b * 24);
                    let take = |diff: &mut Vec<f64>| {
                        add_spans(diff, a, b, 1.0, &mw_at);
                        for &(da, db) in &downs {
                            let (x, y) = (da.max(a), db.min(b));
                            if y > x {
                                add_spans(diff, x, y, -1.0, &mw_at);
                            }
                        }
                    };
                    take(&mut out.out_all);
                    if !c.coal {
                        take(&mut out.out_gas);
                    }
                }
            }
        }
    }
    let gas_cap = gas_installed(inputs, classes, new_class, p);
    let (mut inst, mut all, mut gas) = (0.0, 0.0, 0.0);
    for (h, added) in installed.iter().enumerate().take(HOURS) {
        inst += added;
        all += out.out_all[h];
        gas += out.out_gas[h];
        let d = h / 24;
        let planned = inputs.thermal_planned[cal.month_of_day[d] as usize % 12];
        out.thermal[h] = (inst - all).max(0.0) * planned;
        out.gas[h] = (gas_cap(h) - gas).max(0.0) * planned;
    }
    let point = Rc::new(Table::point());
    out.day_table.extend((0..DAYS).map(|d| {
        (
            point.clone(),
            inputs.thermal_planned[cal.month_of_day[d] as usize % 12],
        )
    }));
}

/// Installed gas MW (after `af`) in hour `h`, new capacity included from its start.
fn gas_installed<'a>(
    inputs: &'a Inputs,
    classes: &'a [FleetClass],
    new_class: Option<&'a FleetClass>,
    p: &'a Policy,
) -> impl Fn(usize) -> f64 + 'a {
    let cal = Calendar::get();
    move |h| {
        let y = cal.year_of_day[h / 24] as usize;
        let af = inputs.year(y).available_factor;
        let old: f64 = classes
            .iter()
            .filter(|c| !c.coal)
            .map(|c| c.n as f64 * c.mw[y])
            .sum();
        let new = new_class
            .filter(|_| h >= p.new_capacity_hour)
            .map_or(0.0, |c| c.n as f64 * c.mw[y]);
        (old + new) * af
    }
}

/// Adds `sign x` the unit's MW over hours `a..b` to a difference array, split at year ends (the MW differ by
/// year).
fn add_spans(diff: &mut [f64], a: usize, b: usize, sign: f64, mw_at: &dyn Fn(usize) -> f64) {
    let cal = Calendar::get();
    let mut t = a;
    while t < b.min(HOURS) {
        let y = cal.year_of_day[t / 24] as usize;
        let year_end = cal.year_first_hour(y + 1).min(b).min(HOURS);
        let mw = mw_at(t) * sign;
        diff[t] += mw;
        diff[year_end] -= mw;
        t = year_end;
    }
}

/// Runs of consecutive days where `f` holds, as (first day, end day exclusive).
fn runs(f: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for d in 0..=DAYS {
        match (start, d < DAYS && f(d)) {
            (None, true) => start = Some(d),
            (Some(s), false) => {
                out.push((s, d));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// One unit's down spells (hours, half-open). Up and down times are exponential (mean time to repair, and
/// to failure from the year's rate). On 1 January the state is thinned so the chance of being down jumps to
/// the new year's rate at once (exponential times have no memory, so restarting the spell is exact): the
/// drawn availability then has the same mean as the outage table every day, not only after a lag.
fn draw_unit(p: &Policy, u: &DrawnUnit, index: u64) -> Vec<(usize, usize)> {
    let cal = Calendar::get();
    // One stream per unit: moving a lever rescales this unit's durations but never re-rolls another's.
    let mut rng = ChaCha8Rng::seed_from_u64(p.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ index);
    let mttr = p.repair_hours.max(1.0);
    let mut downs = Vec::new();
    let mut down = uniform(&mut rng) < u.q[0];
    for y in 0..YEARS {
        let (q_old, q) = (if y == 0 { u.q[0] } else { u.q[y - 1] }, u.q[y]);
        let thin = uniform(&mut rng);
        if !down && q > q_old {
            down = thin < (q - q_old) / (1.0 - q_old);
        } else if down && q < q_old {
            down = thin >= (q_old - q) / q_old;
        }
        let (start, end) = (cal.year_first_hour(y), cal.year_first_hour(y + 1));
        let mut t = start as f64;
        let mttf = mttr * (1.0 - q.max(1e-9)) / q.max(1e-9);
        while t < end as f64 {
            let dur = -uniform(&mut rng).ln() * if down { mttr } else { mttf };
            let stop = (t + dur).min(end as f64);
            if down {
                let (a, b) = ((t as usize).max(u.from_hour), stop as usize);
                if b > a {
                    downs.push((a, b));
                }
            }
            if stop < end as f64 {
                down = !down;
            }
            t = stop;
        }
    }
    downs
}
