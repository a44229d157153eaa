//! What is in force when: the levy as the law made it (nothing, a flat rate from a date, the progressive scale
//! from a date) and the levers that a scenario's other settings leave without effect. The lever panel reads
//! both, so it can say which levy applies when and grey out what cannot act; the model resolves the same
//! dates in `model::policy`, and `tests/miners.rs` holds the two to agree.

use super::{L, LevyScheme, Scenario};
use chrono::NaiveDate;

/// One period of the levy schedule, from a day to the next period's start (or the end of the run).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum LevyPeriod {
    /// The flat rate, KZT/kWh.
    Flat { from: NaiveDate, rate: f64 },
    /// The progressive scale (`assets/levy_progressive_2023.csv`), set on the price miners pay.
    Progressive { from: NaiveDate },
}

/// The levy schedule of a scenario, in date order; empty when no levy is ever charged.
pub(crate) fn levy_schedule(s: &Scenario) -> Vec<LevyPeriod> {
    let flat = s.date(L::LevyStart);
    let prog = match s.choice::<LevyScheme>(L::LevyScheme) {
        LevyScheme::Progressive => s.date(L::ProgressiveStart),
        LevyScheme::Flat => None,
    };
    let mut out = Vec::new();
    if let Some(from) = flat
        && prog.is_none_or(|p| from < p)
    {
        out.push(LevyPeriod::Flat {
            from,
            rate: s.num(L::LevyRate),
        });
    }
    if let Some(from) = prog {
        out.push(LevyPeriod::Progressive { from });
    }
    out
}

/// Levers without effect in this scenario, each with the lever whose setting switches it off.
pub(crate) fn inactive(s: &Scenario) -> Vec<(L, L)> {
    let never = |l: L| s.date(l).is_none();
    let mut out = Vec::new();
    let mut when = |cond: bool, levers: &[L], because: L| {
        if cond {
            out.extend(levers.iter().map(|&l| (l, because)));
        }
    };
    let schedule = levy_schedule(s);
    let flat_in_force = schedule
        .iter()
        .any(|p| matches!(p, LevyPeriod::Flat { .. }));
    let progressive = s.choice::<LevyScheme>(L::LevyScheme) == LevyScheme::Progressive;
    when(!progressive, &[L::ProgressiveStart], L::LevyScheme);
    when(
        !flat_in_force,
        &[L::LevyRate],
        if never(L::LevyStart) {
            L::LevyStart
        } else {
            L::ProgressiveStart
        },
    );
    when(
        never(L::AuctionStart),
        &[L::AuctionFloorKzt, L::AuctionQuotaMw],
        L::AuctionStart,
    );
    when(
        never(L::PeakCutStart),
        &[L::PeakCutEnd, L::PeakCutPct],
        L::PeakCutStart,
    );
    when(never(L::CapStart), &[L::CapNewMw], L::CapStart);
    when(
        never(L::MinerLimitStart),
        &[L::MinerLimitMw],
        L::MinerLimitStart,
    );
    when(
        never(L::HoursRuleStart),
        &[L::HoursFrom, L::HoursTo, L::WeekendsFree],
        L::HoursRuleStart,
    );
    when(
        never(L::DisconnectStart),
        &[L::DisconnectEnd],
        L::DisconnectStart,
    );
    when(never(L::ShutdownStart), &[L::ShutdownEnd], L::ShutdownStart);
    when(never(L::CrackdownStart), &[L::RaidPct], L::CrackdownStart);
    when(
        s.num(L::ExtraUnitsDown) == 0.0,
        &[L::ExtraOutageStart, L::ExtraOutageDays],
        L::ExtraUnitsDown,
    );
    when(
        s.num(L::NewCapacityMw) == 0.0,
        &[L::NewCapacityStart],
        L::NewCapacityMw,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Value, file};

    fn history() -> Scenario {
        file::bundled(file::DEFAULT_PRESET).unwrap().scenario
    }

    #[test]
    fn the_history_has_the_flat_rate_then_the_scale() {
        let s = history();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            levy_schedule(&s),
            vec![
                LevyPeriod::Flat {
                    from: d(2022, 1, 1),
                    rate: 1.0
                },
                LevyPeriod::Progressive {
                    from: d(2023, 1, 1)
                }
            ]
        );
        assert!(!inactive(&s).iter().any(|(l, _)| *l == L::LevyRate));
    }

    #[test]
    fn a_flat_scheme_keeps_the_rate_and_greys_out_the_scale_date() {
        let mut s = history();
        s.set(L::LevyScheme, Value::choice(LevyScheme::Flat));
        assert_eq!(levy_schedule(&s).len(), 1);
        assert!(inactive(&s).contains(&(L::ProgressiveStart, L::LevyScheme)));
    }

    #[test]
    fn a_scale_from_before_the_flat_start_leaves_the_rate_without_effect() {
        let mut s = history();
        s.set(
            L::ProgressiveStart,
            Value::Date(NaiveDate::from_ymd_opt(2021, 6, 1)),
        );
        assert!(inactive(&s).contains(&(L::LevyRate, L::ProgressiveStart)));
        s.set(L::LevyStart, Value::Date(None));
        s.set(L::LevyScheme, Value::choice(LevyScheme::Flat));
        assert!(levy_schedule(&s).is_empty());
        assert!(inactive(&s).contains(&(L::LevyRate, L::LevyStart)));
    }
}
