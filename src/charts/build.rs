//! One builder per chart: a model run turned into the series each chart draws. The app, the exports and the
//! ensemble bands all start from these, so a chart looks the same wherever it appears.

use super::spec::*;
use crate::calendar::{self, DAYS, MONTHS};
use crate::data::Inputs;
use crate::i18n::{self, Lang, t};
use crate::model::results::Results;

fn day_x() -> &'static [f64] {
    static X: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    X.get_or_init(|| (0..DAYS).map(calendar::day_to_year_fraction).collect())
}

fn month_x(m: usize) -> f64 {
    calendar::month_to_year_fraction(m)
}

/// A series named by its message id `key` (`charts.ftl`) in the current language, and in English for the
/// CSV columns, which must not change with the language. `unit` is the English symbol.
fn series(key: &str, color: [u8; 3], style: Style, unit: &str, points: Vec<[f64; 2]>) -> Series {
    Series {
        name: t(key),
        role: Role::Data,
        color,
        style,
        points,
        lower: Vec::new(),
        secondary: false,
        unit: i18n::unit(unit),
        column: i18n::t_in(Lang::En, key, &[]),
        column_unit: unit.to_string(),
    }
}

fn daily(key: &str, color: [u8; 3], style: Style, unit: &str, f: impl Fn(usize) -> f64) -> Series {
    let x = day_x();
    let points = (0..DAYS).map(|d| [x[d], f(d)]).collect();
    series(key, color, style, unit, points)
}

/// Monthly values drawn as a step line (a value holds for its whole month).
fn monthly_steps(
    key: &str,
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
    series(key, color, style, unit, points)
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
        .map(|e| {
            let id = event_id(inputs, e);
            Marker {
                x: calendar::date_to_year_fraction(e.date),
                date: e.date,
                label: i18n::data_text(&format!("{id}.label"), &e.chart_label),
                text: i18n::data_text(&id, &e.text),
                source: e.source.clone(),
            }
        })
        .collect()
}

/// Weekly sums of a daily series, drawn at the week's middle: daily bars at 1,461 per chart are unreadable.
fn weekly_bars(key: &str, color: [u8; 3], unit: &str, daily: &[f64], scale: f64) -> Series {
    let x = day_x();
    let mut points = Vec::new();
    let mut d = 0;
    while d < DAYS {
        let end = (d + 7).min(DAYS);
        let sum: f64 = daily[d..end].iter().sum::<f64>() * scale;
        points.push([(x[d] + x[end - 1]) / 2.0, sum]);
        d = end;
    }
    series(key, color, Style::Bars, unit, points)
}

/// Demand (daily range and weekly mean), domestic capacity at the daily peak, and mining load served.
fn load(r: &Results) -> Parts {
    let dy = &r.daily;
    let mut series = Vec::new();
    let mut band = daily("series-demand-band", SKY, Style::Band, "MW", |d| {
        dy.demand_max[d]
    });
    band.lower = dy.demand_min.clone();
    series.push(band);
    let smooth = rolling_mean(&dy.demand_mean, 7);
    series.push(daily("series-demand-avg", BLUE, Style::Line, "MW", |d| {
        smooth[d]
    }));
    series.push(daily(
        "series-capacity-peak",
        BLACK,
        Style::Line,
        "MW",
        |d| dy.available_at_peak[d],
    ));
    series.push(daily(
        "series-mining-served",
        ORANGE,
        Style::Line,
        "MW",
        |d| dy.mining_served_mean[d],
    ));
    Parts {
        series,
        y2: None,
        y_label: "axis-power",
        y_unit: "MW",
        source_note: "source-load",
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
        bars("series-shed-miners", ORANGE, &dy.shed_miners_mwh),
        bars("series-shed-nonmining", VERMILLION, &dy.shed_nonmining_mwh),
        bars("series-imports", SKY, &dy.imports_mwh),
    ];
    // A fixed scale, so every ensemble run draws the stock on the same axis (a band over runs is then a
    // band of stocks) and 3.5 Mt sits just above typical weekly shortfalls.
    let scale = COAL_AXIS_GWH_PER_MT;
    let mut stock = daily("series-coal-stock", BLACK, Style::Line, "Mt", |d| {
        dy.coal_stock_mt[d] * scale
    });
    stock.secondary = true;
    series.push(stock);
    Parts {
        series,
        y2: Some(Axis2 {
            label: t("axis-coal-stock"),
            scale,
        }),
        y_label: "axis-energy-week",
        y_unit: "GWh/week",
        source_note: "source-shortages",
    }
}

