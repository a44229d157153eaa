//! `cargo run --release --example prof -- N [drawn] [fresh]`: N model runs of the history preset, for
//! instruction counting with callgrind (per-run cost = difference between two N, divided). `fresh` calls
//! `model::run` (new result buffers every run, as the criterion bench does) instead of reusing one
//! `Results` through `model::run_into`.
use hashgrid::model;
use hashgrid::scenario::{L, Value, file};
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let flags: Vec<String> = args.collect();
    let mut s = file::bundled(file::DEFAULT_PRESET)
        .expect("bundled")
        .scenario;
    if flags.iter().any(|f| f == "drawn") {
        s.set(
            L::OutageMode,
            Value::choice(hashgrid::scenario::OutageMode::Drawn),
        );
    }
    let fresh = flags.iter().any(|f| f == "fresh");
    let mut r = model::Results::default();
    for _ in 0..n {
        if fresh {
            r = model::run(&s);
        } else {
            model::run_into(&s, hashgrid::data::Inputs::get(), &mut r);
        }
    }
    println!("{}", r.summary.levy_usd_m);
}
