use hashgrid::data::Inputs;
use hashgrid::model;
use hashgrid::scenario::{L, Scenario, Value};
fn time(label: &str, s: &Scenario, inp: &Inputs) {
    let _ = model::run_with(s, inp);
    let t = std::time::Instant::now();
    for _ in 0..50 {
        std::hint::black_box(model::run_with(s, inp));
    }
    println!(
        "{label:30} {:.3} ms",
        t.elapsed().as_secs_f64() * 1000.0 / 50.0
    );
}
fn main() {
    let base = Inputs::get();
    let mut s = Scenario::default();
    time("ev", &s, base);
    s.set(L::OutageMode, Value::Choice(1));
    time("drawn", &s, base);
    let cl = base.clone();
    time("drawn, cloned inputs", &s, &cl);
    let mut d = base.clone();
    d.a.diurnal_peak_scale = 1.2;
    time("drawn, diurnal 1.2", &s, &d);
    let mut s2 = s.clone();
    s2.set(L::RepairDays, Value::Num(5.0));
    time("drawn, repair 5", &s2, base);
    let mut s3 = s.clone();
    s3.set(L::ForcedOutageRate, Value::Num(9.0));
    time("drawn, FOR 9", &s3, base);
    let (sd, id) = hashgrid::uncertainty::draw(&Scenario::default(), base, 1, 5);
    time("ensemble draw 5", &sd, &id);
}
