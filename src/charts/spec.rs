//! What each chart shows: title, axes with units, series with colours, event markers and the focus period.
//! Everything here is data; the renderers only decide how to draw it.

use crate::data::Inputs;
use crate::model::calendar::{self, DAYS, MONTHS};
use crate::model::results::Results;
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
    pub fn slug(self) -> &'static str {
        match self {
            ChartId::Load => "load",
            ChartId::Shortages => "shortages",
            ChartId::Revenue => "tax-revenue",
            ChartId::Exodus => "miner-exodus",
        }
    }

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

#[derive(Clone, Debug)]
pub struct Series {
    pub name: String,
    pub color: [u8; 3],
    pub style: Style,
    /// (x = fractional year, y) in the chart's primary unit (secondary series are pre-scaled, see [`Axis2`]).
    pub points: Vec<[f64; 2]>,
    /// Lower edge for bands, same x as `points`.
    pub lower: Vec<f64>,
    pub secondary: bool,
    /// Unit shown in hover read-outs (the secondary unit for secondary series).
    pub unit: String,
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
    /// When uncertainty bands were added: the ensemble size. Band series are marked by [`Series::is_range`].
    pub ensemble_runs: Option<usize>,
}

// Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
pub const BLUE: [u8; 3] = [0, 114, 178];
pub const ORANGE: [u8; 3] = [230, 159, 0];
pub const SKY: [u8; 3] = [86, 180, 233];
pub const GREEN: [u8; 3] = [0, 158, 115];
pub const VERMILLION: [u8; 3] = [213, 94, 0];
pub const PURPLE: [u8; 3] = [204, 121, 167];
pub const GREY: [u8; 3] = [110, 110, 110];
pub const BLACK: [u8; 3] = [20, 20, 20];

fn day_x() -> &'static [f64] {
    static X: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    X.get_or_init(|| (0..DAYS).map(calendar::day_to_year_fraction).collect())
}

fn month_x(m: usize) -> f64 {
    calendar::START_YEAR as f64 + m as f64 / 12.0
}

fn daily(name: &str, color: [u8; 3], style: Style, unit: &str, f: impl Fn(usize) -> f64) -> Series {
    let x = day_x();
    Series {
        name: name.into(),
        color,
        style,
        points: (0..DAYS).map(|d| [x[d], f(d)]).collect(),
        lower: Vec::new(),
        secondary: false,
        unit: unit.into(),
    }
}

/// Monthly values drawn as a step line (a value holds for its whole month).
fn monthly_steps(
    name: &str,
    color: [u8; 3],
    style: Style,
    unit: &str,
    f: impl Fn(usize) -> f64,
) -> Series {
    let mut points = Vec::with_capacity(MONTHS * 2);
    for m in 0..MONTHS {
        let v = f(m);
        points.push([month_x(m), v]);
        points.push([month_x(m + 1), v]);
    }
    Series {
        name: name.into(),
        color,
        style,
        points,
        lower: Vec::new(),
        secondary: false,
        unit: unit.into(),
    }
}

/// Centred rolling mean: weekday/weekend saw-teeth would hide the seasonal story in a 4-year chart.
fn rolling_mean(v: &[f64], window: usize) -> Vec<f64> {
    let half = window / 2;
    (0..v.len())
        .map(|i| {
            let a = i.saturating_sub(half);
            let b = (i + half + 1).min(v.len());
            v[a..b].iter().sum::<f64>() / (b - a) as f64
        })
        .collect()
}

fn markers(inputs: &Inputs) -> Vec<Marker> {
    inputs
        .events
        .iter()
        .filter(|e| !e.chart_label.is_empty())
        .map(|e| Marker {
            x: calendar::date_to_year_fraction(e.date),
            date: e.date,
            label: e.chart_label.clone(),
            text: e.text.clone(),
            source: e.source.clone(),
        })
        .collect()
}

