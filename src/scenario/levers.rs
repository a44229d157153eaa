//! Every lever of the model, declared once.
//!
//! The `levers!` macro turns each declaration into: a variant of [`L`], an entry in [`LEVERS`] (label, unit,
//! range, default, help, source: what sliders, the CLI and `docs/levers.md` show), and an optional field of
//! [`LeverFile`] (what a preset file may set). Adding a lever is one entry here and its use in the model.

use super::choices::{Choice, LevyScheme, OutageMode, PriorityGroup};
pub use super::lever_words::Group;
use serde::{Deserialize, Serialize};

/// What values a lever takes. Choice and order options are `(id, label)` pairs; ids go in files.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    Number {
        min: f64,
        max: f64,
        step: f64,
        decimals: usize,
    },
    Date {
        min: &'static str,
        max: &'static str,
    },
    Choice(&'static [(&'static str, &'static str)]),
    Order(&'static [(&'static str, &'static str)]),
    Flag,
}

/// A lever's default, written the way a preset file writes it.
#[derive(Clone, Copy, Debug)]
pub enum Def {
    Num(f64),
    Date(&'static str),
    Choice(&'static str),
    Order(&'static [&'static str]),
    Flag(bool),
}

#[derive(Debug)]
pub struct LeverDecl {
    pub lever: L,
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub group: Group,
    pub kind: Kind,
    pub default: Def,
    pub help: &'static str,
    pub source: &'static str,
}

/// A lever value as written in a file, before it is checked against the lever's kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    Num(f64),
    Str(String),
    List(Vec<String>),
    Bool(bool),
}

pub(crate) trait FileValue: Sized {
    fn to_raw(&self) -> Raw;
    fn from_raw(raw: Raw) -> Option<Self>;
}

impl FileValue for f64 {
    fn to_raw(&self) -> Raw {
        Raw::Num(*self)
    }
    fn from_raw(raw: Raw) -> Option<Self> {
        match raw {
            Raw::Num(v) => Some(v),
            _ => None,
        }
    }
}

impl FileValue for String {
    fn to_raw(&self) -> Raw {
        Raw::Str(self.clone())
    }
    fn from_raw(raw: Raw) -> Option<Self> {
        match raw {
            Raw::Str(v) => Some(v),
            _ => None,
        }
    }
}

impl FileValue for Vec<String> {
    fn to_raw(&self) -> Raw {
        Raw::List(self.clone())
    }
    fn from_raw(raw: Raw) -> Option<Self> {
        match raw {
            Raw::List(v) => Some(v),
            _ => None,
        }
    }
}

impl FileValue for bool {
    fn to_raw(&self) -> Raw {
        Raw::Bool(*self)
    }
    fn from_raw(raw: Raw) -> Option<Self> {
        match raw {
            Raw::Bool(v) => Some(v),
            _ => None,
        }
    }
}

const DATE_MIN: &str = "2020-01-01";
/// The last simulated day: a date lever is a day of the run, or "never".
const DATE_MAX: &str = "2023-12-31";

macro_rules! levers {
    ($( $var:ident / $field:ident : $ty:ty = { $($body:tt)* } ),* $(,)?) => {
        /// Lever identifiers, in declaration order (also the index into [`LEVERS`]).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum L { $($var,)* }

        pub static LEVERS: &[LeverDecl] = &[ $( LeverDecl { lever: L::$var, id: stringify!($field), $($body)* }, )* ];

        /// The `levers: (...)` block of a preset file. Every field is optional: a lever left out takes its
        /// declared default. Unknown names are rejected with their line and column.
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct LeverFile {
            $(
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
        }

        impl LeverFile {
            /// The value a file gives `lever`, if any.
            pub fn get(&self, lever: L) -> Option<Raw> {
                match lever { $( L::$var => self.$field.as_ref().map(FileValue::to_raw), )* }
            }

            /// Sets (or, with a `Raw` of the wrong type, clears) the value for `lever`.
            pub fn set(&mut self, lever: L, raw: Raw) {
                match lever { $( L::$var => self.$field = FileValue::from_raw(raw), )* }
            }
        }
    };
}

levers! {
    MinerTariff / miner_tariff: f64 = {
        label: "Miners' power price", unit: "USD/kWh", group: Group::TariffsLevy,
        kind: Kind::Number { min: 0.015, max: 0.12, step: 0.001, decimals: 3 }, default: Def::Num(0.040),
        help: "What registered miners pay per kWh before the levy. Raising it cuts their margin, so fewer arrive and more leave.",
        source: "About 0.04 USD/kWh in 2021 (Coin Idol, Jul 2021); hosted 0.03-0.043 (HASHR8, Dec 2020)",
    },
    LevyRate / levy_rate: f64 = {
        label: "Mining levy (flat)", unit: "KZT/kWh", group: Group::TariffsLevy,
        kind: Kind::Number { min: 0.0, max: 30.0, step: 0.5, decimals: 1 }, default: Def::Num(1.0),
        help: "Surcharge per kWh that registered miners pay on top of their power price, from the levy start date. Gray miners pay none.",
        source: "Tax Code amendment of mid-2021: 1 KZT/kWh from 1 Jan 2022 (CoinYuppie Jan 2022; Rest of World Mar 2022)",
    },
    LevyStart / levy_start: String = {
        label: "Levy from", unit: "", group: Group::TariffsLevy,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-01-01"),
        help: "First day the flat levy is charged.",
        source: "In force 1 Jan 2022 (azizovpartners.kz)",
    },
    LevyScheme / levy_scheme: String = {
        label: "Levy scheme", unit: "", group: Group::TariffsLevy,
        kind: Kind::Choice(LevyScheme::OPTIONS),
        default: Def::Choice("progressive"),
        help: "Progressive: from its start date the fee depends on the miner's average power price, 1 KZT/kWh for expensive power up to 25 KZT/kWh for the cheapest.",
        source: "Law 135-VII of 11 Jul 2022, Tax Code art. 606-3 (orbitax; kapital.kz); middle brackets from the May 2022 draft",
    },
    ProgressiveStart / progressive_start: String = {
        label: "Progressive scale from", unit: "", group: Group::TariffsLevy,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2023-01-01"),
        help: "First day the progressive scale replaces the flat levy (when the scheme is progressive).",
        source: "In force 1 Jan 2023 (rosaonline; bestnews.kz)",
    },
    CapNewMw / cap_new_mw: f64 = {
        label: "Cap on new registered mining", unit: "MW", group: Group::CapsRationing,
        kind: Kind::Number { min: 0.0, max: 3000.0, step: 10.0, decimals: 0 }, default: Def::Num(100.0),
        help: "Nationwide limit on newly registered mining capacity after the cap date. What the cap refuses partly goes gray, partly goes elsewhere.",
        source: "Energy Ministry draft order, 1 Oct 2021: 100 MW nationwide, 1 MW per new miner (CoinDesk 22 Oct 2021)",
    },
    CapStart / cap_start: String = {
        label: "Cap from", unit: "", group: Group::CapsRationing,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2021-10-01"),
        help: "Date the cap on new registered capacity takes effect. One source dates it a year later (Oct 2022); the primary reports say Oct 2021.",
        source: "CoinDesk 22 Oct 2021; seekingalpha 22 Oct 2021",
    },
    RationingStart / rationing_start: String = {
        label: "Priority rationing from", unit: "", group: Group::CapsRationing,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2021-10-13"),
        help: "From this date, when supply runs short the grid operator cuts consumers in the priority order below. Before it, shortages fall on everyone in proportion.",
        source: "First cuts to miners 13 Oct 2021 (Rest of World, Mar 2022); rationing from Sep 2021 (CoinDesk 2 Dec 2021)",
    },
    Priority / priority: Vec<String> = {
        label: "Who is cut first", unit: "", group: Group::CapsRationing,
        kind: Kind::Order(PriorityGroup::OPTIONS), default: Def::Order(&["white_miners", "industry", "households"]),
        help: "Order in which load is shed when supply is short. Gray miners cannot be singled out: they are shed with the industry feeders they hide in.",
        source: "KEGOC practice 2021-22: registered miners first, then large industry, households last (CALIBRATION.md 3.2)",
    },
    MinerLimitMw / miner_limit_mw: f64 = {
        label: "Supply limit for registered miners", unit: "MW", group: Group::CapsRationing,
        kind: Kind::Number { min: 0.0, max: 3000.0, step: 10.0, decimals: 0 }, default: Def::Num(380.0),
        help: "Most power the grid operator lets all registered miners draw together, from the limit date.",
        source: "KEGOC introduced 380 MW of limits for digital miners, Feb 2022 (primeminister.kz)",
    },
    MinerLimitStart / miner_limit_start: String = {
        label: "Supply limit from", unit: "", group: Group::CapsRationing,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-02-20"),
        help: "First day of the supply limit for registered miners.",
        source: "Announced with the 16-20 Feb 2022 raids (trend.az 21 Feb 2022; primeminister.kz)",
    },
    HoursFrom / hours_from: f64 = {
        label: "Miners allowed from hour", unit: "h", group: Group::CapsRationing,
        kind: Kind::Number { min: 0.0, max: 23.0, step: 1.0, decimals: 0 }, default: Def::Num(0.0),
        help: "Time-of-day rule for registered miners: first hour of the day they may run (local time). 0 to 24 means no rule, and so do equal hours (5 to 5: all 24 hours; a file that sets them gets a warning). A start after the end wraps past midnight: 22 to 6 means 22:00-06:00.",
        source: "Enegix ran only 00:00-08:00 and weekends in 2022 (MIT Technology Review, Jan 2023); a what-if lever",
    },
    HoursTo / hours_to: f64 = {
        label: "Miners allowed until hour", unit: "h", group: Group::CapsRationing,
        kind: Kind::Number { min: 1.0, max: 24.0, step: 1.0, decimals: 0 }, default: Def::Num(24.0),
        help: "Hour at which registered miners must stop (exclusive). 8 with 'from 0' means midnight to 08:00.",
        source: "As above",
    },
    WeekendsFree / weekends_free: bool = {
        label: "Miners run all weekend", unit: "", group: Group::CapsRationing,
        kind: Kind::Flag, default: Def::Flag(true),
        help: "When on, the time-of-day rule does not apply on Saturdays and Sundays.",
        source: "As above",
    },
    HoursRuleStart / hours_rule_start: String = {
        label: "Time-of-day rule from", unit: "", group: Group::CapsRationing,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-02-08"),
        help: "First day the time-of-day rule applies.",
        source: "Assumption: after the Feb 2022 presidential order on miners",
    },
    DisconnectStart / disconnect_start: String = {
        label: "Blanket disconnection from", unit: "", group: Group::CapsRationing,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-01-24"),
        help: "All registered miners are cut off from this day to the end date (inclusive). \"Never\" switches it off.",
        source: "KEGOC cut all miners 24 Jan-7 Feb 2022 (CoinDesk; Forklog)",
    },
    DisconnectEnd / disconnect_end: String = {
        label: "Blanket disconnection until", unit: "", group: Group::CapsRationing,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-02-07"),
        help: "Last day of the blanket disconnection (inclusive). \"Never\" means it does not end.",
        source: "As above",
    },
    OutageMode / outage_mode: String = {
        label: "Plant outages", unit: "", group: Group::PlantsOutages,
        kind: Kind::Choice(OutageMode::OPTIONS),
        default: Def::Choice("expected"),
        help: "Expected value: shortages averaged over every possible pattern of plant breakdowns (the capacity-outage probability table of adequacy studies). Drawn: one possible history, each unit failing and being repaired at random, reproducibly for a given seed.",
        source: "Model design (MODEL.md 3; Billinton & Allan, Reliability Evaluation of Power Systems, ch. 2)",
    },
    ForcedOutageRate / forced_outage_rate: f64 = {
        label: "Forced-outage rate, 2020", unit: "%", group: Group::PlantsOutages,
        kind: Kind::Number { min: 0.0, max: 40.0, step: 0.1, decimals: 1 }, default: Def::Num(7.8),
        help: "Share of time a thermal unit is broken down in 2020. Later years follow the documented growth of outage durations (see the next lever).",
        source: "Calibrated to one target: expected domestic generation at the 7 Dec 2022 peak hour, 15,203 MW (KEGOC via gazeta.uz)",
    },
    OutageGrowthPct / outage_growth_pct: f64 = {
        label: "Outage growth", unit: "% of record", group: Group::PlantsOutages,
        kind: Kind::Number { min: 0.0, max: 300.0, step: 5.0, decimals: 0 }, default: Def::Num(100.0),
        help: "How much of the documented rise in outage durations applies: 100 % = x1.25 in 2021 and x1.45 from 2022 on the 2020 rate; 0 % = the fleet stays as it was in 2020; 200 % = the rise twice as steep.",
        source: "KEGOC release 155619: emergency outage duration +25 % in 2021; Qazaq Green: +16 % in 2022 (assets/outage_growth.csv)",
    },
    RepairDays / repair_days: f64 = {
        label: "Mean repair time", unit: "days", group: Group::PlantsOutages,
        kind: Kind::Number { min: 1.0, max: 90.0, step: 1.0, decimals: 0 }, default: Def::Num(10.0),
        help: "Average days a broken unit stays down (drawn mode).",
        source: "Assumption",
    },
    ExtraUnitsDown / extra_units_down: f64 = {
        label: "Extra Ekibastuz 500 MW units down", unit: "units", group: Group::PlantsOutages,
        kind: Kind::Number { min: 0.0, max: 10.0, step: 1.0, decimals: 0 }, default: Def::Num(0.0),
        help: "What-if: this many more 500 MW Ekibastuz units out of service from the date below. Together with the preset's own Ekibastuz outages no more than the 10 units that exist can be out.",
        source: "What-if lever; the documented outages of Oct 2021 and Oct 2022 are in the preset's outage list",
    },
    ExtraOutageStart / extra_outage_start: String = {
        label: "Extra outage from", unit: "", group: Group::PlantsOutages,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2021-10-14"),
        help: "First day of the extra outage.",
        source: "Default: the day two 500 MW units tripped in 2021 (KEGOC release 155626)",
    },
    ExtraOutageDays / extra_outage_days: f64 = {
        label: "Extra outage length", unit: "days", group: Group::PlantsOutages,
        kind: Kind::Number { min: 0.0, max: 730.0, step: 1.0, decimals: 0 }, default: Def::Num(30.0),
        help: "How long the extra units stay down.",
        source: "What-if lever",
    },
    NewCapacityMw / new_capacity_mw: f64 = {
        label: "New generating capacity", unit: "MW", group: Group::PlantsOutages,
        kind: Kind::Number { min: 0.0, max: 5000.0, step: 100.0, decimals: 0 }, default: Def::Num(0.0),
        help: "What-if: modern gas-fired capacity added from the date below (available like the existing gas fleet).",
        source: "Analysts in 2022: the grid needed 2-3 GW of new capacity (Rest of World, Mar 2022)",
    },
    NewCapacityStart / new_capacity_start: String = {
        label: "New capacity from", unit: "", group: Group::PlantsOutages,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2021-01-01"),
        help: "Date the new capacity comes on line.",
        source: "What-if lever",
    },
    ReserveMw / reserve_mw: f64 = {
        label: "Operating reserve held", unit: "MW", group: Group::PlantsOutages,
        kind: Kind::Number { min: 0.0, max: 2000.0, step: 50.0, decimals: 0 }, default: Def::Num(500.0),
        help: "Capacity kept spinning and not used to serve load: at least the largest unit.",
        source: "Largest unit: 500 MW at Ekibastuz (MODEL.md 3)",
    },
    CoalStockMt / coal_stock_mt: f64 = {
        label: "Coal stock at plants, start", unit: "Mt", group: Group::CoalImports,
        kind: Kind::Number { min: 0.0, max: 8.0, step: 0.1, decimals: 1 }, default: Def::Num(3.5),
        help: "Coal held at power and heat plants on 1 Jan 2020. With normal deliveries a low stock is rebuilt towards the norm; it matters when deliveries fall short.",
        source: "3.5 Mt at plants in autumn 2021 (Energy Minister, liter.kz); assumed also for the start",
    },
    CoalDeliveryPct / coal_delivery_pct: f64 = {
        label: "Coal deliveries", unit: "% of need", group: Group::CoalImports,
        kind: Kind::Number { min: 0.0, max: 100.0, step: 1.0, decimals: 0 }, default: Def::Num(100.0),
        help: "Deliveries between the two dates below, as a share of what the plants need: what they would burn with coal enough. Under 100 % the stock runs down; as it nears the minimum, coal output is cut smoothly to what arrives. Outside the dates deliveries are normal and rebuild the stock.",
        source: "What-if lever; below-norm stocks at several plants in autumn 2022 (ehonews.kz)",
    },
    CoalDeliveryStart / coal_delivery_start: String = {
        label: "Coal deliveries from", unit: "", group: Group::CoalImports,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-09-01"),
        help: "First day of the delivery shortfall above.",
        source: "Default: the autumn-2022 stock problem (ehonews.kz; kz24.news)",
    },
    CoalDeliveryEnd / coal_delivery_end: String = {
        label: "Coal deliveries until", unit: "", group: Group::CoalImports,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("never"),
        help: "Last day of the delivery shortfall (inclusive). \"Never\" means it lasts to the end of the run.",
        source: "What-if lever",
    },
    CoalMinDays / coal_min_days: f64 = {
        label: "Minimum coal stock", unit: "days", group: Group::CoalImports,
        kind: Kind::Number { min: 2.0, max: 30.0, step: 1.0, decimals: 0 }, default: Def::Num(7.0),
        help: "When deliveries fall short, plants keep burning from stock until it nears this many days of their burn, then cut coal output smoothly towards what arrives.",
        source: "Plant norms 10-20 days; stocks fell to 7-17 days in 2022 (ehonews.kz); threshold is an assumption",
    },
    ImportLimitPct / import_limit_pct: f64 = {
        label: "Import limit", unit: "% of record", group: Group::CoalImports,
        kind: Kind::Number { min: 0.0, max: 300.0, step: 5.0, decimals: 0 }, default: Def::Num(100.0),
        help: "Imports from Russia: scales the most power imports can supply in any hour before load is shed: 100 % = the documented 600 MW to Sep 2022 and 1,300 MW from Oct 2022; 0 % = no imports.",
        source: "Inter RAO up to 600 MW, winter 2021/22 (FT via coinfox; TASS); 1,256 MW at the 7 Dec 2022 peak (KEGOC via gazeta.uz); assets/import_limit.csv",
    },
    BtcPriceMult / btc_price_mult: f64 = {
        label: "Bitcoin revenue multiplier", unit: "x", group: Group::MinersMarket,
        kind: Kind::Number { min: 0.25, max: 4.0, step: 0.05, decimals: 2 }, default: Def::Num(1.0),
        help: "Scales the recorded hashprice (revenue per TH/s per day). 0.5 = what if bitcoin had been worth half.",
        source: "Hashprice from blockchain.com revenue / hash rate, monthly (btc_monthly.csv)",
    },
    InitialMiningMw / initial_mining_mw: f64 = {
        label: "Mining load at start", unit: "MW", group: Group::MinersMarket,
        kind: Kind::Number { min: 0.0, max: 3000.0, step: 10.0, decimals: 0 }, default: Def::Num(210.0),
        help: "Mining capacity in Kazakhstan in January 2020. New capacity grows from it when margins are good.",
        source: "Derived: CBECI Jan 2020 3.81 EH/s at 55 J/TH (cbeci_kazakhstan.csv)",
    },
    ChinaPoolMw / china_pool_mw: f64 = {
        label: "Capacity pushed out of China", unit: "MW", group: Group::MinersMarket,
        kind: Kind::Number { min: 0.0, max: 8000.0, step: 100.0, decimals: 0 }, default: Def::Num(4000.0),
        help: "Mining capacity displaced by China's 2021 ban that looks for a new home between May and Sep 2021.",
        source: "Derived: China 46 % of 157 EH/s (CBECI Apr 2021) at 55 J/TH = ~4 GW",
    },
    FleetEfficiency / fleet_efficiency: f64 = {
        label: "Fleet efficiency", unit: "J/TH", group: Group::MinersMarket,
        kind: Kind::Number { min: 36.0, max: 90.0, step: 1.0, decimals: 0 }, default: Def::Num(55.0),
        help: "Average energy per terahash of Kazakhstan's mining fleet (old and new rigs mixed). Lower = more hashrate per MW.",
        source: "Derived ~54-55 J/TH: Hashrate Index MW vs CBECI EH/s, 2021 (cbeci_kazakhstan.csv)",
    },
    GrayEnforcement / gray_enforcement: f64 = {
        label: "Gray-mining detection", unit: "%/month", group: Group::MinersMarket,
        kind: Kind::Number { min: 0.0, max: 50.0, step: 0.5, decimals: 1 }, default: Def::Num(1.0),
        help: "Share of unregistered capacity found and stopped each month before the crackdown.",
        source: "Assumption (little enforcement was reported before 2022)",
    },
    CrackdownRate / crackdown_rate: f64 = {
        label: "Detection during crackdown", unit: "%/month", group: Group::MinersMarket,
        kind: Kind::Number { min: 0.0, max: 80.0, step: 1.0, decimals: 0 }, default: Def::Num(5.0),
        help: "Share of gray capacity found each month from the crackdown date.",
        source: "202 MW stopped 16-20 Feb 2022; 106 enterprises closed and >67,000 devices seized in 2022 (trend.az; AFM)",
    },
    CrackdownStart / crackdown_start: String = {
        label: "Crackdown from", unit: "", group: Group::MinersMarket,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-02-16"),
        help: "Start of the crackdown on unregistered miners.",
        source: "Raids 16-20 Feb 2022 (trend.az 21 Feb 2022)",
    },
    DestUsPct / dest_us_pct: f64 = {
        label: "Leavers going to the US", unit: "%", group: Group::MinersMarket,
        kind: Kind::Number { min: 0.0, max: 100.0, step: 1.0, decimals: 0 }, default: Def::Num(55.0),
        help: "Share of relocating capacity that goes to the United States.",
        source: "Assumption: large firms went to the US (BitFuFu, BIT Mining), smaller ones to Russia (Rest of World)",
    },
    DestRussiaPct / dest_russia_pct: f64 = {
        label: "Leavers going to Russia", unit: "%", group: Group::MinersMarket,
        kind: Kind::Number { min: 0.0, max: 100.0, step: 1.0, decimals: 0 }, default: Def::Num(30.0),
        help: "Share of relocating capacity that goes to Russia; the rest (after the US) goes elsewhere.",
        source: "Assumption (as above)",
    },
    BanStart / ban_start: String = {
        label: "Mining ban from", unit: "", group: Group::MinersMarket,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("never"),
        help: "What-if: from this date mining is banned, as China did in 2021. No new capacity arrives, registered miners are disconnected, and gray miners are hunted at the crackdown rate. The default, never, means no ban.",
        source: "What-if lever; China's 2021 ban (Coin Idol, Jul 2021; Rest of World, Mar 2022)",
    },
    ShutdownStart / shutdown_start: String = {
        label: "Internet shutdown from", unit: "", group: Group::MinersMarket,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-01-05"),
        help: "All miners are offline from this day to the end date (inclusive).",
        source: "Nationwide internet shutdown 5-10 Jan 2022; global hashrate fell ~12 % (CoinYuppie; CoinDesk)",
    },
    ShutdownEnd / shutdown_end: String = {
        label: "Internet shutdown until", unit: "", group: Group::MinersMarket,
        kind: Kind::Date { min: DATE_MIN, max: DATE_MAX }, default: Def::Date("2022-01-09"),
        help: "Last full day offline (inclusive). \"Never\" means it does not end.",
        source: "Internet largely back 10 Jan 2022 (coingeek)",
    },
    DemandGrowth / demand_growth: f64 = {
        label: "Non-mining demand growth", unit: "%/yr", group: Group::Scenario,
        kind: Kind::Number { min: -5.0, max: 10.0, step: 0.1, decimals: 1 }, default: Def::Num(2.0),
        help: "Yearly growth of households' and industry's electricity use from the 2019 level.",
        source: "Historic 1-2 %/yr (Energy Ministry, Sep-Nov 2021)",
    },
    ColdSnap / cold_snap: f64 = {
        label: "Winter demand multiplier", unit: "x", group: Group::Scenario,
        kind: Kind::Number { min: 0.9, max: 1.3, step: 0.01, decimals: 2 }, default: Def::Num(1.0),
        help: "Scales non-mining demand in December, January and February: 1.05 = a winter 5 % colder-driven than normal.",
        source: "What-if lever; Dec 2023 cold snap raised daily use to 364.85 GWh (KOREM via kursiv.media)",
    },
    Seed / seed: f64 = {
        label: "Random seed", unit: "", group: Group::Scenario,
        kind: Kind::Number { min: 0.0, max: 1.0e9, step: 1.0, decimals: 0 }, default: Def::Num(1.0),
        help: "Seed for drawn outages. The same scenario and seed always give the same run.",
        source: "Model design",
    },
}

impl L {
    pub(crate) fn decl(self) -> &'static LeverDecl {
        &LEVERS[self as usize]
    }

    pub(crate) fn by_id(id: &str) -> Option<L> {
        LEVERS.iter().find(|d| d.id == id).map(|d| d.lever)
    }
}
