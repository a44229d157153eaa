//! The lever panel, generated from the lever declarations: one widget per lever, grouped and collapsible,
//! with unit in the label, typed entry, hover help with the source, a mark and a reset button when the value
//! differs from the preset.

use super::Command;
use crate::calendar;
use crate::i18n::{t, t_args};
use crate::scenario::in_force::{self, LevyPeriod};
use crate::scenario::{Group, Kind, L, LEVERS, LeverDecl, Scenario, Value, option_text};
use chrono::{Datelike, NaiveDate};
use egui::{Color32, RichText};

pub(crate) const CHANGED: Color32 = Color32::from_rgb(213, 94, 0);

/// Label as shown on screen and exposed to screen readers, in the current language: "Mining levy (flat)
/// [KZT/kWh]", «Плата за майнинг (фиксированная) [₸/кВт·ч]».
pub(crate) fn lever_label(d: &LeverDecl) -> String {
    if d.unit.is_empty() {
        d.label_text()
    } else {
        format!("{} [{}]", d.label_text(), d.unit_text())
    }
}

fn hover(d: &LeverDecl, base: &Scenario) -> String {
    t_args(
        "lever-hover",
        &[
            ("help", (&d.help_text()).into()),
            ("source", (&d.source_text()).into()),
            ("value", (&base.display(d.lever)).into()),
        ],
    )
}

pub(crate) fn panel(ui: &mut egui::Ui, s: &Scenario, base: &Scenario, cmds: &mut Vec<Command>) {
    let changed = s.changed_from(base).len();
    ui.horizontal(|ui| {
        ui.heading(t("levers-heading"));
        if changed > 0 {
            ui.label(
                RichText::new(t_args("levers-changed", &[("n", changed.into())])).color(CHANGED),
            );
        }
    });
    ui.separator();
    let inactive = in_force::inactive(s);
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for g in Group::ALL {
                let n_changed = LEVERS
                    .iter()
                    .filter(|d| d.group == g && s.get(d.lever) != base.get(d.lever))
                    .count();
                let title = if n_changed > 0 {
                    t_args(
                        "levers-group-changed",
                        &[("group", (&g.text()).into()), ("n", n_changed.into())],
                    )
                } else {
                    g.text()
                };
                // Salted by the group's id: a language switch must not fold or unfold the groups.
                egui::CollapsingHeader::new(title)
                    .id_salt(g.id())
                    .default_open(g != Group::Scenario)
                    .show(ui, |ui| {
                        if g == Group::TariffsLevy {
                            levy_in_force(ui, s);
                        }
                        for d in LEVERS.iter().filter(|d| d.group == g) {
                            let off = inactive.iter().find(|(l, _)| *l == d.lever).map(|p| p.1);
                            lever_row(ui, d, s, base, off, cmds);
                            ui.add_space(4.0);
                        }
                    });
            }
        });
}

/// What every row's widget needs: the lever, the scenario, the hover text and the label that names it.
struct Row<'a> {
    d: &'static LeverDecl,
    s: &'a Scenario,
    tip: String,
    label: Option<egui::Id>,
}

impl Row<'_> {
    fn set(&self, value: Value, dragging: bool) -> Command {
        Command::SetLever {
            lever: self.d.lever,
            value,
            dragging,
        }
    }
}

/// Which levy applies when, as the scenario sets it: the law changed scheme on a date, and a slider for the flat
/// rate alone would not say that the rate stops acting once the progressive scale starts.
fn levy_in_force(ui: &mut egui::Ui, s: &Scenario) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(t("levy-in-force")).strong());
        let periods = in_force::levy_schedule(s);
        if periods.is_empty() {
            ui.label(t("levy-in-force-none"));
        }
        for p in periods {
            let line = match p {
                LevyPeriod::Flat { from, rate } => t_args(
                    "levy-in-force-flat",
                    &[
                        ("date", (&crate::format::date(from)).into()),
                        ("rate", (&crate::format::fixed(rate, 1)).into()),
                        ("unit", (&crate::i18n::unit("KZT/kWh")).into()),
                    ],
                ),
                LevyPeriod::Progressive { from } => t_args(
                    "levy-in-force-progressive",
                    &[("date", (&crate::format::date(from)).into())],
                ),
            };
            ui.label(line);
        }
    });
    ui.add_space(4.0);
}

