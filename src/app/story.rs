//! The right-hand panel: the preset's story and sources, its checks against the record, what the user has
//! changed and what that did to the headline outcomes, and the undo history.

use super::Command;
use super::levers::CHANGED;
use super::session::Session;
use crate::format;
use crate::i18n::{Arg, data_text, t, t_args};
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
            let pid = format!("preset-{}", meta.id);
            ui.heading(data_text(&pid, &meta.title));
            let (from, to) = (format::date(meta.focus.from), format::date(meta.focus.to));
            ui.label(
                RichText::new(t_args(
                    "story-focus",
                    &[("from", (&from).into()), ("to", (&to).into())],
                ))
                .weak(),
            );
            // Ids salted by a fixed name: a language switch keeps each section open or closed.
            egui::CollapsingHeader::new(t("story-heading"))
                .id_salt("story")
                .default_open(true)
                .show(ui, |ui| {
                    ui.label(data_text(&format!("{pid}.narrative"), &meta.narrative));
                    ui.add_space(4.0);
                    ui.label(RichText::new(t("story-sources")).strong());
                    for (i, s) in meta.sources.iter().enumerate() {
                        let s = data_text(&format!("{pid}.source-{}", i + 1), s);
                        ui.label(RichText::new(format!("• {s}")).small());
                    }
                });
            egui::CollapsingHeader::new(t("story-differs"))
                .id_salt("differs")
                .default_open(true)
                .show(ui, |ui| differs(ui, c, cmds));
            let pass = c
                .current
                .checks
                .iter()
                .filter(|x| x.counts() && x.pass)
                .count();
            let counted = c.current.checks.iter().filter(|x| x.counts()).count();
            egui::CollapsingHeader::new(t_args(
                "story-checks",
                &[("n", pass.into()), ("m", counted.into())],
            ))
            .id_salt("checks")
            .default_open(true)
            .show(ui, |ui| checks(ui, &c.current.checks, &meta.id));
            egui::CollapsingHeader::new(t_args(
                "story-history",
                &[("n", c.history.steps().len().into())],
            ))
            .id_salt("history")
            .default_open(false)
            .show(ui, |ui| {
                if c.history.steps().is_empty() {
                    ui.label(RichText::new(t("story-history-empty")).weak());
                }
                for (i, step) in c.history.steps().iter().enumerate() {
                    if ui
                        .link(format!("{}. {}", i + 1, step.label.label(&step.before)))
                        .on_hover_text(t("story-history-jump"))
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
        ui.label(RichText::new(t("story-differs-empty")).weak());
    } else {
        egui::Grid::new("differs")
            .striped(true)
            .num_columns(3)
            .max_col_width(150.0)
            .show(ui, |ui| {
                for l in &changed {
                    ui.label(l.decl().label_text());
                    ui.label(
                        RichText::new(format!("{} → {}", base.display(*l), scenario.display(*l)))
                            .color(CHANGED),
                    );
                    if ui
                        .small_button("↺")
                        .on_hover_text(t("lever-reset"))
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
        OutageMode::Expected => t("outcomes-expected"),
        OutageMode::Drawn => {
            let seed = c.scenario().num(L::Seed).to_string();
            t_args("outcomes-drawn", &[("seed", Arg::Str(&seed))])
        }
    };
    ui.label(RichText::new(t_args("outcomes-note", &[("what", (&what).into())])).weak());
    egui::Grid::new("outcomes")
        .striped(true)
        .num_columns(4)
        .max_col_width(140.0)
        .show(ui, |ui| {
            for h in [
                "outcomes-col-outcome",
                "outcomes-col-preset",
                "outcomes-col-now",
                "outcomes-col-change",
            ] {
                ui.label(RichText::new(t(h)).strong());
            }
            ui.end_row();
            for h in Headline::ALL {
                let (x, y) = (h.read(a), h.read(b));
                ui.label(headline_label(h));
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
fn checks(ui: &mut egui::Ui, checks: &[CheckResult], preset: &str) {
    let w = ui.available_width();
    egui::Grid::new("checks")
        .striped(true)
        .num_columns(3)
        .min_col_width(16.0)
        // two text columns share what the mark column (16 px) and the spacing leave
        .max_col_width(((w - 56.0) / 2.0).max(80.0))
        .show(ui, |ui| {
            ui.label(RichText::new(t("checks-col-figure")).strong());
            ui.label(RichText::new(t("checks-col-record")).strong());
            ui.label("");
            ui.end_row();
            for c in checks {
                let words = check_words(c, preset);
                ui.label(&words.label).on_hover_text(t_args(
                    "checks-band",
                    &[
                        ("low", (&format::num(c.low)).into()),
                        ("high", (&format::num(c.high)).into()),
                        ("unit", (&words.unit).into()),
                        ("source", (&words.source).into()),
                    ],
                ));
                ui.vertical(|ui| {
                    ui.label(&words.documented);
                    let modelled = format::num(c.modelled);
                    ui.label(
                        RichText::new(t_args(
                            "checks-model",
                            &[
                                ("value", (&modelled).into()),
                                ("unit", (&words.unit).into()),
                            ],
                        ))
                        .weak(),
                    );
                });
                if !c.counts() {
                    let why = match c.kind {
                        CheckKind::Fitted => t("checks-fitted"),
                        _ => t("checks-shown"),
                    };
                    ui.label(RichText::new("◆").weak()).on_hover_text(why);
                } else if c.pass {
                    ui.label(RichText::new("✔").color(PASS))
                        .on_hover_text(t("checks-inside"));
                } else {
                    ui.label(RichText::new("✖").color(MISS))
                        .on_hover_text(t("checks-outside"));
                }
                ui.end_row();
            }
        });
}

/// "Households + industry shed (GWh)" in the current language: `headline-<id>` and the unit's message.
/// English comes from the declaration itself (tests/i18n.rs checks that `en/ui.ftl` says the same).
pub(crate) fn headline_label(h: Headline) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return h.label_with_unit();
    }
    t_args(
        "headline-with-unit",
        &[
            ("label", (&t(&format!("headline-{}", h.id()))).into()),
            ("unit", (&crate::i18n::unit(h.unit())).into()),
        ],
    )
}

/// A check's words in the current language: a bundled preset's check (`check-<id>` with `.documented` and
/// `.source`) is translated while it reads as bundled; a check a person wrote keeps their words.
pub(crate) struct CheckWords {
    pub label: String,
    pub documented: String,
    pub source: String,
    pub unit: String,
}

pub(crate) fn check_words(c: &CheckResult, preset: &str) -> CheckWords {
    use crate::i18n::{check_text_ids as ids, data_text_any as text};
    CheckWords {
        label: text(&ids(&c.id, None, preset), &c.label),
        documented: text(&ids(&c.id, Some("documented"), preset), &c.documented),
        source: text(&ids(&c.id, Some("source"), preset), &c.source),
        unit: crate::i18n::unit(&c.unit),
    }
}
