//! Speed budget (MODEL.md 7): one deterministic 4-year hourly run <= 1 ms, one with drawn outages <= 5 ms,
//! one 1600x900 PNG export <= 200 ms. Run with `cargo bench`; medians go in docs/performance.md.

use criterion::{Criterion, criterion_group, criterion_main};
use hashgrid::charts::{self, ChartId, render};
use hashgrid::model;
use hashgrid::scenario::{L, Value, file};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let preset = file::bundled(file::DEFAULT_PRESET).expect("bundled");
    let expected = preset.scenario.clone();
    let mut drawn = preset.scenario.clone();
    drawn.set(L::OutageMode, Value::Choice(1));
    // Warm the one-off caches (parsed data, calendar, demand shape) outside the measurement.
    black_box(model::run(&expected));

    c.bench_function("run_expected_value_4y_hourly", |b| {
        b.iter(|| black_box(model::run(black_box(&expected))))
    });
    c.bench_function("run_drawn_outages_4y_hourly", |b| {
        b.iter(|| black_box(model::run(black_box(&drawn))))
    });

    let r = model::run(&expected);
    let labels = hashgrid::cli::export_labels(&preset, &preset.scenario);
    let mut g = c.benchmark_group("export");
    g.sample_size(20);
    g.bench_function("png_1600x900_load_chart", |b| {
        b.iter(|| {
            let data = charts::build(ChartId::Load, &r);
            black_box(render::png(&data, &labels, 1600, 900).expect("renders"))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
