//! UI cost per frame while a slider is dragged: the egui_kittest harness (no GPU) with all four charts and
//! uncertainty bands on. Each frame moves the levy slider, which re-runs the model, rebuilds the charts,
//! restarts the background ensemble and lays out and tessellates the whole window. Prints p50/p95/max.
//! Run: `cargo bench --bench ui_frame`.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use hashgrid::app::HashgridApp;
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    for bands in [false, true] {
        measure(bands);
    }
}

fn measure(bands: bool) {
    let mut app = HashgridApp::with_preset("history-2020-2023");
    app.set_bands(bands);
    app.wait_for_bands();
    let mut h = Harness::builder()
        .with_size([1440.0, 900.0])
        .build_ui_state(|ui, app: &mut HashgridApp| app.show(ui), app);
    for _ in 0..5 {
        h.step();
    }
    let mut times = Vec::new();
    let frames = 120;
    for i in 0..frames {
        let v = 1.0 + (i % 60) as f64 * 0.5;
        h.get_by_role_and_label(Role::Slider, "Mining levy (flat) [KZT/kWh]")
            .set_value_accesskit(v);
        let t = Instant::now();
        h.step();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let q = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "ui_frame_while_dragging (1440x900, 4 charts, bands {}, {frames} frames): p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        if bands { "on" } else { "off" },
        q(0.5),
        q(0.95),
        times[times.len() - 1]
    );
}
