//! The desktop explorer: a thin egui layer over the library. The state splits three ways: the [`Session`]
//! (what is being explored, and its runs), the [`ViewPrefs`] (how it is shown) and what only lives while
//! the window is open (dialogs, messages, background work). Panels emit [`Command`]s; the app applies them
//! right after the lever panel, so a moved slider re-runs the model and the charts drawn later in the same
//! frame already show the new run.

pub(crate) mod bands;
mod charts_area;
mod command;
pub(crate) mod export_job;
pub(crate) mod files;
pub(crate) mod history;
pub(crate) mod levers;
pub(crate) mod plots;
pub(crate) mod prefs;
pub(crate) mod session;
mod status_bar;
pub(crate) mod story;
mod top_bar;

use crate::charts::ChartData;
use crate::scenario::Scenario;
use crate::scenario::file;
pub use command::Command;
use export_job::ExportJob;
use files::Dialogs;
pub use prefs::{Layout, ViewPrefs};
pub use session::{Run, Session};
use std::path::PathBuf;

/// Messages for the person at the window.
#[derive(Default)]
pub struct Messages {
    /// Values that had to be clamped when a file was opened or a lever set.
    pub warnings: Vec<String>,
    /// Shown in a dialog until dismissed.
    pub error: Option<String>,
    /// The last thing that happened, in the status bar.
    pub status: String,
}

/// Scenario files the user has opened or saved.
#[derive(Default)]
pub struct Files {
    pub current: Option<PathBuf>,
    pub recent: Vec<PathBuf>,
}

/// Things that exist only while the window is open.
#[derive(Default)]
struct Frame {
    ctx: Option<egui::Context>,
    style_ready: bool,
    first_frame_done: bool,
    /// The session came from the previous start (so the first-frame layout keeps the user's panels).
    restored: bool,
}

pub struct HashgridApp {
    pub session: Session,
    pub view: ViewPrefs,
    pub files: Files,
    pub messages: Messages,
    /// Uncertainty bands (background ensemble).
    pub bands: bands::Bands,
    /// The current charts with the current bands added, rebuilt when either changes.
    banded: Vec<ChartData>,
    /// An export in progress, if any.
    pub export: Option<ExportJob>,
    dialogs: Dialogs,
    frame: Frame,
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

impl HashgridApp {
    /// The app on a bundled preset, with no stored state (tests and first start).
    pub fn with_preset(id: &str) -> HashgridApp {
        let preset = file::bundled(id)
            .or_else(|| file::bundled(file::DEFAULT_PRESET))
            .expect("default preset is bundled");
        let session = Session::new(preset);
        let banded = session.current.charts.clone();
        HashgridApp {
            session,
            view: ViewPrefs::default(),
            files: Files::default(),
            messages: Messages::default(),
            bands: bands::Bands::off(),
            banded,
            export: None,
            dialogs: Dialogs::default(),
            frame: Frame::default(),
        }
    }

    pub(crate) fn new(cc: &eframe::CreationContext<'_>) -> HashgridApp {
        let stored = cc
            .storage
            .and_then(|s| eframe::get_value::<prefs::Persisted>(s, eframe::APP_KEY));
        // The language first: the preset's charts are labelled when it is loaded.
        if !crate::i18n::lang_from_args() {
            crate::i18n::set_lang(
                stored
                    .as_ref()
                    .map_or_else(crate::i18n::Lang::from_system, prefs::Persisted::lang),
            );
        }
        let mut app = HashgridApp::with_preset(file::DEFAULT_PRESET);
        app.frame.ctx = Some(cc.egui_ctx.clone());
        cc.egui_ctx
            .send_viewport_cmd(egui::ViewportCommand::Title(crate::i18n::t("window-title")));
        if let Some(p) = stored {
            app.restore(p.repaired());
        }
        app.bands.enabled = true;
        app.bands
            .restart(&app.session.preset.scenario, app.frame.ctx.as_ref());
        app
    }

    fn restore(&mut self, p: prefs::Persisted) {
        self.view = p.view;
        self.files.recent = p.recent;
        let (Ok(cur), Ok(base)) = (
            file::parse("autosave", &p.current_ron),
            file::parse("autosave", &p.base_ron),
        ) else {
            self.messages.status = crate::i18n::t("status-autosave-unreadable");
            return;
        };
        self.session = Session::resume(base.preset, cur.preset);
        self.files.current = p.current_path;
        self.frame.restored = true;
        self.messages.status = crate::i18n::t("status-restored");
        self.scenario_changed();
    }

    fn persisted(&self) -> prefs::Persisted {
        prefs::Persisted {
            current_ron: self.session.preset.to_ron(),
            base_ron: self.session.base.to_ron(),
            current_path: self.files.current.clone(),
            recent: self.files.recent.clone(),
            view: self.view.clone(),
            lang: crate::i18n::lang().code().to_string(),
        }
    }

    /// Switches the language at once: the charts are relabelled from the runs already computed (no model
    /// run), and the scenario, its undo history, the bands and the view stay as they are.
    pub fn set_lang(&mut self, l: crate::i18n::Lang) {
        crate::i18n::set_lang(l);
        // The last status line was written in the old language and is about something already done.
        self.messages.status.clear();
        self.session.relabel();
        self.rebuild_banded();
        if let Some(ctx) = &self.frame.ctx {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(crate::i18n::t("window-title")));
            ctx.request_repaint();
        }
    }

    pub fn scenario(&self) -> &Scenario {
        self.session.scenario()
    }

