//! Charts to files, for the command line, the app and the benches alike: one [`ExportRequest`] says what to
//! draw, how large, in which format and where; [`write`] renders it and writes it all-or-nothing through the
//! one atomic writer in [`files`]. Nothing here parses arguments or shows a window, so the app never needs the
//! command line to export, and an export can run on a background thread with [`Progress`] and cancellation.

pub mod files;
pub(crate) mod naming;

use crate::charts::render::{self, Labels};
use crate::charts::{self, ChartData, ChartId, table};
use crate::model::{MODEL_VERSION, Results};
use crate::scenario::Scenario;
use crate::scenario::file::Preset;
use crate::uncertainty::Band;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ExportFormat {
    Png,
    Svg,
    Csv,
}

impl ExportFormat {
    pub(crate) const ALL: [ExportFormat; 3] =
        [ExportFormat::Png, ExportFormat::Svg, ExportFormat::Csv];

    pub(crate) fn extension(self) -> &'static str {
        match self {
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
            ExportFormat::Csv => "csv",
        }
    }

    /// What a person picks in a menu: "PNG image" (`format-<extension>` in `ui.ftl`).
    pub(crate) fn label_text(self) -> String {
        crate::i18n::t(&format!("format-{}", self.extension()))
    }
}

/// Where the files go: a folder (one file per chart, named by [`naming::stem`]) or one chosen file.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Dir(PathBuf),
    File(PathBuf),
}

/// One export: the charts to draw (bands already added when wanted), the text around them, and where to.
#[derive(Clone, Debug)]
pub struct ExportRequest {
    pub charts: Vec<ChartData>,
    pub labels: Labels,
    /// Preset id and the changed levers, from which each file's name is made.
    pub name: naming::NameParts,
    pub format: ExportFormat,
    pub size: (u32, u32),
    pub target: Target,
}

/// Uncertainty bands for every chart (in [`ChartId::ALL`] order) and the number of runs behind them.
#[derive(Clone, Copy, Debug)]
pub struct BandSet<'a> {
    pub bands: &'a [Vec<Band>],
    pub runs: usize,
}

impl ExportRequest {
    /// Every chart of a run, to a folder, as PNG at 1600x900 unless changed with the setters below.
    pub fn for_run(
        p: &Preset,
        base: &Scenario,
        r: &Results,
        bands: Option<BandSet>,
        out: &Path,
    ) -> ExportRequest {
        let charts = ChartId::ALL
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let data = charts::build(c, r);
                match bands {
                    Some(b) => crate::uncertainty::with_bands(&data, &b.bands[i], b.runs),
                    None => data,
                }
            })
            .collect();
        ExportRequest::for_charts(p, base, charts, Target::Dir(out.to_path_buf()))
    }

    /// Charts already built (the app exports what it shows, bands included).
    pub(crate) fn for_charts(
        p: &Preset,
        base: &Scenario,
        charts: Vec<ChartData>,
        target: Target,
    ) -> ExportRequest {
        ExportRequest {
            charts,
            labels: labels(p, base),
            name: naming::NameParts::new(p, base),
            format: ExportFormat::Png,
            size: (1600, 900),
            target,
        }
    }

    pub fn with_format(mut self, format: ExportFormat) -> Self {
        self.format = format;
        self
    }

    pub(crate) fn with_size(mut self, size: (u32, u32)) -> Self {
        self.size = size;
        self
    }

    /// Keeps only `chart`.
    pub fn only(mut self, chart: ChartId) -> Self {
        self.charts.retain(|c| c.id == chart);
        self
    }

    /// The path each chart is written to, in chart order. In a folder, each name is checked to be one plain
    /// file name, so the path lies inside the folder whatever the scenario's id said.
    pub(crate) fn paths(&self) -> Result<Vec<PathBuf>, ExportError> {
        self.charts
            .iter()
            .map(|c| match &self.target {
                Target::File(p) => Ok(p.clone()),
                Target::Dir(d) => {
                    let name = format!(
                        "{}.{}",
                        naming::stem(&self.name, c.id),
                        self.format.extension()
                    );
                    inside(d, &name)
                }
            })
            .collect()
    }
}

/// `dir/name`, refused unless `name` is a single ordinary file name (no separator, not `.` or `..`).
fn inside(dir: &Path, name: &str) -> Result<PathBuf, ExportError> {
    let mut parts = Path::new(name).components();
    match (parts.next(), parts.next()) {
        (Some(std::path::Component::Normal(n)), None) if n == name => Ok(dir.join(name)),
        _ => Err(ExportError::UnsafeName(crate::format::short_text(name, 80))),
    }
}

/// How much of the title and id a chart's subtitle shows: the loader limits titles, and this keeps a
/// scenario built in code from making the renderer lay out megabytes of text.
const SUBTITLE_TITLE_CHARS: usize = 120;

