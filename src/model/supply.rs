//! Available generation, hour by hour: thermal units with forced outages (expected value or drawn from a seeded
//! stream per unit), planned maintenance, named outages, hydro, wind and solar.

use super::policy::Policy;
use crate::calendar::{Calendar, DAYS, HOURS, YEARS};
use crate::data::{Fuel, Inputs};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// One thermal unit: its fuel and its capacity in each year (the "rest" groups' units resize with the fleet).
pub(crate) struct Unit {
    pub coal: bool,
    pub mw: [f64; YEARS],
}

/// The thermal fleet unit by unit. Capacity per fuel = Ember + (for coal) the KEGOC gap; named plants are
/// listed unit by unit, the rest of each fuel is split into units of the group's size.
pub(crate) fn units(inputs: &Inputs) -> Vec<Unit> {
    let a = &inputs.a;
    let fuel_mw = |coal: bool, y: usize| {
        let yd = inputs.year(y);
        if coal {
            yd.coal_mw + yd.capacity_gap_mw.max(0.0) * a.captive_coal_share
        } else {
            yd.gas_mw
        }
    };
    let mut out = Vec::new();
    for coal in [true, false] {
        let fuel = if coal { Fuel::Coal } else { Fuel::Gas };
        let named: f64 = inputs
            .fleet
            .iter()
            .filter(|g| g.fuel == fuel)
            .filter_map(|g| g.units.map(|n| n as f64 * g.unit_mw))
            .sum();
        for g in inputs.fleet.iter().filter(|g| g.fuel == fuel) {
            match g.units {
                Some(n) => {
                    for _ in 0..n {
                        out.push(Unit {
                            coal,
                            mw: [g.unit_mw; YEARS],
                        });
                    }
                }
                None => {
                    let rest0 = (fuel_mw(coal, 0) - named).max(0.0);
                    let n = (rest0 / g.unit_mw).round().max(1.0) as usize;
                    let mw: [f64; YEARS] =
                        std::array::from_fn(|y| (fuel_mw(coal, y) - named).max(0.0) / n as f64);
                    for _ in 0..n {
                        out.push(Unit { coal, mw });
                    }
                }
            }
        }
    }
    out
}

/// Hourly availability by source, MW. Reused across runs (see `model::run_into`): every element is rewritten.
#[derive(Default)]
pub(crate) struct Supply {
    /// Coal units' available MW before any coal-stock derating.
    pub coal: Vec<f64>,
    pub gas: Vec<f64>,
    /// Hydro, wind and solar together.
    pub renewables: Vec<f64>,
    /// Forced outages as MW out per hour (difference arrays), scratch.
    coal_out: Vec<f64>,
    gas_out: Vec<f64>,
}

fn uniform(rng: &mut ChaCha8Rng) -> f64 {
    // 53 random bits -> (0, 1]; never 0 so ln() is finite
    ((rng.next_u64() >> 11) as f64 + 1.0) / (1u64 << 53) as f64
}

