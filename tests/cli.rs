//! The command line end to end, through the built binary.

mod common;
use common::{assert_success, hashgrid, one_line_error};

#[test]
fn run_prints_the_documented_json_shape() {
    let out = hashgrid(&[
        "run",
        "--preset",
        "presets/history-2020-2023.ron",
        "--format",
        "json",
    ]);
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    for key in ["scenario", "monthly", "summary", "checks"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let months = v["monthly"].as_array().unwrap();
    assert_eq!(months.len(), 48);
    let aug = months
        .iter()
        .find(|m| m["month"] == "2021-08")
        .expect("2021-08 row");
    for f in [
        "demand_twh",
        "peak_demand_mw",
        "available_mw_at_peak",
        "shed_mwh",
        "shed_hours",
        "white_mw",
        "gray_mw",
        "mining_mw",
        "mining_twh",
        "levy_kzt",
        "levy_usd",
        "kz_hashrate_ehs",
        "kz_share_pct",
        "exodus_mw_cum",
        "imports_twh",
    ] {
        assert!(aug[f].is_number(), "field {f} missing or not a number");
    }
    for c in v["checks"].as_array().unwrap() {
        for f in ["id", "label", "documented", "modelled", "pass"] {
            assert!(c.get(f).is_some(), "check lacks {f}");
        }
    }
    assert!(v["scenario"]["levers"]["levy_rate"].is_number());
}

#[test]
fn set_changes_a_lever_and_is_reported_as_changed() {
    let out = hashgrid(&[
        "run",
        "--preset",
        "history-2020-2023",
        "--set",
        "levy_rate=10",
        "--set",
        "levy_scheme=flat",
    ]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["scenario"]["levers"]["levy_rate"], 10.0);
    assert_eq!(v["scenario"]["changed"].as_array().unwrap().len(), 2);
}

#[test]
fn run_csv_has_a_header_and_48_rows() {
    let out = hashgrid(&["run", "--preset", "history-2020-2023", "--format", "csv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 49);
    assert!(text.lines().next().unwrap().starts_with("month,demand_twh"));
}

#[test]
fn export_writes_pngs_of_the_stated_size() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let out = hashgrid(&[
        "export",
        "--preset",
        "2021q4-rationing-and-breakdowns",
        "--out",
        d,
        "--size",
        "1200x700",
    ]);
    assert_success(&out);
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 4, "one file per chart: {files:?}");
    for f in files {
        let img = image::open(&f).expect("a PNG that decodes");
        assert_eq!((img.width(), img.height()), (1200, 700), "{}", f.display());
    }
}

#[test]
fn export_svg_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    assert!(
        hashgrid(&[
            "export",
            "--preset",
            "history-2020-2023",
            "--out",
            d,
            "--format",
            "svg"
        ])
        .status
        .success()
    );
    assert!(
        hashgrid(&[
            "export",
            "--preset",
            "history-2020-2023",
            "--out",
            d,
            "--format",
            "csv"
        ])
        .status
        .success()
    );
    let svg = std::fs::read_to_string(dir.path().join("history-2020-2023_load.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Electricity demand"));
    let csv =
        std::fs::read_to_string(dir.path().join("history-2020-2023_tax-revenue.csv")).unwrap();
    assert!(csv.lines().count() > 40);
}

#[test]
fn changed_levers_appear_in_the_export_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let out = hashgrid(&[
        "export",
        "--preset",
        "history-2020-2023",
        "--out",
        d,
        "--set",
        "levy_rate=10",
    ]);
    assert!(out.status.success());
    assert!(
        dir.path()
            .join("history-2020-2023_load_levy_rate-10.png")
            .exists()
    );
}

#[test]
fn bad_input_gives_one_line_and_exit_code_2() {
    let e = one_line_error(&hashgrid(&["run", "--preset", "no-such-preset"]));
    assert!(e.contains("no-such-preset"));
    let e = one_line_error(&hashgrid(&[
        "run",
        "--preset",
        "history-2020-2023",
        "--set",
        "nope=1",
    ]));
    assert!(e.contains("unknown lever 'nope'"));
    let e = one_line_error(&hashgrid(&[
        "run",
        "--preset",
        "history-2020-2023",
        "--set",
        "levy_rate=abc",
    ]));
    assert!(e.contains("levy_rate"));
    one_line_error(&hashgrid(&[
        "export",
        "--preset",
        "history-2020-2023",
        "--out",
        "/tmp",
        "--size",
        "big",
    ]));
    one_line_error(&hashgrid(&["frobnicate"]));
    one_line_error(&hashgrid(&["run"]));
}

#[test]
fn a_broken_file_is_reported_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, "(\n    format_version: 1,\n    id: 7,\n)").unwrap();
    let e = one_line_error(&hashgrid(&["run", "--preset", path.to_str().unwrap()]));
    assert!(e.contains("broken.ron:3:"), "{e}");
}

#[test]
fn clamped_set_values_warn_but_run() {
    let out = hashgrid(&[
        "run",
        "--preset",
        "history-2020-2023",
        "--set",
        "levy_rate=99",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("clamped"));
}

#[test]
fn presets_and_levers_list() {
    let out = hashgrid(&["presets"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 10);
    let out = hashgrid(&["levers"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("levy_rate") && text.contains("KZT/kWh"));
}
