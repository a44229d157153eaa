//! The middle of the window: four linked charts in a grid, or one large chart with labelled events, each
//! with its title, export menu and legend.

use super::files::Purpose;
use super::prefs::Layout;
use super::{HashgridApp, plots};
use crate::charts::{ChartData, ChartId};
use crate::export::ExportFormat;

impl HashgridApp {
    pub(super) fn charts_area(&mut self, ui: &mut egui::Ui) {
        let export_req = match self.view.layout {
            Layout::Grid => self.chart_grid(ui),
            Layout::Single(_) => self.single_chart(ui),
        };
        if let Some((chart, format)) = export_req {
            let name = self.export_name(chart, format);
            let ctx = ui.ctx().clone();
            self.dialogs.ask(
                &ctx,
                Purpose::ExportChart(chart, format),
                name,
                self.start_dir(),
            );
        }
    }

    fn view_of(&self, i: usize, width: f32, height: f32, labels: bool) -> plots::View<'_> {
        plots::View {
            data: &self.banded[i],
            baseline: self
                .view
                .show_baseline
                .then(|| &self.session.baseline.charts[i]),
            focus: Some(self.session.preset.meta.focus.year_fractions()),
            width,
            height,
            show_marker_labels: labels,
        }
    }

    fn chart_grid(&self, ui: &mut egui::Ui) -> Option<(ChartId, ExportFormat)> {
        let mut export_req = None;
        // Each row gets half the height; each chart takes what its header and legend leave.
        let row_h = ((ui.available_height() - 8.0) / 2.0).max(220.0);
        let width = ui.available_width();
        for row in 0..2 {
            ui.allocate_ui(egui::vec2(width, row_h), |ui| {
                ui.set_min_height(row_h);
                ui.columns(2, |cols| {
                    for (col, ui) in cols.iter_mut().enumerate() {
                        let i = row * 2 + col;
                        let top = ui.cursor().top();
                        let w = ui.available_width() - 8.0;
                        ui.set_max_width(w);
                        if let Some(r) = chart_header(ui, &self.banded[i], self.view.show_baseline)
                        {
                            export_req = Some(r);
                        }
                        let used = ui.cursor().top() - top;
                        let h = (row_h - used - 6.0).max(120.0);
                        plots::chart(ui, self.view_of(i, w, h, false));
                    }
                });
            });
            ui.add_space(4.0);
        }
        export_req
    }

    fn single_chart(&mut self, ui: &mut egui::Ui) -> Option<(ChartId, ExportFormat)> {
        // egui_plot can overrun its width by a few pixels at the axes; keep clear of the story panel.
        let w = ui.available_width() - 12.0;
        let sel = match self.view.layout {
            Layout::Single(i) => i.min(ChartId::ALL.len() - 1),
            Layout::Grid => 0,
        };
        ui.horizontal_wrapped(|ui| {
            for (i, c) in ChartId::ALL.iter().enumerate() {
                if ui.selectable_label(sel == i, c.title_text()).clicked() {
                    self.view.layout = Layout::Single(i);
                }
            }
        });
        let i = match self.view.layout {
            Layout::Single(i) => i.min(ChartId::ALL.len() - 1),
            Layout::Grid => 0,
        };
        let req = chart_header(ui, &self.banded[i], self.view.show_baseline);
        let h = (ui.available_height() - 8.0).max(200.0);
        plots::chart(ui, self.view_of(i, w, h, true));
        req
    }
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
        ui.menu_button(crate::i18n::t("chart-export-menu"), |ui| {
            for f in ExportFormat::ALL {
                if ui.button(format!("{}…", f.label_text())).clicked() {
                    req = Some((data.id, f));
                    ui.close();
                }
            }
        });
    });
    plots::legend(ui, data, baseline);
    req
}
