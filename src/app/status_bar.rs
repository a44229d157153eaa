//! The status bar: run time, seed, outage mode, warnings and the last thing that happened.

use super::HashgridApp;
use super::levers::CHANGED;
use crate::model;
use crate::scenario::L;

impl HashgridApp {
    pub(super) fn status_bar(&self, ui: &mut egui::Ui) {
        let s = self.scenario();
        ui.horizontal(|ui| {
            ui.label(format!("Model run {:.1} ms", self.session.current.run_ms));
            ui.separator();
            ui.label(format!("Seed {}", s.num(L::Seed)));
            ui.separator();
            ui.label(format!("Outages: {}", s.display(L::OutageMode)));
            ui.separator();
            let warnings = &self.messages.warnings;
            match warnings.last() {
                Some(w) => ui.label(
                    egui::RichText::new(format!("{} warning(s): {w}", warnings.len()))
                        .color(CHANGED),
                ),
                None => ui.label("No warnings"),
            };
            if !self.messages.status.is_empty() {
                ui.separator();
                ui.label(&self.messages.status);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(egui::RichText::new(model::MODEL_VERSION).weak());
            });
        });
    }
}
