//! The right-hand panel: the preset's story and sources, its checks against the record, what the user has
//! changed and what that did to the headline outcomes, and the undo history.

use super::Command;
use super::history::History;
use super::levers::CHANGED;
use crate::charts::render::fmt_num;
use crate::model::Results;
use crate::model::checks::CheckResult;
use crate::scenario::Scenario;
use crate::scenario::file::PresetMeta;
use egui::{Color32, RichText};

pub struct Ctx<'a> {
    pub meta: &'a PresetMeta,
    pub scenario: &'a Scenario,
    pub base: &'a Scenario,
    pub results: &'a Results,
    pub baseline: &'a Results,
    pub checks: &'a [CheckResult],
    pub history: &'a History,
}

const PASS: Color32 = Color32::from_rgb(0, 130, 90);
const MISS: Color32 = Color32::from_rgb(200, 60, 0);

pub fn panel(ui: &mut egui::Ui, c: Ctx, cmds: &mut Vec<Command>) {
    // Everything wraps: a table wider than the panel would otherwise push the panel under the charts.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    // Both directions: content can then never widen the panel (egui would draw the overflow under the charts).
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width());
            ui.heading(&c.meta.title);
            ui.label(
                RichText::new(format!(
                    "Focus: {} to {}",
                    c.meta.focus.from.format("%d %b %Y"),
                    c.meta.focus.to.format("%d %b %Y")
                ))
                .weak(),
            );
            egui::CollapsingHeader::new("Story")
                .default_open(true)
                .show(ui, |ui| {
                    ui.label(&c.meta.narrative);
                    ui.add_space(4.0);
                    ui.label(RichText::new("Sources").strong());
                    for s in &c.meta.sources {
                        ui.label(RichText::new(format!("• {s}")).small());
                    }
                });
            egui::CollapsingHeader::new("What differs from the preset")
                .default_open(true)
                .show(ui, |ui| differs(ui, &c, cmds));
            egui::CollapsingHeader::new(format!(
                "Model vs record ({} of {} inside the band)",
                c.checks.iter().filter(|x| x.pass).count(),
                c.checks.len()
            ))
            .default_open(true)
            .show(ui, |ui| checks(ui, c.checks));
            egui::CollapsingHeader::new(format!("History ({} steps)", c.history.steps().len()))
                .default_open(false)
                .show(ui, |ui| {
                    if c.history.steps().is_empty() {
                        ui.label(RichText::new("No changes yet.").weak());
                    }
                    for (i, step) in c.history.steps().iter().enumerate() {
                        if ui
                            .link(format!("{}. {}", i + 1, step.label))
                            .on_hover_text("Go back to just before this change")
                            .clicked()
                        {
                            cmds.push(Command::JumpHistory(i));
                        }
                    }
                });
        });
}

fn differs(ui: &mut egui::Ui, c: &Ctx, cmds: &mut Vec<Command>) {
    let changed = c.scenario.changed_from(c.base);
    if changed.is_empty() {
        ui.label(RichText::new("Nothing yet: move a lever on the left.").weak());
    } else {
        egui::Grid::new("differs")
            .striped(true)
            .num_columns(3)
            .max_col_width(150.0)
            .show(ui, |ui| {
                for l in &changed {
                    ui.label(l.decl().label);
                    ui.label(
                        RichText::new(format!(
                            "{} → {}",
                            c.base.display(*l),
                            c.scenario.display(*l)
                        ))
                        .color(CHANGED),
                    );
                    if ui
                        .small_button("↺")
                        .on_hover_text("Back to the preset's value")
                        .clicked()
                    {
                        cmds.push(Command::ResetLever(*l));
                    }
                    ui.end_row();
                }
            });
    }
    ui.add_space(6.0);
    let (a, b) = (&c.baseline.summary, &c.results.summary);
    egui::Grid::new("outcomes")
        .striped(true)
        .num_columns(4)
        .max_col_width(140.0)
        .show(ui, |ui| {
            ui.label(RichText::new("Outcome 2020-23").strong());
            ui.label(RichText::new("Preset").strong());
            ui.label(RichText::new("Now").strong());
            ui.label(RichText::new("Change").strong());
            ui.end_row();
            let rows = [
                (
                    "Households + industry shed (GWh)",
                    a.shed_nonmining_gwh,
                    b.shed_nonmining_gwh,
                ),
                ("Miners shed (GWh)", a.shed_miners_gwh, b.shed_miners_gwh),
                ("Levy revenue (million USD)", a.levy_usd_m, b.levy_usd_m),
                ("Peak mining load (MW)", a.peak_mining_mw, b.peak_mining_mw),
                ("Capacity that left (MW)", a.exodus_mw, b.exodus_mw),
                ("Imports (TWh)", a.imports_twh, b.imports_twh),
            ];
            for (name, x, y) in rows {
                ui.label(name);
                ui.label(fmt_num(x));
                ui.label(fmt_num(y));
                let d = y - x;
                let text = if d.abs() < 1e-9 {
                    "–".to_string()
                } else {
                    format!("{}{}", if d > 0.0 { "+" } else { "" }, fmt_num(d))
                };
                ui.label(if d.abs() < 1e-9 {
                    RichText::new(text).weak()
                } else {
                    RichText::new(text).color(CHANGED)
                });
                ui.end_row();
            }
        });
}

/// Three narrow columns (figure | documented and modelled | mark) so the table fits the side panel: a wider
/// table would make the panel's content overflow under the charts.
fn checks(ui: &mut egui::Ui, checks: &[CheckResult]) {
    let w = ui.available_width();
    egui::Grid::new("checks")
        .striped(true)
        .num_columns(3)
        .min_col_width(16.0)
        .max_col_width(((w - 40.0) * 0.55).max(80.0))
        .show(ui, |ui| {
            ui.label(RichText::new("Figure").strong());
            ui.label(RichText::new("Record / model").strong());
            ui.label("");
            ui.end_row();
            for c in checks {
                ui.label(&c.label).on_hover_text(format!(
                    "Band: {} to {} {}\nSource: {}",
                    fmt_num(c.low),
                    fmt_num(c.high),
                    c.unit,
                    c.source
                ));
                ui.vertical(|ui| {
                    ui.label(&c.documented);
                    ui.label(
                        RichText::new(format!("model {} {}", fmt_num(c.modelled), c.unit)).weak(),
                    );
                });
                if c.pass {
                    ui.label(RichText::new("✔").color(PASS))
                        .on_hover_text("Inside the documented band");
                } else {
                    ui.label(RichText::new("✖").color(MISS))
                        .on_hover_text("Outside the documented band");
                }
                ui.end_row();
            }
        });
}
