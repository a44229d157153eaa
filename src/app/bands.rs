//! Uncertainty bands in the app: an ensemble runs on background threads, streams its runs back in batches
//! (the bands tighten as they arrive), and is cancelled and restarted whenever the scenario changes. The UI
//! never waits: each frame only drains what has arrived.

use crate::charts::ChartData;
use crate::scenario::Scenario;
use crate::uncertainty::{self, Band, RunOut};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};

const BATCH: usize = 10;

/// A batch of finished runs, tagged with the generation (scenario version) that asked for them.
struct Batch {
    generation: u64,
    runs: Vec<(usize, RunOut)>,
}

pub struct Bands {
    pub enabled: bool,
    pub target_runs: usize,
    pub master_seed: u64,
    /// Bumped on every scenario change; results of older generations are dropped on arrival.
    pub generation: u64,
    runs: Vec<(usize, RunOut)>,
    pub bands: Option<Vec<Vec<Band>>>,
    /// Generation the current `bands` were computed for.
    pub bands_generation: u64,
    cancel: Arc<AtomicBool>,
    rx: Option<Receiver<Batch>>,
    /// A change is waiting for the scenario to settle before a new ensemble starts (see [`Bands::invalidate`]).
    pending: Option<(Scenario, std::time::Instant)>,
}

impl Default for Bands {
    fn default() -> Self {
        Bands {
            enabled: true,
            target_runs: uncertainty::DEFAULT_RUNS,
            master_seed: 1,
            generation: 0,
            runs: Vec::new(),
            bands: None,
            bands_generation: 0,
            cancel: Arc::new(AtomicBool::new(false)),
            rx: None,
            pending: None,
        }
    }
}

impl Bands {
    /// Bands switched off (tests start this way; the desktop app switches them on).
    pub(crate) fn off() -> Bands {
        Bands {
            enabled: false,
            ..Default::default()
        }
    }

    pub fn done(&self) -> usize {
        self.runs.len()
    }

    pub(crate) fn running(&self) -> bool {
        self.enabled
            && (self.pending.is_some() || (self.rx.is_some() && self.runs.len() < self.target_runs))
    }

    /// Cancels the ensemble in flight at once (its bands disappear) and queues one for `scenario`, started by
    /// [`Bands::start_if_settled`] once the scenario has been still for a moment. Restarting on every frame of
    /// a drag cost a third of the frame budget in thread churn for bands nobody could see settle.
    pub(crate) fn invalidate(&mut self, scenario: &Scenario) {
        self.cancel.store(true, Ordering::Relaxed);
        self.generation += 1;
        self.runs.clear();
        self.bands = None;
        self.rx = None;
        self.pending = self
            .enabled
            .then(|| (scenario.clone(), std::time::Instant::now()));
    }

    /// Starts the queued ensemble when the last change is older than `settle` and no drag is in progress.
    /// Returns true if a restart is still waiting (the caller should repaint soon).
    pub(crate) fn start_if_settled(
        &mut self,
        settle: std::time::Duration,
        dragging: bool,
        ctx: Option<&egui::Context>,
    ) -> bool {
        let Some((_, since)) = &self.pending else {
            return false;
        };
        if dragging || since.elapsed() < settle {
            return true;
        }
        if let Some((s, _)) = self.pending.take() {
            self.restart(&s, ctx);
        }
        false
    }

    /// Cancels any ensemble in flight and starts one for `scenario` now.
    pub(crate) fn restart(&mut self, scenario: &Scenario, ctx: Option<&egui::Context>) {
        self.cancel.store(true, Ordering::Relaxed);
        self.generation += 1;
        self.runs.clear();
        self.bands = None;
        self.rx = None;
        self.pending = None;
        if !self.enabled {
            return;
        }
        let cancel = Arc::new(AtomicBool::new(false));
        self.cancel = cancel.clone();
        let (tx, rx) = channel();
        self.rx = Some(rx);
        let generation = self.generation;
        let scenario = scenario.clone();
        let (target, seed) = (self.target_runs, self.master_seed);
        let ctx = ctx.cloned();
        std::thread::spawn(move || {
            // Leave one core to the UI thread: a drag must stay smooth while the bands refill.
            let threads = uncertainty::default_threads().saturating_sub(1).max(1);
            let mut start = 0;
            while start < target && !cancel.load(Ordering::Relaxed) {
                let end = (start + BATCH * threads).min(target);
                let runs = uncertainty::run_indices(&scenario, seed, start..end, threads, &cancel);
                if cancel.load(Ordering::Relaxed) || tx.send(Batch { generation, runs }).is_err() {
                    return;
                }
                if let Some(c) = &ctx {
                    c.request_repaint();
                }
                start = end;
            }
        });
    }

    /// Takes what has arrived and recomputes the bands. Returns true when something changed.
    pub(crate) fn poll(&mut self, templates: &[ChartData]) -> bool {
        let Some(rx) = &self.rx else { return false };
        let mut got = false;
        while let Ok(b) = rx.try_recv() {
            if b.generation == self.generation {
                self.runs.extend(b.runs);
                got = true;
            }
        }
        if got {
            self.recompute(templates);
        }
        if self.runs.len() >= self.target_runs {
            self.rx = None;
        }
        got
    }

    /// Bands from the runs so far, in index order (so the answer does not depend on arrival order).
    fn recompute(&mut self, templates: &[ChartData]) {
        self.runs.sort_by_key(|(i, _)| *i);
        let refs: Vec<&RunOut> = self.runs.iter().map(|(_, r)| r).collect();
        self.bands = Some(uncertainty::bands(&refs, templates));
        self.bands_generation = self.generation;
    }

    /// Blocks until the ensemble in flight is complete (tests and exports only; the UI never calls it).
    pub(crate) fn wait(&mut self, templates: &[ChartData]) {
        if let Some((s, _)) = self.pending.take() {
            self.restart(&s, None);
        }
        while self.rx.is_some() && self.runs.len() < self.target_runs {
            let Some(rx) = &self.rx else { break };
            match rx.recv() {
                Ok(b) => {
                    if b.generation == self.generation {
                        self.runs.extend(b.runs);
                    }
                }
                Err(_) => break,
            }
            self.recompute(templates);
        }
        if self.runs.len() >= self.target_runs {
            self.rx = None;
        }
    }

    /// The bands to draw now: only when switched on and computed for the current scenario.
    pub(crate) fn current(&self) -> Option<&[Vec<Band>]> {
        match &self.bands {
            Some(b) if self.enabled && self.bands_generation == self.generation => Some(b),
            _ => None,
        }
    }
}
