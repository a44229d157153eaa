//! Levers that pick one of a few named options, as enums. Each option's id (what files and `--set` write)
//! and label (what a person reads) are declared once here; the lever table takes its option list from the
//! enum, and the model matches on the variants, so adding an option is a compile error wherever it matters.

/// An enum whose variants are a lever's options.
pub trait Choice: Copy + PartialEq + 'static {
    /// `(id, label)` of every option, in variant order.
    const OPTIONS: &'static [(&'static str, &'static str)];
    const ALL: &'static [Self];

    fn index(self) -> usize;

    fn id(self) -> &'static str {
        Self::OPTIONS[self.index()].0
    }

    fn label(self) -> &'static str {
        Self::OPTIONS[self.index()].1
    }

    fn from_index(i: usize) -> Option<Self> {
        Self::ALL.get(i).copied()
    }

    fn by_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.id() == id)
    }
}

macro_rules! choices {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = ($id:literal, $label:literal)),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vm])* $var),* }

        impl Choice for $name {
            const OPTIONS: &'static [(&'static str, &'static str)] = &[$(($id, $label)),*];
            const ALL: &'static [$name] = &[$($name::$var),*];

            fn index(self) -> usize {
                self as usize
            }
        }
    };
}

choices! {
    /// How plant breakdowns enter a run.
    OutageMode {
        /// Every unit counts at its average availability.
        Expected = ("expected", "Expected over all breakdowns"),
        /// Each unit fails and is repaired at random, reproducibly for a seed.
        Drawn = ("drawn", "One drawn history (seeded)"),
    }
}

choices! {
    /// Which levy law is in force after the progressive scale's start date.
    LevyScheme {
        Flat = ("flat", "Flat rate only"),
        Progressive = ("progressive", "Progressive scale from its start date"),
    }
}

choices! {
    /// The groups the grid operator can cut, in the order a rationing rule names them. Gray miners are not a
    /// group: they hide in industry's feeders and are cut with them (see `model::dispatch`).
    PriorityGroup {
        WhiteMiners = ("white_miners", "Registered miners"),
        Industry = ("industry", "Industry (and gray miners hidden in it)"),
        Households = ("households", "Households"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_index_matches_variant_order() {
        for c in PriorityGroup::ALL {
            assert_eq!(PriorityGroup::by_id(c.id()), Some(*c));
            assert_eq!(PriorityGroup::from_index(c.index()), Some(*c));
        }
        assert_eq!(OutageMode::Drawn.id(), "drawn");
        assert_eq!(LevyScheme::by_id("flat"), Some(LevyScheme::Flat));
    }
}
