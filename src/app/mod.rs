//! The desktop explorer: a thin egui layer over the model. Panels emit [`Command`]s; the app applies them right
//! after the lever panel, so a moved slider re-runs the model and the charts drawn later in the same frame
//! already show the new run.

pub mod bands;
pub mod files;
pub mod history;
pub mod levers;
pub mod plots;
pub mod story;

use crate::charts::{self, ChartData, ChartId};
use crate::cli::{self, ExportFormat};
use crate::model::{self, Results, checks};
use crate::scenario::file::{self, Preset};
use crate::scenario::{L, Scenario, Value};
use files::{Dialogs, Purpose};
use history::History;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Everything a panel can ask of the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetLever {
        lever: L,
        value: Value,
        dragging: bool,
    },
    EndDrag,
    ResetLever(L),
    ResetAll,
    LoadPreset(String),
    Undo,
    Redo,
    JumpHistory(usize),
    OpenFile(PathBuf),
    SaveTo(PathBuf),
    Export {
        chart: Option<ChartId>,
        format: ExportFormat,
        path: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Layout {
    Grid,
    Single(usize),
}

/// What survives a restart (eframe persistence): the unsaved scenario and the view settings.
fn yes() -> bool {
    true
}

#[derive(Serialize, Deserialize)]
struct Persisted {
    #[serde(default = "yes")]
    show_story: bool,
    current_ron: String,
    base_ron: String,
    current_path: Option<PathBuf>,
    recent: Vec<PathBuf>,
    show_baseline: bool,
    layout: Layout,
    export_size: (u32, u32),
}

pub struct HashgridApp {
    pub preset: Preset,
    pub base: Preset,
    pub results: Results,
    pub baseline: Results,
    pub charts: Vec<ChartData>,
    pub baseline_charts: Vec<ChartData>,
    pub checks: Vec<checks::CheckResult>,
    pub history: History,
    pub last_run_ms: f64,
    pub runs: u64,
    pub warnings: Vec<String>,
    pub error: Option<String>,
    pub status: String,
    pub show_baseline: bool,
    pub show_story: bool,
    pub layout: Layout,
    pub export_size: (u32, u32),
    pub current_path: Option<PathBuf>,
    pub recent: Vec<PathBuf>,
    dialogs: Dialogs,
    style_ready: bool,
    /// Uncertainty bands (background ensemble).
    pub bands: bands::Bands,
    /// Charts with the current bands added, rebuilt when either changes.
    banded: Vec<ChartData>,
    ctx: Option<egui::Context>,
    first_frame_done: bool,
}

/// Light theme (charts share the export palette) and DejaVu Sans as a fallback font: egui's own fonts lack
/// symbols the UI uses (arrows, tick marks).
fn setup_style(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    ctx.options_mut(|o| o.zoom_with_keyboard = true);
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu".into(),
        std::sync::Arc::new(egui::FontData::from_static(crate::charts::render::FONT)),
    );
    for fam in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(fam).or_default().push("dejavu".into());
    }
    ctx.set_fonts(fonts);
}

pub const EXPORT_SIZES: [(u32, u32); 4] = [(1280, 720), (1600, 900), (1920, 1080), (3200, 1800)];

impl HashgridApp {
    /// The app on a bundled preset, with no stored state (tests and first start).
    pub fn with_preset(id: &str) -> HashgridApp {
        let preset = file::bundled(id)
            .or_else(|| file::bundled(file::DEFAULT_PRESET))
            .expect("default preset is bundled");
        let results = model::run(&preset.scenario);
        let mut app = HashgridApp {
            base: preset.clone(),
            baseline: results.clone(),
            results,
            preset,
            charts: Vec::new(),
            baseline_charts: Vec::new(),
            checks: Vec::new(),
            history: History::default(),
            last_run_ms: 0.0,
            runs: 0,
            warnings: Vec::new(),
            error: None,
            status: String::new(),
            show_baseline: true,
            show_story: true,
            layout: Layout::Grid,
            export_size: (1600, 900),
            current_path: None,
            recent: Vec::new(),
            dialogs: Dialogs::default(),
            style_ready: false,
            bands: bands::Bands::off(),
            banded: Vec::new(),
            ctx: None,
            first_frame_done: false,
        };
        app.baseline_charts = ChartId::ALL
            .iter()
            .map(|&c| charts::build(c, &app.baseline))
            .collect();
        app.rerun();
        app
    }

