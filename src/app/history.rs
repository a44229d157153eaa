//! Undo/redo over scenario changes. One slider drag is one step: changes that arrive while the same lever is
//! being dragged are folded into the step that the drag started.

use crate::scenario::{L, Scenario, Value};

/// What a step changed, kept as data rather than as text, so the history list reads in whatever language
/// the window is in now, not the one it was in when the change was made.
#[derive(Clone, Debug)]
pub(crate) enum Change {
    Lever(L, Value),
    Reset,
}

impl Change {
    /// "Mining levy (flat): 10.0 KZT/kWh" in the current language.
    pub(crate) fn label(&self, before: &Scenario) -> String {
        match self {
            Change::Lever(l, v) => {
                let mut s = before.clone();
                s.set(*l, v.clone());
                format!("{}: {}", l.decl().label_text(), s.display(*l))
            }
            Change::Reset => crate::i18n::t("history-reset"),
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Step {
    /// The scenario before the change.
    pub before: Scenario,
    pub label: Change,
}

#[derive(Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    dragging: Option<L>,
}

impl History {
    /// Records `before` as an undo step unless this change continues a drag of the same lever.
    pub(crate) fn record(&mut self, before: &Scenario, label: Change, drag_of: Option<L>) {
        if drag_of.is_some() && drag_of == self.dragging {
            if let Some(last) = self.undo.last_mut() {
                last.label = label;
            }
            return;
        }
        self.undo.push(Step {
            before: before.clone(),
            label,
        });
        self.redo.clear();
        self.dragging = drag_of;
    }

    pub(crate) fn end_drag(&mut self) {
        self.dragging = None;
    }

    pub(crate) fn undo(&mut self, current: &Scenario) -> Option<Scenario> {
        let step = self.undo.pop()?;
        self.redo.push(Step {
            before: current.clone(),
            label: step.label.clone(),
        });
        self.dragging = None;
        Some(step.before)
    }

    pub(crate) fn redo(&mut self, current: &Scenario) -> Option<Scenario> {
        let step = self.redo.pop()?;
        self.undo.push(Step {
            before: current.clone(),
            label: step.label.clone(),
        });
        self.dragging = None;
        Some(step.before)
    }

    /// Undoes back to just before step `index` (0 = the first change).
    pub(crate) fn jump_to(&mut self, index: usize, current: &Scenario) -> Option<Scenario> {
        let mut s = None;
        let mut cur = current.clone();
        while self.undo.len() > index {
            cur = self.undo(&cur)?;
            s = Some(cur.clone());
        }
        s
    }

    /// How many steps can be undone (what the story panel's history lists); tests check it survives.
    pub fn len(&self) -> usize {
        self.undo.len()
    }

    pub fn is_empty(&self) -> bool {
        self.undo.is_empty()
    }

    pub(crate) fn steps(&self) -> &[Step] {
        &self.undo
    }

    pub(crate) fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub(crate) fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drag_is_one_step_and_undo_redo_round_trip() {
        let mut h = History::default();
        let mut s = Scenario::default();
        for v in [2.0, 3.0, 4.0] {
            h.record(
                &s,
                Change::Lever(L::LevyRate, Value::Num(v)),
                Some(L::LevyRate),
            );
            s.set(L::LevyRate, Value::Num(v));
        }
        h.end_drag();
        assert_eq!(h.steps().len(), 1);
        assert_eq!(
            h.steps()[0].label.label(&s),
            "Mining levy (flat): 4.0\u{a0}KZT/kWh"
        );
        let back = h.undo(&s).unwrap();
        assert_eq!(back.num(L::LevyRate), 1.0);
        let fwd = h.redo(&back).unwrap();
        assert_eq!(fwd.num(L::LevyRate), 4.0);
    }
}
