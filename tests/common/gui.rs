//! The explorer in a kittest harness at 1440x900 on the history preset, shared by the GUI test binaries.

use egui_kittest::Harness;
use hashgrid::app::HashgridApp;

pub fn harness() -> Harness<'static, HashgridApp> {
    Harness::builder()
        .with_size([1440.0, 900.0])
        .build_ui_state(
            |ui, app: &mut HashgridApp| app.show(ui),
            HashgridApp::with_preset("history-2020-2023"),
        )
}