/// Everything an export prints besides the chart: subtitle (scenario and what changed), footer, focus band.
pub fn labels(p: &Preset, base: &Scenario) -> Labels {
    let changes = naming::changes_text(&p.scenario, base);
    let title = crate::i18n::data_text(&format!("preset-{}", p.meta.id), &p.meta.title);
    let title = crate::format::short_text(&title, SUBTITLE_TITLE_CHARS);
    let id = crate::format::short_text(&p.meta.id, naming::MAX_SLUG);
    let args = [
        ("title", (&title).into()),
        ("id", (&id).into()),
        ("changes", (&changes).into()),
    ];
    let subtitle = if changes.is_empty() {
        crate::i18n::t_args("export-subtitle", &args)
    } else {
        crate::i18n::t_args("export-subtitle-changed", &args)
    };
    Labels {
        subtitle,
        footer: format!("Hashgrid | {MODEL_VERSION}"),
        focus: Some(p.meta.focus.year_fractions()),
    }
}

/// Why an export wrote nothing. Shown to people in the current language (`export-error-*` in `ui.ftl`);
/// the operating system's own reason is appended as it gives it.
#[derive(Debug)]
pub enum ExportError {
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    Render {
        chart: &'static str,
        msg: String,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Empty,
    UnsafeName(String),
    Cancelled,
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::{t, t_args};
        let text = match self {
            ExportError::CreateDir { path, source } => t_args(
                "export-error-create-dir",
                &[
                    ("path", (&path.display().to_string()).into()),
                    ("error", (&source.to_string()).into()),
                ],
            ),
            ExportError::Render { chart, msg } => t_args(
                "export-error-render",
                &[("chart", (*chart).into()), ("error", msg.into())],
            ),
            ExportError::Write { path, source } => t_args(
                "export-error-write",
                &[
                    ("path", (&path.display().to_string()).into()),
                    ("error", (&source.to_string()).into()),
                ],
            ),
            ExportError::Empty => t("export-error-empty"),
            ExportError::UnsafeName(name) => {
                t_args("export-error-unsafe-name", &[("name", name.into())])
            }
            ExportError::Cancelled => t("export-error-cancelled"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::CreateDir { source, .. } | ExportError::Write { source, .. } => {
                Some(source)
            }
            _ => None,
        }
    }
}

/// Shared with a background export: how many files are drawn, and a flag that cancels the rest.
#[derive(Debug, Default)]
pub struct Progress {
    pub done: AtomicUsize,
    pub total: AtomicUsize,
    pub cancel: AtomicBool,
}

impl Progress {
    pub(crate) fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// The bytes of one chart in the request's format and size.
pub(crate) fn render_one(req: &ExportRequest, data: &ChartData) -> Result<Vec<u8>, ExportError> {
    let (w, h) = req.size;
    let err = |msg| ExportError::Render {
        chart: data.id.slug(),
        msg,
    };
    match req.format {
        ExportFormat::Png => render::png(data, &req.labels, w, h).map_err(err),
        ExportFormat::Svg => render::svg(data, &req.labels, w, h)
            .map(String::into_bytes)
            .map_err(err),
        ExportFormat::Csv => Ok(table::csv(data).into_bytes()),
    }
}

/// Renders every chart of the request and writes the files all-or-nothing: each is staged as a synced
/// temporary file beside its target, and only when all are drawn are they renamed into place. On an error or
/// a cancel the staged files are removed and nothing at the target changes (a folder the export created is
/// removed again). Returns the paths written.
pub fn write(req: &ExportRequest, progress: &Progress) -> Result<Vec<PathBuf>, ExportError> {
    if req.charts.is_empty() {
        return Err(ExportError::Empty);
    }
    let paths = req.paths()?;
    let mut created = None;
    if let Target::Dir(d) = &req.target {
        if !d.exists() {
            created = Some(d.clone());
        }
        std::fs::create_dir_all(d).map_err(|source| ExportError::CreateDir {
            path: d.clone(),
            source,
        })?;
    }
    let result = stage_and_commit(req, paths, progress);
    if let (Err(_), Some(d)) = (&result, created) {
        let _ = std::fs::remove_dir(d);
    }
    result
}

fn stage_and_commit(
    req: &ExportRequest,
    paths: Vec<PathBuf>,
    progress: &Progress,
) -> Result<Vec<PathBuf>, ExportError> {
    progress.total.store(req.charts.len(), Ordering::Relaxed);
    let mut staged = files::Staged::default();
    for (data, path) in req.charts.iter().zip(paths) {
        if progress.cancelled() {
            return Err(ExportError::Cancelled);
        }
        let bytes = render_one(req, data)?;
        staged
            .add(&path, &bytes)
            .map_err(|source| ExportError::Write { path, source })?;
        progress.done.fetch_add(1, Ordering::Relaxed);
    }
    if progress.cancelled() {
        return Err(ExportError::Cancelled);
    }
    staged
        .commit()
        .map_err(|(path, source)| ExportError::Write { path, source })
}
