//! The three languages against each other and against the code: the same messages with the same
//! placeholders, no untranslated copies of the English, every id the code asks for present, every character
//! drawable by the fonts, and numbers written the way each language writes them.

use hashgrid::format::{fixed_in, num_in, parse_num};
use hashgrid::i18n::{Arg, Lang, lookup, resource_files, t_in};
use std::collections::{BTreeMap, BTreeSet};

/// Messages of one language: "id" or "id.attribute" → the raw text of its value (continuation lines joined).
fn messages(l: Lang) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, text) in resource_files(l) {
        let mut current: Option<String> = None;
        let mut msg = String::new();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let indented = line.starts_with(' ');
            let trimmed = line.trim_start();
            if !indented {
                let (id, value) = line
                    .split_once(" = ")
                    .unwrap_or_else(|| panic!("{}/{file}: cannot read line {line:?}", l.code()));
                msg = id.trim().to_string();
                current = Some(msg.clone());
                assert!(
                    out.insert(msg.clone(), value.to_string()).is_none(),
                    "{}/{file}: {msg} twice",
                    l.code()
                );
            } else if trimmed.starts_with('.') && trimmed.contains(" = ") {
                let (attr, value) = trimmed.split_once(" = ").expect("attribute");
                let id = format!("{msg}{attr}");
                current = Some(id.clone());
                assert!(
                    out.insert(id.clone(), value.to_string()).is_none(),
                    "{id} twice"
                );
            } else if let Some(id) = &current {
                let v = out.get_mut(id).expect("current message");
                v.push('\n');
                v.push_str(trimmed);
            }
        }
    }
    out
}

/// The placeholders (`$name`) a message uses.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find('$') {
        let name: String = rest[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        // A bare "$" is the dollar sign ("млн $"), not a placeholder.
        if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.insert(name);
        }
        rest = &rest[i + 1..];
    }
    out
}

#[test]
fn every_locale_has_the_same_messages_and_placeholders() {
    let en = messages(Lang::En);
    for l in [Lang::Ru, Lang::Kk] {
        let other = messages(l);
        let a: BTreeSet<_> = en.keys().collect();
        let b: BTreeSet<_> = other.keys().collect();
        assert_eq!(
            a.difference(&b).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "missing in {}",
            l.code()
        );
        assert_eq!(
            b.difference(&a).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "only in {}",
            l.code()
        );
        for (id, text) in &en {
            assert_eq!(
                placeholders(text),
                placeholders(&other[id]),
                "{id}: placeholders differ in {}",
                l.code()
            );
        }
    }
}

/// Messages that may read the same in Russian or Kazakh as in English: symbols, numbers and layouts with
/// no words, and names of fields as a scenario file writes them (`focus`, `levers`). Anything else
/// identical to the English is an untranslated copy.
const SAME_AS_ENGLISH: &[&str] = &[
    "fmt-month-year",
    "unit-pct",
    "export-subtitle",
    "explain-thing-focus",
    "explain-thing-levers",
];

#[test]
fn no_russian_or_kazakh_message_is_a_copy_of_the_english() {
    let en = messages(Lang::En);
    for l in [Lang::Ru, Lang::Kk] {
        let translated = messages(l);
        let copies: Vec<&String> = translated
            .iter()
            .filter(|(id, text)| {
                en.get(*id) == Some(text) && !SAME_AS_ENGLISH.contains(&id.as_str())
            })
            .map(|(id, _)| id)
            .collect();
        assert!(
            copies.is_empty(),
            "{}: same as English: {copies:?}",
            l.code()
        );
    }
}

