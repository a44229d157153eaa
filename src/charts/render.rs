//! Charts to files with plotters: PNG (drawn at twice the size, then downscaled for smooth lines) and SVG.
//! Both go through one drawing routine so a PNG and an SVG of the same chart are the same picture.

use super::spec::{ChartData, Style};
use crate::{calendar, format};
use plotters::chart::DualCoordChartContext;
use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::FontStyle;
use std::sync::Once;

/// Text printed on every exported chart besides the data.
#[derive(Clone, Debug)]
pub struct Labels {
    /// Scenario name and what was changed, e.g. "history-2020-2023 | levy 10 KZT/kWh".
    pub subtitle: String,
    /// Model version and date.
    pub footer: String,
    /// Period to shade, as fractional years.
    pub focus: Option<(f64, f64)>,
}

/// DejaVu Sans, bundled: used for exports and as the app's fallback font (it has arrows, ticks and Cyrillic).
pub(crate) static FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "sans-serif";

fn register_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bundled fonts are valid TTFs; a failure here would only mean text falls back to nothing.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT);
        let _ = plotters::style::register_font(FAMILY, FontStyle::Bold, FONT_BOLD);
    });
}

fn rgb(c: [u8; 3]) -> RGBColor {
    RGBColor(c[0], c[1], c[2])
}

type DrawResult = Result<(), String>;

fn e<E: std::fmt::Debug>(err: E) -> String {
    format!("{err:?}")
}

/// Sizes scaled for the output: `k` is 2 for the supersampled PNG at 1600 px wide, 1 for SVG, and so on.
#[derive(Clone, Copy)]
struct Pen {
    k: f64,
}

impl Pen {
    fn px(self, v: f64) -> i32 {
        (v * self.k).round() as i32
    }

    fn font(self, size: f64, grey: u8) -> TextStyle<'static> {
        (FAMILY, self.px(size) as f64)
            .into_font()
            .color(&RGBColor(grey, grey, grey))
    }
}

/// Draws the whole chart onto `root`; `k` scales every size (2 for supersampled PNG, 1 for SVG).
pub(crate) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ChartData,
    labels: &Labels,
    k: f64,
) -> DrawResult {
    register_fonts();
    let pen = Pen { k };
    root.fill(&WHITE).map_err(e)?;
    let top = draw_header(root, data, labels, pen)?;
    draw_footer(root, data, labels, pen)?;
    let geo = PlotGeometry::new(root, data, pen);
    let top = top + draw_marker_strip(root, data, &geo, top, pen)?;
    draw_plot(root, data, labels, &geo, top, pen)?;
    root.present().map_err(e)?;
    Ok(())
}

/// Title, subtitle and the legend rows under them; returns the y where the plot area may start.
fn draw_header<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ChartData,
    labels: &Labels,
    pen: Pen,
) -> Result<i32, String> {
    let px = |v| pen.px(v);
    let (w, _) = root.dim_in_pixel();
    let title_font = (FAMILY, px(30.0) as f64, FontStyle::Bold)
        .into_font()
        .color(&BLACK);
    let left = px(24.0);
    root.draw(&Text::new(data.title.clone(), (left, px(16.0)), title_font))
        .map_err(e)?;
    root.draw(&Text::new(
        labels.subtitle.clone(),
        (left, px(56.0)),
        pen.font(17.0, 60),
    ))
    .map_err(e)?;
    // Legend rows under the subtitle: swatch + name, wrapped to the width.
    let legend_font = pen.font(16.0, 30);
    let (mut x, mut y) = (left, px(88.0));
    for (name, color, style) in data.legend_entries() {
        let (tw, _) = root.estimate_text_size(&name, &legend_font).map_err(e)?;
        let item = px(34.0) + tw as i32 + px(26.0);
        if x + item > w as i32 - left {
            x = left;
            y += px(26.0);
        }
        draw_swatch(root, rgb(color), style, (x, y + px(9.0)), pen)?;
        root.draw(&Text::new(name, (x + px(34.0), y), legend_font.clone()))
            .map_err(e)?;
        x += item;
    }
    Ok(y + px(34.0))
}

