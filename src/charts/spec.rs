//! What a chart is: title, axes with units, series with colours and roles, event markers. Everything here is
//! data (built from a run in `build`); the renderers, on screen and in files, only decide how to draw it.

use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Load,
    Shortages,
    Revenue,
    Exodus,
}

impl ChartId {
    pub const ALL: [ChartId; 4] = [
        ChartId::Load,
        ChartId::Shortages,
        ChartId::Revenue,
        ChartId::Exodus,
    ];

    /// Stable id used in file names and the CLI.
    pub(crate) fn slug(self) -> &'static str {
        match self {
            ChartId::Load => "load",
            ChartId::Shortages => "shortages",
            ChartId::Revenue => "tax-revenue",
            ChartId::Exodus => "miner-exodus",
        }
    }

    /// The title in the current language (`chart-<slug>` in `charts.ftl`).
    pub fn title_text(self) -> String {
        crate::i18n::t(&format!("chart-{}", self.slug()))
    }

    /// The English title (generated docs, tests).
    pub fn title(self) -> &'static str {
        match self {
            ChartId::Load => "Electricity demand and domestic supply",
            ChartId::Shortages => "Shortages: load shed and imports",
            ChartId::Revenue => "Mining levy revenue",
            ChartId::Exodus => "Mining capacity, exodus and hashrate share",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Style {
    Line,
    Dashed,
    /// Filled area between `lower` and the series' values.
    Band,
    /// Vertical bars of the series' x spacing.
    Bars,
    /// Dots (recorded data points).
    Points,
}

/// What a series stands for: a result of the run, or the uncertainty range (P10-P90) around one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Data,
    Range,
}

#[derive(Clone, Debug)]
pub struct Series {
    pub name: String,
    pub role: Role,
    pub color: [u8; 3],
    pub style: Style,
    /// (x = fractional year, y) in the chart's primary unit (secondary series are pre-scaled, see [`Axis2`]).
    pub points: Vec<[f64; 2]>,
    /// Lower edge for bands, same x as `points`.
    pub lower: Vec<f64>,
    pub secondary: bool,
    /// Unit shown in hover read-outs (the secondary unit for secondary series), in the current language.
    pub unit: String,
    /// The series' English name and unit: CSV column names, which stay the same in every language.
    pub column: String,
    pub column_unit: String,
}

/// A right-hand axis: a secondary value v is drawn at v * scale on the primary axis.
#[derive(Clone, Debug)]
pub struct Axis2 {
    pub label: String,
    pub scale: f64,
}

#[derive(Clone, Debug)]
pub struct Marker {
    pub x: f64,
    pub date: NaiveDate,
    pub label: String,
    pub text: String,
    pub source: String,
}

#[derive(Clone, Debug)]
pub struct ChartData {
    pub id: ChartId,
    pub title: String,
    pub y_label: String,
    pub y_unit: String,
    pub y2: Option<Axis2>,
    pub series: Vec<Series>,
    pub markers: Vec<Marker>,
    pub x_range: (f64, f64),
    pub y_min: f64,
    /// Sources of the data behind this chart (documented inputs), for the footer line.
    pub source_note: String,
    /// Bars are stacked in series order (their heights add up) instead of overlapping.
    pub stacked: bool,
    /// When uncertainty bands were added: the ensemble size. Band series have [`Role::Range`].
    pub ensemble_runs: Option<usize>,
}

// Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
pub(crate) const BLUE: [u8; 3] = [0, 114, 178];
pub(crate) const ORANGE: [u8; 3] = [230, 159, 0];
pub(crate) const SKY: [u8; 3] = [86, 180, 233];
pub(crate) const GREEN: [u8; 3] = [0, 158, 115];
pub(crate) const VERMILLION: [u8; 3] = [213, 94, 0];
pub(crate) const PURPLE: [u8; 3] = [204, 121, 167];
pub(crate) const GREY: [u8; 3] = [110, 110, 110];
pub(crate) const BLACK: [u8; 3] = [20, 20, 20];

impl Series {
    pub(crate) fn is_range(&self) -> bool {
        self.role == Role::Range
    }
}

/// Bar width for bars centred on `points`: 85 % of the closest spacing (one month if there is a single bar).
pub(crate) fn bar_width(points: &[[f64; 2]]) -> f64 {
    let gap = points
        .windows(2)
        .map(|w| (w[1][0] - w[0][0]).abs())
        .fold(f64::MAX, f64::min);
    if gap.is_finite() && gap > 0.0 {
        gap * 0.85
    } else {
        1.0 / 12.0
    }
}

impl ChartData {
    /// Legend entries: every series except uncertainty bands, plus one entry standing for all bands.
    pub(crate) fn legend_entries(&self) -> Vec<(String, [u8; 3], Style)> {
        let mut v: Vec<_> = self
            .series
            .iter()
            .filter(|s| !s.is_range())
            .map(|s| (s.name.clone(), s.color, s.style))
            .collect();
        if let Some(n) = self.ensemble_runs {
            v.push((
                crate::i18n::t_args("legend-bands", &[("n", n.into())]),
                [150, 150, 150],
                Style::Band,
            ));
        }
        v
    }

    /// Highest value drawn on the primary axis (bands included).
    pub(crate) fn y_max(&self) -> f64 {
        let mut max = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p[1]))
            .fold(0.0, f64::max);
        if self.stacked {
            let bars: Vec<&Series> = self
                .series
                .iter()
                .filter(|s| s.style == Style::Bars)
                .collect();
            if let Some(first) = bars.first() {
                for i in 0..first.points.len() {
                    max = max.max(
                        bars.iter()
                            .map(|s| s.points.get(i).map(|p| p[1]).unwrap_or(0.0))
                            .sum(),
                    );
                }
            }
        }
        max
    }

    /// Bar bottoms when stacked: for each bar series, the sum of the bar series before it at each point.
    pub(crate) fn stack_bases(&self) -> Vec<Vec<f64>> {
        let mut acc: Vec<f64> = Vec::new();
        self.series
            .iter()
            .map(|s| {
                if !(self.stacked && s.style == Style::Bars) {
                    return vec![0.0; s.points.len()];
                }
                if acc.len() < s.points.len() {
                    acc.resize(s.points.len(), 0.0);
                }
                let base = acc[..s.points.len()].to_vec();
                for (a, p) in acc.iter_mut().zip(&s.points) {
                    *a += p[1];
                }
                base
            })
            .collect()
    }
}
