//! The what-if being explored, apart from how it is shown: the preset it started from, the scenario as the
//! user has changed it, the undo history, and a [`Run`] of each. Every change goes through here, so the
//! current run can never be stale and the baseline is computed once per preset.

use super::history::History;
use crate::charts::{self, ChartData, ChartId};
use crate::model::checks::{self, CheckResult};
use crate::model::{self, Results};
use crate::scenario::file::Preset;
use crate::scenario::{L, Scenario, Value};

/// One model run and everything drawn from it.
#[derive(Clone, Default)]
pub struct Run {
    pub results: Results,
    /// In [`ChartId::ALL`] order.
    pub charts: Vec<ChartData>,
    pub checks: Vec<CheckResult>,
    /// Wall time of the model run, for the status bar.
    pub run_ms: f64,
}

impl Run {
    pub(crate) fn of(p: &Preset) -> Run {
        let mut r = Run::default();
        r.recompute(p);
        r
    }

    /// Rebuilds the charts from the results already computed, in the current language.
    pub(crate) fn relabel(&mut self) {
        self.charts = ChartId::ALL
            .iter()
            .map(|&c| charts::build(c, &self.results))
            .collect();
    }

    /// Re-runs the model on `p` (reusing the hourly buffers) and rebuilds charts and checks.
    pub(crate) fn recompute(&mut self, p: &Preset) {
        let t = std::time::Instant::now();
        model::run_into(&p.scenario, crate::data::Inputs::get(), &mut self.results);
        self.charts = ChartId::ALL
            .iter()
            .map(|&c| charts::build(c, &self.results))
            .collect();
        self.checks = checks::evaluate(&self.results, &p.meta.checks);
        self.run_ms = t.elapsed().as_secs_f64() * 1000.0;
    }
}

pub struct Session {
    /// The scenario as the user has it now (the preset's story, checks and focus, with changed levers).
    pub preset: Preset,
    /// The preset (or opened file) as loaded: what "Reset" returns to and "what differs" compares with.
    pub base: Preset,
    pub history: History,
    pub current: Run,
    pub baseline: Run,
    /// How many times the model has run (tests check that a change re-ran it).
    pub runs: u64,
}

impl Session {
    pub(crate) fn new(p: Preset) -> Session {
        Session::resume(p.clone(), p)
    }

    /// A session whose scenario already differs from its base (restored after a restart).
    pub(crate) fn resume(base: Preset, current: Preset) -> Session {
        Session {
            baseline: Run::of(&base),
            current: Run::of(&current),
            base,
            preset: current,
            history: History::default(),
            runs: 1,
        }
    }

    /// Both runs' charts in the current language (after a language switch).
    pub(crate) fn relabel(&mut self) {
        self.current.relabel();
        self.baseline.relabel();
    }

    pub(crate) fn scenario(&self) -> &Scenario {
        &self.preset.scenario
    }

    pub(crate) fn is_dirty(&self) -> bool {
        self.preset.scenario != self.base.scenario
    }

    /// Starts over from another preset or file: new baseline, empty history.
    pub(crate) fn set_base(&mut self, p: Preset) {
        *self = Session {
            runs: self.runs,
            ..Session::new(p)
        };
        self.runs += 1;
    }

    fn recompute(&mut self) {
        self.current.recompute(&self.preset);
        self.runs += 1;
    }

    /// Sets one lever (clamped into range; the warning is returned). Records an undo step, folding the
    /// steps of one drag together. Returns whether the scenario changed and the clamping warning, if any.
    pub(crate) fn set_lever(
        &mut self,
        lever: L,
        value: Value,
        dragging: bool,
    ) -> (bool, Option<String>) {
        let before = self.preset.scenario.clone();
        let mut next = before.clone();
        let warning = next.set(lever, value);
        if next == before {
            return (false, warning);
        }
        let label = super::history::Change::Lever(lever, next.get(lever).clone());
        self.history
            .record(&before, label, dragging.then_some(lever));
        self.preset.scenario = next;
        self.recompute();
        (true, warning)
    }

    pub(crate) fn reset_lever(&mut self, l: L) -> bool {
        let v = self.base.scenario.get(l).clone();
        self.set_lever(l, v, false).0
    }

    pub(crate) fn reset_all(&mut self) -> bool {
        if !self.is_dirty() {
            return false;
        }
        self.history
            .record(&self.preset.scenario, super::history::Change::Reset, None);
        self.preset.scenario = self.base.scenario.clone();
        self.recompute();
        true
    }

    fn go_to(&mut self, s: Option<Scenario>) -> bool {
        match s {
            Some(s) => {
                self.preset.scenario = s;
                self.recompute();
                true
            }
            None => false,
        }
    }

    pub(crate) fn undo(&mut self) -> bool {
        let s = self.history.undo(&self.preset.scenario);
        self.go_to(s)
    }

    pub(crate) fn redo(&mut self) -> bool {
        let s = self.history.redo(&self.preset.scenario);
        self.go_to(s)
    }

    /// Back to just before history step `i`.
    pub(crate) fn jump(&mut self, i: usize) -> bool {
        let s = self.history.jump_to(i, &self.preset.scenario);
        self.go_to(s)
    }
}
