//! Non-mining demand, hour by hour.
//!
//! Annual energy grows from the 2019 non-mining level by the growth lever; it is spread over the hours by the
//! KOREM 2018 seasonal shape (interpolated between mid-month points so months join smoothly), the assumed
//! hour-of-day profile and a weekend dip. The shape is normalised per year, so the annual energy is exactly
//! what the growth lever says, whatever the shape.

use super::policy::{Policy, is_winter};
use crate::calendar::{self, Calendar, DAYS, HOURS, YEARS};
use crate::data::Inputs;
use chrono::Datelike;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// The last shape built on this thread, keyed by its diurnal scale: ensembles draw the scale, the
    /// sliders never move it, so one entry serves both.
    static SHAPE: RefCell<(u64, Rc<Vec<f64>>)> = RefCell::new((u64::MAX, Rc::new(Vec::new())));
}

/// Each hour's share of its year's energy (sums to 1 within each year). The hour-of-day profile is scaled
/// away from its mean by `diurnal_peak_scale` (1 = the profile as in `hourly_shapes.csv`).
fn shape(inputs: &Inputs) -> Rc<Vec<f64>> {
    let key = inputs.a.diurnal_peak_scale.to_bits();
    SHAPE.with(|c| {
        let mut c = c.borrow_mut();
        if c.0 != key {
            *c = (key, Rc::new(build_shape(inputs)));
        }
        c.1.clone()
    })
}

fn build_shape(inputs: &Inputs) -> Vec<f64> {
    let cal = Calendar::get();
    let a = &inputs.a;
    let hourly = inputs
        .demand_hourly
        .map(|v| (1.0 + a.diurnal_peak_scale * (v - 1.0)).max(0.0));
    let mut s = vec![0.0; HOURS];
    let mut year_sum = [0.0; YEARS];
    for d in 0..DAYS {
        let date = calendar::date_of_day(d);
        let seasonal = seasonal_factor(&inputs.seasonal_demand, date);
        let wd = match cal.weekday_of_day[d] {
            5 => a.weekend_sat,
            6 => a.weekend_sun,
            _ => 1.0,
        };
        for (h, f) in hourly.iter().enumerate() {
            let v = seasonal * wd * f;
            s[d * 24 + h] = v;
            year_sum[cal.year_of_day[d] as usize] += v;
        }
    }
    for d in 0..DAYS {
        let y = cal.year_of_day[d] as usize;
        for h in 0..24 {
            s[d * 24 + h] /= year_sum[y];
        }
    }
    s
}

/// Seasonal factor on a given day: linear between the mid-points of adjacent months.
fn seasonal_factor(monthly: &[f64; 12], date: chrono::NaiveDate) -> f64 {
    let m = date.month0() as usize;
    let mid = 15.0;
    let day = date.day() as f64;
    let (a, b, f) = if day >= mid {
        let len = calendar::days_in_month(date.year(), date.month()) as f64;
        (m, (m + 1) % 12, (day - mid) / len)
    } else {
        let prev = (m + 11) % 12;
        (prev, m, (day + 30.0 - mid) / 30.0)
    };
    monthly[a] + (monthly[b] - monthly[a]) * f.clamp(0.0, 1.0)
}

/// Non-mining annual energy for year index `y` (0 = 2020), MWh.
pub(crate) fn annual_nonmining_mwh(inputs: &Inputs, p: &Policy, y: usize) -> f64 {
    inputs.a.nonmining_2019_twh * 1e6 * (1.0 + p.demand_growth).powi(y as i32 + 1)
}

/// Fills `out` with non-mining demand in MW for every hour.
pub(crate) fn fill(inputs: &Inputs, p: &Policy, out: &mut [f64]) {
    let cal = Calendar::get();
    let shape = shape(inputs);
    let energy: [f64; YEARS] = std::array::from_fn(|y| annual_nonmining_mwh(inputs, p, y));
    for d in 0..DAYS {
        let y = cal.year_of_day[d] as usize;
        let winter = if p.cold_snap != 1.0 && is_winter(calendar::date_of_day(d)) {
            p.cold_snap
        } else {
            1.0
        };
        let e = energy[y] * winter;
        let span = d * 24..d * 24 + 24;
        for (o, &sh) in out[span.clone()].iter_mut().zip(&shape[span]) {
            *o = e * sh;
        }
    }
}
