//! `--lang` on the command line: exported charts and messages follow it, machine output does not.

use std::path::Path;

mod common;
use common::{assert_success, hashgrid, one_line_error};

fn export(dir: &Path, lang: &str, format: &str) {
    let out = hashgrid(&[
        "export",
        "--lang",
        lang,
        "--preset",
        "history-2020-2023",
        "--out",
        dir.to_str().expect("utf-8 temp dir"),
        "--format",
        format,
        "--set",
        "levy_rate=10",
    ]);
    assert_success(&out);
}

#[test]
fn export_in_kazakh_writes_kazakh_charts_that_decode() {
    let dir = tempfile::tempdir().expect("temp dir");
    export(dir.path(), "kk", "svg");
    export(dir.path(), "kk", "png");
    let stem = "history-2020-2023_load_levy_rate-10";
    let svg = std::fs::read_to_string(dir.path().join(format!("{stem}.svg"))).expect("svg");
    assert!(svg.starts_with("<svg"));
    assert!(
        svg.contains("Электр энергиясын тұтыну және отандық генерация"),
        "Kazakh title"
    );
    assert!(svg.contains("Қуат, МВт"), "Kazakh axis title with its unit");
    assert!(
        svg.contains("Тіркелген төлемақы"),
        "subtitle names the change"
    );
    assert!(
        svg.contains("10,0\u{a0}₸/кВт·сағ"),
        "the changed value in Kazakh number format"
    );
    let img = image::open(dir.path().join(format!("{stem}.png"))).expect("a PNG that decodes");
    assert_eq!((img.width(), img.height()), (1600, 900));
}

#[test]
fn csv_columns_do_not_change_with_the_language() {
    let (en, kk) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    export(en.path(), "en", "csv");
    export(kk.path(), "kk", "csv");
    for chart in ["load", "shortages", "tax-revenue", "miner-exodus"] {
        let name = format!("history-2020-2023_{chart}_levy_rate-10.csv");
        let a = std::fs::read_to_string(en.path().join(&name)).expect("en csv");
        let b = std::fs::read_to_string(kk.path().join(&name)).expect("kk csv");
        assert_eq!(a, b, "{chart}: the same file in every language");
    }
}

/// Every key path of a JSON value ("summary.levy_usd_m", "monthly[].month"), so two documents can be
/// compared by shape.
fn keys(v: &serde_json::Value, path: &str, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{path}.{k}");
                out.insert(p.clone());
                keys(x, &p, out);
            }
        }
        serde_json::Value::Array(a) => {
            for x in a {
                keys(x, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn run_in_russian_keeps_the_json_keys_and_values() {
    let run = |lang: &str| {
        let out = hashgrid(&["run", "--lang", lang, "--preset", "2022-tightening"]);
        assert!(out.status.success());
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("valid JSON")
    };
    let (en, ru) = (run("en"), run("ru"));
    let (mut a, mut b) = (Default::default(), Default::default());
    keys(&en, "", &mut a);
    keys(&ru, "", &mut b);
    assert!(a.len() > 50);
    assert_eq!(a, b, "the same keys");
    assert_eq!(en, ru, "machine output is the same in every language");
}

#[test]
fn messages_follow_the_language() {
    let err = one_line_error(&hashgrid(&[
        "run",
        "--lang",
        "ru",
        "--preset",
        "no-such-preset",
    ]));
    assert!(err.contains("нет готового сценария или файла"), "{err}");
    let out = hashgrid(&["presets", "--lang", "kk"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Егер майнинг болмаса"));
}

#[test]
fn help_and_argument_errors_follow_the_language() {
    let ru = hashgrid(&["--lang", "ru", "--help"]);
    assert!(ru.status.success());
    let text = String::from_utf8_lossy(&ru.stdout);
    assert!(
        text.contains("Использование: hashgrid [ПАРАМЕТРЫ] [КОМАНДА]"),
        "{text}"
    );
    assert!(text.contains("Показать справку"), "{text}");
    let kk = hashgrid(&["export", "--help", "--lang", "kk"]);
    let text = String::from_utf8_lossy(&kk.stdout);
    assert!(
        text.contains("Графиктер файлының форматы [әдепкісі: png]"),
        "{text}"
    );
    let en = hashgrid(&["run", "--help"]);
    assert!(
        String::from_utf8_lossy(&en.stdout)
            .contains("Usage: hashgrid run [OPTIONS] --preset <PRESET>")
    );
    let err = one_line_error(&hashgrid(&["--lang", "kk", "run", "--bogus"]));
    assert!(err.contains("белгісіз аргумент: «--bogus»"), "{err}");
}