fn lever_row(
    ui: &mut egui::Ui,
    d: &'static LeverDecl,
    s: &Scenario,
    base: &Scenario,
    off: Option<L>,
    cmds: &mut Vec<Command>,
) {
    let l = d.lever;
    let differs = s.get(l) != base.get(l);
    let tip = hover(d, base);
    let label = row_heading(ui, d, differs, &tip, cmds);
    // A lever another setting switches off is greyed out, with the reason in plain view.
    if let Some(why) = off {
        ui.label(
            RichText::new(t_args(
                "lever-inactive",
                &[("lever", (&why.decl().label_text()).into())],
            ))
            .italics()
            .weak(),
        );
    }
    ui.add_enabled_ui(off.is_none(), |ui| lever_widget(ui, d, s, tip, label, cmds));
}

fn lever_widget(
    ui: &mut egui::Ui,
    d: &'static LeverDecl,
    s: &Scenario,
    tip: String,
    label: Option<egui::Id>,
    cmds: &mut Vec<Command>,
) {
    let l = d.lever;
    let row = Row { d, s, tip, label };
    match d.kind {
        Kind::Number {
            min,
            max,
            step,
            decimals,
        } => number_row(ui, &row, (min, max, step, decimals), cmds),
        Kind::Date { .. } => date_row(ui, d, s.date(l), &row.tip, label, cmds),
        Kind::Choice(opts) => choice_row(ui, &row, opts, cmds),
        Kind::Order(opts) => order_row(ui, &row, opts, cmds),
        Kind::Flag => flag_row(ui, &row, cmds),
    }
}

/// The changed mark, the reset button and the lever's name; returns the name's id (it labels the widget).
fn row_heading(
    ui: &mut egui::Ui,
    d: &'static LeverDecl,
    differs: bool,
    tip: &str,
    cmds: &mut Vec<Command>,
) -> Option<egui::Id> {
    ui.horizontal(|ui| {
        let mark = if differs {
            RichText::new("●").color(CHANGED)
        } else {
            RichText::new("●").color(Color32::TRANSPARENT)
        };
        ui.label(mark).on_hover_text(if differs {
            t("lever-differs")
        } else {
            String::new()
        });
        let reset = ui
            .add_enabled(differs, egui::Button::new("↺").small())
            .on_hover_text(t("lever-reset"));
        if reset.clicked() {
            cmds.push(Command::ResetLever(d.lever));
        }
        let mut name = RichText::new(lever_label(d));
        if differs {
            name = name.color(CHANGED).strong();
        }
        // Truncated on narrow panels; the hover shows the full label with help and source.
        ui.add(egui::Label::new(name).truncate())
            .on_hover_text(tip)
            .id
    })
    .inner
    .into()
}

fn number_row(
    ui: &mut egui::Ui,
    row: &Row,
    (min, max, step, decimals): (f64, f64, f64, usize),
    cmds: &mut Vec<Command>,
) {
    let mut v = row.s.num(row.d.lever);
    let mut resp = ui
        .add(
            egui::Slider::new(&mut v, min..=max)
                .step_by(step)
                .fixed_decimals(decimals)
                .custom_formatter(move |v, _| crate::format::fixed(v, decimals))
                .custom_parser(|text| crate::format::parse_num(text, crate::i18n::lang()))
                .show_value(true),
        )
        .on_hover_text(&row.tip);
    // The row's label names the slider for screen readers (and tests), without printing it twice.
    if let Some(id) = row.label {
        resp = resp.labelled_by(id);
    }
    if resp.changed() {
        cmds.push(row.set(Value::Num(v), resp.dragged()));
    }
    if resp.drag_stopped() {
        cmds.push(Command::EndDrag);
    }
}

fn choice_row(ui: &mut egui::Ui, row: &Row, opts: &[(&str, &str)], cmds: &mut Vec<Command>) {
    let current = match row.s.get(row.d.lever) {
        Value::Choice(i) => *i,
        _ => 0,
    };
    ui.horizontal_wrapped(|ui| {
        for (i, (id, _)) in opts.iter().enumerate() {
            let r = ui
                .selectable_label(current == i, option_text(id))
                .on_hover_text(&row.tip);
            if r.clicked() && current != i {
                cmds.push(row.set(Value::Choice(i), false));
            }
        }
    });
}

