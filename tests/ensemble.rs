//! Ensembles: deterministic whatever the thread count, bands that contain the deterministic run, and no stale
//! bands after the scenario changes mid-ensemble.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use hashgrid::app::HashgridApp;
use hashgrid::charts::{self, ChartId};
use hashgrid::model;
use hashgrid::scenario::{L, Scenario, Value};
use hashgrid::uncertainty::{self, RunOut};

fn bands_for(
    s: &Scenario,
    runs: usize,
    seed: u64,
    threads: usize,
) -> (Vec<Vec<uncertainty::Band>>, uncertainty::Summary) {
    let out = uncertainty::run(s, runs, seed, threads);
    let refs: Vec<&RunOut> = out.iter().collect();
    let r = model::run(s);
    let templates: Vec<_> = ChartId::ALL.iter().map(|&c| charts::build(c, &r)).collect();
    (
        uncertainty::bands(&refs, &templates),
        uncertainty::summarise(&refs, seed),
    )
}

fn flat(b: &[Vec<uncertainty::Band>]) -> Vec<f64> {
    b.iter()
        .flatten()
        .flat_map(|x| x.p10.iter().chain(&x.p50).chain(&x.p90).copied())
        .collect()
}

#[test]
fn same_master_seed_gives_identical_percentiles_on_1_2_and_3_threads() {
    let s = Scenario::default();
    let (b1, s1) = bands_for(&s, 24, 7, 1);
    let (b2, s2) = bands_for(&s, 24, 7, 2);
    let (b3, s3) = bands_for(&s, 24, 7, 3);
    assert_eq!(flat(&b1), flat(&b2));
    assert_eq!(flat(&b1), flat(&b3));
    let h = |s: &uncertainty::Summary| {
        s.headline
            .iter()
            .map(|(_, q)| [q.p10, q.p50, q.p90])
            .collect::<Vec<_>>()
    };
    assert_eq!(h(&s1), h(&s2));
    assert_eq!(h(&s1), h(&s3));
    let (b_other, _) = bands_for(&s, 24, 8, 2);
    assert_ne!(
        flat(&b1),
        flat(&b_other),
        "another master seed should draw other runs"
    );
}

#[test]
fn bands_contain_the_deterministic_run() {
    let s = Scenario::default();
    let (bands, summary) = bands_for(&s, 60, 1, uncertainty::default_threads());
    let r = model::run(&s);
    for (c, id) in ChartId::ALL.iter().enumerate() {
        let chart = charts::build(*id, &r);
        for b in &bands[c] {
            let line = &chart.series[b.series];
            let inside = line
                .points
                .iter()
                .enumerate()
                .filter(|(k, p)| p[1] >= b.p10[*k] - 1e-6 && p[1] <= b.p90[*k] + 1e-6)
                .count();
            let share = inside as f64 / line.points.len() as f64;
            assert!(
                share >= 0.8,
                "{}: deterministic run inside the 80 % band at only {:.0} % of points",
                line.name,
                share * 100.0
            );
        }
    }
    // Headline outcomes: P10 <= P50 <= P90.
    for (name, q) in &summary.headline {
        assert!(q.p10 <= q.p50 && q.p50 <= q.p90, "{name:?}: {q:?}");
    }
}

#[test]
fn bands_follow_the_sliders() {
    // Inputs are drawn around the scenario's own values: moving a lever moves the band with it.
    let base = Scenario::default();
    let mut high = base.clone();
    high.set(L::LevyRate, Value::Num(20.0));
    high.set(L::LevyScheme, Value::Choice(0));
    let (b0, _) = bands_for(&base, 20, 3, 2);
    let (b1, _) = bands_for(&high, 20, 3, 2);
    let cum = |b: &[Vec<uncertainty::Band>]| b[2][0].p50.last().copied().unwrap();
    assert!(
        cum(&b1) > cum(&b0),
        "a 20 KZT levy should move the revenue band up"
    );
}

#[test]
fn changing_a_lever_mid_ensemble_leaves_no_stale_bands_on_screen() {
    let mut app = HashgridApp::with_preset("history-2020-2023");
    app.bands.target_runs = 30;
    app.set_bands(true);
    let mut h = Harness::builder()
        .with_size([1440.0, 900.0])
        .build_ui_state(|ui, app: &mut HashgridApp| app.show(ui), app);
    h.step();
    // Change the levy while the first ensemble is still running.
    h.get_by_role_and_label(
        egui::accesskit::Role::Slider,
        "Mining levy (flat) [KZT/kWh]",
    )
    .set_value_accesskit(15.0);
    h.step();
    // The old ensemble is cancelled at once: no bands of the previous scenario stay on screen.
    assert!(
        h.state().bands.bands.is_none(),
        "stale bands still shown after the change"
    );
    h.state_mut().wait_for_bands();
    h.step();
    let app = h.state();
    assert_eq!(
        app.bands.bands_generation, app.bands.generation,
        "bands must belong to the latest scenario"
    );
    assert_eq!(app.bands.done(), 30);
    // They are exactly the bands of a fresh ensemble of the new scenario.
    let (expected, _) = bands_for(app.scenario(), 30, app.bands.master_seed, 1);
    assert_eq!(flat(app.bands.bands.as_ref().unwrap()), flat(&expected));
    assert_eq!(app.scenario().num(L::LevyRate), 15.0);
}
