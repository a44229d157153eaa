//! Helpers shared by the command-line tests (`tests/cli.rs`, `tests/cli_lang.rs`, `tests/hostile_cli.rs`).

use std::process::{Command, Output};

/// The built binary, for tests that set up its arguments or standard streams themselves.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hashgrid"))
}

/// Runs the built binary with `args` and returns what it printed.
pub fn hashgrid(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

/// The command succeeded; on failure the assertion shows what it printed on standard error.
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A command-line failure must exit with 2 and say what is wrong in one line; returns that line.
pub fn one_line_error(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "bad input must exit with 2");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one clear line, got: {err}"
    );
    err
}
