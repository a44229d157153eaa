//! Issue 10, scenario files as untrusted input: each reproducer of the issue as a test named after it. A file
//! may be refused or adjusted with a warning, always with one line that says where and what, never a panic,
//! a silent misreading or a `null`.

use hashgrid::model::{self, checks};
use hashgrid::scenario::file::{self, BUNDLED, FileIssue, Loaded};
use hashgrid::scenario::{L, Scenario};

fn history() -> &'static str {
    BUNDLED
        .iter()
        .find(|(n, _)| *n == "history-2020-2023")
        .unwrap()
        .1
}

fn with_levers(body: &str) -> String {
    history().replacen(
        "levers: ()",
        &format!("levers: (\n        {body}\n    )"),
        1,
    )
}

fn err(text: &str) -> FileIssue {
    let e = file::parse("bad.ron", text).expect_err("should be refused");
    let line = e.to_string();
    assert!(!line.contains('\n'), "one line: {line}");
    for name in [
        "PresetFile",
        "NamedOutage",
        "CheckSpec",
        "LeverFile",
        "Focus`",
    ] {
        assert!(!line.contains(name), "a Rust type name leaked: {line}");
    }
    e
}

fn ok(text: &str) -> Loaded {
    file::parse("ok.ron", text).unwrap_or_else(|e| panic!("{e}"))
}

/// 1-based line of the first line containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect(needle) + 1
}

/// The first check of the history preset with its metric replaced.
fn with_first_check(metric: &str, low_high: Option<(&str, &str)>) -> String {
    let t = history().replacen(
        "metric: MiningMw(month: \"2021-01\")",
        &format!("metric: {metric}"),
        1,
    );
    match low_high {
        Some((lo, hi)) => t.replacen(
            "low: 375.0, high: 625.0",
            &format!("low: {lo}, high: {hi}"),
            1,
        ),
        None => t,
    }
}

#[test]
fn a_check_window_ending_at_the_largest_date_is_refused_not_a_panic() {
    let t = with_first_check(
        "PeakDemandMw(from: \"2022-11-01\", to: \"+262142-12-31\")",
        None,
    );
    let e = err(&t);
    assert!(
        e.msg.contains("not a date of the run") && e.msg.contains("2020-01-01"),
        "{e}"
    );
    assert_eq!(e.line, line_of(&t, "+262142"), "{e}");
    assert_eq!(
        e.col,
        t.lines()
            .nth(e.line - 1)
            .unwrap()
            .find("\"+262142")
            .unwrap()
            + 1
    );
    // A check built in code, past the loader, evaluates to a number or a miss, without a panic.
    let p = file::bundled("history-2020-2023").unwrap();
    let r = model::run(&p.scenario);
    let mut spec = p.meta.checks[0].clone();
    spec.metric = checks::Metric::PeakDemandMw {
        from: chrono::NaiveDate::from_ymd_opt(2022, 11, 1).unwrap(),
        to: chrono::NaiveDate::MAX,
    };
    let out = checks::evaluate(&r, &[spec]);
    assert!(out[0].modelled.is_finite());
}

#[test]
fn a_focus_ending_at_the_largest_date_is_refused_and_a_csv_export_of_one_does_not_panic() {
    let t = history().replacen("to: \"2023-12-31\")", "to: \"+262142-12-31\")", 1);
    let e = err(&t);
    assert!(
        e.msg.contains("focus.to") && e.msg.contains("not a date"),
        "{e}"
    );
    let mut p = file::bundled("history-2020-2023").unwrap();
    p.meta.focus.to = chrono::NaiveDate::MAX;
    let r = model::run(&p.scenario);
    let dir = tempfile::tempdir().unwrap();
    let req = hashgrid::export::ExportRequest::for_run(&p, &p.scenario, &r, None, dir.path())
        .with_format(hashgrid::export::ExportFormat::Csv);
    hashgrid::export::write(&req, &Default::default()).expect("writes");
}

