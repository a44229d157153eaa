//! What each subcommand does: load the scenario, ask the library, print the answer.

use super::{CliError, note};
use crate::charts::{self, ChartId};
use crate::export::{self, BandSet, ExportFormat, ExportRequest};
use crate::i18n::t_args;
use crate::model::{self, MODEL_VERSION, MonthlyField, checks};
use crate::scenario::file::{self, Preset};
use crate::scenario::uncertain::UNCERTAIN;
use crate::scenario::{LEVERS, Raw, Scenario};
use crate::uncertainty::{self, RunOut};
use serde_json::{Value as Json, json};
use std::fmt::Write as _;
use std::path::Path;

/// A warning line on standard error, prefixed in the chosen language.
fn warn(w: &str) {
    note(&t_args("cli-warning", &[("text", w.into())]));
}

/// A bundled preset id or a file path, with `--set` overrides applied: (the preset as loaded, the scenario
/// to run). Clamping warnings go to stderr.
pub(super) fn load_scenario(preset: &Path, sets: &[String]) -> Result<(Preset, Preset), CliError> {
    let bundled = preset.to_str().and_then(file::bundled);
    let base = match bundled {
        Some(p) => p,
        None => {
            if !preset.exists() {
                let ids: Vec<&str> = file::BUNDLED.iter().map(|(n, _)| *n).collect();
                return Err(CliError(t_args(
                    "cli-no-preset",
                    &[
                        (
                            "name",
                            (&crate::format::short_text(&preset.to_string_lossy(), 200)).into(),
                        ),
                        ("ids", (&ids.join(", ")).into()),
                    ],
                )));
            }
            let loaded = file::load(preset)?;
            for w in &loaded.warnings {
                warn(&w.to_string());
            }
            loaded.preset
        }
    };
    let mut p = base.clone();
    for s in sets {
        let (k, v) = s.split_once('=').ok_or_else(|| {
            CliError(t_args(
                "cli-set-syntax",
                &[("arg", (&crate::format::short_text(s, 80)).into())],
            ))
        })?;
        if let Some(w) = p.scenario.set_from_str(k.trim(), v).map_err(CliError)? {
            warn(&w);
        }
    }
    if !sets.is_empty() {
        for w in p.scenario.notes() {
            warn(&w);
        }
    }
    Ok((base, p))
}

fn raw_json(r: Raw) -> Json {
    match r {
        Raw::Num(x) => json!(x),
        Raw::Str(s) => json!(s),
        Raw::List(v) => json!(v),
        Raw::Bool(b) => json!(b),
    }
}

/// The scenario block of `run` and `ensemble` output: every lever, what changed, the outages.
fn scenario_json(p: &Preset, base: &Scenario) -> Json {
    let levers: serde_json::Map<String, Json> = LEVERS
        .iter()
        .map(|d| (d.id.to_string(), raw_json(p.scenario.to_raw(d.lever))))
        .collect();
    let changed: Vec<Json> = p
        .scenario
        .changed_from(base)
        .into_iter()
        .map(|l| json!({"lever": l.decl().id, "from": raw_json(base.to_raw(l)), "to": raw_json(p.scenario.to_raw(l))}))
        .collect();
    json!({
        "id": p.meta.id,
        "title": p.meta.title,
        "focus": {"from": p.meta.focus.from.to_string(), "to": p.meta.focus.to.to_string()},
        "model_version": MODEL_VERSION,
        "levers": levers,
        "changed": changed,
        "outages": p.scenario.outages,
    })
}

pub(super) fn run(preset: &Path, sets: &[String], as_json: bool) -> Result<String, CliError> {
    let (base, p) = load_scenario(preset, sets)?;
    let r = model::run(&p.scenario);
    if as_json {
        let out = json!({
            "scenario": scenario_json(&p, &base.scenario),
            "monthly": r.monthly,
            "summary": r.summary,
            "checks": checks::evaluate(&r, &p.meta.checks),
        });
        Ok(serde_json::to_string_pretty(&out)? + "\n")
    } else {
        let mut w = csv::Writer::from_writer(Vec::new());
        for row in &r.monthly {
            w.serialize(row)?;
        }
        Ok(String::from_utf8(
            w.into_inner().map_err(|e| e.to_string())?,
        )?)
    }
}

fn parse_size(s: &str) -> Result<(u32, u32), CliError> {
    let shown = crate::format::short_text(s, 40);
    let (w, h) = s
        .split_once('x')
        .ok_or_else(|| CliError(t_args("cli-size-syntax", &[("arg", (&shown).into())])))?;
    let w: u32 = w
        .trim()
        .parse()
        .map_err(|_| CliError(t_args("cli-size-width", &[("arg", (&shown).into())])))?;
    let h: u32 = h
        .trim()
        .parse()
        .map_err(|_| CliError(t_args("cli-size-height", &[("arg", (&shown).into())])))?;
    if !(400..=8000).contains(&w) || !(300..=6000).contains(&h) {
        return Err(CliError(t_args(
            "cli-size-range",
            &[("arg", (&shown).into())],
        )));
    }
    Ok((w, h))
}

