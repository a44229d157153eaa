//! The command line: `run`, `export`, `presets`, `levers`, `docs`. With no subcommand the desktop app opens.

use crate::charts::{self, ChartId, render};
use crate::model::{self, MODEL_VERSION, checks};
use crate::scenario::file::{self, Preset};
use crate::scenario::{L, LEVERS, Raw, Scenario};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

#[derive(Parser, Debug)]
#[command(
    name = "hashgrid",
    version,
    about = "What-if explorer: Kazakhstan's grid and the 2021-23 crypto-mining boom"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Run a scenario and print monthly results, a summary and the checks against the record.
    Run {
        /// A bundled preset id (see `hashgrid presets`) or a path to a .ron scenario file.
        #[arg(long)]
        preset: String,
        /// Change a lever, e.g. --set levy_rate=10 (repeatable; ids in `hashgrid levers`).
        #[arg(long = "set", value_name = "LEVER=VALUE")]
        set: Vec<String>,
        #[arg(long, value_enum, default_value_t = RunFormat::Json)]
        format: RunFormat,
    },
    /// Write one file per chart (PNG, SVG or CSV) for reports.
    Export {
        #[arg(long)]
        preset: String,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = ExportFormat::Png)]
        format: ExportFormat,
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
        preset: String,
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

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
pub enum ExportFormat {
    Png,
    Svg,
    Csv,
}

/// An error for the person at the terminal: one line, exit code 2.
pub struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError(e.to_string())
    }
}

/// Entry point; `gui` opens the desktop app when no subcommand is given.
pub fn main_with(args: Vec<String>, gui: impl FnOnce() -> i32) -> i32 {
    let cli = match Cli::try_parse_from(&args) {
        Ok(c) => c,
        Err(err) => {
            use clap::error::ErrorKind;
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) {
                print!("{err}");
                return 0;
            }
            let text = err.to_string();
            let first = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("bad arguments");
            eprintln!(
                "hashgrid: {} (see `hashgrid --help`)",
                first.trim_start_matches("error: ")
            );
            return 2;
        }
    };
    let result = match cli.cmd {
        None => return gui(),
        Some(Cmd::Run {
            preset,
            set,
            format,
        }) => cmd_run(&preset, &set, format),
        Some(Cmd::Export {
            preset,
            out,
            format,
            size,
            set,
            runs,
            seed,
        }) => cmd_export(&preset, &out, format, &size, &set, runs.map(|n| (n, seed))),
        Some(Cmd::Ensemble {
            preset,
            runs,
            seed,
            threads,
            set,
            format,
        }) => cmd_ensemble(&preset, runs, seed, threads, &set, format),
        Some(Cmd::Presets) => cmd_presets(),
        Some(Cmd::Levers) => {
            print!("{}", crate::docs::levers_text());
            Ok(())
        }
        Some(Cmd::Docs { out }) => crate::docs::write_all(&out).map_err(CliError::from),
    };
    match result {
        Ok(()) => 0,
        Err(CliError(msg)) => {
            eprintln!("hashgrid: {msg}");
            2
        }
    }
}

/// A bundled preset id or a file path, with `--set` overrides applied. Clamping warnings go to stderr.
pub fn load_scenario(preset: &str, sets: &[String]) -> Result<(Preset, Preset), CliError> {
    let base = match file::bundled(preset) {
        Some(p) => p,
        None => {
            let path = Path::new(preset);
            if !path.exists() {
                let ids: Vec<&str> = file::BUNDLED.iter().map(|(n, _)| *n).collect();
                return Err(CliError(format!(
                    "no preset or file '{preset}' (bundled presets: {})",
                    ids.join(", ")
                )));
            }
            let loaded = file::load(path)?;
            for w in &loaded.warnings {
                eprintln!("warning: {w}");
            }
            loaded.preset
        }
    };
    let mut p = base.clone();
    for s in sets {
        let (k, v) = s
            .split_once('=')
            .ok_or_else(|| CliError(format!("--set '{s}': write LEVER=VALUE")))?;
        if let Some(w) = p.scenario.set_from_str(k.trim(), v).map_err(CliError)? {
            eprintln!("warning: {w}");
        }
    }
    Ok((base, p))
}

