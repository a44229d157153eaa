//! `cargo run --release --example prof -- N [drawn]`: N model runs of the history preset, for instruction
//! counting with callgrind (per-run cost = difference between two N, divided).
use hashgrid::model;
use hashgrid::scenario::{L, Value, file};
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let mut s = file::bundled(file::DEFAULT_PRESET)
        .expect("bundled")
        .scenario;
    if args.next().as_deref() == Some("drawn") {
        s.set(
            L::OutageMode,
            Value::choice(hashgrid::scenario::OutageMode::Drawn),
        );
    }
    let mut r = model::Results::default();
    for _ in 0..n {
        model::run_into(&s, hashgrid::data::Inputs::get(), &mut r);
    }
    println!("{}", r.summary.levy_usd_m);
}