#[test]
fn an_outage_starting_before_2020_is_shortened_with_a_warning() {
    let t = history().replacen(
        "start: \"2021-10-14\",\n            days: 21",
        "start: \"2019-12-25\",\n            days: 21",
        1,
    );
    let loaded = ok(&t);
    let o = &loaded.preset.scenario.outages[0];
    assert_eq!(o.start.to_string(), "2020-01-01");
    assert_eq!(o.days, 14);
    let w = &loaded.warnings[0];
    assert!(w.msg.contains("14 of its 21 days"), "{w}");
    assert_eq!(w.line, line_of(&t, "2019-12-25"));
    // Wholly before the run (the issue's 1900 outage) it would change nothing: refused.
    let t = history().replacen("start: \"2021-10-14\"", "start: \"1900-01-01\"", 1);
    let e = err(&t);
    assert!(
        e.msg.contains("outage 1") && e.msg.contains("outside the run"),
        "{e}"
    );
}

#[test]
fn unit_mw_nan_is_refused_at_its_position() {
    let t = history().replacen("unit_mw: 150.0", "unit_mw: NaN", 1);
    let e = err(&t);
    assert!(
        e.msg.contains("outage 2") && e.msg.contains("unit_mw is NaN"),
        "{e}"
    );
    assert_eq!(e.line, line_of(&t, "NaN"));
}

#[test]
fn checks_outside_the_run_backwards_bad_months_crossed_bands_and_nan_bounds_are_refused() {
    let cases = [
        (
            with_first_check(
                "PeakDemandMw(from: \"2019-06-01\", to: \"2020-02-01\")",
                None,
            ),
            "2019-06-01",
            "not a date of the run",
        ),
        (
            with_first_check(
                "PeakDemandMw(from: \"2022-02-01\", to: \"2022-01-01\")",
                None,
            ),
            "to: \"2022-01-01\"",
            "before",
        ),
        (
            with_first_check("MiningMw(month: \"2021-13\")", None),
            "2021-13",
            "not a month of the run",
        ),
        (
            with_first_check("DemandTwh(year: 2031)", None),
            "2031",
            "not a year of the run",
        ),
        (
            with_first_check("MiningMw(month: \"2021-01\")", Some(("700.0", "600.0"))),
            "high: 600.0",
            "never pass",
        ),
        (
            with_first_check("MiningMw(month: \"2021-01\")", Some(("NaN", "600.0"))),
            "low: NaN",
            "finite",
        ),
    ];
    for (text, needle, words) in cases {
        let e = err(&text);
        assert!(
            e.msg.contains(words) && e.msg.contains("check 1"),
            "{needle}: {e}"
        );
        assert_eq!(e.line, line_of(&text, needle), "{e}");
    }
}

#[test]
fn inf_minus_inf_and_1e400_are_errors_with_their_position() {
    for v in ["inf", "-inf", "1e400", "NaN"] {
        let t = with_levers(&format!("levy_rate: {v},"));
        let e = err(&t);
        assert!(
            e.msg.contains(&format!("levy_rate: {v} is")) && e.msg.contains("not a usable number"),
            "{e}"
        );
        assert_eq!(e.line, line_of(&t, "levy_rate: "), "{e}");
        assert_eq!(e.col, 20, "{e}");
    }
    let mut s = Scenario::default();
    assert!(s.set_from_str("levy_rate", "inf").is_err());
}

#[test]
fn equal_hours_from_and_to_warn_that_there_is_no_rule() {
    let loaded = ok(&with_levers("hours_from: 5.0,\n        hours_to: 5.0,"));
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.msg.contains("no time-of-day rule")),
        "{:?}",
        loaded.warnings
    );
}