pub(crate) fn build_into(inputs: &Inputs, p: &Policy, out: &mut Supply) {
    let cal = Calendar::get();
    let units = units(inputs);
    let Supply {
        coal,
        gas,
        renewables,
        coal_out,
        gas_out,
    } = out;
    coal.resize(HOURS, 0.0);
    gas.resize(HOURS, 0.0);
    renewables.resize(HOURS, 0.0);

    // Forced outages as MW out per hour (difference arrays, then a running sum).
    coal_out.clear();
    coal_out.resize(HOURS + 1, 0.0);
    gas_out.clear();
    gas_out.resize(HOURS + 1, 0.0);
    if p.drawn_outages {
        draw_outages(inputs, p, &units, coal_out, gas_out);
    }

    let coal_cap: [f64; YEARS] =
        std::array::from_fn(|y| units.iter().filter(|u| u.coal).map(|u| u.mw[y]).sum());
    let gas_cap: [f64; YEARS] =
        std::array::from_fn(|y| units.iter().filter(|u| !u.coal).map(|u| u.mw[y]).sum());
    let a = &inputs.a;
    let (mut co, mut go) = (0.0, 0.0);
    for d in 0..DAYS {
        let y = cal.year_of_day[d] as usize;
        let m12 = cal.month_of_day[d] as usize % 12;
        let yd = inputs.year(y);
        let af = yd.available_factor;
        let planned = inputs.thermal_planned[m12];
        let q = if p.drawn_outages {
            0.0
        } else {
            p.forced_outage_rate(d)
        };
        let coal_day = coal_cap[y] * af * (1.0 - q);
        let gas_day = gas_cap[y] * af * (1.0 - q);
        let hydro = yd.hydro_mw * yd.hydro_cf * inputs.hydro_shape[m12];
        let wind = yd.wind_mw * yd.wind_cf;
        let solar = yd.solar_mw * yd.solar_cf * inputs.solar_shape[m12];
        // Modern units: their outage rate is capped at 5 %. Computed once a day, and only when there are any.
        let new_cap_day = if p.new_capacity_mw > 0.0 {
            p.new_capacity_mw * af * (1.0 - p.forced_outage_rate(d).min(0.05))
        } else {
            0.0
        };
        for hd in 0..24 {
            let h = d * 24 + hd;
            co += coal_out[h];
            go += gas_out[h];
            let new_cap = if h >= p.new_capacity_hour {
                new_cap_day
            } else {
                0.0
            };
            coal[h] = ((coal_day - co).max(0.0)) * planned;
            gas[h] = ((gas_day - go).max(0.0) + new_cap) * planned;
            let hydro_h =
                hydro * (1.0 - a.hydro_peaking + a.hydro_peaking * inputs.demand_hourly[hd]);
            renewables[h] = hydro_h + wind + solar * inputs.solar_hourly[hd];
        }
    }
    // Named outages take whole units out of the coal fleet (all documented ones are Ekibastuz coal units).
    for &(a0, b0, mw) in &p.named_outages {
        for (h, c) in coal.iter_mut().enumerate().take(b0).skip(a0) {
            let y = cal.year_of_day[h / 24] as usize;
            *c = (*c - mw * inputs.year(y).available_factor).max(0.0);
        }
    }
}

/// Each unit's forced outages drawn as alternating up and down spells (exponential times to failure and to
/// repair), added to the MW-out difference arrays of its fuel.
fn draw_outages(
    inputs: &Inputs,
    p: &Policy,
    units: &[Unit],
    coal_out: &mut [f64],
    gas_out: &mut [f64],
) {
    let cal = Calendar::get();
    for (i, u) in units.iter().enumerate() {
        // One stream per unit: moving a lever rescales this unit's durations but never re-rolls another's.
        let mut rng =
            ChaCha8Rng::seed_from_u64(p.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (i as u64 + 1));
        let out = if u.coal {
            &mut *coal_out
        } else {
            &mut *gas_out
        };
        let mut t = 0.0_f64;
        let mut down = uniform(&mut rng) < p.forced_outage_rate(0);
        while t < HOURS as f64 {
            let day = ((t as usize) / 24).min(DAYS - 1);
            let q = p.forced_outage_rate(day).max(1e-6);
            let mttr = p.repair_hours.max(1.0);
            let mttf = mttr * (1.0 - q) / q;
            let dur = -uniform(&mut rng).ln() * if down { mttr } else { mttf };
            let end = (t + dur).min(HOURS as f64);
            if down {
                let (a, b) = (t as usize, end as usize);
                if b > a {
                    let y = cal.year_of_day[day] as usize;
                    let mw = u.mw[y] * inputs.year(y).available_factor;
                    out[a] += mw;
                    out[b] -= mw;
                }
            }
            t = end;
            down = !down;
        }
    }
}