fn check_runs(runs: usize) -> Result<usize, CliError> {
    if runs == 0 || runs > uncertainty::MAX_RUNS {
        let (runs, max) = (runs.to_string(), uncertainty::MAX_RUNS.to_string());
        return Err(CliError(t_args(
            "cli-runs-range",
            &[("runs", (&runs).into()), ("max", (&max).into())],
        )));
    }
    Ok(runs)
}

pub(super) struct ExportArgs<'a> {
    pub preset: &'a Path,
    pub out: &'a Path,
    pub format: ExportFormat,
    pub size: &'a str,
    pub sets: &'a [String],
    /// (runs, master seed) when the charts should carry uncertainty bands.
    pub ensemble: Option<(usize, u64)>,
}

pub(super) fn export(a: ExportArgs) -> Result<String, CliError> {
    let size = parse_size(a.size)?;
    let (base, p) = load_scenario(a.preset, a.sets)?;
    let r = model::run(&p.scenario);
    let bands = match a.ensemble {
        None => None,
        Some((n, seed)) => {
            let n = check_runs(n)?;
            let runs = uncertainty::run(&p.scenario, n, seed, uncertainty::default_threads());
            let refs: Vec<&RunOut> = runs.iter().collect();
            let templates: Vec<_> = ChartId::ALL.iter().map(|&c| charts::build(c, &r)).collect();
            Some((uncertainty::bands(&refs, &templates), n))
        }
    };
    let band_set = bands.as_ref().map(|(b, n)| BandSet { bands: b, runs: *n });
    let req = ExportRequest::for_run(&p, &base.scenario, &r, band_set, a.out)
        .with_format(a.format)
        .with_size(size);
    let mut listing = String::new();
    for path in export::write(&req, &export::Progress::default())? {
        let _ = writeln!(listing, "{}", path.display());
    }
    Ok(listing)
}

fn ensemble_json(p: &Preset, base: &Scenario, s: &uncertainty::Summary, threads: usize) -> Json {
    let headline: serde_json::Map<String, Json> = s
        .headline
        .iter()
        .map(|(h, q)| (h.id().to_string(), json!(q)))
        .collect();
    let monthly: Vec<Json> = s
        .monthly
        .iter()
        .map(|(m, fields)| {
            let mut o = serde_json::Map::new();
            o.insert("month".into(), json!(m));
            for (f, q) in MonthlyField::ALL.iter().zip(fields) {
                o.insert(f.id().into(), json!(q));
            }
            Json::Object(o)
        })
        .collect();
    let inputs: Vec<Json> = UNCERTAIN
        .iter()
        .map(|u| json!({"id": u.id, "label": u.label, "range": u.range_text, "source": u.source}))
        .collect();
    json!({
        "scenario": scenario_json(p, base),
        "runs": s.runs,
        "seed": s.master_seed,
        "threads": threads,
        "uncertain_inputs": inputs,
        "headline": headline,
        "monthly": monthly,
    })
}

fn ensemble_csv(s: &uncertainty::Summary) -> String {
    let mut header = vec!["month".to_string()];
    for f in MonthlyField::ALL {
        for q in ["p10", "p50", "p90"] {
            header.push(format!("{}_{q}", f.id()));
        }
    }
    let mut text = header.join(",") + "\n";
    for (m, fields) in &s.monthly {
        let mut row = vec![m.clone()];
        for q in fields {
            row.extend([q.p10, q.p50, q.p90].iter().map(|v| format!("{v:.4}")));
        }
        text.push_str(&row.join(","));
        text.push('\n');
    }
    text
}

/// `settings` = (runs, master seed, threads).
pub(super) fn ensemble(
    preset: &Path,
    sets: &[String],
    settings: (usize, u64, Option<usize>),
    as_json: bool,
) -> Result<String, CliError> {
    let (runs, seed, threads) = settings;
    let runs = check_runs(runs)?;
    let (base, p) = load_scenario(preset, sets)?;
    let threads = threads.unwrap_or_else(uncertainty::default_threads);
    let out = uncertainty::run(&p.scenario, runs, seed, threads);
    let refs: Vec<&RunOut> = out.iter().collect();
    let s = uncertainty::summarise(&refs, seed);
    if as_json {
        let v = ensemble_json(&p, &base.scenario, &s, threads);
        Ok(serde_json::to_string_pretty(&v)? + "\n")
    } else {
        Ok(ensemble_csv(&s))
    }
}

pub(super) fn presets() -> String {
    let mut text = String::new();
    for (id, _) in file::BUNDLED {
        if let Some(p) = file::bundled(id) {
            let _ = writeln!(
                text,
                "{id:34} {}  [{} .. {}]",
                crate::i18n::data_text(&format!("preset-{id}"), &p.meta.title),
                p.meta.focus.from,
                p.meta.focus.to
            );
        }
    }
    text
}
