//! Scenarios: the lever values of one what-if, plus the list of documented unit outages, and their files.

pub(crate) mod checks;
pub(crate) mod choices;
pub mod file;
pub(crate) mod in_force;
mod lever_words;
pub(crate) mod levers;
pub(crate) mod uncertain;

pub use choices::{Choice, LevyScheme, OutageMode, PriorityGroup};
use chrono::NaiveDate;
pub use lever_words::option_text;
pub use levers::{Def, Group, Kind, L, LEVERS, LeverDecl, LeverFile, Raw};
use serde::{Deserialize, Serialize};

/// A checked lever value. Choices and orders hold option indices; build them with [`Value::choice`] and
/// [`Value::order`] from the option enums rather than by number.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Num(f64),
    /// A date, or `None` for "never" (the schedule it starts is off).
    Date(Option<NaiveDate>),
    Choice(usize),
    Order(Vec<usize>),
    Flag(bool),
}

impl Value {
    pub fn choice<C: Choice>(c: C) -> Value {
        Value::Choice(c.index())
    }
}

/// A documented (or what-if) outage of named units, e.g. the 14 Oct 2021 Ekibastuz trips.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedOutage {
    pub label: String,
    pub units: u32,
    pub unit_mw: f64,
    pub start: NaiveDate,
    pub days: u32,
    pub source: String,
    /// Fleet class the units belong to (`class` in `assets/fleet.csv`, e.g. "ekibastuz"). Such an outage takes
    /// that many units of the class out of the outage table, so a unit already broken down is not counted
    /// twice; an outage without a class (a boiler, a unit the fleet list does not name) is subtracted as MW.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
}

impl NamedOutage {
    pub(crate) fn mw(&self) -> f64 {
        self.units as f64 * self.unit_mw
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    values: Vec<Value>,
    pub outages: Vec<NamedOutage>,
}

pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// How files and `--set` write a date lever that is off.
pub(crate) const NEVER: &str = "never";

/// A date lever's text: `Some(Some(date))`, `Some(None)` for "never", `None` when it is neither.
pub(crate) fn parse_when(s: &str) -> Option<Option<NaiveDate>> {
    if s.trim().eq_ignore_ascii_case(NEVER) {
        Some(None)
    } else {
        parse_date(s).map(Some)
    }
}

fn default_value(d: &LeverDecl) -> Value {
    match (d.default, d.kind) {
        (Def::Num(v), _) => Value::Num(v),
        (Def::Date(s), _) => Value::Date(parse_when(s).expect("declared default date is valid")),
        (Def::Choice(c), Kind::Choice(opts)) => Value::Choice(
            opts.iter()
                .position(|o| o.0 == c)
                .expect("declared default choice exists"),
        ),
        (Def::Order(ids), Kind::Order(opts)) => Value::Order(
            ids.iter()
                .map(|id| {
                    opts.iter()
                        .position(|o| o.0 == *id)
                        .expect("declared default order entry exists")
                })
                .collect(),
        ),
        (Def::Flag(b), _) => Value::Flag(b),
        _ => unreachable!(
            "lever {} declares a default that does not fit its kind",
            d.id
        ),
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            values: LEVERS.iter().map(default_value).collect(),
            outages: Vec::new(),
        }
    }
}

impl Scenario {
    pub(crate) fn get(&self, l: L) -> &Value {
        &self.values[l as usize]
    }

    pub fn num(&self, l: L) -> f64 {
        match self.get(l) {
            Value::Num(v) => *v,
            other => unreachable!("lever {:?} is not a number: {other:?}", l),
        }
    }

    /// A date lever's value; `None` means never (the schedule is off).
    pub fn date(&self, l: L) -> Option<NaiveDate> {
        match self.get(l) {
            Value::Date(v) => *v,
            other => unreachable!("lever {:?} is not a date: {other:?}", l),
        }
    }

