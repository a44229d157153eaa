//! The desktop app driven like a person would, through egui_kittest (no display, no GPU): find widgets by
//! their label, move them, and check the model re-ran and the charts changed.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use hashgrid::app::{Command, HashgridApp};
use hashgrid::charts::ChartId;
use hashgrid::export::ExportFormat;
use hashgrid::scenario::{L, LevyScheme};

#[path = "common/gui.rs"]
mod gui_common;
use gui_common::harness;

fn chart(app: &HashgridApp, id: ChartId) -> &hashgrid::charts::ChartData {
    app.session
        .current
        .charts
        .iter()
        .find(|c| c.id == id)
        .expect("chart present")
}

fn sum_series(app: &HashgridApp, id: ChartId, name_part: &str) -> f64 {
    chart(app, id)
        .series
        .iter()
        .filter(|s| s.name.contains(name_part))
        .flat_map(|s| s.points.iter().map(|p| p[1]))
        .sum()
}

const LEVY: &str = "Mining levy (flat) [KZT/kWh]";

#[test]
fn starts_on_the_history_preset_with_four_charts() {
    let mut h = harness();
    h.run();
    let app = h.state();
    assert_eq!(app.session.base.meta.id, "history-2020-2023");
    assert_eq!(app.session.current.charts.len(), 4);
    h.get_by_role_and_label(Role::Slider, LEVY);
    for c in ChartId::ALL {
        assert!(
            !h.query_all_by_label(c.title())
                .collect::<Vec<_>>()
                .is_empty(),
            "chart title {} not on screen",
            c.title()
        );
    }
}

#[test]
fn moving_the_levy_slider_reruns_the_model_and_changes_the_charts() {
    let mut h = harness();
    h.run();
    let runs = h.state().session.runs;
    let revenue_before = sum_series(h.state(), ChartId::Revenue, "Levy collected");
    let white_before: f64 = h.state().session.current.results.monthly[24..36]
        .iter()
        .map(|m| m.white_served_mw)
        .sum();
    h.get_by_role_and_label(Role::Slider, LEVY)
        .set_value_accesskit(10.0);
    h.run();
    let app = h.state();
    assert_eq!(app.scenario().num(L::LevyRate), 10.0);
    assert!(app.session.runs > runs, "the model did not re-run");
    let revenue_after = sum_series(app, ChartId::Revenue, "Levy collected");
    assert!(
        revenue_after > revenue_before,
        "levy revenue chart should rise: {revenue_before} -> {revenue_after}"
    );
    let white_after: f64 = app.session.current.results.monthly[24..36]
        .iter()
        .map(|m| m.white_served_mw)
        .sum();
    assert!(
        white_after < white_before,
        "registered mining in 2022 should fall: {white_before} -> {white_after}"
    );
    // The change is listed in the "what differs" panel.
    assert!(h.query_all_by_label("Mining levy (flat)").count() >= 1);
}

#[test]
fn undo_restores_and_redo_reapplies() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, LEVY)
        .set_value_accesskit(7.0);
    h.run();
    assert_eq!(h.state().scenario().num(L::LevyRate), 7.0);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        h.state().scenario().num(L::LevyRate),
        1.0,
        "Ctrl+Z should undo"
    );
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(
        h.state().scenario().num(L::LevyRate),
        7.0,
        "Ctrl+Shift+Z should redo"
    );
    h.get_by_label("⟲ Undo").click();
    h.run();
    assert_eq!(
        h.state().scenario().num(L::LevyRate),
        1.0,
        "the Undo button should undo"
    );
}

#[test]
fn picking_a_preset_changes_levers_and_story() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "Preset:").click();
    h.run();
    h.get_by_label("Late 2021: rationing and breakdowns")
        .click();
    h.run();
    let app = h.state();
    assert_eq!(app.session.base.meta.id, "2021q4-rationing-and-breakdowns");
    assert_eq!(
        app.scenario().choice::<LevyScheme>(L::LevyScheme),
        LevyScheme::Flat,
        "the preset's levers are loaded"
    );
    assert!(
        app.scenario()
            .changed_from(&app.session.base.scenario)
            .is_empty()
    );
}

#[test]
fn arrow_keys_move_a_focused_slider() {
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, LEVY).focus();
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert!(
        h.state().scenario().num(L::LevyRate) > 1.0,
        "arrow right should raise the levy"
    );
}

