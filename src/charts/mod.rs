//! Charts, declared once. [`spec`] turns a model run into plain series (what to draw); [`render`] draws them to
//! PNG and SVG with plotters for reports, [`table`] writes them as CSV; the desktop app draws the very same
//! series with egui_plot.

pub(crate) mod build;
pub mod render;
pub(crate) mod spec;
pub(crate) mod table;

pub use build::build;
pub use spec::{Axis2, ChartData, ChartId, Marker, Role, Series, Style};