    pub fn new(cc: &eframe::CreationContext<'_>) -> HashgridApp {
        let mut app = HashgridApp::with_preset(file::DEFAULT_PRESET);
        app.ctx = Some(cc.egui_ctx.clone());
        app.bands.enabled = true;
        app.bands.restart(&app.preset.scenario, app.ctx.as_ref());
        if let Some(p) = cc
            .storage
            .and_then(|s| eframe::get_value::<Persisted>(s, eframe::APP_KEY))
        {
            app.restore(p);
        }
        app
    }

    fn restore(&mut self, p: Persisted) {
        let (Ok(cur), Ok(base)) = (
            file::parse("autosave", &p.current_ron),
            file::parse("autosave", &p.base_ron),
        ) else {
            self.status =
                "The autosaved scenario could not be read; starting from the history preset."
                    .into();
            return;
        };
        self.base = base.preset;
        self.baseline = model::run(&self.base.scenario);
        self.baseline_charts = ChartId::ALL
            .iter()
            .map(|&c| charts::build(c, &self.baseline))
            .collect();
        self.preset = cur.preset;
        self.current_path = p.current_path;
        self.recent = p.recent;
        self.show_baseline = p.show_baseline;
        self.show_story = p.show_story;
        self.layout = p.layout;
        self.export_size = p.export_size;
        self.status = "Restored your last session.".into();
        self.rerun();
    }

    /// Re-runs the model on the current scenario and rebuilds the chart data.
    pub fn rerun(&mut self) {
        let t = std::time::Instant::now();
        model::run_into(
            &self.preset.scenario,
            crate::data::Inputs::get(),
            &mut self.results,
        );
        self.charts = ChartId::ALL
            .iter()
            .map(|&c| charts::build(c, &self.results))
            .collect();
        self.checks = checks::evaluate(&self.results, &self.preset.meta.checks);
        self.last_run_ms = t.elapsed().as_secs_f64() * 1000.0;
        self.runs += 1;
        self.bands.invalidate(&self.preset.scenario);
        self.banded = self.charts.clone();
    }

    /// Switches the uncertainty bands on or off (off cancels the ensemble in flight).
    pub fn set_bands(&mut self, on: bool) {
        self.bands.enabled = on;
        self.bands.restart(&self.preset.scenario, self.ctx.as_ref());
        self.banded = self.charts.clone();
    }

    /// Drains finished ensemble runs; rebuilds the banded charts when bands changed.
    pub fn poll_bands(&mut self) -> bool {
        if !self.bands.poll(&self.charts) {
            return false;
        }
        self.rebuild_banded();
        true
    }

    /// Blocks until the ensemble is complete (tests, benchmarks); the UI never calls this.
    pub fn wait_for_bands(&mut self) {
        self.bands.wait(&self.charts);
        self.rebuild_banded();
    }

    fn rebuild_banded(&mut self) {
        self.banded = match (&self.bands.bands, self.bands.enabled) {
            (Some(b), true) if self.bands.bands_generation == self.bands.generation => self
                .charts
                .iter()
                .zip(b)
                .map(|(c, bb)| crate::uncertainty::with_bands(c, bb, self.bands.done()))
                .collect(),
            _ => self.charts.clone(),
        };
    }

    fn set_base(&mut self, p: Preset) {
        self.baseline = model::run(&p.scenario);
        self.baseline_charts = ChartId::ALL
            .iter()
            .map(|&c| charts::build(c, &self.baseline))
            .collect();
        self.base = p.clone();
        self.preset = p;
        self.history.clear();
        self.rerun();
    }

    pub fn scenario(&self) -> &Scenario {
        &self.preset.scenario
    }