    /// The option a choice lever is set to, as its enum (`s.choice::<OutageMode>(L::OutageMode)`).
    pub fn choice<C: Choice>(&self, l: L) -> C {
        match self.get(l) {
            Value::Choice(i) => {
                C::from_index(*i).unwrap_or_else(|| unreachable!("lever {l:?} has no option {i}"))
            }
            other => unreachable!("lever {l:?} is not a choice: {other:?}"),
        }
    }

    /// An order lever's entries, first cut first, as the enum of its options.
    pub(crate) fn order<C: Choice>(&self, l: L) -> Vec<C> {
        match self.get(l) {
            Value::Order(v) => v.iter().filter_map(|&i| C::from_index(i)).collect(),
            other => unreachable!("lever {l:?} is not an order: {other:?}"),
        }
    }

    /// An order lever's entries as option indices (for widgets that reorder them).
    pub(crate) fn order_indices(&self, l: L) -> &[usize] {
        match self.get(l) {
            Value::Order(v) => v,
            other => unreachable!("lever {l:?} is not an order: {other:?}"),
        }
    }

    pub(crate) fn flag(&self, l: L) -> bool {
        match self.get(l) {
            Value::Flag(v) => *v,
            other => unreachable!("lever {:?} is not a flag: {other:?}", l),
        }
    }

    /// Sets a value of the right kind, clamping numbers and dates into range. Returns a warning when clamped.
    pub fn set(&mut self, l: L, v: Value) -> Option<String> {
        let d = l.decl();
        let (v, warn) = match (v, d.kind) {
            (Value::Num(x), Kind::Number { min, max, .. }) => {
                if !x.is_finite() {
                    (
                        Value::Num(min),
                        Some(msg(
                            "scen-not-number",
                            &[
                                ("id", d.id),
                                ("value", &x.to_string()),
                                ("min", &min.to_string()),
                            ],
                        )),
                    )
                } else if x < min || x > max {
                    let c = x.clamp(min, max);
                    (
                        Value::Num(c),
                        Some(msg(
                            "scen-clamped",
                            &[
                                ("id", d.id),
                                ("value", &crate::format::short_num(x)),
                                ("min", &min.to_string()),
                                ("max", &max.to_string()),
                                ("unit", &d.unit_text()),
                                ("clamped", &c.to_string()),
                            ],
                        )),
                    )
                } else {
                    (Value::Num(x), None)
                }
            }
            (Value::Date(Some(x)), Kind::Date { min, max }) => {
                let lo = parse_date(min).expect("valid");
                let hi = parse_date(max).expect("valid");
                if x < lo || x > hi {
                    let c = x.clamp(lo, hi);
                    (
                        Value::Date(Some(c)),
                        Some(msg(
                            "scen-date-clamped",
                            &[
                                ("id", d.id),
                                ("value", &x.to_string()),
                                ("min", min),
                                ("max", max),
                                ("clamped", &c.to_string()),
                            ],
                        )),
                    )
                } else {
                    (Value::Date(Some(x)), None)
                }
            }
            (v @ Value::Date(None), Kind::Date { .. }) => (v, None),
            (v @ Value::Choice(_), Kind::Choice(_))
            | (v @ Value::Order(_), Kind::Order(_))
            | (v @ Value::Flag(_), Kind::Flag) => (v, None),
            (v, _) => unreachable!("value {v:?} does not fit lever {}", d.id),
        };
        self.values[l as usize] = v;
        warn
    }

