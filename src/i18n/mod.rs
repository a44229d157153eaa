//! The words people read, in English, Russian and Kazakh, from Project Fluent resources embedded in the
//! binary (`assets/i18n/{en,ru,kk}/*.ftl`). At the bottom of the crate beside `format`, so every layer that
//! shows text (lever panel, charts, exports, CLI messages) asks here by a stable id and none of them knows
//! the languages.
//!
//! The language is one process-wide setting ([`set_lang`]): the app switches it from its menu, the command
//! line from `--lang`, and background exports read it like the UI thread does. Lookups fall back to English,
//! then to the id itself, so a missing message shows up as a visible id rather than an empty label (and the
//! tests in `tests/i18n.rs` fail first).

mod resources;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language the program speaks. Codes are ISO 639-1, as `--lang` and the preferences write them.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "kk")]
    Kk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The language's own name, as the language menu lists it (a reader who knows no English finds theirs).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a system locale such as `ru-RU`, `kk_KZ.UTF-8` or `kk-Cyrl-KZ`; English for any other.
    pub fn from_locale(locale: &str) -> Lang {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::from_code(&primary).unwrap_or(Lang::En)
    }

    /// The system's language on first start (`sys-locale`), English if it is none of ours.
    pub fn from_system() -> Lang {
        sys_locale::get_locale().map_or(Lang::En, |l| Lang::from_locale(&l))
    }

    fn index(self) -> usize {
        self as usize
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The language text is shown in now.
pub fn lang() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Ru,
        2 => Lang::Kk,
        _ => Lang::En,
    }
}

/// Switches every later lookup (and number format) to `l`.
pub fn set_lang(l: Lang) {
    CURRENT.store(l as u8, Ordering::Relaxed);
}

static FROM_ARGS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `--lang` on the command line: wins over the app's remembered choice for this start.
pub fn set_lang_from_args(l: Lang) {
    FROM_ARGS.store(true, Ordering::Relaxed);
    set_lang(l);
}

/// Whether `--lang` chose the language of this process.
pub fn lang_from_args() -> bool {
    FROM_ARGS.load(Ordering::Relaxed)
}

/// A placeholder value: numbers stay numbers so Fluent's plural selectors can pick a category.
pub enum Arg<'a> {
    Num(f64),
    Str(&'a str),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(v: f64) -> Self {
        Arg::Num(v)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static B: OnceLock<[Bundle; 3]> = OnceLock::new();
    B.get_or_init(|| Lang::ALL.map(build_bundle))
}

/// One language's bundle: all its files, no bidi isolation marks (U+2068/U+2069 have no glyph in our fonts
/// and nothing here mixes scripts of both directions), numbers printed by `format`.
fn build_bundle(l: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = l.code().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    b.set_formatter(Some(match l {
        Lang::En => number_en,
        Lang::Ru => number_ru,
        Lang::Kk => number_kk,
    }));
    for (name, text) in resources::files(l) {
        let res = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errs)| panic!("{}/{name}: {errs:?}", l.code()));
        // A duplicate id is a bug in the resources; tests/i18n.rs reports it with its name.
        let _ = b.add_resource(res);
    }
    b
}

fn number(l: Lang, v: &FluentValue) -> Option<String> {
    match v {
        // Counts are whole numbers: "5 шагов", never "5,0 шагов".
        FluentValue::Number(n) if n.value.fract() == 0.0 => {
            Some(crate::format::fixed_in(l, n.value, 0))
        }
        FluentValue::Number(n) => Some(crate::format::num_in(l, n.value)),
        _ => None,
    }
}

fn number_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(Lang::En, v)
}

fn number_ru<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(Lang::Ru, v)
}

fn number_kk<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(Lang::Kk, v)
}

