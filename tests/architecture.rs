//! The invariants of ARCHITECTURE.md, checked by reading the sources: layers only import downwards, the
//! library below the app never mentions a GUI or argument-parsing crate, and no source file grows past the
//! size a reader can hold in mind. When one of these fails, fix the code (or, for a deliberate change of
//! design, ARCHITECTURE.md and this test together).

use std::path::{Path, PathBuf};

/// Each top-level module and its layer, bottom first. A module may use its own layer and those below;
/// `app` and `cli` share the top layer but may not use each other.
const LAYERS: &[(&str, u32)] = &[
    ("calendar", 0),
    ("format", 0),
    ("i18n", 0),
    ("data", 1),
    ("scenario", 2),
    ("model", 3),
    ("charts", 4),
    ("uncertainty", 5),
    ("export", 6),
    ("docs", 7),
    ("catalog", 7),
    ("app", 8),
    ("cli", 8),
];

/// Crates that belong to the window or the terminal, never to the library under them.
const UI_CRATES: &[&str] = &["egui", "eframe", "egui_plot", "rfd", "clap"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file belongs to (`src/model/step.rs` -> `model`); `None` for lib.rs and main.rs.
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(src()).ok()?;
    let first = rel.components().next()?.as_os_str().to_string_lossy();
    let name = first.trim_end_matches(".rs").to_string();
    (name != "lib" && name != "main").then_some(name)
}

fn layer(module: &str) -> u32 {
    LAYERS
        .iter()
        .find(|(m, _)| *m == module)
        .map(|(_, l)| *l)
        .unwrap_or_else(|| panic!("module `{module}` is not in ARCHITECTURE.md's layers"))
}

/// Code lines only: doc and line comments are prose and may name anything.
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::name` a file uses.
fn crate_paths(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .filter(|(i, _)| !code[..*i].ends_with('$'))
        .map(|(i, m)| {
            code[i + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

fn all_files() -> Vec<(PathBuf, String, String)> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files
        .into_iter()
        .filter_map(|p| {
            let m = module_of(&p)?;
            let text = std::fs::read_to_string(&p).ok()?;
            Some((p, m, text))
        })
        .collect()
}

#[test]
fn nothing_imports_upwards_and_app_and_cli_stay_apart() {
    let mut bad = Vec::new();
    for (path, module, text) in all_files() {
        for used in crate_paths(&code(&text)) {
            if used == module || used.is_empty() {
                continue;
            }
            let sideways = matches!(
                (module.as_str(), used.as_str()),
                ("app", "cli") | ("cli", "app")
            );
            if layer(&used) > layer(&module) || sideways {
                bad.push(format!("{} uses crate::{used}", path.display()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "imports against the layering:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_library_below_the_app_has_no_gui_or_terminal_crate() {
    let mut bad = Vec::new();
    for (path, module, text) in all_files() {
        if module == "app" || module == "cli" {
            continue;
        }
        let code = code(&text);
        for krate in UI_CRATES {
            let used =
                code.contains(&format!("{krate}::")) || code.contains(&format!("use {krate}"));
            if used {
                bad.push(format!("{} uses {krate}", path.display()));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn no_source_file_is_over_500_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let big: Vec<String> = files
        .iter()
        .filter_map(|p| {
            let n = std::fs::read_to_string(p).ok()?.lines().count();
            (n > 500).then(|| format!("{} ({n} lines)", p.display()))
        })
        .collect();
    assert!(big.is_empty(), "split these by what they hold: {big:?}");
}

#[test]
fn every_module_is_in_the_architecture_document() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
            .expect("ARCHITECTURE.md exists");
    for (m, _) in LAYERS {
        assert!(
            doc.contains(&format!("`{m}`")),
            "ARCHITECTURE.md does not describe `{m}`"
        );
    }
    for (_, module, _) in all_files() {
        layer(&module);
    }
}
