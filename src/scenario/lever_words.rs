//! What a person reads about a lever, kept apart from the declarations in `levers.rs`: the group headings and
//! each lever's label, help, source wording and unit in the current language, looked up by the lever's id.

use super::levers::LeverDecl;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Group {
    TariffsLevy,
    CapsRationing,
    PlantsOutages,
    CoalImports,
    MinersMarket,
    Scenario,
}

impl Group {
    pub(crate) const ALL: [Group; 6] = [
        Group::TariffsLevy,
        Group::CapsRationing,
        Group::PlantsOutages,
        Group::CoalImports,
        Group::MinersMarket,
        Group::Scenario,
    ];

    /// Stable id: the group's messages are `group-<id>` in `assets/i18n/*/levers.ftl`.
    pub fn id(self) -> &'static str {
        match self {
            Group::TariffsLevy => "tariffs-levy",
            Group::CapsRationing => "caps-rationing",
            Group::PlantsOutages => "plants-outages",
            Group::CoalImports => "coal-imports",
            Group::MinersMarket => "miners-market",
            Group::Scenario => "scenario",
        }
    }

    /// The group's heading in the current language.
    pub fn text(self) -> String {
        crate::i18n::t(&format!("group-{}", self.id()))
    }

    /// English heading, for the generated English docs (`docs/levers.md`).
    pub(crate) fn label(self) -> &'static str {
        match self {
            Group::TariffsLevy => "Tariffs & levy",
            Group::CapsRationing => "Caps & rationing",
            Group::PlantsOutages => "Plants & outages",
            Group::CoalImports => "Coal & imports",
            Group::MinersMarket => "Miners & market",
            Group::Scenario => "Scenario",
        }
    }
}

/// The words of a lever in the current language, from the messages `lever-<id>` (label) with attributes
/// `.help` and `.source` (the text around the citations; publication titles stay as published). The
/// declaration's English fields stay what the English docs and the resources' English file are checked
/// against.
impl LeverDecl {
    pub fn message_id(&self) -> String {
        format!("lever-{}", self.id)
    }

    pub fn label_text(&self) -> String {
        crate::i18n::t(&self.message_id())
    }

    pub fn help_text(&self) -> String {
        crate::i18n::t(&format!("{}.help", self.message_id()))
    }

    pub fn source_text(&self) -> String {
        crate::i18n::t(&format!("{}.source", self.message_id()))
    }

    pub fn unit_text(&self) -> String {
        crate::i18n::unit(self.unit)
    }
}

/// A choice or priority option (`option-<id>` in `levers.ftl`), as the lever panel lists it.
pub fn option_text(id: &str) -> String {
    crate::i18n::t(&format!("option-{id}"))
}

/// An option's short form (`option-<id>.short`), for one-line read-outs such as "white miners > industry".
pub(crate) fn option_short(id: &str) -> String {
    crate::i18n::t(&format!("option-{id}.short"))
}
