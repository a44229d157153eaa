//! Switching the explorer's language while it runs: the words change at once, the scenario and its undo
//! history do not. In its own test binary because the language is one setting for the whole process.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use hashgrid::app::{Command, HashgridApp};
use hashgrid::i18n::Lang;
use hashgrid::scenario::{L, Value};

#[path = "common/gui.rs"]
mod gui_common;
use gui_common::harness;

/// What must be on screen in each language: the levy slider, the first chart's title, the preset's title.
fn expect_words(h: &Harness<'_, HashgridApp>, slider: &str, chart: &str, preset: &str) {
    h.get_by_role_and_label(Role::Slider, slider);
    assert!(
        h.query_all_by_label(chart).next().is_some(),
        "chart title {chart:?} not on screen"
    );
    assert!(
        h.query_all_by_label(preset).next().is_some(),
        "preset title {preset:?} not on screen"
    );
}

#[test]
fn russian_then_kazakh_without_losing_the_scenario_or_its_history() {
    hashgrid::i18n::set_lang(Lang::En);
    let mut h = harness();
    h.run();
    expect_words(
        &h,
        "Mining levy (flat) [KZT/kWh]",
        "Electricity demand and domestic supply",
        "2020-2023: boom, rationing, crackdown, exodus",
    );
    for v in [5.0, 10.0] {
        h.state_mut().apply(Command::SetLever {
            lever: L::LevyRate,
            value: Value::Num(v),
            dragging: false,
        });
    }
    h.run();
    let scenario = h.state().scenario().clone();
    let steps = h.state().session.history.len();
    assert_eq!(steps, 2);

    h.state_mut().apply(Command::SetLang(Lang::Ru));
    h.run();
    expect_words(
        &h,
        "Фиксированная плата [₸/кВт·ч]",
        "Потребление электроэнергии и собственная генерация",
        "2020–2023: бум, ограничения, рейды, отток",
    );
    assert_eq!(h.state().scenario(), &scenario);
    assert_eq!(h.state().session.history.len(), steps);

    h.state_mut().apply(Command::SetLang(Lang::Kk));
    h.run();
    expect_words(
        &h,
        "Тіркелген төлемақы [₸/кВт·сағ]",
        "Электр энергиясын тұтыну және отандық генерация",
        "2020–2023: бум, шектеулер, рейдтер, кету",
    );
    assert_eq!(h.state().scenario(), &scenario);
    assert_eq!(h.state().session.history.len(), steps);
    let charts = &h.state().session.current.charts;
    assert!(
        charts[0].series[0].name.starts_with("Тұтыну"),
        "series relabelled"
    );

    // The history still works after the switch: one undo goes back to the first change.
    h.state_mut().apply(Command::Undo);
    h.run();
    assert_eq!(h.state().scenario().num(L::LevyRate), 5.0);
    hashgrid::i18n::set_lang(Lang::En);
}