/// Levy collected each month, with the running total on the right axis.
fn revenue(r: &Results) -> Parts {
    let mut series = Vec::new();
    series.push(self::series(
        "series-levy-month",
        GREEN,
        Style::Bars,
        "m USD",
        (0..MONTHS)
            .map(|m| [month_x(m) + 1.0 / 24.0, r.monthly[m].levy_usd / 1e6])
            .collect(),
    ));
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
    let mut s = monthly_steps("series-levy-cum", BLACK, Style::Line, "m USD", |m| {
        cums[m] * scale
    });
    s.secondary = true;
    series.push(s);
    let y2 = Some(Axis2 {
        label: t("axis-levy-cum"),
        scale,
    });
    Parts {
        series,
        y2,
        y_label: "axis-levy-month",
        y_unit: "m USD",
        source_note: "source-revenue",
    }
}

/// Registered and gray capacity, where leavers went, and the world hashrate share against the record.
fn exodus(r: &Results) -> Parts {
    let inputs = Inputs::get();
    let mw = |name, color, style, f: fn(&crate::model::MonthRow) -> f64| {
        monthly_steps(name, color, style, "MW", |m| f(&r.monthly[m]))
    };
    let mut series = vec![
        mw("series-white", BLUE, Style::Line, |m| m.white_mw),
        mw("series-gray", GREY, Style::Line, |m| m.gray_mw),
        mw("series-left-us", VERMILLION, Style::Dashed, |m| {
            m.exodus_us_mw_cum
        }),
        mw("series-left-other", PURPLE, Style::Dashed, |m| {
            m.exodus_russia_mw_cum + m.exodus_other_mw_cum
        }),
        mw("series-retired", BLACK, Style::Dashed, |m| m.retired_mw_cum),
        mw("series-seized", ORANGE, Style::Dashed, |m| m.seized_mw_cum),
    ];
    let max_mw = r
        .monthly
        .iter()
        .map(|x| x.white_mw.max(x.gray_mw).max(x.exodus_mw_cum))
        .fold(0.0, f64::max)
        .max(100.0);
    let scale = max_mw / 25.0;
    let mut share = monthly_steps("series-share-model", GREEN, Style::Line, "%", |m| {
        r.monthly[m].kz_share_pct * scale
    });
    share.secondary = true;
    series.push(share);
    let mut rec = self::series(
        "series-share-cbeci",
        GREEN,
        Style::Points,
        "%",
        (0..MONTHS)
            .filter_map(|m| inputs.cbeci_kz_share[m].map(|v| [month_x(m) + 1.0 / 24.0, v * scale]))
            .collect(),
    );
    rec.secondary = true;
    series.push(rec);
    let y2 = Some(Axis2 {
        label: t("axis-share"),
        scale,
    });
    Parts {
        series,
        y2,
        y_label: "axis-capacity",
        y_unit: "MW",
        source_note: "source-exodus",
    }
}

/// What a chart's builder decides; the frame around it is the same for every chart. `y_label` and
/// `source_note` are message ids; `y_unit` is the English unit symbol.
struct Parts {
    series: Vec<Series>,
    y2: Option<Axis2>,
    y_label: &'static str,
    y_unit: &'static str,
    source_note: &'static str,
}

/// The message id of an event in `assets/events.csv`: `event-` and its date, with `-2`, `-3` for a second
/// and third event on the same day (in file order). Dates are stable where row numbers are not.
pub(crate) fn event_id(inputs: &Inputs, e: &crate::data::Event) -> String {
    let same_day_before = inputs
        .events
        .iter()
        .take_while(|x| !std::ptr::eq(*x, e))
        .filter(|x| x.date == e.date)
        .count();
    match same_day_before {
        0 => format!("event-{}", e.date),
        n => format!("event-{}-{}", e.date, n + 1),
    }
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
        title: id.title_text(),
        y_label: t(parts.y_label),
        y_unit: i18n::unit(parts.y_unit),
        y2: parts.y2,
        series: parts.series,
        markers: markers(Inputs::get()),
        x_range: (
            calendar::START_YEAR as f64,
            (calendar::START_YEAR + calendar::YEARS as i32) as f64,
        ),
        y_min: 0.0,
        source_note: t(parts.source_note),
    }
}