    /// After any change of scenario: stale bands go at once and a new ensemble is queued.
    fn scenario_changed(&mut self) {
        self.bands.invalidate(&self.session.preset.scenario);
        self.banded = self.session.current.charts.clone();
    }

    /// Switches the uncertainty bands on or off (off cancels the ensemble in flight).
    pub fn set_bands(&mut self, on: bool) {
        self.bands.enabled = on;
        self.bands
            .restart(&self.session.preset.scenario, self.frame.ctx.as_ref());
        self.banded = self.session.current.charts.clone();
    }

    /// Drains finished ensemble runs; rebuilds the banded charts when bands changed.
    pub(crate) fn poll_bands(&mut self) -> bool {
        if !self.bands.poll(&self.session.current.charts) {
            return false;
        }
        self.rebuild_banded();
        true
    }

    /// Blocks until the ensemble is complete (tests, benchmarks); the UI never calls this.
    pub fn wait_for_bands(&mut self) {
        self.bands.wait(&self.session.current.charts);
        self.rebuild_banded();
    }

    fn rebuild_banded(&mut self) {
        let charts = &self.session.current.charts;
        self.banded = match self.bands.current() {
            Some(b) => charts
                .iter()
                .zip(b)
                .map(|(c, bb)| crate::uncertainty::with_bands(c, bb, self.bands.done()))
                .collect(),
            None => charts.clone(),
        };
    }

    /// Blocks until the export in progress is over and reports it like the UI does (tests only).
    pub fn wait_for_export(&mut self) {
        if let Some(job) = self.export.take() {
            let what = job.what.clone();
            self.export_finished(&what, job.wait());
        }
    }

    fn remember(&mut self, path: PathBuf) {
        self.files.recent.retain(|p| p != &path);
        self.files.recent.insert(0, path);
        self.files.recent.truncate(prefs::RECENT_FILES);
    }

    fn start_dir(&self) -> Option<PathBuf> {
        self.files
            .current
            .as_ref()
            .and_then(|p| p.parent().map(std::path::Path::to_path_buf))
    }

    /// Per-frame housekeeping before anything is drawn: bands, exports, style, the start-up measurement.
    fn begin_frame(&mut self, ui: &egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.frame.ctx.is_none() {
            self.frame.ctx = Some(ctx.clone());
        }
        if !self.frame.first_frame_done {
            self.frame.first_frame_done = true;
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
        self.poll_export();
        let dragging = ctx.input(|i| i.pointer.any_down());
        if self
            .bands
            .start_if_settled(std::time::Duration::from_millis(150), dragging, Some(&ctx))
        {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        if !self.frame.style_ready {
            setup_style(&ctx);
            self.frame.style_ready = true;
            // On a small screen (a 1280x720 projector) the charts come first; the story is one click away.
            if ui.available_width() < 1360.0 && !self.frame.restored {
                self.view.show_story = false;
            }
        }
    }

    /// The whole window, one frame. Separate from `eframe::App` so tests can drive it without a window.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.begin_frame(ui);
        let ctx = ui.ctx().clone();
        let mut cmds = Vec::new();
        command::shortcuts(&ctx, &mut cmds);
        if let Some(c) = self.picked_file() {
            cmds.push(c);
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
                let s = &self.session;
                levers::panel(ui, &s.preset.scenario, &s.base.scenario, &mut cmds);
            });
        // Applied before the charts are drawn: the slider's new value is on screen in this very frame.
        for c in cmds.drain(..) {
            self.apply(c);
        }
        if self.view.show_story {
            egui::Panel::right("story")
                .exact_size(right_w)
                .show(ui, |ui| story::panel(ui, &self.session, &mut cmds));
        }
        egui::CentralPanel::default().show(ui, |ui| self.charts_area(ui));
        for c in cmds.drain(..) {
            self.apply(c);
            ctx.request_repaint();
        }
        self.error_dialog(&ctx);
    }

    fn error_dialog(&mut self, ctx: &egui::Context) {
        let Some(msg) = self.messages.error.clone() else {
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("hashgrid-error")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(crate::i18n::t("error-title"));
            ui.label(&msg);
            ui.add_space(8.0);
            ui.button(crate::i18n::t("button-ok")).clicked()
        });
        if modal.inner || modal.should_close() {
            self.messages.error = None;
        }
    }
}

impl eframe::App for HashgridApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.persisted());
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
            .with_title(crate::i18n::t("window-title"))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A persisted state is input like any file: a scenario that no longer loads (too large, a date outside
    /// the run) and view settings out of range fall back to the defaults instead of being trusted.
    #[test]
    fn a_hostile_persisted_state_is_repaired_not_trusted() {
        let mut app = HashgridApp::with_preset(file::DEFAULT_PRESET);
        let before = app.scenario().clone();
        let good = app.session.preset.to_ron();
        let bad_date = good.replacen("to: \"2023-12-31\"", "to: \"+262142-12-31\"", 1);
        assert!(bad_date != good, "the focus end was replaced");
        for current_ron in [bad_date, "x".repeat(3 << 20), String::new()] {
            let mut p = prefs::Persisted {
                current_ron,
                base_ron: good.clone(),
                ..Default::default()
            };
            p.view.export_size = (u32::MAX, 1);
            app.restore(p.repaired());
            assert_eq!(app.scenario(), &before);
            assert_eq!(app.view.export_size, (1600, 900));
            assert!(app.messages.status.contains("could not be read"));
        }
    }
}