#[test]
fn a_broken_file_shows_an_error_and_leaves_the_scenario_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        "(\n    format_version: 1,\n    id: \"x\",\n    title: 5,\n)",
    )
    .unwrap();
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, LEVY)
        .set_value_accesskit(4.0);
    h.run();
    let before = h.state().scenario().clone();
    h.state_mut().apply(Command::OpenFile(path));
    h.run();
    assert_eq!(
        h.state().scenario(),
        &before,
        "a broken file must not change the scenario"
    );
    let msg = h.state().messages.error.clone().expect("an error dialog");
    assert!(
        msg.contains("broken.ron") && msg.contains("Line 4"),
        "{msg}"
    );
    h.get_by_label("Something went wrong");
    h.get_by_label("OK").click();
    h.run();
    assert!(h.state().messages.error.is_none());
}

#[test]
fn save_then_open_round_trips_the_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    let mut h = harness();
    h.run();
    h.get_by_role_and_label(Role::Slider, LEVY)
        .set_value_accesskit(12.0);
    h.run();
    h.state_mut().apply(Command::SaveTo(path.clone()));
    h.state_mut()
        .apply(Command::LoadPreset("2020-invitation".into()));
    h.state_mut().apply(Command::OpenFile(path.clone()));
    h.run();
    assert_eq!(h.state().scenario().num(L::LevyRate), 12.0);
    assert_eq!(h.state().files.recent.first(), Some(&path));
}

#[test]
fn export_writes_every_chart_through_the_report_renderer() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    h.run();
    h.state_mut().apply(Command::Export {
        chart: None,
        format: ExportFormat::Png,
        path: dir.path().to_path_buf(),
    });
    h.state_mut().wait_for_export();
    let n = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(n, 4, "{:?}", h.state().messages.error);
    let one = dir.path().join("one.svg");
    h.state_mut().apply(Command::Export {
        chart: Some(ChartId::Load),
        format: ExportFormat::Svg,
        path: one.clone(),
    });
    h.state_mut().wait_for_export();
    assert!(
        std::fs::read_to_string(one)
            .unwrap()
            .contains("Electricity demand")
    );
}

/// "Export all" at 3200x1800 takes seconds: it runs in the background, the window keeps drawing with a
/// progress bar, and Cancel stops it without leaving any file.
#[test]
fn a_large_export_runs_in_the_background_with_progress_and_can_be_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    h.run();
    h.state_mut().view.export_size = (3200, 1800);
    h.state_mut().apply(Command::Export {
        chart: None,
        format: ExportFormat::Png,
        path: dir.path().to_path_buf(),
    });
    h.run();
    assert!(
        h.state().export.is_some(),
        "the export should still be running"
    );
    h.get_by_label_contains("Exporting 4 charts as PNG");
    h.get_by_label("Cancel export").click();
    h.run();
    h.state_mut().wait_for_export();
    assert!(h.state().export.is_none());
    assert!(
        h.state().messages.status.contains("cancelled"),
        "{}",
        h.state().messages.status
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// A schedule is switched off by picking "Never" in its month list.
#[test]
fn never_in_a_date_list_switches_a_schedule_off() {
    let mut h = harness();
    h.run();
    assert!(h.state().scenario().date(L::LevyStart).is_some());
    h.get_by_role_and_label(Role::ComboBox, "Levy from").click();
    h.run();
    h.get_by_label("Never").click();
    h.run();
    let app = h.state();
    assert_eq!(app.scenario().date(L::LevyStart), None);
    assert_eq!(
        app.scenario().changed_from(&app.session.base.scenario),
        vec![L::LevyStart]
    );
    // No flat levy in 2022 any more; the progressive scale still applies from 2023.
    let months = &app.session.current.results.monthly;
    assert!(months[24..36].iter().all(|m| m.levy_kzt == 0.0));
    assert!(months[36..48].iter().any(|m| m.levy_kzt > 0.0));
}

/// Issue 10: the app opens files through the same loader as the command line, so a hostile file shows the
/// dialog and changes nothing.
#[test]
fn a_hostile_file_in_the_gui_shows_the_dialog_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let history = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/presets/history-2020-2023.ron"
    ))
    .unwrap();
    let nan = dir.path().join("nan.ron");
    std::fs::write(&nan, history.replacen("unit_mw: 150.0", "unit_mw: NaN", 1)).unwrap();
    let mut h = harness();
    h.run();
    let before = h.state().scenario().clone();
    for path in [
        nan,
        std::path::PathBuf::from("/dev/zero"),
        dir.path().to_path_buf(),
    ] {
        h.state_mut().apply(Command::OpenFile(path.clone()));
        h.run();
        assert_eq!(h.state().scenario(), &before, "{}", path.display());
        let msg = h.state().messages.error.clone().expect("an error dialog");
        assert!(msg.contains(&path.display().to_string()), "{msg}");
        assert!(!msg.contains("Line 0"), "{msg}");
        h.get_by_label("OK").click();
        h.run();
    }
}