/// Weekly sums of a daily series, drawn at the week's middle: daily bars at 1,461 per chart are unreadable.
fn weekly_bars(name: &str, color: [u8; 3], unit: &str, daily: &[f64], scale: f64) -> Series {
    let x = day_x();
    let mut points = Vec::new();
    let mut d = 0;
    while d < DAYS {
        let end = (d + 7).min(DAYS);
        let sum: f64 = daily[d..end].iter().sum::<f64>() * scale;
        points.push([(x[d] + x[end - 1]) / 2.0, sum]);
        d = end;
    }
    Series {
        name: name.into(),
        color,
        style: Style::Bars,
        points,
        lower: Vec::new(),
        secondary: false,
        unit: unit.into(),
    }
}

pub fn build(id: ChartId, r: &Results) -> ChartData {
    let inputs = Inputs::get();
    let dy = &r.daily;
    let mut series = Vec::new();
    let mut y2 = None;
    let (y_label, y_unit, source_note) = match id {
        ChartId::Load => {
            let mut band = daily("Demand, daily low-high", SKY, Style::Band, "MW", |d| {
                dy.demand_max[d]
            });
            band.lower = dy.demand_min.clone();
            series.push(band);
            let smooth = rolling_mean(&dy.demand_mean, 7);
            series.push(daily(
                "Demand, 7-day average",
                BLUE,
                Style::Line,
                "MW",
                |d| smooth[d],
            ));
            series.push(daily(
                "Domestic capacity at the daily peak",
                BLACK,
                Style::Line,
                "MW",
                |d| dy.available_at_peak[d],
            ));
            series.push(daily(
                "Mining load served",
                ORANGE,
                Style::Line,
                "MW",
                |d| dy.mining_served_mean[d],
            ));
            (
                "Power (MW)",
                "MW",
                "Demand shape: KOREM 2018; annual energy: Ember; capacity: Ember, KEGOC; mining: model",
            )
        }
        ChartId::Shortages => {
            series.push(weekly_bars(
                "Registered and gray miners shed",
                ORANGE,
                "GWh/week",
                &dy.shed_miners_mwh,
                1e-3,
            ));
            series.push(weekly_bars(
                "Households and industry shed",
                VERMILLION,
                "GWh/week",
                &dy.shed_nonmining_mwh,
                1e-3,
            ));
            series.push(weekly_bars(
                "Imports from Russia",
                SKY,
                "GWh/week",
                &dy.imports_mwh,
                1e-3,
            ));
            (
                "Energy per week (GWh)",
                "GWh/week",
                "Model dispatch; import limit and outages as set in the scenario",
            )
        }
        ChartId::Revenue => {
            series.push(Series {
                name: "Levy collected per month".into(),
                color: GREEN,
                style: Style::Bars,
                points: (0..MONTHS)
                    .map(|m| [month_x(m) + 1.0 / 24.0, r.monthly[m].levy_usd / 1e6])
                    .collect(),
                lower: Vec::new(),
                secondary: false,
                unit: "m USD".into(),
            });
            let mut cum = 0.0;
            let cums: Vec<f64> = r
                .monthly
                .iter()
                .map(|row| {
                    cum += row.levy_usd / 1e6;
                    cum
                })
                .collect();
            let max_month = r
                .monthly
                .iter()
                .map(|x| x.levy_usd / 1e6)
                .fold(0.0, f64::max)
                .max(0.1);
            let max_cum = cums.last().copied().unwrap_or(0.0).max(0.1);
            let scale = max_month / max_cum;
            let mut s = monthly_steps(
                "Cumulative levy, million USD (right)",
                BLACK,
                Style::Line,
                "m USD",
                |m| cums[m] * scale,
            );
            s.secondary = true;
            series.push(s);
            y2 = Some(Axis2 {
                label: "Cumulative (million USD)".into(),
                scale,
            });
            (
                "Per month (million USD)",
                "m USD",
                "Levy rates: Tax Code 2021, Law 135-VII (2022); KZT/USD: NBK and press conversions",
            )
        }
        ChartId::Exodus => {
            series.push(monthly_steps(
                "White (registered) capacity",
                BLUE,
                Style::Line,
                "MW",
                |m| r.monthly[m].white_mw,
            ));
            series.push(monthly_steps(
                "Gray (unregistered) capacity",
                GREY,
                Style::Line,
                "MW",
                |m| r.monthly[m].gray_mw,
            ));
            series.push(monthly_steps(
                "Left for the US, cumulative",
                VERMILLION,
                Style::Dashed,
                "MW",
                |m| r.monthly[m].exodus_us_mw_cum,
            ));
            series.push(monthly_steps(
                "Left for Russia or elsewhere, cumulative",
                PURPLE,
                Style::Dashed,
                "MW",
                |m| r.monthly[m].exodus_russia_mw_cum + r.monthly[m].exodus_other_mw_cum,
            ));
            series.push(monthly_steps(
                "Retired or seized, cumulative",
                BLACK,
                Style::Dashed,
                "MW",
                |m| r.monthly[m].retired_mw_cum + r.monthly[m].seized_mw_cum,
            ));
            let max_mw = r
                .monthly
                .iter()
                .map(|x| x.white_mw.max(x.gray_mw).max(x.exodus_mw_cum))
                .fold(0.0, f64::max)
                .max(100.0);
            let scale = max_mw / 25.0;
            let mut share = monthly_steps(
                "World hashrate share, model, % (right)",
                GREEN,
                Style::Line,
                "%",
                |m| r.monthly[m].kz_share_pct * scale,
            );
            share.secondary = true;
            series.push(share);
            let rec = Series {
                name: "World hashrate share, CBECI record, % (right)".into(),
                color: GREEN,
                style: Style::Points,
                points: (0..MONTHS)
                    .filter_map(|m| {
                        inputs.cbeci_kz_share[m].map(|v| [month_x(m) + 1.0 / 24.0, v * scale])
                    })
                    .collect(),
                lower: Vec::new(),
                secondary: true,
                unit: "%".into(),
            };
            series.push(rec);
            y2 = Some(Axis2 {
                label: "Share of world hashrate (%)".into(),
                scale,
            });
            (
                "Capacity (MW)",
                "MW",
                "Hashrate share: CCAF CBECI (to Jan 2022); hashprice: blockchain.com; flows: model",
            )
        }
    };
    let y_min = 0.0;
    let stacked = id == ChartId::Shortages;
    ChartData {
        stacked,
        ensemble_runs: None,
        id,
        title: id.title().to_string(),
        y_label: y_label.to_string(),
        y_unit: y_unit.to_string(),
        y2,
        series,
        markers: markers(inputs),
        x_range: (
            calendar::START_YEAR as f64,
            (calendar::START_YEAR + calendar::YEARS as i32) as f64,
        ),
        y_min,
        source_note: source_note.to_string(),
    }
}

/// Suffix of uncertainty-band series names; legends show one entry for all of them.
pub const RANGE_SUFFIX: &str = " (80 % range)";

impl Series {
    pub fn is_range(&self) -> bool {
        self.name.ends_with(RANGE_SUFFIX)
    }
}

/// Bar width for bars centred on `points`: 85 % of the closest spacing (one month if there is a single bar).
pub fn bar_width(points: &[[f64; 2]]) -> f64 {
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
    pub fn legend_entries(&self) -> Vec<(String, [u8; 3], Style)> {
        let mut v: Vec<_> = self
            .series
            .iter()
            .filter(|s| !s.is_range())
            .map(|s| (s.name.clone(), s.color, s.style))
            .collect();
        if let Some(n) = self.ensemble_runs {
            v.push((
                format!("Shaded: 80 % range over {n} runs (P10-P90)"),
                [150, 150, 150],
                Style::Band,
            ));
        }
        v
    }

    /// Highest value drawn on the primary axis (bands included).
    pub fn y_max(&self) -> f64 {
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
    pub fn stack_bases(&self) -> Vec<Vec<f64>> {
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
