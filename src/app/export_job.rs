//! An export on a background thread: rendering four charts at 3200x1800 takes seconds, and the window must
//! keep drawing meanwhile. The job reports how many files are drawn and can be cancelled; a cancelled or
//! failed export writes nothing (see `export::write`).

use crate::export::{self, ExportError, ExportRequest, Progress};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, channel};

pub(crate) type ExportResult = Result<Vec<PathBuf>, ExportError>;

pub struct ExportJob {
    progress: Arc<Progress>,
    rx: Receiver<ExportResult>,
    /// What is being exported, for the progress line ("4 charts as PNG").
    pub what: String,
}

impl ExportJob {
    pub(crate) fn start(req: ExportRequest, ctx: Option<egui::Context>) -> ExportJob {
        let progress = Arc::new(Progress::default());
        progress.total.store(req.charts.len(), Ordering::Relaxed);
        let (tx, rx) = channel();
        let fmt = req.format.extension().to_uppercase();
        let what = crate::i18n::t_args(
            "export-what",
            &[("n", req.charts.len().into()), ("format", (&fmt).into())],
        );
        let p = progress.clone();
        std::thread::spawn(move || {
            let result = export::write(&req, &p);
            let _ = tx.send(result);
            if let Some(c) = ctx {
                c.request_repaint();
            }
        });
        ExportJob { progress, rx, what }
    }

    /// (files drawn, files in the job).
    pub(crate) fn progress(&self) -> (usize, usize) {
        (
            self.progress.done.load(Ordering::Relaxed),
            self.progress.total.load(Ordering::Relaxed),
        )
    }

    pub(crate) fn cancel(&self) {
        self.progress.cancel.store(true, Ordering::Relaxed);
    }

    pub(crate) fn cancelled(&self) -> bool {
        self.progress.cancelled()
    }

    /// The result once the job is over; `None` while it runs.
    pub(crate) fn poll(&self) -> Option<ExportResult> {
        self.rx.try_recv().ok()
    }

    /// Blocks until the job is over (tests only; the UI polls).
    pub(crate) fn wait(self) -> ExportResult {
        self.rx.recv().unwrap_or(Err(ExportError::Cancelled))
    }
}