/// Ids written literally in the sources: `t("…")`, `t_args("…"`, `t_in(l, "…"` and `data_text("…"`.
fn literal_ids_in_code() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).expect("src readable").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    let mut ids = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("source readable");
        // A call and its first argument, which rustfmt may put on the next line: `t_args(\n    "id",`.
        for call in ["t(", "t_args(", "t_in(l, ", "t_in(Lang::En, ", "msg("] {
            for (i, _) in text.match_indices(call) {
                let before = text[..i].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = text[i + call.len()..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let id: String = rest.chars().take_while(|c| *c != '"').collect();
                if !id.contains('{') && !id.is_empty() {
                    ids.insert(id);
                }
            }
        }
        // Ids returned from a match: `Kind::Flag => "kind-flag"`.
        for prefix in ["=> \"kind-", "=> \"raw-"] {
            for (i, _) in text.match_indices(prefix) {
                let rest = &text[i + 4..];
                let id: String = rest.chars().take_while(|c| *c != '"').collect();
                ids.insert(id);
            }
        }
        // Ids handed to a helper or chosen by a condition before the lookup: chart parts (`"series-…"`,
        // `"axis-…"`, `"source-…"`), table headers, on/off values.
        for prefix in [
            "\"series-",
            "\"axis-",
            "\"source-",
            "\"outcomes-col-",
            "\"value-",
        ] {
            for (i, _) in text.match_indices(prefix) {
                let rest = &text[i + 1..];
                let id: String = rest.chars().take_while(|c| *c != '"').collect();
                if id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    ids.insert(id);
                }
            }
        }
    }
    ids
}