/// The priority order as a numbered list with up/down buttons.
fn order_row(ui: &mut egui::Ui, row: &Row, opts: &[(&str, &str)], cmds: &mut Vec<Command>) {
    let order = row.s.order_indices(row.d.lever).to_vec();
    let swapped = |a: usize, b: usize| {
        let mut o = order.clone();
        o.swap(a, b);
        row.set(Value::Order(o), false)
    };
    for (pos, &item) in order.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(format!("{}.", pos + 1));
            if ui
                .add_enabled(pos > 0, egui::Button::new("▲").small())
                .on_hover_text(t("order-earlier"))
                .clicked()
            {
                cmds.push(swapped(pos, pos - 1));
            }
            if ui
                .add_enabled(pos + 1 < order.len(), egui::Button::new("▼").small())
                .on_hover_text(t("order-later"))
                .clicked()
            {
                cmds.push(swapped(pos, pos + 1));
            }
            ui.add(egui::Label::new(option_text(opts[item].0)).truncate())
                .on_hover_text(&row.tip);
        });
    }
}

fn flag_row(ui: &mut egui::Ui, row: &Row, cmds: &mut Vec<Command>) {
    let mut b = row.s.flag(row.d.lever);
    let text = t(if b { "value-on" } else { "value-off" });
    let mut r = ui.checkbox(&mut b, text).on_hover_text(&row.tip);
    if let Some(id) = row.label {
        r = r.labelled_by(id);
    }
    if r.changed() {
        cmds.push(row.set(Value::Flag(b), false));
    }
}

/// A month of the run (year, month 1-12), or `None` for "Never".
type MonthChoice = Option<(i32, u32)>;

/// The month list of a date lever: "Never", then every month of the run. Returns the month picked.
fn month_combo(
    ui: &mut egui::Ui,
    d: &'static LeverDecl,
    date: Option<NaiveDate>,
    tip: &str,
    label: Option<egui::Id>,
) -> Option<MonthChoice> {
    let mut chosen = None;
    let text = |m: MonthChoice| match m {
        Some((y, mo)) => crate::format::month_year(y, mo),
        None => t("value-never-title"),
    };
    let current: MonthChoice = date.map(|d| (d.year(), d.month()));
    let combo = egui::ComboBox::from_id_salt(("month", d.id))
        .selected_text(text(current))
        .height(320.0)
        .show_ui(ui, |ui| {
            let months = (0..calendar::MONTHS)
                .map(|m| Some((calendar::START_YEAR + (m / 12) as i32, (m % 12) as u32 + 1)));
            // "Never" first: switching a schedule off should not need a scroll past 48 months.
            for m in std::iter::once(None).chain(months) {
                if ui.selectable_label(current == m, text(m)).clicked() {
                    chosen = Some(m);
                }
            }
        })
        .response
        .on_hover_text(tip);
    let _ = label.map(|id| combo.labelled_by(id));
    chosen
}

/// Month picker plus day: policies started on documented days (13 Oct 2021), so the day is kept. "Never"
/// switches the schedule off (the day field then disappears).
fn date_row(
    ui: &mut egui::Ui,
    d: &'static LeverDecl,
    date: Option<NaiveDate>,
    tip: &str,
    label: Option<egui::Id>,
    cmds: &mut Vec<Command>,
) {
    let set = |value: Option<NaiveDate>, dragging: bool| Command::SetLever {
        lever: d.lever,
        value: Value::Date(value),
        dragging,
    };
    ui.horizontal(|ui| {
        if let Some(m) = month_combo(ui, d, date, tip, label) {
            let picked = match m {
                Some((y, mo)) => {
                    let day = date
                        .map_or(1, |x| x.day())
                        .min(calendar::days_in_month(y, mo));
                    NaiveDate::from_ymd_opt(y, mo, day)
                }
                None => None,
            };
            cmds.push(set(picked, false));
        }
        let Some(date) = date else { return };
        let mut day = date.day();
        let max = calendar::days_in_month(date.year(), date.month());
        let r = ui
            .add(
                egui::DragValue::new(&mut day)
                    .range(1..=max)
                    .prefix(t("date-day-prefix")),
            )
            .on_hover_text(tip);
        if r.changed()
            && let Some(nd) = NaiveDate::from_ymd_opt(date.year(), date.month(), day)
        {
            cmds.push(set(Some(nd), r.dragged()));
        }
        if r.drag_stopped() {
            cmds.push(Command::EndDrag);
        }
    });
}
