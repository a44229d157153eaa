//! File dialogs. rfd's dialogs block, so each runs on its own thread and sends its answer back over a channel;
//! the UI polls the channel every frame and never waits. No portal or zenity on the machine means the dialog
//! answers "cancelled" at once.

use crate::i18n::t;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Purpose {
    Open,
    SaveAs,
    ExportChart(crate::charts::ChartId, crate::export::ExportFormat),
    ExportAll(crate::export::ExportFormat),
}

pub(crate) struct Picked {
    pub purpose: Purpose,
    pub path: Option<PathBuf>,
}

pub(crate) struct Dialogs {
    tx: Sender<Picked>,
    rx: Receiver<Picked>,
    pub open: bool,
    /// In-app prompt used when the machine has no file-dialog backend: (purpose, path being typed).
    pub prompt: Option<(Purpose, String)>,
}

/// Whether a native dialog can be shown: rfd needs the desktop portal (over D-Bus) or zenity. Without either
/// it answers "cancelled" at once, which would make Open, Save and Export silently do nothing.
pub(crate) fn native_available() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()))
            .unwrap_or(false)
}

impl Default for Dialogs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Dialogs {
            tx,
            rx,
            open: false,
            prompt: None,
        }
    }
}

impl Dialogs {
    pub(crate) fn ask(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        default_name: String,
        start_dir: Option<PathBuf>,
    ) {
        if self.open {
            return;
        }
        if !native_available() {
            let dir = start_dir.unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
            let suggestion = match purpose {
                Purpose::ExportAll(_) => dir.join("hashgrid-charts"),
                _ => dir.join(default_name),
            };
            self.prompt = Some((purpose, suggestion.display().to_string()));
            return;
        }
        self.open = true;
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let mut d = rfd::FileDialog::new();
            if let Some(dir) = start_dir {
                d = d.set_directory(dir);
            }
            let path = match purpose {
                Purpose::Open => d.add_filter(t("dialog-filter"), &["ron"]).pick_file(),
                Purpose::SaveAs => d
                    .add_filter(t("dialog-filter"), &["ron"])
                    .set_file_name(default_name)
                    .save_file(),
                Purpose::ExportChart(_, _) => d.set_file_name(default_name).save_file(),
                Purpose::ExportAll(_) => d.pick_folder(),
            };
            let _ = tx.send(Picked { purpose, path });
            ctx.request_repaint();
        });
    }

    /// The fallback prompt: a small window with a path field. Returns the confirmed choice.
    pub(crate) fn prompt_ui(&mut self, ctx: &egui::Context) -> Option<Picked> {
        let (purpose, mut text) = self.prompt.take()?;
        let title = match purpose {
            Purpose::Open => t("dialog-open"),
            Purpose::SaveAs => t("dialog-save-as"),
            Purpose::ExportChart(_, _) => t("dialog-export-chart"),
            Purpose::ExportAll(_) => t("dialog-export-all"),
        };
        let mut result = None;
        let mut keep = true;
        egui::Window::new(title)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(t("dialog-no-picker"));
                let edit = ui.add(egui::TextEdit::singleline(&mut text).desired_width(420.0));
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button(t("button-ok")).clicked() || enter {
                        result = Some(Picked {
                            purpose,
                            path: Some(PathBuf::from(text.trim())),
                        });
                        keep = false;
                    }
                    if ui.button(t("button-cancel")).clicked() {
                        keep = false;
                    }
                });
            });
        if keep {
            self.prompt = Some((purpose, text));
        }
        result
    }

    pub(crate) fn poll(&mut self) -> Option<Picked> {
        let p = self.rx.try_recv().ok()?;
        self.open = false;
        Some(p)
    }
}