#[test]
fn every_id_the_code_asks_for_is_in_every_locale() {
    let mut ids: Vec<String> = literal_ids_in_code().into_iter().collect();
    assert!(
        ids.len() > 60,
        "the scan found the literal ids ({})",
        ids.len()
    );
    ids.extend(hashgrid::catalog::message_ids().into_iter().map(|e| e.id));
    for l in Lang::ALL {
        let have = messages(l);
        let missing: Vec<&String> = ids.iter().filter(|id| !have.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", l.code());
    }
}

#[test]
fn english_resources_say_what_the_declarations_and_bundled_files_say() {
    for e in hashgrid::catalog::message_ids() {
        if let Some(english) = e.english {
            assert_eq!(
                lookup(Lang::En, &e.id, &[]).as_deref(),
                Some(english.as_str()),
                "en: {}",
                e.id
            );
        }
    }
}

fn font_has(font: &[u8], c: char) -> bool {
    use ab_glyph::Font;
    let f = ab_glyph::FontRef::try_from_slice(font).expect("font parses");
    f.glyph_id(c).0 != 0
}

/// Every character a message can show, in every language, with numbers as they are formatted.
fn all_chars(l: Lang) -> BTreeSet<char> {
    let mut chars: BTreeSet<char> = messages(l)
        .values()
        .flat_map(|v| v.chars())
        .filter(|c| !c.is_control())
        .collect();
    chars.extend(num_in(l, -16459.5).chars());
    chars.extend(fixed_in(l, 1.5, 1).chars());
    chars
}

static DEJAVU: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
static DEJAVU_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

#[test]
fn every_character_has_a_glyph_in_the_app_and_export_fonts() {
    for l in Lang::ALL {
        let chars = all_chars(l);
        // The app: egui's Ubuntu-Light first, the bundled DejaVu Sans as fallback (app::setup_style).
        let gui: Vec<char> = chars
            .iter()
            .copied()
            .filter(|&c| !font_has(epaint_default_fonts::UBUNTU_LIGHT, c) && !font_has(DEJAVU, c))
            .collect();
        assert!(
            gui.is_empty(),
            "{}: no glyph in the app fonts: {gui:?}",
            l.code()
        );
        // Exports: DejaVu Sans regular and bold (titles).
        for (name, font) in [("DejaVu Sans", DEJAVU), ("DejaVu Sans Bold", DEJAVU_BOLD)] {
            let missing: Vec<char> = chars
                .iter()
                .copied()
                .filter(|&c| !font_has(font, c))
                .collect();
            assert!(
                missing.is_empty(),
                "{}: no glyph in {name}: {missing:?}",
                l.code()
            );
        }
    }
    for c in [
        'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', '₸', '\u{A0}', '·', '−',
    ] {
        assert!(font_has(DEJAVU, c), "DejaVu lacks {c:?}");
    }
}

/// egui 0.37 breaks lines at every whitespace but U+00A0 (`RowBreakCandidates::add`), the narrow no-break
/// space U+202F included, which split "67 000" over two lines in the checks panel. Numbers and words are
/// joined with U+00A0 (CLDR's ru and kk group separator) so that no wrapped text can split them.
#[test]
fn no_message_or_number_uses_a_space_egui_would_wrap_at() {
    for l in [Lang::En, Lang::Ru, Lang::Kk] {
        for (id, text) in messages(l) {
            assert!(!text.contains('\u{202F}'), "{}: {id} has U+202F", l.code());
        }
        assert!(!num_in(l, -16459.5).contains('\u{202F}'));
    }
}

#[test]
fn numbers_per_language() {
    assert_eq!(num_in(Lang::En, 16459.0), "16,459");
    assert_eq!(num_in(Lang::Ru, 16459.0), "16\u{A0}459");
    assert_eq!(num_in(Lang::Kk, 1256.4), "1\u{A0}256");
    assert_eq!(num_in(Lang::En, 1.5), "1.5");
    assert_eq!(num_in(Lang::Ru, 1.5), "1,5");
    assert_eq!(num_in(Lang::Kk, 0.354), "0,35");
    assert_eq!(num_in(Lang::En, -1256.4), "-1,256");
    assert_eq!(num_in(Lang::Ru, -1256.4), "\u{2212}1\u{A0}256");
    assert_eq!(num_in(Lang::Kk, -3.5), "\u{2212}3,5");
    assert_eq!(num_in(Lang::Ru, 500.0), "500");
    assert_eq!(fixed_in(Lang::Ru, 0.04, 3), "0,040");
    assert_eq!(fixed_in(Lang::En, 1234567.0, 0), "1,234,567");
    assert_eq!(fixed_in(Lang::Ru, -0.0001, 2), "0,00", "no minus on a zero");
    assert_eq!(parse_num("1,5", Lang::Ru), Some(1.5));
    assert_eq!(parse_num("16\u{202F}459", Lang::Kk), Some(16459.0));
    assert_eq!(parse_num("16\u{A0}459", Lang::Ru), Some(16459.0));
    assert_eq!(parse_num("\u{2212}3,5", Lang::Ru), Some(-3.5));
    assert_eq!(parse_num("16,459", Lang::En), Some(16459.0));
    assert_eq!(parse_num("abc", Lang::En), None);
}

#[test]
fn units_dates_and_plurals_per_language() {
    let u = |l, id| t_in(l, id, &[]);
    assert_eq!(u(Lang::Ru, "unit-mw"), "МВт");
    assert_eq!(u(Lang::Kk, "unit-gwh"), "ГВт·сағ");
    assert_eq!(u(Lang::Ru, "unit-kzt-per-kwh"), "₸/кВт·ч");
    assert_eq!(hashgrid::i18n::unit_id("KZT/kWh"), "unit-kzt-per-kwh");
    assert_eq!(hashgrid::i18n::unit_id("% of record"), "unit-pct-of-record");
    let d = chrono::NaiveDate::from_ymd_opt(2021, 10, 14).expect("date");
    assert_eq!(hashgrid::format::date_in(Lang::En, d), "14 Oct 2021");
    assert_eq!(hashgrid::format::date_in(Lang::Ru, d), "14 окт. 2021 г.");
    assert_eq!(hashgrid::format::date_in(Lang::Kk, d), "2021 ж. 14 қазан");
    let steps = |l, n: usize| t_in(l, "story-history", &[("n", Arg::from(n))]);
    assert_eq!(steps(Lang::Ru, 1), "Журнал изменений (1 шаг)");
    assert_eq!(steps(Lang::Ru, 3), "Журнал изменений (3 шага)");
    assert_eq!(steps(Lang::Ru, 5), "Журнал изменений (5 шагов)");
    assert_eq!(steps(Lang::Ru, 21), "Журнал изменений (21 шаг)");
    assert_eq!(steps(Lang::Ru, 12), "Журнал изменений (12 шагов)");
    assert_eq!(steps(Lang::Kk, 3), "Өзгерістер журналы (3 қадам)");
    assert_eq!(steps(Lang::En, 3), "History (3 steps)");
    let big = t_in(Lang::Ru, "legend-bands", &[("n", Arg::from(1000usize))]);
    assert!(big.contains("1\u{A0}000 расчётам"), "{big}");
}

#[test]
fn system_locales_map_to_our_languages() {
    assert_eq!(Lang::from_locale("ru-RU"), Lang::Ru);
    assert_eq!(Lang::from_locale("kk_KZ.UTF-8"), Lang::Kk);
    assert_eq!(Lang::from_locale("kk-Cyrl-KZ"), Lang::Kk);
    assert_eq!(Lang::from_locale("de-DE"), Lang::En);
    assert_eq!(Lang::from_locale(""), Lang::En);
}
