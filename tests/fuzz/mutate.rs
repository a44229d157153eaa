//! The mutation engine of `tests/fuzz.rs`: a scenario file cut into tokens, and mutations that know what
//! numbers, dates, texts, levers, outages and checks look like.

use hashgrid::scenario::file::BUNDLED;
use hashgrid::scenario::{Kind, LEVERS};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

pub(crate) struct Fuzz {
    pub(crate) rng: ChaCha8Rng,
}

/// A piece of a scenario file the mutations work on.
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Str,
    Num,
    Ident,
    Punct,
}

/// The file cut into tokens (byte ranges); whitespace and comments are left out.
fn tokens(text: &str) -> Vec<(Tok, usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(b.len());
            out.push((Tok::Str, start, i));
        } else if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c.is_ascii_digit() || (c == b'-' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            i += 1;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b"._+-".contains(&b[i])) {
                i += 1;
            }
            out.push((Tok::Num, start, i));
        } else if c.is_ascii_alphabetic() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push((Tok::Ident, start, i));
        } else if b"()[],:".contains(&c) {
            i += 1;
            out.push((Tok::Punct, start, i));
        } else {
            i += 1;
        }
    }
    out
}

const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2.5",
    "-0.0",
    "1e400",
    "-1e400",
    "inf",
    "-inf",
    "NaN",
    "1e308",
    "-1e308",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "99999999999999999999999",
    "0x10",
    "1_000",
    "5e-324",
    "24",
    "23",
    "0.0001",
    "3000",
    "8000.5",
];
pub(crate) const DATES: &[&str] = &[
    "+262142-12-31",
    "-262143-01-01",
    "1900-01-01",
    "2019-12-31",
    "2019-12-25",
    "2020-01-01",
    "2023-12-31",
    "2024-01-01",
    "2021-02-30",
    "2021-13-01",
    "2021-1",
    "2021-10-14T00:00",
    "",
    "never",
    "NEVER",
    "2021-13",
    "2020-00",
    "0-0",
    "9999-99-99",
    "2022-01-01 ",
];
const STRINGS: &[&str] = &[
    "",
    " ",
    "\\n",
    "line\\nbreak",
    "\\u{1b}[31m",
    "../../escaped",
    "/etc/passwd",
    "C:\\\\x",
    "\\t",
    "Алматы",
    "\\u{feff}",
    "never",
    "flat",
    "progressive",
    "expected",
    "drawn",
    "households",
];
const PUNCT: &[&str] = &[
    "(", ")", "[", "]", ",", ":", "{", "}", "\"", "//", "/*", "#", "'",
];