    /// Applies one command. Errors become a dialog; nothing in the scenario changes on error.
    pub fn apply(&mut self, cmd: Command) {
        match cmd {
            Command::SetLever {
                lever,
                value,
                dragging,
            } => {
                let before = self.preset.scenario.clone();
                let mut next = before.clone();
                if let Some(w) = next.set(lever, value) {
                    self.warnings.push(w);
                }
                if next != before {
                    let label = format!("{}: {}", lever.decl().label, next.display(lever));
                    self.history
                        .record(&before, label, dragging.then_some(lever));
                    self.preset.scenario = next;
                    self.rerun();
                }
            }
            Command::EndDrag => self.history.end_drag(),
            Command::ResetLever(l) => {
                let v = self.base.scenario.get(l).clone();
                self.apply(Command::SetLever {
                    lever: l,
                    value: v,
                    dragging: false,
                });
            }
            Command::ResetAll => {
                if self.preset.scenario != self.base.scenario {
                    self.history
                        .record(&self.preset.scenario, "Reset to the preset".into(), None);
                    self.preset.scenario = self.base.scenario.clone();
                    self.rerun();
                }
            }
            Command::LoadPreset(id) => match file::bundled(&id) {
                Some(p) => {
                    self.current_path = None;
                    self.status = format!("Loaded preset '{}'.", p.meta.title);
                    self.set_base(p);
                }
                None => self.error = Some(format!("There is no bundled preset '{id}'.")),
            },
            Command::Undo => {
                if let Some(s) = self.history.undo(&self.preset.scenario) {
                    self.preset.scenario = s;
                    self.rerun();
                }
            }
            Command::Redo => {
                if let Some(s) = self.history.redo(&self.preset.scenario) {
                    self.preset.scenario = s;
                    self.rerun();
                }
            }
            Command::JumpHistory(i) => {
                if let Some(s) = self.history.jump_to(i, &self.preset.scenario) {
                    self.preset.scenario = s;
                    self.rerun();
                }
            }
            Command::OpenFile(path) => match file::load(&path) {
                Ok(loaded) => {
                    self.warnings = loaded.warnings.iter().map(|w| w.to_string()).collect();
                    self.status = format!("Opened {}.", path.display());
                    self.current_path = Some(path.clone());
                    self.remember(path);
                    self.set_base(loaded.preset);
                }
                Err(e) => {
                    self.error = Some(format!(
                        "This file could not be opened; your scenario is unchanged.\n\nFile: {}\nLine {}, column {}\n{}",
                        e.file, e.line, e.col, e.msg
                    ))
                }
            },
            Command::SaveTo(path) => {
                let path = if path.extension().is_none() {
                    path.with_extension("ron")
                } else {
                    path
                };
                match file::save_atomic(&path, &self.preset.to_ron()) {
                    Ok(()) => {
                        self.status = format!("Saved {}.", path.display());
                        self.current_path = Some(path.clone());
                        self.remember(path);
                    }
                    Err(e) => {
                        self.error = Some(format!(
                            "Could not save {}: {e}\nThe file on disk is unchanged.",
                            path.display()
                        ))
                    }
                }
            }
            Command::Export {
                chart,
                format,
                path,
            } => self.export(chart, format, &path),
        }
    }

    fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(8);
    }

    /// Writes one chart to `path`, or all charts into the folder `path`, through the same renderer as the CLI.
    fn export(&mut self, chart: Option<ChartId>, format: ExportFormat, path: &Path) {
        let result = match chart {
            None => cli::export_all(
                &self.preset,
                &self.base.scenario,
                &self.results,
                path,
                format,
                self.export_size,
                None,
            )
            .map(|v| format!("Exported {} files to {}.", v.len(), path.display())),
            Some(c) => {
                let dir = path
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                cli::export_all(
                    &self.preset,
                    &self.base.scenario,
                    &self.results,
                    dir,
                    format,
                    self.export_size,
                    Some(c),
                )
                .and_then(|written| {
                    let from = written
                        .first()
                        .cloned()
                        .ok_or(cli::CliError("nothing written".into()))?;
                    if from != path {
                        std::fs::rename(&from, path).map_err(|e| cli::CliError(e.to_string()))?;
                    }
                    Ok(format!("Exported {}.", path.display()))
                })
            }
        };
        match result {
            Ok(s) => self.status = s,
            Err(cli::CliError(e)) => self.error = Some(format!("Export failed: {e}")),
        }
    }

    /// Default file name for a chart export, as `hashgrid export` names it.
    pub fn export_name(&self, chart: ChartId, format: ExportFormat) -> String {
        format!(
            "{}.{}",
            cli::export_stem(&self.preset, &self.base.scenario, chart),
            format.extension()
        )
    }

    fn shortcuts(&self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        ctx.input_mut(|i| {
            if i.consume_shortcut(&redo) {
                cmds.push(Command::Redo);
            } else if i.consume_shortcut(&undo) {
                cmds.push(Command::Undo);
            }
        });
    }

    fn top_bar(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.strong("Hashgrid");
            ui.separator();
            ui.menu_button("File", |ui| {
                if ui.button("Open scenario…").clicked() {
                    self.dialogs
                        .ask(&ctx, Purpose::Open, String::new(), self.start_dir());
                    ui.close();
                }
                if ui.button("Save").clicked() {
                    match self.current_path.clone() {
                        Some(p) => cmds.push(Command::SaveTo(p)),
                        None => self.dialogs.ask(
                            &ctx,
                            Purpose::SaveAs,
                            format!("{}.ron", self.preset.meta.id),
                            self.start_dir(),
                        ),
                    }
                    ui.close();
                }
                if ui.button("Save as…").clicked() {
                    self.dialogs.ask(
                        &ctx,
                        Purpose::SaveAs,
                        format!("{}.ron", self.preset.meta.id),
                        self.start_dir(),
                    );
                    ui.close();
                }
                ui.menu_button("Recent", |ui| {
                    if self.recent.is_empty() {
                        ui.label("No recent files");
                    }
                    for p in self.recent.clone() {
                        if ui.button(p.display().to_string()).clicked() {
                            cmds.push(Command::OpenFile(p));
                            ui.close();
                        }
                    }
                });
            });
            let preset_label = ui.label("Preset:").id;
            egui::ComboBox::from_id_salt("preset")
                .selected_text(&self.base.meta.title)
                .width(300.0)
                .show_ui(ui, |ui| {
                    for (id, title) in preset_titles() {
                        if ui
                            .selectable_label(&self.base.meta.id == id, title)
                            .clicked()
                        {
                            cmds.push(Command::LoadPreset(id.clone()));
                        }
                    }
                })
                .response
                .labelled_by(preset_label);
            ui.separator();
            if ui
                .add_enabled(self.history.can_undo(), egui::Button::new("⟲ Undo"))
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                cmds.push(Command::Undo);
            }
            if ui
                .add_enabled(self.history.can_redo(), egui::Button::new("⟳ Redo"))
                .on_hover_text("Ctrl+Shift+Z")
                .clicked()
            {
                cmds.push(Command::Redo);
            }
            let dirty = self.preset.scenario != self.base.scenario;
            if ui
                .add_enabled(dirty, egui::Button::new("Reset"))
                .on_hover_text("All levers back to the preset")
                .clicked()
            {
                cmds.push(Command::ResetAll);
            }
            ui.separator();
            ui.checkbox(&mut self.show_baseline, "Baseline")
                .on_hover_text("Draw the preset's run faintly behind yours");
            ui.checkbox(&mut self.show_story, "Story").on_hover_text("Show the story, checks and what-differs panel");
            let mut on = self.bands.enabled;
            if ui
                .checkbox(&mut on, "Bands")
                .on_hover_text("Uncertainty bands: 80 % range (P10-P90) over an ensemble of runs with the uncertain inputs drawn")
                .changed()
            {
                self.set_bands(on);
            }
            if self.bands.running() {
                ui.add(egui::Spinner::new());
                ui.label(format!("{}/{} runs", self.bands.done(), self.bands.target_runs));
            }
            ui.separator();
            ui.selectable_value(&mut self.layout, Layout::Grid, "All four");
            let single = if let Layout::Single(i) = self.layout {
                i
            } else {
                0
            };
            if ui
                .selectable_label(matches!(self.layout, Layout::Single(_)), "One large")
                .clicked()
            {
                self.layout = Layout::Single(single);
            }
            ui.separator();
            ui.menu_button("Export all", |ui| {
                ui.label("Size");
                for s in EXPORT_SIZES {
                    ui.radio_value(&mut self.export_size, s, format!("{} × {}", s.0, s.1));
                }
                ui.separator();
                for (f, name) in [
                    (ExportFormat::Png, "PNG…"),
                    (ExportFormat::Svg, "SVG…"),
                    (ExportFormat::Csv, "CSV…"),
                ] {
                    if ui.button(format!("All charts as {name}")).clicked() {
                        self.dialogs.ask(
                            &ctx,
                            Purpose::ExportAll(f),
                            String::new(),
                            self.start_dir(),
                        );
                        ui.close();
                    }
                }
            });
        });
    }

    fn start_dir(&self) -> Option<PathBuf> {
        self.current_path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf))
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(format!("Model run {:.1} ms", self.last_run_ms));
            ui.separator();
            ui.label(format!("Seed {}", self.preset.scenario.num(L::Seed)));
            ui.separator();
            ui.label(format!(
                "Outages: {}",
                self.preset.scenario.display(L::OutageMode)
            ));
            ui.separator();
            match self.warnings.last() {
                Some(w) => ui.label(
                    egui::RichText::new(format!("{} warning(s): {w}", self.warnings.len()))
                        .color(levers::CHANGED),
                ),
                None => ui.label("No warnings"),
            };
            if !self.status.is_empty() {
                ui.separator();
                ui.label(&self.status);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(egui::RichText::new(model::MODEL_VERSION).weak());
            });
        });
    }

    fn charts_area(&mut self, ui: &mut egui::Ui) {
        let focus = plots::focus_of(&self.preset.meta);
        let ctx = ui.ctx().clone();
        let mut export_req = None;
        match self.layout {
            Layout::Grid => {
                // Each row gets half the height; each chart takes what its header and legend leave.
                let row_h = ((ui.available_height() - 8.0) / 2.0).max(220.0);
                let width = ui.available_width();
                for row in 0..2 {
                    ui.allocate_ui(egui::vec2(width, row_h), |ui| {
                        ui.set_min_height(row_h);
                        ui.columns(2, |cols| {
                            for (col, ui) in cols.iter_mut().enumerate() {
                                let i = row * 2 + col;
                                let data = &self.banded[i];
                                let baseline = self.show_baseline.then(|| &self.baseline_charts[i]);
                                let top = ui.cursor().top();
                                let w = ui.available_width() - 8.0;
                                ui.set_max_width(w);
                                if let Some(r) = chart_header(ui, data, baseline.is_some()) {
                                    export_req = Some(r);
                                }
                                let used = ui.cursor().top() - top;
                                let h = (row_h - used - 6.0).max(120.0);
                                plots::chart(
                                    ui,
                                    plots::View {
                                        data,
                                        baseline,
                                        focus: Some(focus),
                                        width: w,
                                        height: h,
                                        show_marker_labels: false,
                                    },
                                );
                            }
                        });
                    });
                    ui.add_space(4.0);
                }
            }
            Layout::Single(sel) => {
                // egui_plot can overrun its width by a few pixels at the axes; keep clear of the story panel.
                let w = ui.available_width() - 12.0;
                ui.horizontal_wrapped(|ui| {
                    for (i, c) in ChartId::ALL.iter().enumerate() {
                        if ui.selectable_label(sel == i, c.title()).clicked() {
                            self.layout = Layout::Single(i);
                        }
                    }
                });
                let i = if let Layout::Single(i) = self.layout {
                    i.min(3)
                } else {
                    0
                };
                let data = &self.banded[i];
                if let Some(r) = chart_header(ui, data, self.show_baseline) {
                    export_req = Some(r);
                }
                let h = (ui.available_height() - 8.0).max(200.0);
                plots::chart(
                    ui,
                    plots::View {
                        data,
                        width: w,
                        baseline: self.show_baseline.then(|| &self.baseline_charts[i]),
                        focus: Some(focus),
                        height: h,
                        show_marker_labels: true,
                    },
                );
            }
        }
        if let Some((chart, format)) = export_req {
            let name = self.export_name(chart, format);
            self.dialogs.ask(
                &ctx,
                Purpose::ExportChart(chart, format),
                name,
                self.start_dir(),
            );
        }
    }

    /// The whole window, one frame. Separate from `eframe::App` so tests can drive it without a window.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
        if !self.first_frame_done {
            self.first_frame_done = true;
            // For the start-up measurement in docs/performance.md: report and quit after the first frame.
            if std::env::var_os("HASHGRID_EXIT_AFTER_FIRST_FRAME").is_some() {
                println!(
                    "first frame after {:.0} ms",
                    started().elapsed().as_secs_f64() * 1000.0
                );
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        if self.poll_bands() {
            ctx.request_repaint();
        }
        let dragging = ctx.input(|i| i.pointer.any_down());
        if self
            .bands
            .start_if_settled(std::time::Duration::from_millis(150), dragging, Some(&ctx))
        {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        if !self.style_ready {
            setup_style(&ctx);
            self.style_ready = true;
            // On a small screen (a 1280x720 projector) the charts come first; the story is one click away.
            if ui.available_width() < 1360.0 && self.status != "Restored your last session." {
                self.show_story = false;
            }
        }
        let mut cmds = Vec::new();
        self.shortcuts(&ctx, &mut cmds);
        let picked = self.dialogs.poll().or_else(|| self.dialogs.prompt_ui(&ctx));
        if let Some(p) = picked
            && let Some(path) = p.path
        {
            cmds.push(match p.purpose {
                Purpose::Open => Command::OpenFile(path),
                Purpose::SaveAs => Command::SaveTo(path),
                Purpose::ExportChart(c, f) => Command::Export {
                    chart: Some(c),
                    format: f,
                    path,
                },
                Purpose::ExportAll(f) => Command::Export {
                    chart: None,
                    format: f,
                    path,
                },
            });
        }
        egui::Panel::top("top").show(ui, |ui| self.top_bar(ui, &mut cmds));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        // Side panels take a share of the window so the charts keep about half of a 1280-pixel screen.
        let win_w = ui.available_width();
        let left_w = (win_w * 0.22).clamp(250.0, 330.0);
        let right_w = (win_w * 0.23).clamp(260.0, 350.0);
        egui::Panel::left("levers")
            .exact_size(left_w)
            .show(ui, |ui| {
                levers::panel(ui, &self.preset.scenario, &self.base.scenario, &mut cmds);
            });
        // Applied before the charts are drawn: the slider's new value is on screen in this very frame.
        for c in cmds.drain(..) {
            self.apply(c);
        }
        if self.show_story {
            egui::Panel::right("story")
                .exact_size(right_w)
                .show(ui, |ui| {
                    story::panel(
                        ui,
                        story::Ctx {
                            meta: &self.preset.meta,
                            scenario: &self.preset.scenario,
                            base: &self.base.scenario,
                            results: &self.results,
                            baseline: &self.baseline,
                            checks: &self.checks,
                            history: &self.history,
                        },
                        &mut cmds,
                    );
                });
        }
        egui::CentralPanel::default().show(ui, |ui| self.charts_area(ui));
        for c in cmds.drain(..) {
            self.apply(c);
            ctx.request_repaint();
        }
        if let Some(msg) = self.error.clone() {
            let modal = egui::Modal::new(egui::Id::unique("hashgrid-error")).show(&ctx, |ui| {
                ui.set_max_width(460.0);
                ui.heading("Something went wrong");
                ui.label(&msg);
                ui.add_space(8.0);
                ui.button("OK").clicked()
            });
            if modal.inner || modal.should_close() {
                self.error = None;
            }
        }
    }
}

/// Bundled presets' ids and titles, parsed once (the picker would otherwise parse ten files per frame).
fn preset_titles() -> &'static [(String, String)] {
    static T: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        file::BUNDLED
            .iter()
            .filter_map(|(id, _)| file::bundled(id).map(|p| (id.to_string(), p.meta.title)))
            .collect()
    })
}

