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
    ($($name:ident),* $(,)?) => { $( #[test] fn $name() { assert_check(stringify!($name)); } )* };
}

calibration! {
    mining_load_2021_01,
    mining_load_2021_10,
    kz_share_2021_04,
    kz_share_2021_08,
    kz_share_2021_10,
    kz_share_2022_01,
    white_mw_late_2021,
    gray_mw_late_2021,
    demand_2020,
    demand_2021,
    demand_2022,
    demand_2023,
    winter_2022_peak,
    winter_2022_generation,
    winter_2022_shortfall,
    mining_share_q4_2021,
}

#[test]
fn every_check_in_the_history_preset_has_its_own_test() {
    let covered = [
        "mining_load_2021_01",
        "mining_load_2021_10",
        "kz_share_2021_04",
        "kz_share_2021_08",
        "kz_share_2021_10",
        "kz_share_2022_01",
        "white_mw_late_2021",
        "gray_mw_late_2021",
        "demand_2020",
        "demand_2021",
        "demand_2022",
        "demand_2023",
        "peak_growth_2021",
        "winter_2022_peak",
        "winter_2022_generation",
        "winter_2022_shortfall",
        "mining_share_q4_2021",
    ];
    for c in results() {
        assert!(
            covered.contains(&c.id.as_str()),
            "check {} has no test",
            c.id
        );
    }
}

/// Known miss, reported rather than hidden: the model gives ~960 MW against the documented 1,000-1,500 MW.
/// Annual energy (Ember) grew ~0.75 GW on average in 2021 while KEGOC reports peak-hour consumption up
/// 1-1.5 GW; with flat (24/7) mining load and the assumed fixed hourly shape the model cannot raise peaks
/// more than energy without breaking the annual-demand and hashrate-share targets. See docs/model.md.
///
/// This asserts today's state, so both a fix (the check passes: move it into `calibration!` above) and a
/// regression (the gap widens below 900 MW) make this test fail and get looked at.
#[test]
fn peak_growth_2021_is_a_known_miss_of_about_40_mw() {
    let c = results()
        .iter()
        .find(|c| c.id == "peak_growth_2021")
        .expect("the history preset checks peak growth in 2021");
    assert!(
        !c.pass,
        "peak_growth_2021 now passes ({:.0} MW): make it an ordinary calibration test",
        c.modelled
    );
    assert!(
        (900.0..1000.0).contains(&c.modelled),
        "peak_growth_2021 moved: {:.0} MW (known state ~960 MW, documented {} {})",
        c.modelled,
        c.documented,
        c.unit
    );
}