fn raw_json(r: Raw) -> serde_json::Value {
    match r {
        Raw::Num(x) => serde_json::json!(x),
        Raw::Str(s) => serde_json::json!(s),
        Raw::List(v) => serde_json::json!(v),
        Raw::Bool(b) => serde_json::json!(b),
    }
}

pub fn scenario_json(p: &Preset, base: &Scenario) -> serde_json::Value {
    let levers: serde_json::Map<String, serde_json::Value> = LEVERS
        .iter()
        .map(|d| (d.id.to_string(), raw_json(p.scenario.to_raw(d.lever))))
        .collect();
    let changed: Vec<serde_json::Value> = p
        .scenario
        .changed_from(base)
        .into_iter()
        .map(|l| serde_json::json!({"lever": l.decl().id, "from": raw_json(base.to_raw(l)), "to": raw_json(p.scenario.to_raw(l))}))
        .collect();
    serde_json::json!({
        "id": p.meta.id,
        "title": p.meta.title,
        "focus": {"from": p.meta.focus.from.to_string(), "to": p.meta.focus.to.to_string()},
        "model_version": MODEL_VERSION,
        "levers": levers,
        "changed": changed,
        "outages": p.scenario.outages,
    })
}

fn cmd_run(preset: &str, sets: &[String], format: RunFormat) -> Result<(), CliError> {
    let (base, p) = load_scenario(preset, sets)?;
    let r = model::run(&p.scenario);
    match format {
        RunFormat::Json => {
            let out = serde_json::json!({
                "scenario": scenario_json(&p, &base.scenario),
                "monthly": r.monthly,
                "summary": r.summary,
                "checks": checks::evaluate(&r, &p.meta.checks),
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        RunFormat::Csv => {
            let mut w = csv::Writer::from_writer(std::io::stdout());
            for row in &r.monthly {
                w.serialize(row)?;
            }
            w.flush()?;
        }
    }
    Ok(())
}

/// Short text of what differs from the preset, for subtitles and file names.
pub fn changes_text(p: &Scenario, base: &Scenario) -> String {
    p.changed_from(base)
        .iter()
        .map(|&l| format!("{} {}", l.decl().label, p.display(l)))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn changes_slug(p: &Scenario, base: &Scenario) -> String {
    let parts: Vec<String> = p
        .changed_from(base)
        .iter()
        .take(3)
        .map(|&l| {
            let v = match p.to_raw(l) {
                Raw::Num(x) => format!("{x}"),
                Raw::Str(s) => s,
                Raw::List(v) => v.join("-"),
                Raw::Bool(b) => b.to_string(),
            };
            format!("{}-{}", l.decl().id, v)
        })
        .collect();
    let mut s: String = parts
        .join("_")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if p.changed_from(base).len() > 3 {
        s.push_str("_and-more");
    }
    s
}

pub fn parse_size(s: &str) -> Result<(u32, u32), CliError> {
    let (w, h) = s
        .split_once('x')
        .ok_or_else(|| CliError(format!("--size '{s}': write WIDTHxHEIGHT, e.g. 1600x900")))?;
    let w: u32 = w
        .trim()
        .parse()
        .map_err(|_| CliError(format!("--size '{s}': width is not a number")))?;
    let h: u32 = h
        .trim()
        .parse()
        .map_err(|_| CliError(format!("--size '{s}': height is not a number")))?;
    if !(400..=8000).contains(&w) || !(300..=6000).contains(&h) {
        return Err(CliError(format!(
            "--size '{s}': width must be 400-8000 and height 300-6000 pixels"
        )));
    }
    Ok((w, h))
}

/// Everything an export needs besides the chart: subtitle, footer, focus band.
pub fn export_labels(p: &Preset, base: &Scenario) -> render::Labels {
    let changes = changes_text(&p.scenario, base);
    let subtitle = if changes.is_empty() {
        format!("Scenario: {} ({})", p.meta.title, p.meta.id)
    } else {
        format!(
            "Scenario: {} ({}) | changed: {changes}",
            p.meta.title, p.meta.id
        )
    };
    render::Labels {
        subtitle,
        footer: format!("Hashgrid | {MODEL_VERSION}"),
        focus: Some((
            model::calendar::date_to_year_fraction(p.meta.focus.from),
            model::calendar::date_to_year_fraction(p.meta.focus.to + chrono::Days::new(1)),
        )),
    }
}

/// File name (without extension) of an exported chart: preset, chart, and up to three changed levers.
pub fn export_stem(p: &Preset, base: &Scenario, chart: ChartId) -> String {
    let slug = changes_slug(&p.scenario, base);
    if slug.is_empty() {
        format!("{}_{}", p.meta.id, chart.slug())
    } else {
        format!("{}_{}_{}", p.meta.id, chart.slug(), slug)
    }
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
            ExportFormat::Csv => "csv",
        }
    }
}

/// Writes every chart of a run to `out`; returns the paths written.
pub fn export_all(
    p: &Preset,
    base: &Scenario,
    r: &model::Results,
    out: &Path,
    format: ExportFormat,
    size: (u32, u32),
    only: Option<ChartId>,
) -> Result<Vec<PathBuf>, CliError> {
    export_with_bands(p, base, r, out, format, size, only, None)
}

/// As [`export_all`], with uncertainty bands when an ensemble is given (bands per chart, and the run count).
#[allow(clippy::too_many_arguments)]
pub fn export_with_bands(
    p: &Preset,
    base: &Scenario,
    r: &model::Results,
    out: &Path,
    format: ExportFormat,
    size: (u32, u32),
    only: Option<ChartId>,
    bands: Option<(&[Vec<crate::uncertainty::Band>], usize)>,
) -> Result<Vec<PathBuf>, CliError> {
    std::fs::create_dir_all(out)
        .map_err(|e| CliError(format!("cannot create {}: {e}", out.display())))?;
    let labels = export_labels(p, base);
    let mut written = Vec::new();
    for id in ChartId::ALL
        .into_iter()
        .filter(|c| only.is_none_or(|o| o == *c))
    {
        let mut data = charts::build(id, r);
        if let Some((b, n)) = bands {
            let ci = ChartId::ALL.iter().position(|c| *c == id).unwrap_or(0);
            data = crate::uncertainty::with_bands(&data, &b[ci], n);
        }
        let stem = export_stem(p, base, id);
        let (path, bytes) = match format {
            ExportFormat::Png => (
                out.join(format!("{stem}.png")),
                render::png(&data, &labels, size.0, size.1).map_err(CliError)?,
            ),
            ExportFormat::Svg => (
                out.join(format!("{stem}.svg")),
                render::svg(&data, &labels, size.0, size.1)
                    .map_err(CliError)?
                    .into_bytes(),
            ),
            ExportFormat::Csv => (
                out.join(format!("{stem}.csv")),
                charts::table::csv(&data).into_bytes(),
            ),
        };
        write_atomic_bytes(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

fn write_atomic_bytes(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            CliError(format!("cannot write {}: {e}", path.display()))
        })
}

fn check_runs(runs: usize) -> Result<usize, CliError> {
    if runs == 0 || runs > crate::uncertainty::MAX_RUNS {
        return Err(CliError(format!(
            "--runs {runs}: choose 1 to {}",
            crate::uncertainty::MAX_RUNS
        )));
    }
    Ok(runs)
}

fn cmd_export(
    preset: &str,
    out: &Path,
    format: ExportFormat,
    size: &str,
    sets: &[String],
    ensemble: Option<(usize, u64)>,
) -> Result<(), CliError> {
    let size = parse_size(size)?;
    let (base, p) = load_scenario(preset, sets)?;
    let r = model::run(&p.scenario);
    let written = match ensemble {
        None => export_all(&p, &base.scenario, &r, out, format, size, None)?,
        Some((n, seed)) => {
            let n = check_runs(n)?;
            let runs = crate::uncertainty::run(
                &p.scenario,
                n,
                seed,
                crate::uncertainty::default_threads(),
            );
            let refs: Vec<&crate::uncertainty::RunOut> = runs.iter().collect();
            let templates: Vec<_> = ChartId::ALL.iter().map(|&c| charts::build(c, &r)).collect();
            let b = crate::uncertainty::bands(&refs, &templates);
            export_with_bands(
                &p,
                &base.scenario,
                &r,
                out,
                format,
                size,
                None,
                Some((&b, n)),
            )?
        }
    };
    for path in written {
        println!("{}", path.display());
    }
    Ok(())
}

fn cmd_ensemble(
    preset: &str,
    runs: usize,
    seed: u64,
    threads: Option<usize>,
    sets: &[String],
    format: RunFormat,
) -> Result<(), CliError> {
    let runs = check_runs(runs)?;
    let (base, p) = load_scenario(preset, sets)?;
    let threads = threads.unwrap_or_else(crate::uncertainty::default_threads);
    let out = crate::uncertainty::run(&p.scenario, runs, seed, threads);
    let refs: Vec<&crate::uncertainty::RunOut> = out.iter().collect();
    let s = crate::uncertainty::summarise(&refs, seed);
    match format {
        RunFormat::Json => {
            let headline: serde_json::Map<String, serde_json::Value> = s
                .headline
                .iter()
                .map(|(k, q)| (k.clone(), serde_json::json!(q)))
                .collect();
            let monthly: Vec<serde_json::Value> = s
                .monthly
                .iter()
                .map(|(m, fields)| {
                    let mut o = serde_json::Map::new();
                    o.insert("month".into(), serde_json::json!(m));
                    for (f, q) in fields {
                        o.insert(f.clone(), serde_json::json!(q));
                    }
                    serde_json::Value::Object(o)
                })
                .collect();
            let inputs: Vec<serde_json::Value> = crate::scenario::uncertain::UNCERTAIN
                .iter()
                .map(|u| serde_json::json!({"id": u.id, "label": u.label, "range": u.range_text, "source": u.source}))
                .collect();
            let v = serde_json::json!({
                "scenario": scenario_json(&p, &base.scenario),
                "runs": s.runs,
                "seed": s.master_seed,
                "threads": threads,
                "uncertain_inputs": inputs,
                "headline": headline,
                "monthly": monthly,
            });
            println!("{}", serde_json::to_string_pretty(&v)?);
        }
        RunFormat::Csv => {
            let mut header = vec!["month".to_string()];
            for f in crate::uncertainty::MONTHLY {
                for q in ["p10", "p50", "p90"] {
                    header.push(format!("{f}_{q}"));
                }
            }
            println!("{}", header.join(","));
            for (m, fields) in &s.monthly {
                let mut row = vec![m.clone()];
                for (_, q) in fields {
                    row.extend([q.p10, q.p50, q.p90].iter().map(|v| format!("{v:.4}")));
                }
                println!("{}", row.join(","));
            }
        }
    }
    Ok(())
}

fn cmd_presets() -> Result<(), CliError> {
    for (id, _) in file::BUNDLED {
        if let Some(p) = file::bundled(id) {
            println!(
                "{id:34} {}  [{} .. {}]",
                p.meta.title, p.meta.focus.from, p.meta.focus.to
            );
        }
    }
    Ok(())
}

/// The lever a CLI id names, for callers that validate ids.
pub fn lever(id: &str) -> Option<L> {
    L::by_id(id)
}
