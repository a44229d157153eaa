//! Every message id the program looks up with a part made at run time (a lever's id, a preset's id, an
//! event's date), listed from the declarations themselves. `tests/i18n.rs` checks each against all three
//! languages, so a new lever, check, headline, chart, preset or event without its words in
//! `assets/i18n/{en,ru,kk}/*.ftl` fails a test instead of showing an id on screen. Ids written literally in
//! the code (`t("menu-file")`) are found by the same test by reading the sources.

use crate::charts::{ChartId, build};
use crate::data::Inputs;
use crate::i18n::{Lang, check_text_ids, lookup, unit_id};
use crate::model::Headline;
use crate::scenario::file;
use crate::scenario::{Group, Kind, LEVERS};

/// An id the code asks for, and, for text that comes from a bundled file, the English the file has (the
/// English resource must say exactly that, or the translation would never be shown).
pub struct Entry {
    pub id: String,
    pub english: Option<String>,
}

fn plain(id: String) -> Entry {
    Entry { id, english: None }
}

fn from_file(id: String, english: &str) -> Entry {
    Entry {
        id,
        english: Some(english.to_string()),
    }
}

/// The declared ids: groups, levers with their help and source, options, units, headlines, charts.
fn declared() -> Vec<Entry> {
    let mut out: Vec<Entry> = Group::ALL
        .iter()
        .map(|g| plain(format!("group-{}", g.id())))
        .collect();
    for d in LEVERS {
        let m = d.message_id();
        out.push(from_file(m.clone(), d.label));
        out.push(from_file(format!("{m}.help"), d.help));
        out.push(from_file(format!("{m}.source"), d.source));
        if !d.unit.is_empty() {
            out.push(plain(unit_id(d.unit)));
        }
        if let Kind::Choice(opts) | Kind::Order(opts) = d.kind {
            for (id, label) in opts {
                out.push(from_file(format!("option-{id}"), label));
                out.push(plain(format!("option-{id}.short")));
            }
        }
    }
    for h in Headline::ALL {
        out.push(from_file(format!("headline-{}", h.id()), h.label()));
        out.push(plain(unit_id(h.unit())));
    }
    let run = file::bundled(file::DEFAULT_PRESET).map(|p| crate::model::run(&p.scenario));
    for c in ChartId::ALL {
        out.push(from_file(format!("chart-{}", c.slug()), c.title()));
        let Some(r) = &run else { continue };
        for s in &build::build(c, r).series {
            out.push(plain(unit_id(&s.column_unit)));
        }
    }
    out
}

/// Text from the bundled presets (titles, stories, checks) and from `assets/events.csv`.
fn bundled() -> Vec<Entry> {
    let mut out = Vec::new();
    for (id, _) in file::BUNDLED {
        let Some(p) = file::bundled(id) else { continue };
        let pid = format!("preset-{id}");
        out.push(from_file(format!("{pid}.narrative"), &p.meta.narrative));
        for (i, s) in p.meta.sources.iter().enumerate() {
            out.push(from_file(format!("{pid}.source-{}", i + 1), s));
        }
        out.push(from_file(pid, &p.meta.title));
        for c in &p.meta.checks {
            // A check shared by presets has one set of messages; a preset that words it differently has its
            // own (`i18n::check_text_ids`).
            for (attr, text) in [
                (None, &c.label),
                (Some("documented"), &c.documented),
                (Some("source"), &c.source),
            ] {
                let [shared, own] = check_text_ids(&c.id, attr, id);
                let same = lookup(Lang::En, &shared, &[]).as_deref() == Some(text.as_str());
                out.push(from_file(if same { shared } else { own }, text));
            }
            out.push(plain(unit_id(&c.unit)));
        }
    }
    let inputs = Inputs::get();
    for e in &inputs.events {
        let id = build::event_id(inputs, e);
        if !e.chart_label.is_empty() {
            out.push(from_file(format!("{id}.label"), &e.chart_label));
        }
        out.push(from_file(id, &e.text));
    }
    out
}

/// Every id built at run time, with the English a bundled file or declaration gives it.
pub fn message_ids() -> Vec<Entry> {
    let mut v = declared();
    v.extend(bundled());
    v
}
