//! Helpers shared by the command-line tests (`tests/cli.rs`, `tests/hostile_cli.rs`).

/// A command-line failure must exit with 2 and say what is wrong in one line; returns that line.
pub fn one_line_error(out: &std::process::Output) -> String {
    assert_eq!(out.status.code(), Some(2), "bad input must exit with 2");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one clear line, got: {err}"
    );
    err
}
