//! Issue 10 through the built binary: arguments that are not UTF-8, a standard output that is closed or
//! full, scenario ids that try to leave the export folder, and `docs` pointed at the wrong place. Each test
//! is named after the reproducer it guards.

use std::io::Read;
use std::process::Stdio;

mod common;
use common::{assert_success, bin, hashgrid, one_line_error};

/// `hashgrid docs --out DIR`.
fn docs_into(dir: &std::path::Path) -> std::process::Output {
    bin().arg("docs").arg("--out").arg(dir).output().unwrap()
}

fn history_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/presets/history-2020-2023.ron"
    ))
    .unwrap()
}

#[test]
fn a_preset_argument_that_is_not_utf8_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"\xff");
    let out = bin().arg("run").arg("--preset").arg(bad).output().unwrap();
    let e = one_line_error(&out);
    assert!(e.contains("no preset or file"), "{e}");
    let out = bin().arg(bad).output().unwrap();
    one_line_error(&out);
}

/// `| head -c1`: the reader goes away before the output is written.
fn closed_stdout(args: &[&str]) {
    let mut child = bin()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    let mut stdout = child.stdout.take().unwrap();
    let _ = stdout.read(&mut first);
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{args:?}: {err}");
    assert!(err.is_empty(), "{args:?} should stop quietly: {err}");
}

#[test]
fn run_and_ensemble_into_a_closed_pipe_stop_quietly() {
    closed_stdout(&["run", "--preset", "history-2020-2023"]);
    closed_stdout(&["run", "--preset", "history-2020-2023", "--format", "csv"]);
    closed_stdout(&[
        "ensemble",
        "--preset",
        "history-2020-2023",
        "--runs",
        "3",
        "--format",
        "csv",
    ]);
    closed_stdout(&["presets"]);
    closed_stdout(&["levers"]);
}

#[test]
fn presets_into_a_full_disk_is_one_line_and_exit_2() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not Linux: there is no device that is always full
    };
    let out = bin().arg("presets").stdout(full).output().unwrap();
    let e = one_line_error(&out);
    assert!(e.contains("cannot write the output"), "{e}");
}

fn export_with_id(
    id: &str,
    out: &std::path::Path,
    scenario: &std::path::Path,
) -> std::process::Output {
    let text = history_text().replacen("id: \"history-2020-2023\"", &format!("id: {id:?}"), 1);
    std::fs::write(scenario, text).unwrap();
    bin()
        .args(["export", "--format", "csv", "--preset"])
        .arg(scenario)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn an_id_of_dotdot_escaped_stays_inside_the_export_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    let res = export_with_id("../escaped", &out_dir, &dir.path().join("s.ron"));
    assert_success(&res);
    let mut top: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    top.sort();
    assert_eq!(
        top,
        vec!["out", "s.ron"],
        "nothing may be written beside the folder"
    );
    assert!(out_dir.join("escaped_load.csv").exists());
    for line in String::from_utf8_lossy(&res.stdout).lines() {
        assert!(std::path::Path::new(line).starts_with(&out_dir), "{line}");
    }
}

#[test]
fn an_absolute_id_stays_inside_the_export_folder() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim");
    std::fs::create_dir(&victim).unwrap();
    let target = victim.join("x_load.csv");
    std::fs::write(&target, "keep me").unwrap();
    let id = format!("{}/x", victim.display());
    let out_dir = dir.path().join("out");
    let res = export_with_id(&id, &out_dir, &dir.path().join("s.ron"));
    assert_success(&res);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    assert_eq!(std::fs::read_dir(&victim).unwrap().count(), 1);
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 4);
}

#[test]
fn a_missing_preset_argument_is_named() {
    let e = one_line_error(&hashgrid(&["run"]));
    assert!(e.contains("--preset"), "{e}");
}

#[test]
fn dev_zero_as_a_preset_is_refused_at_once() {
    let e = one_line_error(&hashgrid(&["run", "--preset", "/dev/zero"]));
    assert!(
        e.contains("/dev/zero") && e.contains("not a regular file"),
        "{e}"
    );
}

#[test]
fn docs_into_a_new_folder_fails_cleanly_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new-docs");
    let out = docs_into(&new);
    let e = one_line_error(&out);
    assert!(
        e.contains("model.md") && e.contains("nothing was written"),
        "{e}"
    );
    assert!(!new.exists(), "no folder and no file may be created");
}

#[test]
fn docs_exits_non_zero_when_the_model_md_markers_are_missing() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model.md");
    std::fs::write(&model, "# Model\n\nno markers here\n").unwrap();
    let out = docs_into(dir.path());
    let e = one_line_error(&out);
    assert!(
        e.contains(&model.display().to_string()) && e.contains("markers"),
        "{e}"
    );
    assert_eq!(
        std::fs::read_to_string(&model).unwrap(),
        "# Model\n\nno markers here\n"
    );
    assert!(!dir.path().join("levers.md").exists());
}

#[test]
fn docs_into_a_folder_with_model_md_writes_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model.md");
    std::fs::write(
        &model,
        "# M\n<!-- calibration:start -->\nold\n<!-- calibration:end -->\n",
    )
    .unwrap();
    let out = docs_into(dir.path());
    assert_success(&out);
    assert!(dir.path().join("levers.md").exists());
    assert!(!std::fs::read_to_string(&model).unwrap().contains("\nold\n"));
}

#[test]
fn a_broken_file_on_the_command_line_is_one_line_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nan.ron");
    std::fs::write(
        &path,
        history_text().replacen("unit_mw: 150.0", "unit_mw: NaN", 1),
    )
    .unwrap();
    let e = one_line_error(
        &bin()
            .arg("run")
            .arg("--preset")
            .arg(&path)
            .output()
            .unwrap(),
    );
    assert!(
        e.contains("nan.ron:") && e.contains("unit_mw is NaN"),
        "{e}"
    );
    let e = one_line_error(
        &bin()
            .args([
                "run",
                "--preset",
                "history-2020-2023",
                "--set",
                "levy_rate=inf",
            ])
            .output()
            .unwrap(),
    );
    assert!(e.contains("levy_rate"), "{e}");
}
