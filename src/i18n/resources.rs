//! The Fluent files, embedded at compile time: the binary carries every language and needs no files beside
//! it. A new file is one line per language here.

use super::Lang;

macro_rules! ftl {
    ($lang:literal) => {
        [
            (
                "ui.ftl",
                include_str!(concat!("../../assets/i18n/", $lang, "/ui.ftl")),
            ),
            (
                "levers.ftl",
                include_str!(concat!("../../assets/i18n/", $lang, "/levers.ftl")),
            ),
            (
                "charts.ftl",
                include_str!(concat!("../../assets/i18n/", $lang, "/charts.ftl")),
            ),
            (
                "presets.ftl",
                include_str!(concat!("../../assets/i18n/", $lang, "/presets.ftl")),
            ),
            (
                "events.ftl",
                include_str!(concat!("../../assets/i18n/", $lang, "/events.ftl")),
            ),
        ]
    };
}

static EN: [(&str, &str); 5] = ftl!("en");
static RU: [(&str, &str); 5] = ftl!("ru");
static KK: [(&str, &str); 5] = ftl!("kk");

pub(super) fn files(l: Lang) -> &'static [(&'static str, &'static str); 5] {
    match l {
        Lang::En => &EN,
        Lang::Ru => &RU,
        Lang::Kk => &KK,
    }
}