#[test]
fn a_narrative_or_comment_naming_a_field_does_not_move_the_position() {
    let t = with_levers("levy_rate: 99.0,")
        .replacen(
            "narrative: \"",
            "narrative: \"levy_rate: 5, format_version: 9. ",
            1,
        )
        .replacen(
            "(\n    format_version",
            "// format_version: 7, levy_rate: 3\n(\n    format_version",
            1,
        );
    let loaded = ok(&t);
    assert_eq!(loaded.warnings[0].line, line_of(&t, "levy_rate: 99.0"));
    let t = t.replacen("format_version: 2", "format_version: 9", 1);
    let e = err(&t);
    assert_eq!(e.line, line_of(&t, "    format_version: 9"), "{e}");
}

#[test]
fn an_outage_error_names_the_right_outage() {
    let t = history().replacen(
        "unit_mw: 500.0,\n            start: \"2022-10-01\"",
        "unit_mw: -5.0,\n            start: \"2022-10-01\"",
        1,
    );
    let e = err(&t);
    assert!(
        e.msg.contains("outage 3") && e.msg.contains("Ekibastuz: failures"),
        "{e}"
    );
    assert_eq!(e.line, line_of(&t, "unit_mw: -5.0"));
}

#[test]
fn a_read_error_names_the_path_without_a_zero_position() {
    let e = file::load(std::path::Path::new("/no/such/file.ron")).unwrap_err();
    let line = e.to_string();
    assert!(line.starts_with("/no/such/file.ron: cannot read"), "{line}");
    assert!(!line.contains(":0:0:"), "{line}");
}

#[test]
fn dev_zero_and_folders_are_refused_at_once() {
    let e = file::load(std::path::Path::new("/dev/zero")).unwrap_err();
    assert!(e.msg.contains("not a regular file"), "{e}");
    let e = file::load(std::path::Path::new("/tmp")).unwrap_err();
    assert!(e.msg.contains("folder"), "{e}");
}

#[test]
fn a_file_over_1_mib_and_an_overlong_title_are_refused_with_their_limits() {
    let dir = tempfile::tempdir().unwrap();
    let big = history().replacen(
        "title: \"",
        &format!("title: \"{}", "x".repeat(2_000_000)),
        1,
    );
    let path = dir.path().join("big.ron");
    std::fs::write(&path, &big).unwrap();
    let e = file::load(&path).unwrap_err();
    assert!(e.msg.contains("at most 1048576 bytes"), "{e}");
    let long = history().replacen("title: \"", &format!("title: \"{}", "x".repeat(300)), 1);
    let e = err(&long);
    assert!(
        e.msg.contains("title") && e.msg.contains("at most 200"),
        "{e}"
    );
}

#[test]
fn a_2_mb_title_built_in_code_keeps_the_export_subtitle_short() {
    let mut p = file::bundled("history-2020-2023").unwrap();
    p.meta.title = "t".repeat(2_000_000);
    let labels = hashgrid::export::labels(&p, &p.scenario);
    assert!(labels.subtitle.len() < 400, "{}", labels.subtitle.len());
}

#[test]
fn invalid_utf8_gets_a_position() {
    let mut bytes = history().as_bytes().to_vec();
    let at = history().find("title").unwrap();
    bytes[at] = 0xff;
    let e = file::parse_bytes("bad.ron", &bytes).unwrap_err();
    assert_eq!(e.line, line_of(history(), "title: "), "{e}");
    assert_eq!(e.col, 5, "{e}");
    assert!(e.msg.contains("UTF-8"), "{e}");
}

#[test]
fn bad_dates_say_date_and_the_allowed_range() {
    for bad in ["2021-02-30", "2021-1", "+262142-12-31x", "yesterday"] {
        let t = history().replacen("start: \"2021-10-14\"", &format!("start: \"{bad}\""), 1);
        let e = err(&t);
        assert!(
            e.msg.contains("date") && e.msg.contains("2020-01-01 to 2023-12-31"),
            "{e}"
        );
        assert_eq!(e.line, line_of(&t, bad), "{e}");
        assert!(e.msg.contains("outage 1"), "{e}");
    }
    let e = err(&with_levers("cap_start: \"2021-13-01\","));
    assert!(
        e.msg.contains("not a date") && e.msg.contains("2023-12-31"),
        "{e}"
    );
}