    /// Checks a value written in a file or on the command line. `Err` = unusable (the scenario is unchanged);
    /// `Ok(Some(w))` = used after clamping.
    pub(crate) fn apply_raw(&mut self, l: L, raw: Raw) -> Result<Option<String>, String> {
        let d = l.decl();
        let v = match (d.kind, raw) {
            (Kind::Number { min, max, .. }, Raw::Num(x)) if !x.is_finite() => {
                return Err(msg(
                    "scen-unusable-number",
                    &[
                        ("id", d.id),
                        ("value", &x.to_string()),
                        ("min", &min.to_string()),
                        ("max", &max.to_string()),
                    ],
                ));
            }
            (Kind::Number { .. }, Raw::Num(x)) => Value::Num(x),
            (Kind::Date { min, max }, Raw::Str(s)) => {
                Value::Date(parse_when(&s).ok_or_else(|| {
                    msg(
                        "scen-not-date",
                        &[
                            ("id", d.id),
                            ("value", &crate::format::short_text(&s, 40)),
                            ("min", min),
                            ("max", max),
                        ],
                    )
                })?)
            }
            (Kind::Choice(opts), Raw::Str(s)) => Value::Choice(
                opts.iter()
                    .position(|o| o.0 == s)
                    .ok_or_else(|| not_one_of(d.id, &s, opts))?,
            ),
            (Kind::Order(opts), Raw::List(items)) => {
                let mut idx = Vec::new();
                for s in &items {
                    let i = opts
                        .iter()
                        .position(|o| o.0 == s)
                        .ok_or_else(|| not_one_of(d.id, s, opts))?;
                    if idx.contains(&i) {
                        return Err(msg("scen-twice", &[("id", d.id), ("value", opts[i].0)]));
                    }
                    idx.push(i);
                }
                if idx.len() != opts.len() {
                    let all = opts.iter().map(|o| o.0).collect::<Vec<_>>().join(", ");
                    return Err(msg("scen-list-all", &[("id", d.id), ("options", &all)]));
                }
                Value::Order(idx)
            }
            (Kind::Flag, Raw::Bool(b)) => Value::Flag(b),
            (kind, raw) => {
                return Err(msg(
                    "scen-wrong-kind",
                    &[
                        ("id", d.id),
                        ("expected", &crate::i18n::t(kind_name(kind))),
                        ("found", &crate::i18n::t(raw_name(&raw))),
                    ],
                ));
            }
        };
        Ok(self.set(l, v))
    }

    /// Parses `text` as a value for lever `id`, as typed on the command line (`--set levy_rate=10`).
    pub fn set_from_str(&mut self, id: &str, text: &str) -> Result<Option<String>, String> {
        let l = L::by_id(id).ok_or_else(|| {
            msg(
                "scen-unknown-lever",
                &[("id", &crate::format::short_text(id, 40))],
            )
        })?;
        let text = text.trim();
        let shown = crate::format::short_text(text, 40);
        let raw = match l.decl().kind {
            Kind::Number { .. } => Raw::Num(
                text.parse()
                    .map_err(|_| msg("scen-text-not-number", &[("id", id), ("value", &shown)]))?,
            ),
            Kind::Date { .. } | Kind::Choice(_) => Raw::Str(text.to_string()),
            Kind::Order(_) => Raw::List(text.split(',').map(|s| s.trim().to_string()).collect()),
            Kind::Flag => Raw::Bool(match text {
                "true" | "on" | "yes" | "1" => true,
                "false" | "off" | "no" | "0" => false,
                _ => return Err(msg("scen-not-bool", &[("id", id), ("value", &shown)])),
            }),
        };
        self.apply_raw(l, raw)
    }

    pub(crate) fn to_raw(&self, l: L) -> Raw {
        match (self.get(l), l.decl().kind) {
            (Value::Num(x), _) => Raw::Num(*x),
            (Value::Date(Some(d)), _) => Raw::Str(d.format("%Y-%m-%d").to_string()),
            (Value::Date(None), _) => Raw::Str(NEVER.to_string()),
            (Value::Choice(i), Kind::Choice(opts)) => Raw::Str(opts[*i].0.to_string()),
            (Value::Order(v), Kind::Order(opts)) => {
                Raw::List(v.iter().map(|i| opts[*i].0.to_string()).collect())
            }
            (Value::Flag(b), _) => Raw::Bool(*b),
            (v, _) => unreachable!("value {v:?} does not fit lever {}", l.decl().id),
        }
    }

    /// Every lever, written out (files always record the full scenario so they survive changed defaults).
    pub(crate) fn to_lever_file(&self) -> LeverFile {
        let mut f = LeverFile::default();
        for d in LEVERS {
            f.set(d.lever, self.to_raw(d.lever));
        }
        f
    }

