//! The export module on its own: what a request writes, that a multi-file export is all-or-nothing, and that
//! a cancelled export leaves nothing behind.

use hashgrid::charts::ChartId;
use hashgrid::export::{self, ExportError, ExportFormat, ExportRequest, Progress, Target};
use hashgrid::model;
use hashgrid::scenario::file;
use std::sync::atomic::Ordering;

fn request(dir: &std::path::Path) -> ExportRequest {
    let p = file::bundled(file::DEFAULT_PRESET).expect("bundled");
    let r = model::run(&p.scenario);
    ExportRequest::for_run(&p, &p.scenario, &r, None, dir).with_format(ExportFormat::Svg)
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_request_writes_one_file_per_chart_with_the_documented_names() {
    let dir = tempfile::tempdir().unwrap();
    let progress = Progress::default();
    let written = export::write(&request(dir.path()), &progress).expect("writes");
    assert_eq!(written.len(), 4);
    assert_eq!(progress.done.load(Ordering::Relaxed), 4);
    assert_eq!(
        names(dir.path()),
        vec![
            "history-2020-2023_load.svg",
            "history-2020-2023_miner-exodus.svg",
            "history-2020-2023_shortages.svg",
            "history-2020-2023_tax-revenue.svg",
        ]
    );
}

#[test]
fn one_chart_goes_to_the_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.csv");
    let mut req = request(dir.path())
        .with_format(ExportFormat::Csv)
        .only(ChartId::Revenue);
    req.target = Target::File(path.clone());
    export::write(&req, &Progress::default()).expect("writes");
    assert_eq!(names(dir.path()), vec!["mine.csv"]);
    assert!(std::fs::read_to_string(path).unwrap().starts_with("date,"));
}

#[test]
fn a_failure_on_one_file_writes_none_of_them() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the third chart's file should go: that file cannot be written.
    std::fs::create_dir(dir.path().join("history-2020-2023_tax-revenue.svg")).unwrap();
    let err = export::write(&request(dir.path()), &Progress::default()).unwrap_err();
    assert!(matches!(err, ExportError::Write { .. }), "{err}");
    assert_eq!(
        names(dir.path()),
        vec!["history-2020-2023_tax-revenue.svg"],
        "no chart file and no temporary file may be left"
    );
}

#[test]
fn a_cancelled_export_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let progress = Progress::default();
    progress.cancel.store(true, Ordering::Relaxed);
    let err = export::write(&request(dir.path()), &progress).unwrap_err();
    assert!(matches!(err, ExportError::Cancelled));
    assert!(names(dir.path()).is_empty());
}