/// Chart title with its export menu and legend (outside the plot, so it never covers data); returns an
/// export request.
fn chart_header(
    ui: &mut egui::Ui,
    data: &ChartData,
    baseline: bool,
) -> Option<(ChartId, ExportFormat)> {
    let mut req = None;
    ui.horizontal_wrapped(|ui| {
        ui.strong(&data.title);
        ui.menu_button("Export ▾", |ui| {
            for (f, name) in [
                (ExportFormat::Png, "PNG image…"),
                (ExportFormat::Svg, "SVG image…"),
                (ExportFormat::Csv, "CSV data…"),
            ] {
                if ui.button(name).clicked() {
                    req = Some((data.id, f));
                    ui.close();
                }
            }
        });
    });
    plots::legend(ui, data, baseline);
    req
}

impl eframe::App for HashgridApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let p = Persisted {
            current_ron: self.preset.to_ron(),
            base_ron: self.base.to_ron(),
            current_path: self.current_path.clone(),
            recent: self.recent.clone(),
            show_baseline: self.show_baseline,
            show_story: self.show_story,
            layout: self.layout,
            export_size: self.export_size,
        };
        eframe::set_value(storage, eframe::APP_KEY, &p);
    }
}

/// When `main` started (for the first-frame measurement).
pub fn started() -> std::time::Instant {
    static T: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *T.get_or_init(std::time::Instant::now)
}

/// Opens the window. Returns the process exit code.
pub fn run_native() -> i32 {
    let _ = started();
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Hashgrid: Kazakhstan's grid and the crypto-mining boom")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([1024.0, 640.0]),
        ..Default::default()
    };
    match eframe::run_native(
        "hashgrid",
        options,
        Box::new(|cc| Ok(Box::new(HashgridApp::new(cc)))),
    ) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("hashgrid: could not open the window: {e}");
            eprintln!("hashgrid: the command line still works: `hashgrid --help`");
            1
        }
    }
}
