//! The chart declarations of `crate::charts` drawn with egui_plot: the same series, colours and markers as the
//! exported files, plus what only a screen can do (hover read-outs, linked zoom, the faint baseline).

use crate::calendar;
use crate::charts::{ChartData, Style};
use crate::format::num as fmt_num;
use crate::i18n::{t, t_args};
use egui::{Color32, Id};
use egui_plot::{
    Bar, BarChart, FilledArea, GridMark, HPlacement, Line, LineStyle, Plot, PlotPoints, Points,
    Span, VLine,
};

fn color(c: [u8; 3]) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

fn x_ticks(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    let x = mark.value;
    if (x - x.round()).abs() < 1e-6 {
        format!("{}", x.round() as i32)
    } else {
        calendar::month_year(x)
    }
}

/// What the chart view needs besides the data.
pub(crate) struct View<'a> {
    pub data: &'a ChartData,
    pub baseline: Option<&'a ChartData>,
    pub focus: Option<(f64, f64)>,
    pub width: f32,
    pub height: f32,
    pub show_marker_labels: bool,
}

/// The left axis in the chart's unit and, for charts with a secondary series, a right axis in its unit.
fn y_axes(data: &ChartData) -> Vec<egui_plot::AxisHints<'static>> {
    let mut axes = vec![
        egui_plot::AxisHints::new_y()
            .label(data.y_label.clone())
            .formatter(|m, _| fmt_num(m.value)),
    ];
    if let Some(a2) = &data.y2 {
        let scale = a2.scale;
        // No title on the right axis: egui_plot draws it outside the plot's rect, into the next chart. The
        // legend names the right-axis series with their unit instead.
        axes.push(
            egui_plot::AxisHints::new_y()
                .placement(HPlacement::Right)
                .formatter(move |m, _| fmt_num(m.value / scale)),
        );
    }
    axes
}

/// The hover read-out: series, date and value with its unit. egui_plot reports only the series' name, so
/// the unit and the right-axis scale are found by that name (names are unique within a chart).
fn hover_label(data: &ChartData) -> impl Fn(&egui_plot::HoverPosition) -> Option<String> + 'static {
    let scale2 = data.y2.as_ref().map_or(1.0, |a| a.scale);
    let units: Vec<(String, String, f64)> = data
        .series
        .iter()
        .map(|s| {
            let k = if s.secondary { scale2 } else { 1.0 };
            (s.name.clone(), s.unit.clone(), k)
        })
        .collect();
    move |pos| match pos {
        egui_plot::HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => {
            let (unit, k) = units
                .iter()
                .find(|(n, _, _)| n == plot_name)
                .map(|(_, u, k)| (u.clone(), *k))
                .unwrap_or_else(|| (String::new(), 1.0));
            Some(format!(
                "{plot_name}\n{}: {}\u{a0}{unit}",
                crate::format::date(calendar::year_fraction_to_date(position.x)),
                fmt_num(position.y / k)
            ))
        }
        egui_plot::HoverPosition::Elsewhere { position } => Some(calendar::month_year(position.x)),
    }
}

/// Draws one chart; returns the event under the pointer, if any, for the hover card.
pub(crate) fn chart(ui: &mut egui::Ui, v: View) -> Option<usize> {
    let data = v.data;
    let mut hovered_marker = None;
    let plot = Plot::new(("chart", data.id.slug()))
        .height(v.height)
        .width(v.width)
        .link_axis(Id::unique("hashgrid-time"), [true, false])
        .link_cursor(Id::unique("hashgrid-time"), [true, false])
        .x_axis_formatter(x_ticks)
        .custom_y_axes(y_axes(data))
        .include_y(0.0)
        .include_y(data.y_max() * 1.05)
        .include_x(data.x_range.0)
        .include_x(data.x_range.1)
        .allow_scroll(false)
        .label_formatter(hover_label(data));
    let resp = plot.show(ui, |pu| {
        if let Some((f0, f1)) = v.focus
            && (f1 - f0) < 3.9
        {
            pu.add(
                Span::new(t("chart-focus"), f0..=f1)
                    .fill(Color32::from_rgba_unmultiplied(255, 220, 120, 40)),
            );
        }
        if let Some(b) = v.baseline {
            add_baseline(pu, b);
        }
        add_series(pu, data);
        hovered_marker = add_markers(pu, data, v.show_marker_labels);
    });
    if let Some(i) = hovered_marker {
        let m = &data.markers[i];
        resp.response.on_hover_ui_at_pointer(|ui| {
            ui.strong(format!("{} ({})", m.label, crate::format::date(m.date)));
            ui.label(&m.text);
            ui.small(t_args("chart-source", &[("source", (&m.source).into())]));
        });
    }
    hovered_marker
}

/// The preset's own run, faint, behind the user's.
fn add_baseline(pu: &mut egui_plot::PlotUi, b: &ChartData) {
    for s in b
        .series
        .iter()
        .filter(|s| matches!(s.style, Style::Line | Style::Dashed))
    {
        let pts: PlotPoints = s.points.iter().copied().collect();
        pu.add(
            Line::new(t("chart-baseline"), pts)
                .color(Color32::from_rgba_unmultiplied(120, 120, 120, 110))
                .width(1.5)
                .allow_hover(false),
        );
    }
}