/// A legend swatch centred vertically on `(x, cy)`.
fn draw_swatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: RGBColor,
    style: Style,
    (x, cy): (i32, i32),
    pen: Pen,
) -> DrawResult {
    let px = |v| pen.px(v);
    match style {
        Style::Band => root.draw(&Rectangle::new(
            [(x, cy - px(7.0)), (x + px(26.0), cy + px(7.0))],
            c.mix(0.35).filled(),
        )),
        Style::Bars => root.draw(&Rectangle::new(
            [(x + px(4.0), cy - px(8.0)), (x + px(22.0), cy + px(8.0))],
            c.filled(),
        )),
        Style::Points => root.draw(&Circle::new((x + px(13.0), cy), px(5.0), c.filled())),
        Style::Dashed => root.draw(&PathElement::new(
            vec![
                (x, cy),
                (x + px(10.0), cy),
                (x + px(16.0), cy),
                (x + px(26.0), cy),
            ],
            c.stroke_width(px(3.0) as u32),
        )),
        Style::Line => root.draw(&PathElement::new(
            vec![(x, cy), (x + px(26.0), cy)],
            c.stroke_width(px(3.0) as u32),
        )),
    }
    .map_err(e)
}

/// Data sources on the left, model version on the right.
fn draw_footer<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ChartData,
    labels: &Labels,
    pen: Pen,
) -> DrawResult {
    let (w, h) = root.dim_in_pixel();
    let small = pen.font(14.0, 80);
    let left = pen.px(24.0);
    let footer_y = h as i32 - pen.px(26.0);
    root.draw(&Text::new(
        crate::i18n::t_args("chart-sources", &[("sources", (&data.source_note).into())]),
        (left, footer_y),
        small.clone(),
    ))
    .map_err(e)?;
    let (fw, _) = root.estimate_text_size(&labels.footer, &small).map_err(e)?;
    root.draw(&Text::new(
        labels.footer.clone(),
        (w as i32 - left - fw as i32, footer_y),
        small,
    ))
    .map_err(e)
}

/// Where the plot's x axis lies in pixels, so event labels can be placed above it before it is drawn.
struct PlotGeometry {
    label_area: u32,
    right_pad: i32,
    plot_x0: i32,
    plot_w: i32,
    x0: f64,
    x1: f64,
}

impl PlotGeometry {
    fn new<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, data: &ChartData, pen: Pen) -> Self {
        let (w, _) = root.dim_in_pixel();
        let label_area = pen.px(86.0) as u32;
        let right_area = if data.y2.is_some() { label_area } else { 0 };
        let right_pad = if data.y2.is_some() {
            pen.px(8.0)
        } else {
            pen.px(36.0)
        };
        let plot_x0 = pen.px(8.0) + label_area as i32;
        let plot_w = w as i32 - pen.px(8.0) - right_pad - label_area as i32 - right_area as i32;
        let (x0, x1) = data.x_range;
        PlotGeometry {
            label_area,
            right_pad,
            plot_x0,
            plot_w,
            x0,
            x1,
        }
    }

    fn to_px(&self, xv: f64) -> i32 {
        self.plot_x0 + ((xv - self.x0) / (self.x1 - self.x0) * self.plot_w as f64) as i32
    }
}

