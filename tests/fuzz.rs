//! A structure-aware fuzzer over the scenario loader and the model (issue 10).
//!
//! Each case starts from a bundled preset and applies one to four mutations that know what a scenario file
//! is made of: numbers become edge values (`inf`, `NaN`, `1e400`, `-1`, 2^32, fractions where whole numbers
//! go), dates become dates outside the run or not dates at all, texts become huge, empty, multi-line or
//! path-like, tokens are deleted, doubled or swapped, levers are added with values of any kind, and files are
//! truncated or spliced. Every case must end in a loaded scenario or a one-line error; a loaded scenario is
//! also run through the model (expected-value outages, the cheap deterministic mode), its checks evaluated
//! (every value finite: no `null` in the JSON) and saved and re-read unchanged. A panic anywhere fails the
//! test, and the input that caused it is written to `target/tmp/fuzz-failures/`.
//!
//! `cargo test --test fuzz` runs a bounded, seeded set (3,000 cases by default). A long run, in release mode:
//!
//! ```sh
//! HASHGRID_FUZZ_SECONDS=600 cargo test --release --test fuzz -- --nocapture
//! HASHGRID_FUZZ_CASES=200000 HASHGRID_FUZZ_SEED=7 cargo test --release --test fuzz -- --nocapture
//! ```

use hashgrid::model::{self, checks};
use hashgrid::scenario::file::{self, BUNDLED};
use hashgrid::scenario::{Kind, L, LEVERS, OutageMode, Scenario, Value};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::panic::{AssertUnwindSafe, catch_unwind};

const DEFAULT_CASES: u64 = 3000;

struct Fuzz {
    rng: ChaCha8Rng,
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
const DATES: &[&str] = &[
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
    fn below(&mut self, n: usize) -> usize {
        (self.rng.next_u64() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }

    fn random_number(&mut self) -> String {
        match self.below(4) {
            0 => self.pick(NUMBERS).to_string(),
            1 => format!("{}", self.rng.next_u64() as i64),
            2 => format!("{:e}", f64::from_bits(self.rng.next_u64())),
            _ => format!("{}.{}", self.below(5000), self.below(100)),
        }
    }

    fn random_string(&mut self) -> String {
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

    fn case(&mut self) -> String {
        let mut text = BUNDLED[self.below(BUNDLED.len())].1.to_string();
        // Two cases in five stay well formed, so that many reach the checks after parsing and the model.
        let well_formed = self.below(5) < 2;
        for _ in 0..1 + self.below(4) {
            text = self.mutate_once(&text, well_formed);
        }
        text
    }
}

fn assert_one_line(s: &str) {
    assert!(
        !s.contains('\n') && !s.contains('\r'),
        "message on more than one line: {s:?}"
    );
    for name in ["PresetFile", "NamedOutage", "CheckSpec", "LeverFile"] {
        assert!(!s.contains(name), "type name in message: {s}");
    }
}

/// One case: what loads must run, evaluate to finite checks and survive a save; what does not must be one
/// line. Returns whether the file loaded.
fn exercise(text: &str) -> bool {
    let loaded = match file::parse("fuzz.ron", text) {
        Ok(l) => l,
        Err(e) => {
            assert_one_line(&e.to_string());
            return false;
        }
    };
    for w in &loaded.warnings {
        assert_one_line(&w.to_string());
    }
    let p = loaded.preset;
    let again =
        file::parse("saved.ron", &p.to_ron()).expect("a loaded scenario saves and re-reads");
    assert_eq!(again.preset, p, "a save and re-read changed the scenario");
    let mut s: Scenario = p.scenario.clone();
    s.set(L::OutageMode, Value::choice(OutageMode::Expected));
    let r = model::run(&s);
    for c in checks::evaluate(&r, &p.meta.checks) {
        assert!(c.modelled.is_finite(), "check {} has no value", c.id);
    }
    true
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

#[test]
fn mutated_presets_load_or_fail_in_one_line_and_never_panic() {
    let seed = env_u64("HASHGRID_FUZZ_SEED").unwrap_or(10);
    let seconds = env_u64("HASHGRID_FUZZ_SECONDS");
    let cases = env_u64("HASHGRID_FUZZ_CASES").unwrap_or(if seconds.is_some() {
        u64::MAX
    } else {
        DEFAULT_CASES
    });
    let deadline = seconds.map(|s| std::time::Instant::now() + std::time::Duration::from_secs(s));
    let failures = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let mut fuzz = Fuzz {
        rng: ChaCha8Rng::seed_from_u64(seed),
    };
    let (mut done, mut loaded, mut panics) = (0u64, 0u64, Vec::new());
    while done < cases && deadline.is_none_or(|d| std::time::Instant::now() < d) {
        let text = fuzz.case();
        match catch_unwind(AssertUnwindSafe(|| exercise(&text))) {
            Ok(true) => loaded += 1,
            Ok(false) => {}
            Err(_) => {
                let _ = std::fs::create_dir_all(&failures);
                let path = failures.join(format!("seed{seed}-case{done}.ron"));
                let _ = std::fs::write(&path, &text);
                panics.push(path.display().to_string());
            }
        }
        done += 1;
    }
    println!(
        "fuzz: seed {seed}, {done} cases, {loaded} loaded and run through the model, {} panics",
        panics.len()
    );
    assert!(
        panics.is_empty(),
        "{} panics; inputs saved: {panics:?}",
        panics.len()
    );
    assert!(
        loaded > 0 && loaded < done,
        "the mutations should both keep and break files"
    );
}

#[test]
fn random_command_line_values_for_every_lever_never_panic() {
    let mut fuzz = Fuzz {
        rng: ChaCha8Rng::seed_from_u64(3),
    };
    for _ in 0..2000 {
        let d = &LEVERS[fuzz.below(LEVERS.len())];
        let v = match fuzz.below(3) {
            0 => fuzz.random_number(),
            1 => fuzz.pick(DATES).to_string(),
            _ => fuzz.random_string(),
        };
        let mut s = Scenario::default();
        match s.set_from_str(d.id, &v) {
            Ok(w) => {
                if let Some(w) = w {
                    assert_one_line(
                        &hashgrid::scenario::file::FileIssue {
                            file: String::new(),
                            line: 1,
                            col: 1,
                            msg: w,
                        }
                        .to_string(),
                    );
                }
            }
            Err(e) => assert!(e.len() < 600, "{}: {e}", d.id),
        }
    }
}
