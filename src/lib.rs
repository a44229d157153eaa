//! Hashgrid: a what-if explorer for Kazakhstan's power grid during the 2021-23 crypto-mining boom and bust.
//!
//! The crate is a library first: [`model`] is the pure simulation, [`scenario`] holds the levers and preset
//! files, [`charts`] declares every chart once and renders it to PNG/SVG/CSV, [`data`] parses the bundled record.
//! The command line ([`cli`]) and the desktop app ([`app`]) are thin layers over these.

pub mod app;
pub mod charts;
pub mod cli;
pub mod data;
pub mod docs;
pub mod model;
pub mod scenario;
pub mod uncertainty;