impl Fuzz {
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.rng.next_u64() % n.max(1) as u64) as usize
    }

    pub(crate) fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }

    pub(crate) fn random_number(&mut self) -> String {
        match self.below(4) {
            0 => self.pick(NUMBERS).to_string(),
            1 => format!("{}", self.rng.next_u64() as i64),
            2 => format!("{:e}", f64::from_bits(self.rng.next_u64())),
            _ => format!("{}.{}", self.below(5000), self.below(100)),
        }
    }

    pub(crate) fn random_string(&mut self) -> String {
        match self.below(5) {
            0 => "x".repeat(self.below(30_000)),
            1 => format!(
                "{}-{:02}-{:02}",
                1990 + self.below(40),
                self.below(14),
                self.below(33)
            ),
            _ => self.pick(STRINGS).to_string(),
        }
    }

    fn random_value(&mut self) -> String {
        match self.below(6) {
            0 => self.random_number(),
            1 => format!("{:?}", self.pick(DATES)),
            2 => format!("\"{}\"", self.random_string()),
            3 => "true".into(),
            4 => format!("[\"{}\", \"{}\"]", self.random_string(), self.pick(STRINGS)),
            _ => "()".into(),
        }
    }

    /// A value of the right kind for a lever, often at or past its range's edges: these files load (with
    /// clamping warnings) and take the model to corners a slider reaches only by hand.
    fn lever_value(&mut self, kind: Kind) -> String {
        match kind {
            Kind::Number { min, max, .. } => {
                let span = max - min;
                let x = match self.below(6) {
                    0 => min,
                    1 => max,
                    2 => min - span * (self.below(3) as f64),
                    3 => max + span * 10.0,
                    _ => min + span * (self.below(1001) as f64 / 1000.0),
                };
                format!("{x:?}")
            }
            Kind::Date { .. } => match self.below(5) {
                0 => "\"never\"".into(),
                _ => format!(
                    "\"{}-{:02}-{:02}\"",
                    2019 + self.below(6),
                    1 + self.below(12),
                    1 + self.below(28)
                ),
            },
            Kind::Choice(opts) => format!("{:?}", opts[self.below(opts.len())].0),
            Kind::Order(opts) => {
                let mut ids: Vec<&str> = opts.iter().map(|o| o.0).collect();
                for i in (1..ids.len()).rev() {
                    let j = self.below(i + 1);
                    ids.swap(i, j);
                }
                format!("{ids:?}")
            }
            Kind::Flag => (self.below(2) == 0).to_string(),
        }
    }

    /// An outage or a check that is well formed, with its numbers and dates anywhere near the run.
    fn entry(&mut self, text: &str) -> String {
        let date = |f: &mut Fuzz| {
            format!(
                "{}-{:02}-{:02}",
                2018 + f.below(8),
                1 + f.below(12),
                1 + f.below(28)
            )
        };
        if self.below(2) == 0 {
            let outage = format!(
                "outages: [\n        (label: \"fuzz\", units: {}, unit_mw: {}.0, start: \"{}\", days: {}, source: \"fuzz\"),",
                self.below(120),
                self.below(2500),
                date(self),
                self.below(2000)
            );
            text.replacen("outages: [", &outage, 1)
        } else {
            let metric = match self.below(4) {
                0 => format!(
                    "MiningSharePct(from: \"{}\", to: \"{}\")",
                    date(self),
                    date(self)
                ),
                1 => format!(
                    "KzSharePct(month: \"{}-{:02}\")",
                    2019 + self.below(6),
                    self.below(14)
                ),
                2 => format!(
                    "MonthlyPeakConsumptionDeltaMw(year: {}, base_year: {}, from_month: {}, to_month: {})",
                    2019 + self.below(6),
                    2019 + self.below(6),
                    self.below(14),
                    self.below(14)
                ),
                _ => format!(
                    "PeakDemandMw(from: \"{}\", to: \"{}\")",
                    date(self),
                    date(self)
                ),
            };
            let check = format!(
                "checks: [\n        (id: \"fuzz\", label: \"fuzz\", metric: {metric}, documented: \"x\", low: {}.0, high: {}.0, unit: \"MW\", source: \"fuzz\"),",
                self.below(100),
                self.below(20000)
            );
            text.replacen("checks: [", &check, 1)
        }
    }

    /// A token of `kind` (any kind when there is none), as a byte range.
    fn token(&mut self, text: &str, kind: Option<Tok>) -> Option<(usize, usize)> {
        let all = tokens(text);
        let some: Vec<_> = all
            .iter()
            .filter(|t| kind.is_none_or(|k| t.0 == k))
            .collect();
        let list = if some.is_empty() {
            all.iter().collect()
        } else {
            some
        };
        (!list.is_empty()).then(|| {
            let t = list[self.below(list.len())];
            (t.1, t.2)
        })
    }

    fn char_boundary(text: &str, mut i: usize) -> usize {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// One mutation; `well_formed` keeps to those that leave the file parseable (values at odd places).
    fn mutate_once(&mut self, text: &str, well_formed: bool) -> String {
        let replace =
            |t: &str, (a, b): (usize, usize), with: &str| format!("{}{with}{}", &t[..a], &t[b..]);
        let kind = if well_formed {
            11 + self.below(3)
        } else {
            self.below(14)
        };
        match kind {
            11 | 12 => {
                let d = &LEVERS[self.below(LEVERS.len())];
                let v = self.lever_value(d.kind);
                text.replacen(
                    "levers: (",
                    &format!("levers: (\n        {}: {v},", d.id),
                    1,
                )
            }
            13 => self.entry(text),
            0 => match self.token(text, Some(Tok::Num)) {
                Some(r) => {
                    let n = self.random_number();
                    replace(text, r, &n)
                }
                None => text.to_string(),
            },
            1 => match self.token(text, Some(Tok::Str)) {
                Some(r) => {
                    let d = format!("{:?}", self.pick(DATES));
                    replace(text, r, &d)
                }
                None => text.to_string(),
            },
            2 => match self.token(text, Some(Tok::Str)) {
                Some(r) => {
                    let s = format!("\"{}\"", self.random_string());
                    replace(text, r, &s)
                }
                None => text.to_string(),
            },
            3 => match self.token(text, None) {
                Some(r) => replace(text, r, ""),
                None => text.to_string(),
            },
            4 => match self.token(text, None) {
                Some((a, b)) => {
                    let dup = text[a..b].to_string();
                    replace(text, (a, b), &format!("{dup}{dup}"))
                }
                None => text.to_string(),
            },
            5 => match (
                self.token(text, Some(Tok::Ident)),
                self.token(text, Some(Tok::Ident)),
            ) {
                (Some((a, b)), Some((c, d))) if b <= c => {
                    let (x, y) = (&text[a..b], &text[c..d]);
                    format!("{}{y}{}{x}{}", &text[..a], &text[b..c], &text[d..])
                }
                _ => text.to_string(),
            },
            6 => match self.token(text, None) {
                Some((a, _)) => {
                    let p = self.pick(PUNCT);
                    replace(text, (a, a), p)
                }
                None => text.to_string(),
            },
            7 => {
                let at = Self::char_boundary(text, self.below(text.len() + 1));
                text[..at].to_string()
            }
            8 => {
                let other = BUNDLED[self.below(BUNDLED.len())].1;
                let lines: Vec<&str> = other.lines().collect();
                let line = lines[self.below(lines.len())];
                let at = Self::char_boundary(text, self.below(text.len() + 1));
                format!("{}\n{line}\n{}", &text[..at], &text[at..])
            }
            9 => {
                let lever = LEVERS[self.below(LEVERS.len())].id;
                let v = self.random_value();
                text.replacen("levers: (", &format!("levers: (\n        {lever}: {v},"), 1)
            }
            _ => {
                let at = Self::char_boundary(text, self.below(text.len() + 1));
                let len = text[at..].chars().next().map_or(0, char::len_utf8);
                let c = char::from(32 + self.below(95) as u8);
                format!("{}{c}{}", &text[..at], &text[at + len..])
            }
        }
    }

    pub(crate) fn case(&mut self) -> String {
        let mut text = BUNDLED[self.below(BUNDLED.len())].1.to_string();
        // Two cases in five stay well formed, so that many reach the checks after parsing and the model.
        let well_formed = self.below(5) < 2;
        for _ in 0..1 + self.below(4) {
            text = self.mutate_once(&text, well_formed);
        }
        text
    }
}
