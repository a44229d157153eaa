//! The outcomes people quote, declared once: the headline totals of a run and the monthly fields an
//! ensemble summarises. Each owns its id (JSON keys, CSV columns), its label and unit (tables, panels), and
//! how it is read from a run, so the ensemble, the story panel and the CLI cannot list them in different
//! orders.

use super::results::{MonthRow, Summary};

/// A headline outcome of a whole run (2020-2023).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Headline {
    ShedNonMining,
    ShedMiners,
    LevyRevenue,
    PeakMining,
    Exodus,
    Retired,
    Seized,
    Imports,
    LoleNonMining,
    ImportBill,
}

impl Headline {
    pub(crate) const ALL: [Headline; 10] = [
        Headline::ShedNonMining,
        Headline::LoleNonMining,
        Headline::ShedMiners,
        Headline::LevyRevenue,
        Headline::PeakMining,
        Headline::Exodus,
        Headline::Retired,
        Headline::Seized,
        Headline::Imports,
        Headline::ImportBill,
    ];

    /// Key in `run` and `ensemble` JSON (the `summary` field of the same name).
    pub(crate) fn id(self) -> &'static str {
        match self {
            Headline::ShedNonMining => "shed_nonmining_gwh",
            Headline::ShedMiners => "shed_miners_gwh",
            Headline::LevyRevenue => "levy_usd_m",
            Headline::PeakMining => "peak_mining_mw",
            Headline::Exodus => "exodus_mw",
            Headline::Retired => "retired_mw",
            Headline::Seized => "seized_mw",
            Headline::Imports => "imports_twh",
            Headline::LoleNonMining => "lole_nonmining_h",
            Headline::ImportBill => "import_bill_usd_m",
        }
    }

    pub(crate) fn label(self) -> &'static str {
        match self {
            Headline::ShedNonMining => "Households + industry shed",
            Headline::ShedMiners => "Miners shed",
            Headline::LevyRevenue => "Levy revenue",
            Headline::PeakMining => "Peak mining load",
            Headline::Exodus => "Relocated abroad",
            Headline::Retired => "Retired in place",
            Headline::Seized => "Seized in raids",
            Headline::Imports => "Imports",
            Headline::LoleNonMining => "Hours with households or industry shed",
            Headline::ImportBill => "Import bill",
        }
    }

    pub(crate) fn unit(self) -> &'static str {
        match self {
            Headline::ShedNonMining | Headline::ShedMiners => "GWh",
            Headline::LevyRevenue | Headline::ImportBill => "million USD",
            Headline::LoleNonMining => "h",
            Headline::PeakMining | Headline::Exodus | Headline::Retired | Headline::Seized => "MW",
            Headline::Imports => "TWh",
        }
    }

    /// "Households + industry shed (GWh)".
    pub(crate) fn label_with_unit(self) -> String {
        format!("{} ({})", self.label(), self.unit())
    }

    pub(crate) fn read(self, s: &Summary) -> f64 {
        match self {
            Headline::ShedNonMining => s.shed_nonmining_gwh,
            Headline::ShedMiners => s.shed_miners_gwh,
            Headline::LevyRevenue => s.levy_usd_m,
            Headline::PeakMining => s.peak_mining_mw,
            Headline::Exodus => s.exodus_mw,
            Headline::Retired => s.retired_mw,
            Headline::Seized => s.seized_mw,
            Headline::Imports => s.imports_twh,
            Headline::LoleNonMining => s.lole_nonmining_h,
            Headline::ImportBill => s.import_bill_usd_m,
        }
    }
}

/// A monthly field that `hashgrid ensemble` reports as P10/P50/P90.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonthlyField {
    Demand,
    Shed,
    Mining,
    White,
    Gray,
    KzShare,
    Levy,
    Exodus,
    Imports,
}

impl MonthlyField {
    pub(crate) const ALL: [MonthlyField; 9] = [
        MonthlyField::Demand,
        MonthlyField::Shed,
        MonthlyField::Mining,
        MonthlyField::White,
        MonthlyField::Gray,
        MonthlyField::KzShare,
        MonthlyField::Levy,
        MonthlyField::Exodus,
        MonthlyField::Imports,
    ];

    /// The `run` JSON key of the same monthly value, used as the ensemble's key and CSV column stem.
    pub(crate) fn id(self) -> &'static str {
        match self {
            MonthlyField::Demand => "demand_twh",
            MonthlyField::Shed => "shed_mwh",
            MonthlyField::Mining => "mining_mw",
            MonthlyField::White => "white_mw",
            MonthlyField::Gray => "gray_mw",
            MonthlyField::KzShare => "kz_share_pct",
            MonthlyField::Levy => "levy_usd",
            MonthlyField::Exodus => "exodus_mw_cum",
            MonthlyField::Imports => "imports_twh",
        }
    }

    pub(crate) fn read(self, r: &MonthRow) -> f64 {
        match self {
            MonthlyField::Demand => r.demand_twh,
            MonthlyField::Shed => r.shed_mwh,
            MonthlyField::Mining => r.mining_mw,
            MonthlyField::White => r.white_mw,
            MonthlyField::Gray => r.gray_mw,
            MonthlyField::KzShare => r.kz_share_pct,
            MonthlyField::Levy => r.levy_usd,
            MonthlyField::Exodus => r.exodus_mw_cum,
            MonthlyField::Imports => r.imports_twh,
        }
    }
}