/// Splits "message.attribute" (Fluent's own notation for an attribute of a message).
fn split(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

/// The message `id` (or `id.attribute`) in `l`, if that language has it.
pub fn lookup(l: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let b = &bundles()[l.index()];
    let (msg, attr) = split(id);
    let m = b.get_message(msg)?;
    let pattern = match attr {
        Some(a) => m.get_attribute(a)?.value(),
        None => m.value()?,
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
            Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
        }
    }
    let mut errors = Vec::new();
    let s = b.format_pattern(pattern, Some(&fa), &mut errors);
    Some(s.into_owned())
}

/// The message in language `l`, falling back to English and then to the id.
pub fn t_in(l: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    lookup(l, id, args)
        .or_else(|| lookup(Lang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// The message in the current language.
pub fn t(id: &str) -> String {
    t_in(lang(), id, &[])
}

/// The message in the current language with placeholders filled.
pub fn t_args(id: &str, args: &[(&str, Arg)]) -> String {
    t_in(lang(), id, args)
}

/// The message with text placeholders only (file names, ids, values as written): the common case for error
/// messages, which quote what a file says rather than format numbers.
pub fn t_strs(id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Str(v))).collect();
    t_args(id, &args)
}

/// Text that comes from a bundled data file (a preset's narrative, an event): translated when the file still
/// says what the English resource says under `id`, as written otherwise. A scenario a person wrote or edited
/// is shown in their own words, never replaced by a translation of something else.
pub fn data_text(id: &str, english: &str) -> String {
    let l = lang();
    if l == Lang::En || lookup(Lang::En, id, &[]).as_deref() != Some(english) {
        return english.to_string();
    }
    lookup(l, id, &[]).unwrap_or_else(|| english.to_string())
}

/// [`data_text`] for text that may be written differently in different bundled files under one id (a check
/// shared by two presets whose source lines differ): the first of `ids` whose English is `english` wins.
pub fn data_text_any(ids: &[String], english: &str) -> String {
    let l = lang();
    if l == Lang::En {
        return english.to_string();
    }
    ids.iter()
        .find(|id| lookup(Lang::En, id, &[]).as_deref() == Some(english))
        .and_then(|id| lookup(l, id, &[]))
        .unwrap_or_else(|| english.to_string())
}

/// The message id a bundled preset's check text has: `check-<id>.<attr>`, or, when this preset words it
/// differently from the shared English, `check-<id>.<attr>-<preset id>`.
pub fn check_text_ids(check: &str, attr: Option<&str>, preset: &str) -> [String; 2] {
    let base = match attr {
        Some(a) => format!("check-{check}.{a}"),
        None => format!("check-{check}"),
    };
    let own = match attr {
        Some(a) => format!("check-{check}.{a}-{preset}"),
        None => format!("check-{check}.label-{preset}"),
    };
    [base, own]
}

/// A unit symbol in the current language: "MW" is «МВт», "KZT/kWh" is «₸/кВт·ч». Units are keyed by a slug
/// of their English symbol (see [`unit_id`]); an unknown unit is shown as given.
pub fn unit(u: &str) -> String {
    if u.is_empty() {
        return String::new();
    }
    lookup(lang(), &unit_id(u), &[])
        .or_else(|| lookup(Lang::En, &unit_id(u), &[]))
        .unwrap_or_else(|| u.to_string())
}

/// The message id of a unit: `unit-` and the symbol in lower case, with `%` as `pct` and `/` as `-per-`
/// ("% of record" → `unit-pct-of-record`, "USD/kWh" → `unit-usd-per-kwh`).
pub fn unit_id(u: &str) -> String {
    let mut s = String::from("unit-");
    for c in u.chars() {
        match c {
            '%' => s.push_str("pct"),
            '/' => s.push_str("-per-"),
            ' ' => s.push('-'),
            c if c.is_ascii_alphanumeric() => s.push(c.to_ascii_lowercase()),
            _ => s.push('_'),
        }
    }
    s.replace("--", "-")
}

/// Every resource file of a language as (file name, text): for the tests that compare the locales.
pub fn resource_files(l: Lang) -> Vec<(&'static str, &'static str)> {
    resources::files(l).to_vec()
}
