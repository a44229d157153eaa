//! Speed budget (MODEL.md 7): one deterministic 4-year hourly run <= 1 ms, one with drawn outages <= 5 ms,
//! one 1600x900 PNG export <= 200 ms. Run with `cargo bench`; medians go in docs/performance.md.

use criterion::{Criterion, criterion_group, criterion_main};
use hashgrid::charts::{self, ChartId, render};
use hashgrid::model;
use hashgrid::scenario::{L, Value, file};
use std::hint::black_box;

/// Same allocator as the binary, so the numbers are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench(c: &mut Criterion) {
    let preset = file::bundled(file::DEFAULT_PRESET).expect("bundled");
    let expected = preset.scenario.clone();
    let mut drawn = preset.scenario.clone();
    drawn.set(
        L::OutageMode,
        Value::choice(hashgrid::scenario::OutageMode::Drawn),
    );
    // Warm the one-off caches (parsed data, calendar, demand shape) outside the measurement.
    black_box(model::run(&expected));

    c.bench_function("run_expected_value_4y_hourly", |b| {
        b.iter(|| black_box(model::run(black_box(&expected))))
    });
    // The same run into buffers kept between runs (as ensembles and the app's background bands do): the
    // difference to the line above is what allocating the ~3 MB of result series costs.
    c.bench_function("run_expected_value_4y_hourly_reused_buffers", |b| {
        let mut r = model::Results::default();
        let inputs = hashgrid::data::Inputs::get();
        b.iter(|| model::run_into(black_box(&expected), inputs, &mut r))
    });
    c.bench_function("run_drawn_outages_4y_hourly", |b| {
        b.iter(|| black_box(model::run(black_box(&drawn))))
    });

    let r = model::run(&expected);
    let labels = hashgrid::export::labels(&preset, &preset.scenario);
    let mut g = c.benchmark_group("export");
    g.sample_size(20);
    g.bench_function("png_1600x900_load_chart", |b| {
        b.iter(|| {
            let data = charts::build(ChartId::Load, &r);
            black_box(render::png(&data, &labels, 1600, 900).expect("renders"))
        })
    });
    g.finish();

    let inputs = hashgrid::data::Inputs::get();
    let mut e = c.benchmark_group("ensemble");
    e.bench_function("one_ensemble_run_with_chart_lines", |b| {
        let mut i = 0;
        b.iter(|| {
            i += 1;
            black_box(hashgrid::uncertainty::run_one(&expected, inputs, 1, i))
        })
    });
    e.bench_function("draw_only", |b| {
        b.iter(|| black_box(hashgrid::uncertainty::draw(&expected, inputs, 1, 3)))
    });
    e.bench_function("charts_build_all_four", |b| {
        b.iter(|| black_box(ChartId::ALL.map(|c| charts::build(c, &r))))
    });
    e.sample_size(10);
    e.bench_function("ensemble_1000_runs_all_cores", |b| {
        b.iter(|| {
            black_box(hashgrid::uncertainty::run(
                &expected,
                1000,
                1,
                hashgrid::uncertainty::default_threads(),
            ))
        })
    });
    e.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
