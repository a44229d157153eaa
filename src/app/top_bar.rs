//! The top bar: file menu, preset picker, undo/redo, what to show, and "Export all" with its progress.

use super::files::Purpose;
use super::prefs::{EXPORT_SIZES, Layout};
use super::{Command, HashgridApp};
use crate::export::ExportFormat;
use crate::i18n::{Lang, data_text, t, t_args};
use crate::scenario::file;

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

impl HashgridApp {
    pub(super) fn top_bar(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.strong("Hashgrid");
            ui.separator();
            ui.menu_button(t("menu-file"), |ui| self.file_menu(ui, cmds));
            // Early in the bar, so a long language can never push it out of a small window.
            self.language_menu(ui, cmds);
            self.preset_picker(ui, cmds);
            ui.separator();
            self.undo_buttons(ui, cmds);
            ui.separator();
            self.view_toggles(ui);
            ui.separator();
            self.export_menu(ui, cmds);
        });
    }

    fn file_menu(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let name = format!(
            "{}.ron",
            crate::export::naming::slug(&self.session.preset.meta.id)
        );
        if ui.button(t("menu-open")).clicked() {
            self.dialogs
                .ask(&ctx, Purpose::Open, String::new(), self.start_dir());
            ui.close();
        }
        if ui.button(t("menu-save")).clicked() {
            match self.files.current.clone() {
                Some(p) => cmds.push(Command::SaveTo(p)),
                None => self
                    .dialogs
                    .ask(&ctx, Purpose::SaveAs, name.clone(), self.start_dir()),
            }
            ui.close();
        }
        if ui.button(t("menu-save-as")).clicked() {
            self.dialogs
                .ask(&ctx, Purpose::SaveAs, name, self.start_dir());
            ui.close();
        }
        ui.menu_button(t("menu-recent"), |ui| {
            if self.files.recent.is_empty() {
                ui.label(t("menu-recent-empty"));
            }
            for p in &self.files.recent {
                if ui.button(p.display().to_string()).clicked() {
                    cmds.push(Command::OpenFile(p.clone()));
                    ui.close();
                }
            }
        });
    }

    fn preset_picker(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let preset_label = ui.label(t("preset-picker")).id;
        let base_id = &self.session.base.meta.id;
        egui::ComboBox::from_id_salt("preset")
            .selected_text(preset_title(&self.session.base.meta))
            .width((ui.available_width() * 0.21).clamp(200.0, 300.0))
            .show_ui(ui, |ui| {
                for (id, title) in preset_titles() {
                    let title = data_text(&format!("preset-{id}"), title);
                    if ui.selectable_label(base_id == id, title).clicked() {
                        cmds.push(Command::LoadPreset(id.clone()));
                    }
                }
            })
            .response
            .labelled_by(preset_label);
    }

    fn undo_buttons(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let h = &self.session.history;
        if ui
            .add_enabled(h.can_undo(), egui::Button::new(t("button-undo")))
            .on_hover_text("Ctrl+Z")
            .clicked()
        {
            cmds.push(Command::Undo);
        }
        if ui
            .add_enabled(h.can_redo(), egui::Button::new(t("button-redo")))
            .on_hover_text("Ctrl+Shift+Z")
            .clicked()
        {
            cmds.push(Command::Redo);
        }
        if ui
            .add_enabled(
                self.session.is_dirty(),
                egui::Button::new(t("button-reset")),
            )
            .on_hover_text(t("button-reset-tip"))
            .clicked()
        {
            cmds.push(Command::ResetAll);
        }
    }

    fn view_toggles(&mut self, ui: &mut egui::Ui) {
        ui.checkbox(&mut self.view.show_baseline, t("view-baseline"))
            .on_hover_text(t("view-baseline-tip"));
        ui.checkbox(&mut self.view.show_story, t("view-story"))
            .on_hover_text(t("view-story-tip"));
        let mut on = self.bands.enabled;
        if ui
            .checkbox(&mut on, t("view-bands"))
            .on_hover_text(t("view-bands-tip"))
            .changed()
        {
            self.set_bands(on);
        }
        if self.bands.running() {
            ui.add(egui::Spinner::new());
            ui.label(t_args(
                "view-bands-progress",
                &[
                    ("done", self.bands.done().into()),
                    ("total", self.bands.target_runs.into()),
                ],
            ));
        }
        ui.separator();
        ui.selectable_value(&mut self.view.layout, Layout::Grid, t("view-grid"));
        let single = match self.view.layout {
            Layout::Single(i) => i,
            Layout::Grid => 0,
        };
        if ui
            .selectable_label(
                matches!(self.view.layout, Layout::Single(_)),
                t("view-single"),
            )
            .clicked()
        {
            self.view.layout = Layout::Single(single);
        }
    }

    /// "Export all" while idle; a progress bar and a Cancel button while an export runs.
    fn export_menu(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        if let Some(job) = &self.export {
            let (done, total) = job.progress();
            let text = if job.cancelled() {
                t("export-cancelling")
            } else {
                t_args(
                    "export-progress",
                    &[
                        ("what", (&job.what).into()),
                        ("done", done.into()),
                        ("total", total.into()),
                    ],
                )
            };
            ui.add(
                egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                    .desired_width(220.0)
                    .text(text),
            );
            if ui.button(t("export-cancel")).clicked() {
                cmds.push(Command::CancelExport);
            }
            return;
        }
        let ctx = ui.ctx().clone();
        ui.menu_button(t("export-all"), |ui| {
            ui.label(t("export-size"));
            for s in EXPORT_SIZES {
                ui.radio_value(&mut self.view.export_size, s, format!("{} × {}", s.0, s.1));
            }
            ui.separator();
            for f in ExportFormat::ALL {
                let text = t_args(
                    "export-all-as",
                    &[("format", (&f.extension().to_uppercase()).into())],
                );
                if ui.button(text).clicked() {
                    self.dialogs
                        .ask(&ctx, Purpose::ExportAll(f), String::new(), self.start_dir());
                    ui.close();
                }
            }
        });
    }
}

/// A preset's title in the current language (as written if the file's title is not the bundled one).
pub(crate) fn preset_title(meta: &crate::scenario::file::PresetMeta) -> String {
    data_text(&format!("preset-{}", meta.id), &meta.title)
}

impl HashgridApp {
    /// The language menu, named in all three languages so a reader who knows none of the others finds it.
    fn language_menu(&self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let current = crate::i18n::lang();
        ui.menu_button(current.native_name(), |ui| {
            for l in Lang::ALL {
                if ui.selectable_label(current == l, l.native_name()).clicked() {
                    cmds.push(Command::SetLang(l));
                    ui.close();
                }
            }
        })
        .response
        .on_hover_text(t("menu-language"));
    }
}