fn add_series(pu: &mut egui_plot::PlotUi, data: &ChartData) {
    let bases = data.stack_bases();
    for (s, base) in data.series.iter().zip(&bases) {
        let c = color(s.color);
        match s.style {
            Style::Line | Style::Dashed => {
                let pts: PlotPoints = s.points.iter().copied().collect();
                let mut line = Line::new(s.name.clone(), pts).color(c).width(2.0);
                if s.style == Style::Dashed {
                    line = line.style(LineStyle::dashed_loose());
                }
                pu.add(line);
            }
            Style::Band => {
                let xs: Vec<f64> = s.points.iter().map(|p| p[0]).collect();
                let hi: Vec<f64> = s.points.iter().map(|p| p[1]).collect();
                pu.add(
                    FilledArea::new(s.name.clone(), &xs, &s.lower, &hi)
                        .fill_color(Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), 70)),
                );
            }
            Style::Bars => {
                let w = crate::charts::spec::bar_width(&s.points);
                let bars: Vec<Bar> = s
                    .points
                    .iter()
                    .zip(base)
                    .map(|(p, b)| Bar::new(p[0], p[1]).base_offset(*b).width(w).fill(c))
                    .collect();
                pu.add(BarChart::new(s.name.clone(), bars).color(c));
            }
            Style::Points => {
                let pts: PlotPoints = s.points.iter().copied().collect();
                pu.add(
                    Points::new(s.name.clone(), pts)
                        .color(c)
                        .radius(3.5)
                        .filled(true),
                );
            }
        }
    }
}

/// Dashed event lines, their labels when asked for, and which event the pointer is on.
fn add_markers(pu: &mut egui_plot::PlotUi, data: &ChartData, labels: bool) -> Option<usize> {
    let bounds = pu.plot_bounds();
    for m in &data.markers {
        pu.add(
            VLine::new("", m.x)
                .color(Color32::from_gray(150))
                .style(LineStyle::dashed_dense())
                .width(1.0)
                .allow_hover(false),
        );
    }
    if labels {
        add_marker_labels(pu, data, &bounds);
    }
    let p = pu.pointer_coordinate()?;
    let px_per_unit =
        pu.response().rect.width() as f64 / (bounds.max()[0] - bounds.min()[0]).max(1e-9);
    data.markers
        .iter()
        .position(|m| ((m.x - p.x) * px_per_unit).abs() < 4.0)
}

/// Staggered labels at the top edge, as in the exported files.
fn add_marker_labels(pu: &mut egui_plot::PlotUi, data: &ChartData, bounds: &egui_plot::PlotBounds) {
    let mut rows: Vec<f64> = Vec::new();
    let span = bounds.max()[0] - bounds.min()[0];
    for m in &data.markers {
        if m.x < bounds.min()[0] || m.x > bounds.max()[0] {
            continue;
        }
        let width =
            span * (m.label.len() as f64 * 7.0 + 12.0) / pu.response().rect.width().max(1.0) as f64;
        let row = match rows.iter().position(|&end| end <= m.x) {
            Some(i) => {
                rows[i] = m.x + width;
                i
            }
            None => {
                rows.push(m.x + width);
                rows.len() - 1
            }
        };
        let y_span = bounds.max()[1] - bounds.min()[1];
        let y = bounds.max()[1] - y_span * (0.03 + 0.06 * row as f64);
        pu.add(
            egui_plot::Text::new(
                "",
                egui_plot::PlotPoint::new(m.x, y),
                egui::RichText::new(&m.label).size(11.0),
            )
            .anchor(egui::Align2::LEFT_CENTER)
            .color(Color32::from_gray(60)),
        );
    }
}

/// Swatch + name for every series, wrapped; the same legend the exported files carry. Each entry is one
/// painted widget, so an entry wraps as a whole and never splits from its swatch.
pub(crate) fn legend(ui: &mut egui::Ui, data: &ChartData, baseline: bool) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(10.0, 2.0);
        let entries = data.legend_entries();
        let items = entries.iter().map(|(n, c, s)| (n.as_str(), color(*c), *s));
        let base_name = t("chart-baseline");
        let base = baseline.then_some((base_name.as_str(), Color32::from_gray(150), Style::Line));
        for (name, c, style) in items.chain(base) {
            let font = egui::TextStyle::Small.resolve(ui.style());
            let galley =
                ui.painter()
                    .layout_no_wrap(name.to_string(), font, ui.visuals().text_color());
            let size = egui::vec2(20.0 + galley.size().x, galley.size().y.max(12.0));
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            let sw = egui::Rect::from_min_size(
                rect.left_top() + egui::vec2(0.0, (rect.height() - 10.0) / 2.0),
                egui::vec2(16.0, 10.0),
            );
            let p = ui.painter();
            match style {
                Style::Band => {
                    p.rect_filled(
                        sw,
                        1.0,
                        Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), 90),
                    );
                }
                Style::Bars => {
                    p.rect_filled(sw.shrink2(egui::vec2(3.0, 0.0)), 0.0, c);
                }
                Style::Points => {
                    p.circle_filled(sw.center(), 3.5, c);
                }
                Style::Line | Style::Dashed => {
                    p.line_segment(
                        [sw.left_center(), sw.right_center()],
                        egui::Stroke::new(2.5, c),
                    );
                }
            }
            p.galley(
                rect.left_top() + egui::vec2(20.0, 0.0),
                galley,
                ui.visuals().text_color(),
            );
        }
    });
}
