//! Ensembles: many runs over drawn uncertain inputs and outage seeds, summarised as P10/P50/P90 bands for every
//! line of every chart, and as distributions of the headline outcomes.
//!
//! Run `i` draws from its own stream seeded by (master seed, i), and results are kept by index, so the answer
//! is identical whatever the number of threads or the order in which runs finish.

use crate::calendar::MONTHS;
use crate::charts::{self, ChartData, ChartId, Style};
use crate::data::Inputs;
use crate::model::{self, Headline, MonthlyField};
use crate::scenario::uncertain::{self, UNCERTAIN};
use crate::scenario::{L, OutageMode, Scenario, Value};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};

pub(crate) const DEFAULT_RUNS: usize = 200;
pub(crate) const MAX_RUNS: usize = 5000;

/// What one run contributes: the drawn values of every chart line, monthly fields and headline outcomes.
#[derive(Clone, Debug)]
pub struct RunOut {
    /// [chart][line][point], in chart order and line order of [`band_lines`].
    pub lines: Vec<Vec<Vec<f32>>>,
    /// [month][field], fields in [`MonthlyField::ALL`] order.
    pub monthly: Vec<[f32; MonthlyField::ALL.len()]>,
    /// In [`Headline::ALL`] order.
    pub headline: [f64; Headline::ALL.len()],
}

/// Which series of a chart get a band: the solid lines (bars, dots and dashed cumulative lines do not).
pub(crate) fn band_lines(chart: &ChartData) -> Vec<usize> {
    chart
        .series
        .iter()
        .enumerate()
        .filter(|(_, s)| s.style == Style::Line)
        .map(|(i, _)| i)
        .collect()
}

