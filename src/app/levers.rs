//! The lever panel, generated from the lever declarations: one widget per lever, grouped and collapsible,
//! with unit in the label, typed entry, hover help with the source, a mark and a reset button when the value
//! differs from the preset.

use super::Command;
use crate::model::calendar;
use crate::scenario::{Group, Kind, L, LEVERS, LeverDecl, Scenario, Value};
use chrono::{Datelike, NaiveDate};
use egui::{Color32, RichText};

pub const CHANGED: Color32 = Color32::from_rgb(213, 94, 0);

/// Label as shown on screen and exposed to screen readers: "Mining levy (flat) [KZT/kWh]".
pub fn lever_label(d: &LeverDecl) -> String {
    if d.unit.is_empty() || d.unit == "date" || d.unit == "order" {
        d.label.to_string()
    } else {
        format!("{} [{}]", d.label, d.unit)
    }
}

fn hover(d: &LeverDecl, base: &Scenario) -> String {
    format!(
        "{}\n\nSource: {}\nPreset value: {}",
        d.help,
        d.source,
        base.display(d.lever)
    )
}

pub fn panel(ui: &mut egui::Ui, s: &Scenario, base: &Scenario, cmds: &mut Vec<Command>) {
    let changed = s.changed_from(base).len();
    ui.horizontal(|ui| {
        ui.heading("Levers");
        if changed > 0 {
            ui.label(RichText::new(format!("{changed} changed")).color(CHANGED));
        }
    });
    ui.separator();
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for g in Group::ALL {
                let n_changed = LEVERS
                    .iter()
                    .filter(|d| d.group == g && s.get(d.lever) != base.get(d.lever))
                    .count();
                let title = if n_changed > 0 {
                    format!("{}  ({n_changed} changed)", g.label())
                } else {
                    g.label().to_string()
                };
                egui::CollapsingHeader::new(title)
                    .id_salt(g.label())
                    .default_open(g != Group::Scenario)
                    .show(ui, |ui| {
                        for d in LEVERS.iter().filter(|d| d.group == g) {
                            lever_row(ui, d, s, base, cmds);
                            ui.add_space(4.0);
                        }
                    });
            }
        });
}

