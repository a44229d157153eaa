//! The history preset against the documented record (MODEL.md 8), one test per documented figure. Bands live
//! in presets/history-2020-2023.ron next to their sources; they are MODEL.md's tolerances and are not widened.

use hashgrid::model::{self, checks};
use hashgrid::scenario::file;
use std::sync::OnceLock;

fn results() -> &'static Vec<checks::CheckResult> {
    static R: OnceLock<Vec<checks::CheckResult>> = OnceLock::new();
    R.get_or_init(|| {
        let p = file::bundled("history-2020-2023").expect("bundled");
        let r = model::run(&p.scenario);
        checks::evaluate(&r, &p.meta.checks)
    })
}

fn assert_check(id: &str) {
    let c = results()
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("history preset has no check '{id}'"));
    assert!(
        c.pass,
        "{}: modelled {:.2} {} is outside the documented band {} .. {} ({}; {})",
        c.label, c.modelled, c.unit, c.low, c.high, c.documented, c.source
    );
}

macro_rules! calibration {
    ($($name:ident),* $(,)?) => {
        $( #[test] fn $name() { assert_check(stringify!($name)); } )*
        const CALIBRATED: &[&str] = &[$(stringify!($name)),*];
    };
}

calibration! {
    mining_load_2021_01,
    mining_load_2021_10,
    kz_share_2021_04,
    kz_share_2021_08,
    kz_share_2021_10,
    kz_share_2022_01,
    kz_share_2023_01,
    gray_mw_late_2021,
    demand_2020,
    demand_2021,
    demand_2022,
    demand_2023,
    peak_2022_12_07,
    shortfall_2022_12_07,
    mining_share_q4_2021,
    demand_change_2022,
    imports_russia_2021,
    imports_2023_01,
    imports_2021_spring,
    coal_days_2022_11,
    coal_burn_2023,
    levy_2022_q1,
    levy_2022_jan_sep,
    white_cut_late_2021,
    seized_2022,
    auction_take_up_2023,
    net_imports_2022,
    net_imports_change_2023,
    imports_2022_12,
    levy_2022,
    peak_2023_12_13,
    shortfall_2023_12_13,
    mining_load_2023_05,
}

/// A documented figure the model misses, reported rather than hidden: the test asserts today's state (outside
/// the band, modelled inside `lo..hi`), so both a fix (then it passes: move it into `calibration!`) and a
/// regression (the gap widens) make it fail and get looked at. Each reason is in docs/model.md section 8.
fn assert_known_miss(id: &str, lo: f64, hi: f64) {
    let c = results()
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("history preset has no check '{id}'"));
    assert!(
        !c.pass,
        "{id} now passes ({:.2} {}): make it an ordinary calibration test",
        c.modelled, c.unit
    );
    assert!(
        (lo..hi).contains(&c.modelled),
        "{id} moved: {:.2} {} (known state {lo}..{hi}; documented {})",
        c.modelled,
        c.unit,
        c.documented
    );
}

macro_rules! known_miss {
    ($($name:ident: $lo:expr, $hi:expr;)*) => {
        $( #[test] fn $name() { assert_known_miss(stringify!($name), $lo, $hi); } )*
        const KNOWN_MISSES: &[&str] = &[$(stringify!($name)),*];
    };
}

known_miss! {
    // Flat 24/7 mining and a fixed hourly shape cannot raise peaks more than energy (~914 MW of 1,000-1,500).
    peak_growth_2021: 800.0, 1000.0;
    // No weather: the seasonal shape peaks in early January, and mining was higher in Jan 2022 than in Dec
    // 2022, so an earlier hour beats the documented record day (~+290 MW), and a -40 C Sunday is missed.
    record_2022_12_07: 0.0, 600.0;
    consumption_2023_12_10: 330.0, 346.6;
    // One growth rate for non-mining demand over 2020-23: the record needs less growth in 2021 and more in
    // 2023 than any single rate gives, with mining on its CBECI path in 2021 and falling in 2023.
    demand_change_2021: 7.47, 10.0;
    demand_change_2023: -3.0, -0.08;
    // Imports only cover hours that are short; the record shows imports around the clock in winter 2022/23
    // and a repair backlog in Oct-Nov 2021 that the model does not have.
    net_imports_2023: 0.3, 1.47;
    imports_2021_11: 40.0, 247.8;
}

/// The fitted target must sit in its band (it is what the 2020 forced-outage rate was fitted to); a report
/// row only has to be computed.
#[test]
fn the_fitted_target_is_met_and_report_rows_are_computed() {
    for c in results() {
        match c.kind {
            checks::CheckKind::Fitted => assert!(c.pass, "{}: {:.1}", c.id, c.modelled),
            checks::CheckKind::Report => assert!(c.modelled.is_finite(), "{}", c.id),
            checks::CheckKind::Check => {}
        }
    }
}

#[test]
fn every_check_in_the_history_preset_has_its_own_test() {
    for c in results() {
        let id = c.id.as_str();
        assert!(
            CALIBRATED.contains(&id) || KNOWN_MISSES.contains(&id) || !c.counts(),
            "check {id} has no test"
        );
    }
}
