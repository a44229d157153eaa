//! Generated documentation is current: regenerate with `cargo run --release -- docs` when this fails.

#[test]
fn levers_md_is_generated_from_the_declarations() {
    let on_disk = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/levers.md"))
        .unwrap_or_default();
    assert_eq!(
        on_disk,
        hashgrid::docs::levers_md(),
        "docs/levers.md is stale: run `cargo run --release -- docs`"
    );
}

#[test]
fn model_md_calibration_table_matches_a_fresh_run() {
    let on_disk =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/model.md")).unwrap();
    assert!(
        on_disk.contains("<!-- calibration:start -->"),
        "docs/model.md lost its calibration markers"
    );
    assert_eq!(
        on_disk,
        hashgrid::docs::model_md(&on_disk),
        "docs/model.md is stale: run `cargo run --release -- docs`"
    );
}
