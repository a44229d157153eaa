//! The command line: `run`, `export`, `ensemble`, `presets`, `levers`, `docs`. With no subcommand the desktop
//! app opens (the binary passes it in, so this module does not depend on the app). This module parses
//! arguments and prints; the work is done by the library below it.

mod commands;
mod help;

use crate::export::ExportFormat;
use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "hashgrid",
    version,
    about = "What-if explorer: Kazakhstan's grid and the 2021-23 crypto-mining boom"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    /// Language of messages and exported charts: en, ru or kk. JSON keys, CSV columns and lever ids are
    /// the same in every language.
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LangArg {
    En,
    Ru,
    Kk,
}

impl From<LangArg> for crate::i18n::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::En => crate::i18n::Lang::En,
            LangArg::Ru => crate::i18n::Lang::Ru,
            LangArg::Kk => crate::i18n::Lang::Kk,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Run a scenario and print monthly results, a summary and the checks against the record.
    Run {
        /// A bundled preset id (see `hashgrid presets`) or a path to a .ron scenario file.
        #[arg(long)]
        preset: PathBuf,
        /// Change a lever, e.g. --set levy_rate=10 (repeatable; ids in `hashgrid levers`).
        #[arg(long = "set", value_name = "LEVER=VALUE")]
        set: Vec<String>,
        #[arg(long, value_enum, default_value_t = RunFormat::Json)]
        format: RunFormat,
    },
    /// Write one file per chart (PNG, SVG or CSV) for reports.
    Export {
        #[arg(long)]
        preset: PathBuf,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = FormatArg::Png)]
        format: FormatArg,
        /// Image size in pixels, WIDTHxHEIGHT.
        #[arg(long, default_value = "1600x900")]
        size: String,
        #[arg(long = "set", value_name = "LEVER=VALUE")]
        set: Vec<String>,
        /// Draw uncertainty bands from an ensemble of this many runs (P10-P90).
        #[arg(long)]
        runs: Option<usize>,
        /// Master seed of the ensemble.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Run an ensemble over the uncertain inputs and print percentiles (P10/P50/P90).
    Ensemble {
        #[arg(long)]
        preset: PathBuf,
        #[arg(long, default_value_t = crate::uncertainty::DEFAULT_RUNS)]
        runs: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Worker threads (default: every core). The result does not depend on it.
        #[arg(long)]
        threads: Option<usize>,
        #[arg(long = "set", value_name = "LEVER=VALUE")]
        set: Vec<String>,
        #[arg(long, value_enum, default_value_t = RunFormat::Json)]
        format: RunFormat,
    },
    /// List the bundled presets.
    Presets,
    /// List every lever with its unit, range and default.
    Levers,
    /// Regenerate the generated documentation (docs/levers.md and the calibration section of docs/model.md).
    Docs {
        #[arg(long, default_value = "docs")]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum RunFormat {
    Json,
    Csv,
}

/// The export formats as clap shows them; the library's [`ExportFormat`] stays free of argument parsing.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Png,
    Svg,
    Csv,
}

impl From<FormatArg> for ExportFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Png => ExportFormat::Png,
            FormatArg::Svg => ExportFormat::Svg,
            FormatArg::Csv => ExportFormat::Csv,
        }
    }
}

/// An error for the person at the terminal: one line, exit code 2.
pub(crate) struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError(e.to_string())
    }
}

/// A line on standard error. A closed or full stderr must not turn a message into a panic (`eprintln!`
/// panics when the write fails), so a failed write is dropped: there is nowhere left to report it.
pub(crate) fn note(line: &str) {
    let _ = writeln!(std::io::stderr(), "{}", crate::format::one_line(line));
}

/// Writes a command's whole answer to standard output. A reader that went away (`| head -c1`) ends the
/// program quietly with 0, as `cat` or `grep` would; any other failure (a full disk) is one line and 2.
fn print_out(text: &str) -> i32 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            note(&crate::i18n::t_args(
                "cli-cannot-write",
                &[("error", (&e.to_string()).into())],
            ));
            2
        }
    }
}

/// Prints clap's own message in one line (help and version go to stdout with exit 0). Clap spreads some
/// messages over several lines (the missing argument's name is on the second), so every line before the
/// usage is kept, joined.
fn argument_error(err: clap::Error) -> i32 {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        return print_out(&err.to_string());
    }
    let text = err.to_string();
    let parts: Vec<&str> = text
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let msg = help::error_words(&err).unwrap_or_else(|| {
        if parts.is_empty() {
            "bad arguments".to_string()
        } else {
            parts.join(" ").trim_start_matches("error: ").to_string()
        }
    });
    note(&crate::i18n::t_strs("cli-argument-error", &[("msg", &msg)]));
    2
}

/// Entry point; `gui` opens the desktop app when no subcommand is given. Returns the exit code. Arguments
/// are taken as the operating system gives them (`std::env::args_os`), so a name that is not UTF-8 is a
/// path like any other or a one-line error, never a panic.
pub fn main_with<I, T>(args: I, gui: impl FnOnce() -> i32) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if let Some(l) = help::lang_before_parsing(&args) {
        crate::i18n::set_lang_from_args(l);
    }
    let parsed = help::command()
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(err) => return argument_error(err),
    };
    if let Some(l) = cli.lang {
        crate::i18n::set_lang_from_args(l.into());
    }
    let result = match cli.cmd {
        None => return gui(),
        Some(cmd) => dispatch(cmd),
    };
    match result {
        Ok(text) => print_out(&text),
        Err(CliError(msg)) => {
            note(&format!("hashgrid: {msg}"));
            2
        }
    }
}

/// Runs one subcommand; the answer comes back as text so that printing (and its failures) is in one place.
fn dispatch(cmd: Cmd) -> Result<String, CliError> {
    match cmd {
        Cmd::Run {
            preset,
            set,
            format,
        } => commands::run(&preset, &set, matches!(format, RunFormat::Json)),
        Cmd::Export {
            preset,
            out,
            format,
            size,
            set,
            runs,
            seed,
        } => commands::export(commands::ExportArgs {
            preset: &preset,
            out: &out,
            format: format.into(),
            size: &size,
            sets: &set,
            ensemble: runs.map(|n| (n, seed)),
        }),
        Cmd::Ensemble {
            preset,
            runs,
            seed,
            threads,
            set,
            format,
        } => commands::ensemble(
            &preset,
            &set,
            (runs, seed, threads),
            matches!(format, RunFormat::Json),
        ),
        Cmd::Presets => Ok(commands::presets()),
        Cmd::Levers => Ok(crate::docs::levers_text()),
        Cmd::Docs { out } => crate::docs::write_all(&out)
            .map(|()| String::new())
            .map_err(CliError::from),
    }
}
