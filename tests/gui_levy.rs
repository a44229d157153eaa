//! The levy group as a person reads it (egui_kittest): which levy is in force when, and levers that another
//! setting switches off are greyed out with the reason shown.

use egui_kittest::kittest::Queryable;
use hashgrid::scenario::{L, LevyScheme};

#[path = "common/gui.rs"]
mod gui_common;
use gui_common::harness;

#[test]
fn the_levy_group_says_which_scheme_is_in_force_and_greys_out_the_rest() {
    let mut h = harness();
    h.run();
    h.get_by_label_contains("1 Jan 2022: flat rate 1.0 KZT/kWh");
    h.get_by_label_contains("1 Jan 2023: progressive scale");
    assert!(
        h.query_by_label_contains("No effect here: see “Levy scheme”")
            .is_none()
    );

    h.get_by_label("Flat rate only").click();
    h.run();
    assert_eq!(
        h.state().scenario().choice::<LevyScheme>(L::LevyScheme),
        LevyScheme::Flat
    );
    // The flat rate now runs to the end, and the scale's start date has no effect.
    h.get_by_label_contains("1 Jan 2022: flat rate 1.0 KZT/kWh");
    assert!(
        h.query_by_label_contains("1 Jan 2023: progressive scale")
            .is_none()
    );
    h.get_by_label_contains("No effect here: see “Levy scheme”");
    let months = &h.state().session.current.results.monthly;
    assert!(months[36..48].iter().all(|m| m.levy_kzt_per_kwh == 1.0));
}
