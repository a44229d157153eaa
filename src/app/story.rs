//! The right-hand panel: the preset's story and sources, its checks against the record, what the user has
//! changed and what that did to the headline outcomes, and the undo history.

use super::Command;
use super::levers::CHANGED;
use super::session::Session;
use crate::format;
use crate::model::Headline;
use crate::model::checks::{CheckKind, CheckResult};
use crate::scenario::{L, OutageMode};
use egui::{Color32, RichText};

const PASS: Color32 = Color32::from_rgb(0, 130, 90);
const MISS: Color32 = Color32::from_rgb(200, 60, 0);

pub(crate) fn panel(ui: &mut egui::Ui, c: &Session, cmds: &mut Vec<Command>) {
    let meta = &c.preset.meta;
    // Everything wraps: a table wider than the panel would otherwise push the panel under the charts.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    // Both directions: content can then never widen the panel (egui would draw the overflow under the charts).
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width());
            ui.heading(&meta.title);
            ui.label(
                RichText::new(format!(
                    "Focus: {} to {}",
                    format::date(meta.focus.from),
                    format::date(meta.focus.to)
                ))
                .weak(),
            );
            egui::CollapsingHeader::new("Story")
                .default_open(true)
                .show(ui, |ui| {
                    ui.label(&meta.narrative);
                    ui.add_space(4.0);
                    ui.label(RichText::new("Sources").strong());
                    for s in &meta.sources {
                        ui.label(RichText::new(format!("• {s}")).small());
                    }
                });
            egui::CollapsingHeader::new("What differs from the preset")
                .default_open(true)
                .show(ui, |ui| differs(ui, c, cmds));
            egui::CollapsingHeader::new(format!(
                "Model vs record ({} of {} inside the band)",
                c.current
                    .checks
                    .iter()
                    .filter(|x| x.counts() && x.pass)
                    .count(),
                c.current.checks.iter().filter(|x| x.counts()).count()
            ))
            .default_open(true)
            .show(ui, |ui| checks(ui, &c.current.checks));
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

fn differs(ui: &mut egui::Ui, c: &Session, cmds: &mut Vec<Command>) {
    let (scenario, base) = (&c.preset.scenario, &c.base.scenario);
    let changed = scenario.changed_from(base);
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
                        RichText::new(format!("{} → {}", base.display(*l), scenario.display(*l)))
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
    outcomes(ui, c);
}

/// The headline outcomes of the preset's run and of the user's, side by side. Deterministic runs: each is
/// the model's expected value for this scenario, not a percentile of the ensemble.
fn outcomes(ui: &mut egui::Ui, c: &Session) {
    let (a, b) = (&c.baseline.results.summary, &c.current.results.summary);
    // Say what the numbers are: expected values over outage histories, or one drawn history.
    let what = match c.scenario().choice::<OutageMode>(L::OutageMode) {
        OutageMode::Expected => {
            "Expected values: averaged over every pattern of plant breakdowns".to_string()
        }
        OutageMode::Drawn => format!(
            "One drawn history of plant breakdowns (seed {})",
            c.scenario().num(L::Seed)
        ),
    };
    ui.label(
        RichText::new(format!(
            "{what}. The shaded bands on the charts show the 80 % range (P10-P90) over many runs with \
             uncertain inputs."
        ))
        .weak(),
    );
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
            for h in Headline::ALL {
                let (x, y) = (h.read(a), h.read(b));
                ui.label(h.label_with_unit());
                ui.label(format::num(x));
                ui.label(format::num(y));
                let d = y - x;
                let text = RichText::new(format::delta(d));
                ui.label(if d.abs() < 1e-9 {
                    text.weak()
                } else {
                    text.color(CHANGED)
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
        // two text columns share what the mark column (16 px) and the spacing leave
        .max_col_width(((w - 56.0) / 2.0).max(80.0))
        .show(ui, |ui| {
            ui.label(RichText::new("Figure").strong());
            ui.label(RichText::new("Record / model").strong());
            ui.label("");
            ui.end_row();
            for c in checks {
                ui.label(&c.label).on_hover_text(format!(
                    "Band: {} to {} {}\nSource: {}",
                    format::num(c.low),
                    format::num(c.high),
                    c.unit,
                    c.source
                ));
                ui.vertical(|ui| {
                    ui.label(&c.documented);
                    ui.label(
                        RichText::new(format!("model {} {}", format::num(c.modelled), c.unit))
                            .weak(),
                    );
                });
                if !c.counts() {
                    let why = match c.kind {
                        CheckKind::Fitted => "Fitted: an assumption was calibrated to this figure, so it is not counted as a check",
                        _ => "Shown only: the inputs set this figure, so it is not counted as a check",
                    };
                    ui.label(RichText::new("◆").weak()).on_hover_text(why);
                } else if c.pass {
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
