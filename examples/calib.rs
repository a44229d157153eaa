//! `cargo run --release --example calib -- [lever=value | a.assumption=value]...`: the history preset with
//! levers and assumptions changed, printing its checks and the miner path. A calibration aid: assumptions are
//! not levers, so the command line cannot set them.
use hashgrid::data::Inputs;
use hashgrid::model;
use hashgrid::scenario::file;

fn set_assumption(a: &mut hashgrid::data::Assumptions, id: &str, v: f64) {
    let slot = match id {
        "choice_sigma_usd_mwh" => &mut a.choice_sigma_usd_mwh,
        "choice_reconsider_per_month" => &mut a.choice_reconsider_per_month,
        "choice_rush_gap_usd_mwh" => &mut a.choice_rush_gap_usd_mwh,
        "register_barrier_usd_mwh" => &mut a.register_barrier_usd_mwh,
        "gray_price_discount" => &mut a.gray_price_discount,
        "rig_value_usd_mw" => &mut a.rig_value_usd_mw,
        "leave_share_detected" => &mut a.leave_share_detected,
        "register_share_detected" => &mut a.register_share_detected,
        "exit_sensitivity" => &mut a.exit_sensitivity,
        "exit_max_per_month" => &mut a.exit_max_per_month,
        "invest_ratio_start" => &mut a.invest_ratio_start,
        "levy_row_shift" => &mut a.levy_row_shift,
        "alt_price_usd_kwh" => &mut a.alt_price_usd_kwh,
        "alt_uptime" => &mut a.alt_uptime,
        "relocation_downtime_months" => &mut a.relocation_downtime_months,
        "relocation_amortisation_months" => &mut a.relocation_amortisation_months,
        "invest_max_mw_month" => &mut a.invest_max_mw_month,
        "invest_ratio_full" => &mut a.invest_ratio_full,
        "exit_gap_weight_current" => &mut a.exit_gap_weight_current,
        "running_spread_usd_mwh" => &mut a.running_spread_usd_mwh,
        "miner_fixed_usd_mwh" => &mut a.miner_fixed_usd_mwh,
        "initial_white_share" => &mut a.initial_white_share,
        "pool_kz_base_share" => &mut a.pool_kz_base_share,
        "miner_opex_usd_mwh" => &mut a.miner_opex_usd_mwh,
        "world_hash_price_elasticity" => &mut a.world_hash_price_elasticity,
        _ => panic!("unknown assumption {id}"),
    };
    *slot = v;
}

fn main() {
    let preset = file::bundled(file::DEFAULT_PRESET).expect("bundled");
    let mut s = preset.scenario.clone();
    let mut inputs = Inputs::get().clone();
    for arg in std::env::args().skip(1) {
        let (k, v) = arg.split_once('=').expect("key=value");
        if let Some(id) = k.strip_prefix("a.") {
            set_assumption(&mut inputs.a, id, v.parse().expect("number"));
        } else {
            s.set_from_str(k, v).expect("lever");
        }
    }
    let mut r = model::Results::default();
    model::run_into(&s, &inputs, &mut r);
    let sm = &r.summary;
    println!(
        "levy {:.2} bn KZT, relocated {:.0}, retired {:.0}, seized {:.0} MW, mining {:.1} TWh, shed nm {:.0} GWh",
        sm.levy_kzt_bn,
        sm.exodus_mw,
        sm.retired_mw,
        sm.seized_mw,
        sm.mining_twh,
        sm.shed_nonmining_gwh
    );
    for m in r.monthly.iter().filter(|m| {
        [
            "2021-06", "2021-09", "2021-11", "2022-01", "2022-02", "2022-06", "2022-12", "2023-03",
            "2023-09",
        ]
        .contains(&m.month.as_str())
    }) {
        println!(
            "{} W {:4.0} G {:4.0} Wsrv {:4.0} Gsrv {:4.0} toW {:5.1} toG {:5.1} det {:5.1} ref {:4.0} share {:4.1}",
            m.month,
            m.white_mw,
            m.gray_mw,
            m.white_served_mw,
            m.gray_served_mw,
            m.switched_to_white_mw,
            m.switched_to_gray_mw,
            m.detected_gray_mw,
            m.refused_by_cap_mw,
            m.kz_share_pct
        );
    }
    for c in model::checks::evaluate(&r, &preset.meta.checks) {
        if !c.pass
            || [
                "white", "gray", "levy", "raid", "cut", "auction", "seized", "share",
            ]
            .iter()
            .any(|k| c.id.contains(k))
        {
            println!(
                "  {:28} {:9.2} [{} .. {}] {}",
                c.id,
                c.modelled,
                c.low,
                c.high,
                if c.pass { "pass" } else { "MISS" }
            );
        }
    }
}