fn lever_row(
    ui: &mut egui::Ui,
    d: &'static LeverDecl,
    s: &Scenario,
    base: &Scenario,
    cmds: &mut Vec<Command>,
) {
    let l = d.lever;
    let differs = s.get(l) != base.get(l);
    let tip = hover(d, base);
    let mut label_id = None;
    ui.horizontal(|ui| {
        let mark = if differs {
            RichText::new("●").color(CHANGED)
        } else {
            RichText::new("●").color(Color32::TRANSPARENT)
        };
        ui.label(mark).on_hover_text(if differs {
            "Differs from the preset"
        } else {
            ""
        });
        let reset = ui
            .add_enabled(differs, egui::Button::new("↺").small())
            .on_hover_text("Back to the preset's value");
        if reset.clicked() {
            cmds.push(Command::ResetLever(l));
        }
        let mut name = RichText::new(lever_label(d));
        if differs {
            name = name.color(CHANGED).strong();
        }
        // Truncated on narrow panels; the hover shows the full label with help and source.
        label_id = Some(
            ui.add(egui::Label::new(name).truncate())
                .on_hover_text(&tip)
                .id,
        );
    });
    match d.kind {
        Kind::Number {
            min,
            max,
            step,
            decimals,
        } => {
            let mut v = s.num(l);
            let mut resp = ui
                .add(
                    egui::Slider::new(&mut v, min..=max)
                        .step_by(step)
                        .fixed_decimals(decimals)
                        .show_value(true),
                )
                .on_hover_text(&tip);
            // The row's label names the slider for screen readers (and tests), without printing it twice.
            if let Some(id) = label_id {
                resp = resp.labelled_by(id);
            }
            if resp.changed() {
                cmds.push(Command::SetLever {
                    lever: l,
                    value: Value::Num(v),
                    dragging: resp.dragged(),
                });
            }
            if resp.drag_stopped() {
                cmds.push(Command::EndDrag);
            }
        }
        Kind::Date { .. } => date_row(ui, d, s.date(l), &tip, label_id, cmds),
        Kind::Choice(opts) => {
            let current = match s.get(l) {
                Value::Choice(i) => *i,
                _ => 0,
            };
            ui.horizontal_wrapped(|ui| {
                for (i, (_, label)) in opts.iter().enumerate() {
                    if ui
                        .selectable_label(current == i, *label)
                        .on_hover_text(&tip)
                        .clicked()
                        && current != i
                    {
                        cmds.push(Command::SetLever {
                            lever: l,
                            value: Value::Choice(i),
                            dragging: false,
                        });
                    }
                }
            });
        }
        Kind::Order(opts) => {
            let order = s.order(l).to_vec();
            for (pos, &item) in order.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.label(format!("{}.", pos + 1));
                    if ui
                        .add_enabled(pos > 0, egui::Button::new("▲").small())
                        .on_hover_text("Cut earlier")
                        .clicked()
                    {
                        let mut o = order.clone();
                        o.swap(pos, pos - 1);
                        cmds.push(Command::SetLever {
                            lever: l,
                            value: Value::Order(o),
                            dragging: false,
                        });
                    }
                    if ui
                        .add_enabled(pos + 1 < order.len(), egui::Button::new("▼").small())
                        .on_hover_text("Cut later")
                        .clicked()
                    {
                        let mut o = order.clone();
                        o.swap(pos, pos + 1);
                        cmds.push(Command::SetLever {
                            lever: l,
                            value: Value::Order(o),
                            dragging: false,
                        });
                    }
                    ui.add(egui::Label::new(opts[item].1).truncate())
                        .on_hover_text(&tip);
                });
            }
        }
        Kind::Flag => {
            let mut b = s.flag(l);
            let text = if b { "on" } else { "off" };
            let mut r = ui.checkbox(&mut b, text).on_hover_text(&tip);
            if let Some(id) = label_id {
                r = r.labelled_by(id);
            }
            if r.changed() {
                cmds.push(Command::SetLever {
                    lever: l,
                    value: Value::Flag(b),
                    dragging: false,
                });
            }
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Month picker plus day: policies started on documented days (13 Oct 2021), so the day is kept.
fn date_row(
    ui: &mut egui::Ui,
    d: &'static LeverDecl,
    date: NaiveDate,
    tip: &str,
    label: Option<egui::Id>,
    cmds: &mut Vec<Command>,
) {
    let l = d.lever;
    ui.horizontal(|ui| {
        let mut chosen = None;
        let combo = egui::ComboBox::from_id_salt(("month", d.id))
            .selected_text(
                if date.year() > calendar::START_YEAR + calendar::YEARS as i32 - 1 {
                    "Never (2024)".to_string()
                } else {
                    format!("{} {}", MONTHS[date.month0() as usize], date.year())
                },
            )
            .height(320.0)
            .show_ui(ui, |ui| {
                for m in 0..=calendar::MONTHS {
                    let y = calendar::START_YEAR + (m / 12) as i32;
                    let mo = (m % 12) as u32 + 1;
                    let text = if m == calendar::MONTHS {
                        "Never (2024)".to_string()
                    } else {
                        format!("{} {y}", MONTHS[m % 12])
                    };
                    let selected = date.year() == y && date.month() == mo;
                    if ui.selectable_label(selected, text).clicked() {
                        chosen = Some((y, mo));
                    }
                }
            })
            .response
            .on_hover_text(tip);
        let _ = label.map(|id| combo.labelled_by(id));
        if let Some((y, mo)) = chosen {
            let day = date.day().min(days_in(y, mo));
            if let Some(nd) = NaiveDate::from_ymd_opt(y, mo, day) {
                cmds.push(Command::SetLever {
                    lever: l,
                    value: Value::Date(nd),
                    dragging: false,
                });
            }
        }
        let mut day = date.day();
        let max = days_in(date.year(), date.month());
        let r = ui
            .add(egui::DragValue::new(&mut day).range(1..=max).prefix("day "))
            .on_hover_text(tip);
        if r.changed()
            && let Some(nd) = NaiveDate::from_ymd_opt(date.year(), date.month(), day)
        {
            cmds.push(Command::SetLever {
                lever: l,
                value: Value::Date(nd),
                dragging: r.dragged(),
            });
        }
        if r.drag_stopped() {
            cmds.push(Command::EndDrag);
        }
    });
}

fn days_in(y: i32, m: u32) -> u32 {
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    next.and_then(|n| n.pred_opt())
        .map(|d| d.day())
        .unwrap_or(28)
}

/// Lever by its on-screen label (for tests and accessibility tools).
pub fn lever_by_label(label: &str) -> Option<L> {
    LEVERS
        .iter()
        .find(|d| lever_label(d) == label)
        .map(|d| d.lever)
}
