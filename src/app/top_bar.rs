//! The top bar: file menu, preset picker, undo/redo, what to show, and "Export all" with its progress.

use super::files::Purpose;
use super::prefs::{EXPORT_SIZES, Layout};
use super::{Command, HashgridApp};
use crate::export::ExportFormat;
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
            ui.menu_button("File", |ui| self.file_menu(ui, cmds));
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
        if ui.button("Open scenario…").clicked() {
            self.dialogs
                .ask(&ctx, Purpose::Open, String::new(), self.start_dir());
            ui.close();
        }
        if ui.button("Save").clicked() {
            match self.files.current.clone() {
                Some(p) => cmds.push(Command::SaveTo(p)),
                None => self
                    .dialogs
                    .ask(&ctx, Purpose::SaveAs, name.clone(), self.start_dir()),
            }
            ui.close();
        }
        if ui.button("Save as…").clicked() {
            self.dialogs
                .ask(&ctx, Purpose::SaveAs, name, self.start_dir());
            ui.close();
        }
        ui.menu_button("Recent", |ui| {
            if self.files.recent.is_empty() {
                ui.label("No recent files");
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
        let preset_label = ui.label("Preset:").id;
        let base_id = &self.session.base.meta.id;
        egui::ComboBox::from_id_salt("preset")
            .selected_text(&self.session.base.meta.title)
            .width(300.0)
            .show_ui(ui, |ui| {
                for (id, title) in preset_titles() {
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
            .add_enabled(h.can_undo(), egui::Button::new("⟲ Undo"))
            .on_hover_text("Ctrl+Z")
            .clicked()
        {
            cmds.push(Command::Undo);
        }
        if ui
            .add_enabled(h.can_redo(), egui::Button::new("⟳ Redo"))
            .on_hover_text("Ctrl+Shift+Z")
            .clicked()
        {
            cmds.push(Command::Redo);
        }
        if ui
            .add_enabled(self.session.is_dirty(), egui::Button::new("Reset"))
            .on_hover_text("All levers back to the preset")
            .clicked()
        {
            cmds.push(Command::ResetAll);
        }
    }

    fn view_toggles(&mut self, ui: &mut egui::Ui) {
        ui.checkbox(&mut self.view.show_baseline, "Baseline")
            .on_hover_text("Draw the preset's run faintly behind yours");
        ui.checkbox(&mut self.view.show_story, "Story")
            .on_hover_text("Show the story, checks and what-differs panel");
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
            ui.label(format!(
                "{}/{} runs",
                self.bands.done(),
                self.bands.target_runs
            ));
        }
        ui.separator();
        ui.selectable_value(&mut self.view.layout, Layout::Grid, "All four");
        let single = match self.view.layout {
            Layout::Single(i) => i,
            Layout::Grid => 0,
        };
        if ui
            .selectable_label(matches!(self.view.layout, Layout::Single(_)), "One large")
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
                "Cancelling…".to_string()
            } else {
                format!("Exporting {}: {done}/{total}", job.what)
            };
            ui.add(
                egui::ProgressBar::new(done as f32 / total.max(1) as f32)
                    .desired_width(220.0)
                    .text(text),
            );
            if ui.button("Cancel export").clicked() {
                cmds.push(Command::CancelExport);
            }
            return;
        }
        let ctx = ui.ctx().clone();
        ui.menu_button("Export all", |ui| {
            ui.label("Size");
            for s in EXPORT_SIZES {
                ui.radio_value(&mut self.view.export_size, s, format!("{} × {}", s.0, s.1));
            }
            ui.separator();
            for f in ExportFormat::ALL {
                let text = format!("All charts as {}…", f.extension().to_uppercase());
                if ui.button(text).clicked() {
                    self.dialogs
                        .ask(&ctx, Purpose::ExportAll(f), String::new(), self.start_dir());
                    ui.close();
                }
            }
        });
    }
}
