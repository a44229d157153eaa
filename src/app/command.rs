//! Everything a panel can ask of the app, and how the app carries it out. Panels only push [`Command`]s,
//! so what a click does is written once here and tests can issue the same commands directly.

use super::HashgridApp;
use super::export_job::{ExportJob, ExportResult};
use super::files::Purpose;
use crate::charts::ChartId;
use crate::export::files::write_atomic;
use crate::export::{ExportFormat, ExportRequest, Target};
use crate::i18n::{data_text, t, t_args};
use crate::scenario::file;
use crate::scenario::{L, Value};
use std::path::PathBuf;

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
    /// One chart to a file, or (`chart: None`) every chart into the folder `path`, in the background.
    Export {
        chart: Option<ChartId>,
        format: ExportFormat,
        path: PathBuf,
    },
    CancelExport,
    /// Show everything in another language: the scenario, its runs and the undo history stay as they are.
    SetLang(crate::i18n::Lang),
}

/// Ctrl+Z and Ctrl+Shift+Z.
pub(super) fn shortcuts(ctx: &egui::Context, cmds: &mut Vec<Command>) {
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

impl HashgridApp {
    /// Applies one command. Errors become a dialog; nothing in the scenario changes on error.
    pub fn apply(&mut self, cmd: Command) {
        let s = &mut self.session;
        let changed = match cmd {
            Command::SetLever {
                lever,
                value,
                dragging,
            } => {
                let (changed, warning) = s.set_lever(lever, value, dragging);
                self.messages.warnings.extend(warning);
                changed
            }
            Command::EndDrag => {
                s.history.end_drag();
                false
            }
            Command::ResetLever(l) => s.reset_lever(l),
            Command::ResetAll => s.reset_all(),
            Command::Undo => s.undo(),
            Command::Redo => s.redo(),
            Command::JumpHistory(i) => s.jump(i),
            Command::LoadPreset(id) => self.load_preset(&id),
            Command::OpenFile(path) => self.open(path),
            Command::SaveTo(path) => {
                self.save(path);
                false
            }
            Command::Export {
                chart,
                format,
                path,
            } => {
                self.start_export(chart, format, path);
                false
            }
            Command::CancelExport => {
                if let Some(job) = &self.export {
                    job.cancel();
                }
                false
            }
            Command::SetLang(l) => {
                self.set_lang(l);
                false
            }
        };
        if changed {
            self.scenario_changed();
        }
    }

    fn load_preset(&mut self, id: &str) -> bool {
        match file::bundled(id) {
            Some(p) => {
                self.files.current = None;
                self.messages.status = t_args(
                    "status-loaded-preset",
                    &[(
                        "title",
                        (&data_text(&format!("preset-{id}"), &p.meta.title)).into(),
                    )],
                );
                self.session.set_base(p);
                true
            }
            None => {
                self.messages.error = Some(t_args("error-no-preset", &[("id", id.into())]));
                false
            }
        }
    }

    fn open(&mut self, path: PathBuf) -> bool {
        match file::load(&path) {
            Ok(loaded) => {
                self.messages.warnings = loaded.warnings.iter().map(|w| w.to_string()).collect();
                self.messages.status = t_args(
                    "status-opened",
                    &[("path", (&path.display().to_string()).into())],
                );
                self.files.current = Some(path.clone());
                self.remember(path);
                self.session.set_base(loaded.preset);
                true
            }
            Err(e) => {
                let place = if e.line == 0 {
                    String::new()
                } else {
                    let (line, col) = (e.line.to_string(), e.col.to_string());
                    t_args(
                        "error-line-col",
                        &[("line", (&line).into()), ("col", (&col).into())],
                    ) + "\n"
                };
                self.messages.error = Some(format!(
                    "{}\n\n{}\n{place}{}",
                    t("error-open-intro"),
                    t_args(
                        "error-file",
                        &[("file", (&crate::format::short_text(&e.file, 300)).into())]
                    ),
                    crate::format::one_line(&e.msg)
                ));
                false
            }
        }
    }

    fn save(&mut self, path: PathBuf) {
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path
        };
        match write_atomic(&path, self.session.preset.to_ron().as_bytes()) {
            Ok(()) => {
                self.messages.status = t_args(
                    "status-saved",
                    &[("path", (&path.display().to_string()).into())],
                );
                self.files.current = Some(path.clone());
                self.remember(path);
            }
            Err(e) => {
                self.messages.error = Some(t_args(
                    "error-save",
                    &[
                        ("path", (&path.display().to_string()).into()),
                        ("error", (&e.to_string()).into()),
                    ],
                ))
            }
        }
    }

    /// Starts writing what is on screen (bands included) through the report renderer, in the background.
    fn start_export(&mut self, chart: Option<ChartId>, format: ExportFormat, path: PathBuf) {
        if self.export.is_some() {
            self.messages.status = t("status-export-running");
            return;
        }
        let s = &self.session;
        let target = match chart {
            Some(_) => Target::File(path),
            None => Target::Dir(path),
        };
        let mut req =
            ExportRequest::for_charts(&s.preset, &s.base.scenario, self.banded.clone(), target)
                .with_format(format)
                .with_size(self.view.export_size);
        if let Some(c) = chart {
            req = req.only(c);
        }
        self.export = Some(ExportJob::start(req, self.frame.ctx.clone()));
    }

    /// Collects a finished export, if any.
    pub(super) fn poll_export(&mut self) {
        let Some(result) = self.export.as_ref().and_then(ExportJob::poll) else {
            return;
        };
        let what = self.export.take().map(|j| j.what).unwrap_or_default();
        self.export_finished(&what, result);
    }

    pub(super) fn export_finished(&mut self, what: &str, result: ExportResult) {
        match result {
            Ok(paths) => {
                self.messages.status = match paths.as_slice() {
                    [one] => t_args(
                        "status-exported-one",
                        &[("path", (&one.display().to_string()).into())],
                    ),
                    many => {
                        let dir = many
                            .first()
                            .and_then(|p| p.parent())
                            .map(|d| d.display().to_string())
                            .unwrap_or_default();
                        t_args(
                            "status-exported-many",
                            &[("what", what.into()), ("dir", (&dir).into())],
                        )
                    }
                }
            }
            Err(crate::export::ExportError::Cancelled) => {
                self.messages.status = t("status-export-cancelled");
            }
            Err(e) => {
                self.messages.error = Some(t_args(
                    "error-export",
                    &[("error", (&e.to_string()).into())],
                ))
            }
        }
    }

    /// Default file name for a chart export, as `hashgrid export` names it.
    pub(crate) fn export_name(&self, chart: ChartId, format: ExportFormat) -> String {
        let parts = crate::export::naming::NameParts::new(
            &self.session.preset,
            &self.session.base.scenario,
        );
        format!(
            "{}.{}",
            crate::export::naming::stem(&parts, chart),
            format.extension()
        )
    }

    /// A path chosen in a file dialog (or the in-app prompt), as the command it asked for.
    pub(super) fn picked_file(&mut self) -> Option<Command> {
        let ctx = self.frame.ctx.clone()?;
        let p = self
            .dialogs
            .poll()
            .or_else(|| self.dialogs.prompt_ui(&ctx))?;
        let path = p.path?;
        Some(match p.purpose {
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
        })
    }
}