    /// Human-readable value with unit, for tables, subtitles and the "what differs" panel.
    pub(crate) fn display(&self, l: L) -> String {
        let d = l.decl();
        match (self.get(l), d.kind) {
            (Value::Num(x), Kind::Number { decimals, .. }) => {
                let v = crate::format::fixed(*x, decimals);
                if d.unit.is_empty() {
                    v
                } else {
                    format!("{v}\u{a0}{}", d.unit_text())
                }
            }
            (Value::Date(Some(dt)), _) => crate::format::date(*dt),
            (Value::Date(None), _) => crate::i18n::t("value-never"),
            (Value::Choice(i), Kind::Choice(opts)) => lever_words::option_text(opts[*i].0),
            (Value::Order(v), Kind::Order(opts)) => v
                .iter()
                .map(|i| lever_words::option_short(opts[*i].0))
                .collect::<Vec<_>>()
                .join(" > "),
            (Value::Flag(b), _) => crate::i18n::t(if *b { "value-on" } else { "value-off" }),
            _ => String::new(),
        }
    }

    /// Settings that are valid but easy to misread, said in words (printed as warnings where a scenario is
    /// loaded or changed on the command line).
    pub(crate) fn notes(&self) -> Vec<String> {
        let (from, to) = (self.num(L::HoursFrom), self.num(L::HoursTo));
        let mut out = Vec::new();
        if from == to {
            out.push(msg("scen-equal-hours", &[("hours", &from.to_string())]));
        }
        out
    }

    /// Levers whose value differs from `base`.
    pub fn changed_from(&self, base: &Scenario) -> Vec<L> {
        LEVERS
            .iter()
            .map(|d| d.lever)
            .filter(|&l| self.get(l) != base.get(l))
            .collect()
    }
}

/// A warning or error about a lever value in the current language (`scen-*` in `ui.ftl`). Values are passed
/// as written (ids, file text, ranges as declared), so a message names exactly what the file says.
fn msg(id: &str, args: &[(&str, &str)]) -> String {
    crate::i18n::t_strs(id, args)
}

fn not_one_of(id: &str, value: &str, opts: &[(&str, &str)]) -> String {
    let all = opts.iter().map(|o| o.0).collect::<Vec<_>>().join(", ");
    msg(
        "scen-not-one-of",
        &[
            ("id", id),
            ("value", &crate::format::short_text(value, 40)),
            ("options", &all),
        ],
    )
}

/// Message ids naming what a lever takes and what a file gave.
fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Number { .. } => "kind-number",
        Kind::Date { .. } => "kind-date",
        Kind::Choice(_) => "kind-choice",
        Kind::Order(_) => "kind-list",
        Kind::Flag => "kind-flag",
    }
}

fn raw_name(r: &Raw) -> &'static str {
    match r {
        Raw::Num(_) => "raw-number",
        Raw::Str(_) => "raw-string",
        Raw::List(_) => "raw-list",
        Raw::Bool(_) => "raw-bool",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_valid_and_in_range() {
        let mut s = Scenario::default();
        for d in LEVERS {
            let raw = s.to_raw(d.lever);
            assert_eq!(
                s.apply_raw(d.lever, raw),
                Ok(None),
                "default of {} out of range",
                d.id
            );
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<_> = LEVERS.iter().map(|d| d.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), LEVERS.len());
    }

    #[test]
    fn out_of_range_is_clamped_with_a_warning() {
        let mut s = Scenario::default();
        let w = s.set_from_str("levy_rate", "99").unwrap();
        assert!(w.unwrap().contains("clamped"));
        assert_eq!(s.num(L::LevyRate), 30.0);
        assert!(s.set_from_str("levy_scheme", "weird").is_err());
        assert!(s.set_from_str("nope", "1").is_err());
        assert!(
            s.set_from_str("priority", "households,industry,white_miners")
                .unwrap()
                .is_none()
        );
        use PriorityGroup::*;
        assert_eq!(
            s.order::<PriorityGroup>(L::Priority),
            vec![Households, Industry, WhiteMiners]
        );
    }
}
