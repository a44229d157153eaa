//! File dialogs. rfd's dialogs block, so each runs on its own thread and sends its answer back over a channel;
//! the UI polls the channel every frame and never waits. No portal or zenity on the machine means the dialog
//! answers "cancelled" at once.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Purpose {
    Open,
    SaveAs,
    ExportChart(crate::charts::ChartId, crate::cli::ExportFormat),
    ExportAll(crate::cli::ExportFormat),
}

pub struct Picked {
    pub purpose: Purpose,
    pub path: Option<PathBuf>,
}

pub struct Dialogs {
    tx: Sender<Picked>,
    rx: Receiver<Picked>,
    pub open: bool,
}

impl Default for Dialogs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Dialogs {
            tx,
            rx,
            open: false,
        }
    }
}

impl Dialogs {
    pub fn ask(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        default_name: String,
        start_dir: Option<PathBuf>,
    ) {
        if self.open {
            return;
        }
        self.open = true;
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let mut d = rfd::FileDialog::new();
            if let Some(dir) = start_dir {
                d = d.set_directory(dir);
            }
            let path = match purpose {
                Purpose::Open => d.add_filter("Hashgrid scenario", &["ron"]).pick_file(),
                Purpose::SaveAs => d
                    .add_filter("Hashgrid scenario", &["ron"])
                    .set_file_name(default_name)
                    .save_file(),
                Purpose::ExportChart(_, _) => d.set_file_name(default_name).save_file(),
                Purpose::ExportAll(_) => d.pick_folder(),
            };
            let _ = tx.send(Picked { purpose, path });
            ctx.request_repaint();
        });
    }

    pub fn poll(&mut self) -> Option<Picked> {
        let p = self.rx.try_recv().ok()?;
        self.open = false;
        Some(p)
    }
}