/// Event labels in a strip above the plot, each in the first row where it does not overlap, with leader
/// lines down to the plot; returns the strip's height.
fn draw_marker_strip<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ChartData,
    geo: &PlotGeometry,
    top: i32,
    pen: Pen,
) -> Result<i32, String> {
    let px = |v| pen.px(v);
    let marker_font = pen.font(13.0, 70);
    let mut rows: Vec<i32> = Vec::new();
    let mut placed = Vec::new();
    for m in data
        .markers
        .iter()
        .filter(|m| m.x >= geo.x0 && m.x <= geo.x1)
    {
        let (tw, th) = root.estimate_text_size(&m.label, &marker_font).map_err(e)?;
        let lx = (geo.to_px(m.x) + px(3.0)).min(geo.plot_x0 + geo.plot_w - tw as i32 - px(2.0));
        let end = lx + tw as i32 + px(10.0);
        let row = match rows.iter().position(|&r_end| r_end <= lx) {
            Some(i) => {
                rows[i] = end;
                i
            }
            None => {
                rows.push(end);
                rows.len() - 1
            }
        };
        placed.push((m, lx, row, (tw, th)));
    }
    let row_h = px(17.0);
    let strip = rows.len() as i32 * row_h + px(6.0);
    // Leader lines first, then labels on a white backing so no line runs through a label.
    for (m, _, row, _) in &placed {
        let ly = top + *row as i32 * row_h;
        let mx = geo.to_px(m.x);
        root.draw(&PathElement::new(
            vec![(mx, ly + px(8.0)), (mx, top + strip)],
            RGBColor(160, 160, 160).stroke_width(px(1.0) as u32),
        ))
        .map_err(e)?;
    }
    for (m, lx, row, (tw, th)) in &placed {
        let ly = top + *row as i32 * row_h;
        root.draw(&Rectangle::new(
            [
                (*lx - px(2.0), ly - px(1.0)),
                (*lx + *tw as i32 + px(2.0), ly + *th as i32 + px(1.0)),
            ],
            WHITE.filled(),
        ))
        .map_err(e)?;
        root.draw(&Text::new(m.label.clone(), (*lx, ly), marker_font.clone()))
            .map_err(e)?;
    }
    Ok(strip)
}

type Coords = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// Axes, the focus band, the series and the event lines.
fn draw_plot<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &ChartData,
    labels: &Labels,
    geo: &PlotGeometry,
    top: i32,
    pen: Pen,
) -> DrawResult {
    let px = |v| pen.px(v);
    let plot_area = root.margin(
        top as u32,
        px(36.0) as u32,
        px(8.0) as u32,
        geo.right_pad as u32,
    );
    let (x0, x1) = (geo.x0, geo.x1);
    let y_max = nice_ceiling(data.y_max() * 1.08);
    let y_min = data.y_min;
    let mut builder = ChartBuilder::on(&plot_area);
    builder
        .x_label_area_size(px(44.0) as u32)
        .y_label_area_size(geo.label_area);
    if data.y2.is_some() {
        builder.right_y_label_area_size(geo.label_area);
    }
    let scale2 = data.y2.as_ref().map(|a| a.scale).unwrap_or(1.0);
    let mut chart = builder
        .build_cartesian_2d(x0..x1, y_min..y_max)
        .map_err(e)?
        .set_secondary_coord(x0..x1, y_min / scale2..y_max / scale2);
    draw_axes(&mut chart, data, pen)?;
    if let Some((f0, f1)) = labels.focus {
        let (f0, f1) = (f0.max(x0), f1.min(x1));
        if f1 > f0 && (f1 - f0) < (x1 - x0) * 0.98 {
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(f0, y_min), (f1, y_max)],
                    RGBColor(255, 244, 200).mix(0.6).filled(),
                )))
                .map_err(e)?;
        }
    }
    draw_series(&mut chart, data, pen)?;
    for m in data.markers.iter().filter(|m| m.x >= x0 && m.x <= x1) {
        chart
            .draw_series(DashedLineSeries::new(
                vec![(m.x, y_min), (m.x, y_max)],
                px(4.0) as u32,
                px(4.0) as u32,
                RGBColor(150, 150, 150).stroke_width(px(1.0) as u32),
            ))
            .map_err(e)?;
    }
    Ok(())
}

