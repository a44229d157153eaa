//! A structure-aware fuzzer over the scenario loader and the model (issue 10).
//!
//! Each case starts from a bundled preset and applies one to four mutations that know what a scenario file
//! is made of: numbers become edge values (`inf`, `NaN`, `1e400`, `-1`, 2^32, fractions where whole numbers
//! go), dates become dates outside the run or not dates at all, texts become huge, empty, multi-line or
//! path-like, tokens are deleted, doubled or swapped, levers are added with values of any kind, and files are
//! truncated or spliced. Every case must end in a loaded scenario or a one-line error; a loaded scenario is
//! also run through the model (expected-value outages, the cheap deterministic mode), its checks evaluated
//! (every value finite: no `null` in the JSON) and saved and re-read unchanged. A panic anywhere fails the
//! test, and the input that caused it is written to `target/tmp/fuzz-failures/`.
//!
//! `cargo test --test fuzz` runs a bounded, seeded set (3,000 cases by default). A long run, in release mode:
//!
//! ```sh
//! HASHGRID_FUZZ_SECONDS=600 cargo test --release --test fuzz -- --nocapture
//! HASHGRID_FUZZ_CASES=200000 HASHGRID_FUZZ_SEED=7 cargo test --release --test fuzz -- --nocapture
//! ```

#[path = "fuzz/mutate.rs"]
mod mutate;

use hashgrid::model::{self, checks};
use hashgrid::scenario::file;
use hashgrid::scenario::{L, LEVERS, OutageMode, Scenario, Value};
use mutate::{DATES, Fuzz};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::panic::{AssertUnwindSafe, catch_unwind};

const DEFAULT_CASES: u64 = 3000;
fn assert_one_line(s: &str) {
    assert!(
        !s.contains('\n') && !s.contains('\r'),
        "message on more than one line: {s:?}"
    );
    for name in ["PresetFile", "NamedOutage", "CheckSpec", "LeverFile"] {
        assert!(!s.contains(name), "type name in message: {s}");
    }
}

/// One case: what loads must run, evaluate to finite checks and survive a save; what does not must be one
/// line. Returns whether the file loaded.
fn exercise(text: &str) -> bool {
    let loaded = match file::parse("fuzz.ron", text) {
        Ok(l) => l,
        Err(e) => {
            assert_one_line(&e.to_string());
            return false;
        }
    };
    for w in &loaded.warnings {
        assert_one_line(&w.to_string());
    }
    let p = loaded.preset;
    let again =
        file::parse("saved.ron", &p.to_ron()).expect("a loaded scenario saves and re-reads");
    assert_eq!(again.preset, p, "a save and re-read changed the scenario");
    let mut s: Scenario = p.scenario.clone();
    s.set(L::OutageMode, Value::choice(OutageMode::Expected));
    let r = model::run(&s);
    for c in checks::evaluate(&r, &p.meta.checks) {
        assert!(c.modelled.is_finite(), "check {} has no value", c.id);
    }
    true
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

#[test]
fn mutated_presets_load_or_fail_in_one_line_and_never_panic() {
    let seed = env_u64("HASHGRID_FUZZ_SEED").unwrap_or(10);
    let seconds = env_u64("HASHGRID_FUZZ_SECONDS");
    let cases = env_u64("HASHGRID_FUZZ_CASES").unwrap_or(if seconds.is_some() {
        u64::MAX
    } else {
        DEFAULT_CASES
    });
    let deadline = seconds.map(|s| std::time::Instant::now() + std::time::Duration::from_secs(s));
    let failures = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let mut fuzz = Fuzz {
        rng: ChaCha8Rng::seed_from_u64(seed),
    };
    let (mut done, mut loaded, mut panics) = (0u64, 0u64, Vec::new());
    while done < cases && deadline.is_none_or(|d| std::time::Instant::now() < d) {
        let text = fuzz.case();
        match catch_unwind(AssertUnwindSafe(|| exercise(&text))) {
            Ok(true) => loaded += 1,
            Ok(false) => {}
            Err(_) => {
                let _ = std::fs::create_dir_all(&failures);
                let path = failures.join(format!("seed{seed}-case{done}.ron"));
                let _ = std::fs::write(&path, &text);
                panics.push(path.display().to_string());
            }
        }
        done += 1;
    }
    println!(
        "fuzz: seed {seed}, {done} cases, {loaded} loaded and run through the model, {} panics",
        panics.len()
    );
    assert!(
        panics.is_empty(),
        "{} panics; inputs saved: {panics:?}",
        panics.len()
    );
    assert!(
        loaded > 0 && loaded < done,
        "the mutations should both keep and break files"
    );
}

#[test]
fn random_command_line_values_for_every_lever_never_panic() {
    let mut fuzz = Fuzz {
        rng: ChaCha8Rng::seed_from_u64(3),
    };
    for _ in 0..2000 {
        let d = &LEVERS[fuzz.below(LEVERS.len())];
        let v = match fuzz.below(3) {
            0 => fuzz.random_number(),
            1 => fuzz.pick(DATES).to_string(),
            _ => fuzz.random_string(),
        };
        let mut s = Scenario::default();
        match s.set_from_str(d.id, &v) {
            Ok(w) => {
                if let Some(w) = w {
                    assert_one_line(
                        &hashgrid::scenario::file::FileIssue {
                            file: String::new(),
                            line: 1,
                            col: 1,
                            msg: w,
                        }
                        .to_string(),
                    );
                }
            }
            Err(e) => assert!(e.len() < 600, "{}: {e}", d.id),
        }
    }
}
