//! What survives a restart (eframe persistence): the unsaved scenario, the files, and how the window is
//! arranged. Every field has a default, so a state saved by an older or newer Hashgrid loads with what it
//! has (a missing field never throws the rest away), and [`Persisted::repaired`] puts anything out of range
//! back to its default instead of trusting it.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Sizes offered for image exports, in pixels.
pub(crate) const EXPORT_SIZES: [(u32, u32); 4] =
    [(1280, 720), (1600, 900), (1920, 1080), (3200, 1800)];

/// How many files the File > Recent menu keeps.
pub(crate) const RECENT_FILES: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Layout {
    Grid,
    /// One large chart, by index in `ChartId::ALL`.
    Single(usize),
}

/// How the window is arranged, independent of the scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewPrefs {
    pub show_baseline: bool,
    pub show_story: bool,
    pub layout: Layout,
    pub export_size: (u32, u32),
}

impl Default for ViewPrefs {
    fn default() -> Self {
        ViewPrefs {
            show_baseline: true,
            show_story: true,
            layout: Layout::Grid,
            export_size: (1600, 900),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Persisted {
    /// The scenario as the user left it, and the preset it started from, as scenario files.
    pub current_ron: String,
    pub base_ron: String,
    pub current_path: Option<PathBuf>,
    pub recent: Vec<PathBuf>,
    pub view: ViewPrefs,
    /// The language chosen in the menu, as its code ("ru"); empty until one is chosen, so the first start
    /// follows the system. A code this version does not know falls back the same way.
    pub lang: String,
}

impl Persisted {
    /// The language to show: the one chosen before, else the system's, else English.
    pub(crate) fn lang(&self) -> crate::i18n::Lang {
        crate::i18n::Lang::from_code(&self.lang).unwrap_or_else(crate::i18n::Lang::from_system)
    }

    /// The same state with every out-of-range value put back to its default.
    pub(crate) fn repaired(mut self) -> Persisted {
        let d = ViewPrefs::default();
        if !EXPORT_SIZES.contains(&self.view.export_size) {
            self.view.export_size = d.export_size;
        }
        if let Layout::Single(i) = self.view.layout
            && i >= crate::charts::ChartId::ALL.len()
        {
            self.view.layout = Layout::Single(0);
        }
        self.recent.truncate(RECENT_FILES);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_state_that_lacks_fields_keeps_what_it_has() {
        let old = r#"(current_ron: "x", recent: ["/tmp/a.ron"], view: (show_story: false))"#;
        let p: Persisted = ron::from_str(old).expect("loads");
        assert_eq!(p.current_ron, "x");
        assert_eq!(p.recent, vec![PathBuf::from("/tmp/a.ron")]);
        assert!(!p.view.show_story);
        assert!(p.view.show_baseline, "missing fields take their defaults");
        assert_eq!(p.view.export_size, (1600, 900));
    }

    #[test]
    fn out_of_range_view_settings_are_repaired() {
        let mut p = Persisted::default();
        p.view.export_size = (100_000, 3);
        p.view.layout = Layout::Single(99);
        p.recent = vec![PathBuf::from("a"); 50];
        let p = p.repaired();
        assert_eq!(p.view.export_size, (1600, 900));
        assert_eq!(p.view.layout, Layout::Single(0));
        assert_eq!(p.recent.len(), RECENT_FILES);
    }
}
