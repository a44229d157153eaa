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

pub(super) const DATE_MIN: &str = "2020-01-01";
/// The last simulated day: a date lever is a day of the run, or "never".
pub(super) const DATE_MAX: &str = "2023-12-31";

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

mod list;
pub use list::{L, LEVERS, LeverFile};

impl L {
    pub(crate) fn decl(self) -> &'static LeverDecl {
        &LEVERS[self as usize]
    }

    pub(crate) fn by_id(id: &str) -> Option<L> {
        LEVERS.iter().find(|d| d.id == id).map(|d| d.lever)
    }
}