fn draw_axes<DB: DrawingBackend>(
    chart: &mut DualCoordChartContext<'_, DB, Coords, Coords>,
    data: &ChartData,
    pen: Pen,
) -> DrawResult {
    let axis_font = pen.font(15.0, 50);
    let desc_font = pen.font(16.0, 30);
    chart
        .configure_mesh()
        .x_labels(17)
        .x_label_formatter(&|x| calendar::tick_label(*x))
        .y_labels(8)
        .y_label_formatter(&|v| format::num(*v))
        .y_desc(data.y_label.clone())
        .label_style(axis_font.clone())
        .axis_desc_style(desc_font.clone())
        .light_line_style(RGBColor(238, 238, 238))
        .bold_line_style(RGBColor(215, 215, 215))
        .axis_style(RGBColor(120, 120, 120))
        .draw()
        .map_err(e)?;
    if let Some(a2) = &data.y2 {
        chart
            .configure_secondary_axes()
            .y_labels(8)
            .y_label_formatter(&|v| format::num(*v))
            .y_desc(a2.label.clone())
            .label_style(axis_font)
            .axis_desc_style(desc_font)
            .axis_style(RGBColor(120, 120, 120))
            .draw()
            .map_err(e)?;
    }
    Ok(())
}

fn draw_series<DB: DrawingBackend>(
    chart: &mut DualCoordChartContext<'_, DB, Coords, Coords>,
    data: &ChartData,
    pen: Pen,
) -> DrawResult {
    let px = |v| pen.px(v);
    let bases = data.stack_bases();
    for (s, base) in data.series.iter().zip(&bases) {
        let c = rgb(s.color);
        let lw = px(2.0) as u32;
        let pts = || s.points.iter().map(|p| (p[0], p[1]));
        match s.style {
            Style::Line => {
                chart
                    .draw_series(LineSeries::new(pts(), c.stroke_width(lw)))
                    .map_err(e)?;
            }
            Style::Dashed => {
                chart
                    .draw_series(DashedLineSeries::new(
                        pts(),
                        px(10.0) as u32,
                        px(6.0) as u32,
                        c.stroke_width(lw),
                    ))
                    .map_err(e)?;
            }
            Style::Band => {
                let mut poly: Vec<(f64, f64)> = pts().collect();
                poly.extend(
                    s.points
                        .iter()
                        .zip(&s.lower)
                        .rev()
                        .map(|(p, lo)| (p[0], *lo)),
                );
                chart
                    .draw_series(std::iter::once(Polygon::new(poly, c.mix(0.30).filled())))
                    .map_err(e)?;
            }
            Style::Bars => {
                let width = crate::charts::spec::bar_width(&s.points);
                let bars = s
                    .points
                    .iter()
                    .zip(base)
                    .filter(|(p, _)| p[1] > 0.0)
                    .map(|(p, b)| {
                        Rectangle::new(
                            [(p[0] - width / 2.0, *b), (p[0] + width / 2.0, b + p[1])],
                            c.filled(),
                        )
                    });
                chart.draw_series(bars).map_err(e)?;
            }
            Style::Points => {
                chart
                    .draw_series(pts().map(|p| Circle::new(p, px(4.0), c.filled())))
                    .map_err(e)?;
            }
        }
    }
    Ok(())
}

/// Rounds an axis maximum up to 1, 2, 2.5 or 5 times a power of ten.
pub(crate) fn nice_ceiling(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    for m in [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if v <= m * p {
            return m * p;
        }
    }
    10.0 * p
}

/// Renders a PNG of `width` x `height` pixels (drawn at 2x and downscaled with Lanczos for smooth lines).
pub fn png(data: &ChartData, labels: &Labels, width: u32, height: u32) -> Result<Vec<u8>, String> {
    let (w2, h2) = (width * 2, height * 2);
    let mut buf = vec![0u8; (w2 * h2 * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, (w2, h2)).into_drawing_area();
        draw(&root, data, labels, 2.0 * width as f64 / 1600.0)?;
    }
    let big = image::RgbImage::from_raw(w2, h2, buf).ok_or("buffer size mismatch")?;
    let small = image::imageops::resize(&big, width, height, image::imageops::FilterType::Lanczos3);
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(small)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .map_err(e)?;
    Ok(out)
}

pub(crate) fn svg(
    data: &ChartData,
    labels: &Labels,
    width: u32,
    height: u32,
) -> Result<String, String> {
    let mut s = String::new();
    {
        let root = SVGBackend::with_string(&mut s, (width, height)).into_drawing_area();
        draw(&root, data, labels, width as f64 / 1600.0)?;
    }
    Ok(s)
}
