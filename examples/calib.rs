//! Prints the history preset's monthly path and checks: the calibration loop's view of the model.
use hashgrid::model::{self, checks};
use hashgrid::scenario::file;

fn main() {
    let p = file::bundled("history-2020-2023").unwrap();
    let mut s = p.scenario.clone();
    for a in std::env::args().skip(1) {
        let (k, v) = a.split_once('=').unwrap();
        if let Err(e) = s.set_from_str(k, v) { eprintln!("{e}"); }
    }
    let t = std::time::Instant::now();
    let r = model::run(&s);
    eprintln!("run {:?}", t.elapsed());
    println!("month    dem_TWh  peak  avail  gen  shedMWh sh_h white gray wsrv gsrv share rec  exod seized levyKZTm imp_GWh margin arr");
    for m in &r.monthly {
        println!("{} {:6.2} {:6.0} {:6.0} {:6.0} {:8.0} {:3} {:5.0} {:5.0} {:5.0} {:5.0} {:5.1} {:5} {:5.0} {:5.0} {:7.0} {:6.0} {:6.1} {:5.0}",
            m.month, m.demand_twh, m.peak_demand_mw, m.available_mw_at_peak, m.generation_mw_at_peak, m.shed_mwh, m.shed_hours,
            m.white_mw, m.gray_mw, m.white_served_mw, m.gray_served_mw, m.kz_share_pct,
            m.recorded_kz_share_pct.map(|v| format!("{v:.1}")).unwrap_or("-".into()), m.exodus_mw_cum, m.seized_mw_cum,
            m.levy_kzt/1e6, m.imports_twh*1e3, m.white_margin_usd_mwh, m.arrivals_mw);
    }
    for c in checks::evaluate(&r, &p.meta.checks) {
        println!("{} {:40} doc {:>22} model {:10.2} [{} .. {}]", if c.pass {"PASS"} else {"FAIL"}, c.label, c.documented, c.modelled, c.low, c.high);
    }
    println!("{:?}", r.summary);
}