#[test]
fn empty_bom_and_json_files_get_plain_words() {
    assert!(err("").msg.contains("empty"));
    assert!(err("  // only a comment\n").msg.contains("empty"));
    assert!(err("{\"format_version\": 2}").msg.contains("JSON"));
    let with_bom = format!("\u{feff}{}", history());
    assert_eq!(
        ok(&with_bom).preset,
        file::bundled("history-2020-2023").unwrap()
    );
    let e = err("\u{feff}hello");
    assert!(e.msg.contains("group in ( )"), "{e}");
}

#[test]
fn a_missing_outage_field_names_the_outage_not_a_type() {
    let t = history().replacen("            days: 14,\n", "", 1);
    let e = err(&t);
    assert!(
        e.msg.contains("missing field 'days'") && e.msg.contains("outage"),
        "{e}"
    );
}

#[test]
fn units_2_5_says_a_whole_number_is_expected() {
    let t = history().replacen("units: 2,", "units: 2.5,", 1);
    let e = err(&t);
    assert!(e.msg.contains("whole number"), "{e}");
    assert!(e.msg.contains("outage 1"), "{e}");
    assert_eq!(e.line, line_of(&t, "2.5"));
    let e = err(&history().replacen("units: 2,", "units: -2,", 1));
    assert!(
        e.msg.contains("whole number") && e.msg.contains("-2"),
        "{e}"
    );
}

#[test]
fn huge_numbers_are_printed_short() {
    let loaded = ok(&with_levers("levy_rate: 1e308,"));
    let w = loaded.warnings[0].to_string();
    assert!(w.contains("1e308") && w.len() < 200, "{w}");
    let e = err(&history().replacen(
        "unit_mw: 150.0",
        &format!("unit_mw: {}.0", "9".repeat(300)),
        1,
    ));
    assert!(e.to_string().len() < 300, "{e}");
}

#[test]
fn a_newline_or_escape_in_a_value_keeps_the_message_on_one_line() {
    let e = err(&with_levers("levy_scheme: \"steep\\nand\\u{1b}[31mred\","));
    let line = e.to_string();
    assert!(!line.contains('\n') && !line.contains('\u{1b}'), "{line}");
    let e = err(&history().replacen("title: \"", "title: \"two\\nlines ", 1));
    assert!(e.msg.contains("control character"), "{e}");
    let issue = FileIssue {
        file: "a\nb.ron".into(),
        line: 1,
        col: 1,
        msg: "x\ny".into(),
    };
    assert_eq!(issue.to_string(), "a\\nb.ron:1:1: x\\ny");
}

#[test]
fn an_unknown_lever_gets_a_suggestion_not_a_list_of_every_lever() {
    let t = with_levers("levy_rat: 1.0,");
    let e = err(&t);
    assert!(e.msg.contains("did you mean 'levy_rate'"), "{e}");
    assert_eq!(e.line, line_of(&t, "levy_rat:"));
}

#[test]
fn every_bundled_preset_passes_the_new_rules() {
    for (id, text) in BUNDLED {
        let loaded = file::parse(id, text).unwrap_or_else(|e| panic!("{e}"));
        assert!(loaded.warnings.is_empty(), "{id}: {:?}", loaded.warnings);
        let r = model::run(&loaded.preset.scenario);
        for c in checks::evaluate(&r, &loaded.preset.meta.checks) {
            assert!(c.modelled.is_finite(), "{id}: check {} has no value", c.id);
        }
    }
}

#[test]
fn a_lever_list_with_a_wrong_entry_is_refused_with_the_lever_named() {
    let e = err(&with_levers(
        "priority: [\"households\", \"households\", \"industry\"],",
    ));
    assert!(e.msg.contains("priority") && e.msg.contains("twice"), "{e}");
    let _ = L::Priority;
}
