//! One hour of dispatch: serve what supply allows, import to the limit, shed the rest in the policy's order.

/// Load segments, in the order of `req`/`shed` arrays everywhere.
pub const WHITE: usize = 0;
pub const GRAY: usize = 1;
pub const INDUSTRY: usize = 2;
pub const HOUSEHOLDS: usize = 3;
pub const SEGMENT_NAMES: [&str; 4] = ["Registered miners", "Gray miners", "Industry", "Households"];

/// Members of each priority group: registered miners alone; industry together with the gray miners hidden in
/// its feeders; households.
const GROUPS: [&[usize]; 3] = [&[WHITE], &[INDUSTRY, GRAY], &[HOUSEHOLDS]];

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct HourOutcome {
    pub shed: [f64; 4],
    pub imports: f64,
    pub generation: f64,
}

/// `available` is domestic capacity able to run; `reserve` is held back from it. When `ordered` is false the
/// shortage falls on all segments in proportion (before rationing rules existed).
pub fn dispatch(
    req: [f64; 4],
    available: f64,
    reserve: f64,
    import_limit: f64,
    ordered: bool,
    priority: [usize; 3],
) -> HourOutcome {
    let total = req[0] + req[1] + req[2] + req[3];
    let supply = (available - reserve).max(0.0);
    let deficit = total - supply;
    if deficit <= 0.0 {
        return HourOutcome {
            shed: [0.0; 4],
            imports: 0.0,
            generation: total,
        };
    }
    let imports = deficit.min(import_limit.max(0.0));
    let mut short = deficit - imports;
    let mut shed = [0.0; 4];
    if short > 0.0 {
        if !ordered {
            let f = (short / total).min(1.0);
            for i in 0..4 {
                shed[i] = req[i] * f;
            }
        } else {
            for &g in &priority {
                if short <= 0.0 {
                    break;
                }
                let members = GROUPS[g];
                let group_load: f64 = members.iter().map(|&i| req[i]).sum();
                if group_load <= 0.0 {
                    continue;
                }
                let cut = short.min(group_load);
                let f = cut / group_load;
                for &i in members {
                    shed[i] = req[i] * f;
                }
                short -= cut;
            }
        }
    }
    let served: f64 = total - shed.iter().sum::<f64>();
    HourOutcome {
        shed,
        imports,
        generation: (served - imports).max(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn miners_are_cut_first_when_ordered() {
        let o = dispatch(
            [500.0, 300.0, 7000.0, 3000.0],
            10_000.0,
            500.0,
            200.0,
            true,
            [0, 1, 2],
        );
        // deficit 1300, imports 200, short 1100: all 500 white, then 600 from industry+gray in proportion
        assert!((o.shed[WHITE] - 500.0).abs() < 1e-9);
        assert!((o.shed[INDUSTRY] + o.shed[GRAY] - 600.0).abs() < 1e-9);
        assert_eq!(o.shed[HOUSEHOLDS], 0.0);
        assert!((o.imports - 200.0).abs() < 1e-9);
    }

    #[test]
    fn no_shortage_means_no_shedding_or_imports() {
        let o = dispatch(
            [100.0, 100.0, 100.0, 100.0],
            2000.0,
            500.0,
            600.0,
            true,
            [0, 1, 2],
        );
        assert_eq!(
            o,
            HourOutcome {
                shed: [0.0; 4],
                imports: 0.0,
                generation: 400.0
            }
        );
    }
}