/// The scenario and assumptions of run `index`: uncertain inputs drawn around the scenario's own values,
/// outages drawn with the run's own seed.
pub fn draw(
    base: &Scenario,
    inputs: &Inputs,
    master_seed: u64,
    index: usize,
) -> (Scenario, Inputs) {
    let mut rng = ChaCha8Rng::seed_from_u64(
        master_seed.wrapping_mul(0xA076_1D64_78BD_642F) ^ (index as u64 + 1),
    );
    let u: Vec<f64> = (0..UNCERTAIN.len())
        .map(|_| (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64)
        .collect();
    let mut s = base.clone();
    let mut inp = inputs.clone();
    uncertain::apply(&u, &mut s, &mut inp.a);
    s.set(L::OutageMode, Value::choice(OutageMode::Drawn));
    s.set(L::Seed, Value::Num((rng.next_u64() % 1_000_000_000) as f64));
    (s, inp)
}

pub fn run_one(base: &Scenario, inputs: &Inputs, master_seed: u64, index: usize) -> RunOut {
    thread_local! {
        static RESULTS: std::cell::RefCell<model::Results> = std::cell::RefCell::new(Default::default());
    }
    let (s, inp) = draw(base, inputs, master_seed, index);
    RESULTS.with(|cell| {
        let mut r = cell.borrow_mut();
        model::run_into(&s, &inp, &mut r);
        extract(&r)
    })
}

/// What an ensemble keeps of a run.
fn extract(r: &model::Results) -> RunOut {
    let lines = ChartId::ALL
        .iter()
        .map(|&c| {
            let data = charts::build(c, r);
            band_lines(&data)
                .iter()
                .map(|&i| data.series[i].points.iter().map(|p| p[1] as f32).collect())
                .collect()
        })
        .collect();
    let monthly = r
        .monthly
        .iter()
        .map(|m| MonthlyField::ALL.map(|f| f.read(m) as f32))
        .collect();
    RunOut {
        lines,
        monthly,
        headline: Headline::ALL.map(|h| h.read(&r.summary)),
    }
}

/// Runs `indices` on `threads` worker threads; returns (index, result) pairs sorted by index. Stops early
/// (returning what is done) when `cancel` is raised.
pub(crate) fn run_indices(
    base: &Scenario,
    master_seed: u64,
    indices: std::ops::Range<usize>,
    threads: usize,
    cancel: &AtomicBool,
) -> Vec<(usize, RunOut)> {
    let inputs = Inputs::get();
    let threads = threads.clamp(1, 64);
    let mut out: Vec<(usize, RunOut)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let idx = indices.clone();
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    for i in idx.filter(|i| i % threads == t) {
                        if cancel.load(Ordering::Relaxed) {
                            break;
                        }
                        mine.push((i, run_one(base, inputs, master_seed, i)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    out.sort_by_key(|(i, _)| *i);
    out
}

/// Number of worker threads to use by default: every core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// P10, P50 and P90 of `v` (nearest rank; `v` is reordered).
pub(crate) fn p10_50_90(v: &mut [f32]) -> [f64; 3] {
    if v.is_empty() {
        return [f64::NAN; 3];
    }
    let n = v.len();
    let mut q = [0.0; 3];
    for (k, p) in [0.1, 0.5, 0.9].iter().enumerate() {
        let idx = ((n - 1) as f64 * p).round() as usize;
        let (_, x, _) = v.select_nth_unstable_by(idx, f32::total_cmp);
        q[k] = *x as f64;
    }
    q
}

/// One band: P10/P50/P90 of a chart line, at the line's x positions.
#[derive(Clone, Debug)]
pub struct Band {
    pub series: usize,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

/// Bands for every chart (in [`ChartId::ALL`] order) from the runs so far.
pub fn bands(runs: &[&RunOut], templates: &[ChartData]) -> Vec<Vec<Band>> {
    templates
        .iter()
        .enumerate()
        .map(|(c, chart)| {
            band_lines(chart)
                .iter()
                .enumerate()
                .map(|(li, &si)| {
                    let npts = chart.series[si].points.len();
                    let (mut p10, mut p50, mut p90) =
                        (vec![0.0; npts], vec![0.0; npts], vec![0.0; npts]);
                    let mut buf = Vec::with_capacity(runs.len());
                    for k in 0..npts {
                        buf.clear();
                        buf.extend(
                            runs.iter()
                                .filter_map(|r| r.lines.get(c)?.get(li)?.get(k).copied()),
                        );
                        let q = p10_50_90(&mut buf);
                        (p10[k], p50[k], p90[k]) = (q[0], q[1], q[2]);
                    }
                    Band {
                        series: si,
                        p10,
                        p50,
                        p90,
                    }
                })
                .collect()
        })
        .collect()
}

/// Adds bands to a chart as filled P10-P90 series drawn behind everything else (same data for screen and files).
pub(crate) fn with_bands(chart: &ChartData, bands: &[Band], runs: usize) -> ChartData {
    let mut out = chart.clone();
    let mut extra = Vec::new();
    for b in bands {
        let s = &chart.series[b.series];
        extra.push(charts::Series {
            name: crate::i18n::t_args("series-range", &[("name", (&s.name).into())]),
            column: format!("{} (80 % range)", s.column),
            column_unit: s.column_unit.clone(),
            role: charts::Role::Range,
            color: s.color,
            style: Style::Band,
            points: s
                .points
                .iter()
                .zip(&b.p90)
                .map(|(p, hi)| [p[0], *hi])
                .collect(),
            lower: b.p10.clone(),
            secondary: s.secondary,
            unit: s.unit.clone(),
        });
    }
    extra.extend(out.series);
    out.series = extra;
    // Only charts that actually carry a band say so in their legend.
    if !bands.is_empty() {
        out.ensemble_runs = Some(runs);
    }
    out
}

#[derive(Clone, Debug, Serialize)]
pub struct Quantiles {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

impl From<[f64; 3]> for Quantiles {
    fn from(q: [f64; 3]) -> Self {
        Quantiles {
            p10: q[0],
            p50: q[1],
            p90: q[2],
        }
    }
}

/// Headline and monthly percentiles, for the CLI and the app's outcome table.
#[derive(Clone, Debug)]
pub struct Summary {
    pub runs: usize,
    pub master_seed: u64,
    pub headline: Vec<(Headline, Quantiles)>,
    /// (month label, one entry per [`MonthlyField::ALL`]).
    pub monthly: Vec<(String, Vec<Quantiles>)>,
}

pub fn summarise(runs: &[&RunOut], master_seed: u64) -> Summary {
    let mut buf: Vec<f32> = Vec::with_capacity(runs.len());
    let headline = Headline::ALL
        .iter()
        .enumerate()
        .map(|(k, &h)| {
            buf.clear();
            buf.extend(runs.iter().map(|r| r.headline[k] as f32));
            (h, Quantiles::from(p10_50_90(&mut buf)))
        })
        .collect();
    let monthly = (0..MONTHS)
        .map(|m| {
            let fields = (0..MonthlyField::ALL.len())
                .map(|k| {
                    buf.clear();
                    buf.extend(
                        runs.iter()
                            .filter_map(|r| r.monthly.get(m).map(|row| row[k])),
                    );
                    Quantiles::from(p10_50_90(&mut buf))
                })
                .collect();
            (crate::calendar::month_label(m), fields)
        })
        .collect();
    Summary {
        runs: runs.len(),
        master_seed,
        headline,
        monthly,
    }
}

/// The whole ensemble at once (CLI, export, tests).
pub fn run(base: &Scenario, runs: usize, master_seed: u64, threads: usize) -> Vec<RunOut> {
    let cancel = AtomicBool::new(false);
    run_indices(base, master_seed, 0..runs.min(MAX_RUNS), threads, &cancel)
        .into_iter()
        .map(|(_, r)| r)
        .collect()
}
