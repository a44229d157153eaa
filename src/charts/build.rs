//! One builder per chart: a model run turned into the series each chart draws. The app, the exports and the
//! ensemble bands all start from these, so a chart looks the same wherever it appears.

use super::spec::*;
use crate::calendar::{self, DAYS, MONTHS};
use crate::data::Inputs;
use crate::model::results::Results;

fn day_x() -> &'static [f64] {
    static X: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    X.get_or_init(|| (0..DAYS).map(calendar::day_to_year_fraction).collect())
}

fn month_x(m: usize) -> f64 {
    calendar::month_to_year_fraction(m)
}

fn daily(name: &str, color: [u8; 3], style: Style, unit: &str, f: impl Fn(usize) -> f64) -> Series {
    let x = day_x();
    Series {
        name: name.into(),
        role: Role::Data,
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
        role: Role::Data,
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
        role: Role::Data,
        color,
        style: Style::Bars,
        points,
        lower: Vec::new(),
        secondary: false,
        unit: unit.into(),
    }
}

/// Demand (daily range and weekly mean), domestic capacity at the daily peak, and mining load served.
fn load(r: &Results) -> Parts {
    let dy = &r.daily;
    let mut series = Vec::new();
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
    Parts {
        series,
        y2: None,
        y_label: "Power (MW)",
        y_unit: "MW",
        source_note: "Demand shape: KOREM 2018; annual energy: Ember; capacity: Ember, KEGOC; mining: model",
    }
}

/// GWh/week on the left axis per Mt of coal stock on the right axis of the shortages chart (display only).
const COAL_AXIS_GWH_PER_MT: f64 = 10.0;

/// Weekly energy shed (miners; households and industry) and imported, stacked, with the coal stock at the
/// plants on the right axis (the coal levers act through it). Expected values over plant-outage histories in
/// expected mode.
fn shortages(r: &Results) -> Parts {
    let dy = &r.daily;
    let bars = |name, color, daily| weekly_bars(name, color, "GWh/week", daily, 1e-3);
    let mut series = vec![
        bars(
            "Registered and gray miners shed",
            ORANGE,
            &dy.shed_miners_mwh,
        ),
        bars(
            "Households and industry shed",
            VERMILLION,
            &dy.shed_nonmining_mwh,
        ),
        bars("Imports from Russia", SKY, &dy.imports_mwh),
    ];
    // A fixed scale, so every ensemble run draws the stock on the same axis (a band over runs is then a
    // band of stocks) and 3.5 Mt sits just above typical weekly shortfalls.
    let scale = COAL_AXIS_GWH_PER_MT;
    let mut stock = daily(
        "Coal stock at plants, Mt (right)",
        BLACK,
        Style::Line,
        "Mt",
        |d| dy.coal_stock_mt[d] * scale,
    );
    stock.secondary = true;
    series.push(stock);
    Parts {
        series,
        y2: Some(Axis2 {
            label: "Coal stock (Mt)".into(),
            scale,
        }),
        y_label: "Energy per week (GWh)",
        y_unit: "GWh/week",
        source_note: "Model dispatch, expected over plant-outage histories; import limit, coal and outages as set in the scenario",
    }
}

/// Levy collected each month, with the running total on the right axis.
fn revenue(r: &Results) -> Parts {
    let mut series = Vec::new();
    series.push(Series {
        name: "Levy collected per month".into(),
        role: Role::Data,
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
    let y2 = Some(Axis2 {
        label: "Cumulative (million USD)".into(),
        scale,
    });
    Parts {
        series,
        y2,
        y_label: "Per month (million USD)",
        y_unit: "m USD",
        source_note: "Levy rates: Tax Code 2021, Law 135-VII (2022); KZT/USD: NBK and press conversions",
    }
}

/// Registered and gray capacity, where leavers went, and the world hashrate share against the record.
fn exodus(r: &Results) -> Parts {
    let inputs = Inputs::get();
    let mw = |name, color, style, f: fn(&crate::model::MonthRow) -> f64| {
        monthly_steps(name, color, style, "MW", |m| f(&r.monthly[m]))
    };
    let mut series = vec![
        mw("White (registered) capacity", BLUE, Style::Line, |m| {
            m.white_mw
        }),
        mw("Gray (unregistered) capacity", GREY, Style::Line, |m| {
            m.gray_mw
        }),
        mw(
            "Left for the US, cumulative",
            VERMILLION,
            Style::Dashed,
            |m| m.exodus_us_mw_cum,
        ),
        mw(
            "Left for Russia or elsewhere, cumulative",
            PURPLE,
            Style::Dashed,
            |m| m.exodus_russia_mw_cum + m.exodus_other_mw_cum,
        ),
        mw("Retired or seized, cumulative", BLACK, Style::Dashed, |m| {
            m.retired_mw_cum + m.seized_mw_cum
        }),
    ];
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
        role: Role::Data,
        color: GREEN,
        style: Style::Points,
        points: (0..MONTHS)
            .filter_map(|m| inputs.cbeci_kz_share[m].map(|v| [month_x(m) + 1.0 / 24.0, v * scale]))
            .collect(),
        lower: Vec::new(),
        secondary: true,
        unit: "%".into(),
    };
    series.push(rec);
    let y2 = Some(Axis2 {
        label: "Share of world hashrate (%)".into(),
        scale,
    });
    Parts {
        series,
        y2,
        y_label: "Capacity (MW)",
        y_unit: "MW",
        source_note: "Hashrate share: CCAF CBECI (to Jan 2022); hashprice: blockchain.com; flows: model",
    }
}

/// What a chart's builder decides; the frame around it is the same for every chart.
struct Parts {
    series: Vec<Series>,
    y2: Option<Axis2>,
    y_label: &'static str,
    y_unit: &'static str,
    source_note: &'static str,
}

/// The chart `id` of run `r`.
pub fn build(id: ChartId, r: &Results) -> ChartData {
    let parts = match id {
        ChartId::Load => load(r),
        ChartId::Shortages => shortages(r),
        ChartId::Revenue => revenue(r),
        ChartId::Exodus => exodus(r),
    };
    ChartData {
        stacked: id == ChartId::Shortages,
        ensemble_runs: None,
        id,
        title: id.title().to_string(),
        y_label: parts.y_label.to_string(),
        y_unit: parts.y_unit.to_string(),
        y2: parts.y2,
        series: parts.series,
        markers: markers(Inputs::get()),
        x_range: (
            calendar::START_YEAR as f64,
            (calendar::START_YEAR + calendar::YEARS as i32) as f64,
        ),
        y_min: 0.0,
        source_note: parts.source_note.to_string(),
    }
}
