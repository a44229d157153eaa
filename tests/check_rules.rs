//! Property tests for the load-time rules on checks (issue 10): over metrics with periods anywhere from 1990
//! to 2040 (months 0 to 14, years on both sides of the run, bands with NaN and crossed ends), a check the
//! loader accepts always evaluates to a number, and one it refuses is refused with one line at a position.

use hashgrid::model::{self, Results, checks};
use hashgrid::scenario::file;
use proptest::prelude::*;
use std::sync::OnceLock;

fn history_run() -> &'static Results {
    static RUN: OnceLock<Results> = OnceLock::new();
    RUN.get_or_init(|| model::run(&file::bundled("history-2020-2023").unwrap().scenario))
}

fn date() -> impl Strategy<Value = chrono::NaiveDate> {
    (1990i32..2040, 1u32..=12, 1u32..=31)
        .prop_map(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d.min(28)).unwrap())
}

fn metric() -> impl Strategy<Value = checks::Metric> {
    use checks::Metric as M;
    let month = (2015i32..2030, 0u32..15).prop_map(|(y, m)| format!("{y}-{m:02}"));
    let year = 2015i32..2030;
    prop_oneof![
        month.clone().prop_map(|month| M::MiningMw { month }),
        month.clone().prop_map(|month| M::KzSharePct { month }),
        month.clone().prop_map(|month| M::WhiteMw { month }),
        month.prop_map(|month| M::GrayMw { month }),
        year.clone().prop_map(|year| M::DemandTwh { year }),
        (year.clone(), year.clone())
            .prop_map(|(year, base_year)| M::PeakDemandDeltaMw { year, base_year }),
        (year.clone(), year, 0u32..15, 0u32..15).prop_map(|(year, base_year, a, b)| {
            M::MonthlyPeakConsumptionDeltaMw {
                year,
                base_year,
                from_month: a,
                to_month: b,
            }
        }),
        (date(), date()).prop_map(|(from, to)| M::PeakDemandMw { from, to }),
        (date(), date()).prop_map(|(from, to)| M::GenerationAtPeakMw { from, to }),
        (date(), date()).prop_map(|(from, to)| M::ShortfallAtPeakMw { from, to }),
        (date(), date()).prop_map(|(from, to)| M::MiningSharePct { from, to }),
        (date(), date()).prop_map(|(from, to)| M::LevyKztBn { from, to }),
        (date(), date()).prop_map(|(from, to)| M::WhiteCutAtPeakMw { from, to }),
        (date(), date()).prop_map(|(from, to)| M::AuctionTakeUpPct { from, to }),
        (2015i32..2030).prop_map(|year| M::SeizedMw { year }),
        (2015i32..2030, 0u32..15).prop_map(|(y, m)| M::DetectedGrayMw {
            month: format!("{y}-{m:02}")
        }),
    ]
}

fn bound() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => -1000.0f64..20000.0,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn an_accepted_check_always_has_a_value(m in metric(), low in bound(), high in bound()) {
        let mut p = file::bundled("history-2020-2023").unwrap();
        let mut spec = p.meta.checks[0].clone();
        spec.metric = m;
        spec.low = low;
        spec.high = high;
        p.meta.checks = vec![spec];
        match file::parse("prop.ron", &p.to_ron()) {
            Ok(loaded) => {
                let c = &checks::evaluate(history_run(), &loaded.preset.meta.checks)[0];
                prop_assert!(c.modelled.is_finite(), "{:?} has no value", loaded.preset.meta.checks[0].metric);
                prop_assert!(c.low <= c.high);
            }
            Err(e) => {
                prop_assert!(e.line > 0 && !e.to_string().contains('\n'), "{e}");
                prop_assert!(e.msg.contains("check 1"), "{e}");
            }
        }
    }
}
