//! The status bar: run time, seed, outage mode, warnings and the last thing that happened.

use super::HashgridApp;
use super::levers::CHANGED;
use crate::i18n::{t, t_args};
use crate::model;
use crate::scenario::L;

impl HashgridApp {
    pub(super) fn status_bar(&self, ui: &mut egui::Ui) {
        let s = self.scenario();
        ui.horizontal(|ui| {
            ui.label(t_args(
                "status-run-ms",
                &[(
                    "ms",
                    (&crate::format::fixed(self.session.current.run_ms, 1)).into(),
                )],
            ));
            ui.separator();
            let seed = s.num(L::Seed).to_string();
            ui.label(t_args("status-seed", &[("seed", (&seed).into())]));
            ui.separator();
            ui.label(t_args(
                "status-outages",
                &[("mode", (&s.display(L::OutageMode)).into())],
            ));
            ui.separator();
            let warnings = &self.messages.warnings;
            match warnings.last() {
                Some(w) => ui.label(
                    egui::RichText::new(t_args(
                        "status-warnings",
                        &[("n", warnings.len().into()), ("last", w.into())],
                    ))
                    .color(CHANGED),
                ),
                None => ui.label(t("status-no-warnings")),
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
