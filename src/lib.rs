//! Hashgrid: a what-if explorer for Kazakhstan's power grid during the 2021-23 crypto-mining boom and bust.
//!
//! The crate is a library first, in layers (see ARCHITECTURE.md): [`calendar`] and [`format`] at the bottom,
//! then [`data`] (the bundled record), [`scenario`] (levers, files, checks), [`model`] (the pure simulation),
//! [`charts`], [`uncertainty`], [`export`] and [`docs`]. The command line ([`cli`]) and the desktop app
//! ([`app`]) are thin layers on top, and neither uses the other.
#![warn(clippy::too_many_lines)]

pub mod app;
pub mod calendar;
pub mod catalog;
pub mod charts;
pub mod cli;
pub mod data;
pub mod docs;
pub mod export;
pub mod format;
pub mod i18n;
pub mod model;
pub mod scenario;
pub mod uncertainty;
