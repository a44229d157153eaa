//! The bundled data files, embedded with `include_str!` so the binary runs from any directory.

use super::{DataError, Table};

/// Every bundled data file, by name, so docs and tests can list them.
pub(crate) const FILES: &[(&str, &str)] = &[
    (
        "assumptions.csv",
        include_str!("../../assets/assumptions.csv"),
    ),
    (
        "btc_monthly.csv",
        include_str!("../../assets/btc_monthly.csv"),
    ),
    (
        "cbeci_kazakhstan.csv",
        include_str!("../../assets/cbeci_kazakhstan.csv"),
    ),
    (
        "kz_power_annual.csv",
        include_str!("../../assets/kz_power_annual.csv"),
    ),
    (
        "kz_capacity_by_fuel.csv",
        include_str!("../../assets/kz_capacity_by_fuel.csv"),
    ),
    (
        "kz_monthly_demand_korem.csv",
        include_str!("../../assets/kz_monthly_demand_korem.csv"),
    ),
    (
        "kz_trade_monthly.csv",
        include_str!("../../assets/kz_trade_monthly.csv"),
    ),
    ("kzt_usd.csv", include_str!("../../assets/kzt_usd.csv")),
    (
        "levy_progressive_2023.csv",
        include_str!("../../assets/levy_progressive_2023.csv"),
    ),
    (
        "hourly_shapes.csv",
        include_str!("../../assets/hourly_shapes.csv"),
    ),
    (
        "monthly_shapes.csv",
        include_str!("../../assets/monthly_shapes.csv"),
    ),
    (
        "kegoc_capacity.csv",
        include_str!("../../assets/kegoc_capacity.csv"),
    ),
    ("fleet.csv", include_str!("../../assets/fleet.csv")),
    (
        "outage_growth.csv",
        include_str!("../../assets/outage_growth.csv"),
    ),
    (
        "import_limit.csv",
        include_str!("../../assets/import_limit.csv"),
    ),
    ("events.csv", include_str!("../../assets/events.csv")),
    (
        "arrival_vintage.csv",
        include_str!("../../assets/arrival_vintage.csv"),
    ),
    (
        "asic_specs.csv",
        include_str!("../../assets/asic_specs.csv"),
    ),
];

pub(super) fn file(name: &'static str) -> Result<Table, DataError> {
    let text = FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .ok_or(DataError {
            file: name,
            msg: "not bundled".into(),
        })?;
    Table::parse(name, text)
}
