//! The benchmark suite: the cost of `guarded`'s locks against hand-written `std` and
//! `parking_lot` locks and against happylock, on the workloads W1 to W4 (and the other
//! field kinds). Not criterion: a small harness, so that `scripts/count-instructions`
//! can run one workload alone under callgrind, and `scripts/bench` can run every workload
//! of both backends side by side.
//!
//! ```sh
//! cargo bench --bench lock_cost -- w1/guarded 1000000   # one workload, once
//! cargo bench --bench lock_cost -- time 5               # every workload, median of 5
//! scripts/bench                                         # both backends, time and instructions
//! ```
//!
//! The `guarded` workloads use whichever backend the build has (`--features parking_lot`).

mod workloads;

use std::hint::black_box;
use std::time::{Duration, Instant};

use workloads::{GROUPS, Group};

fn main() {
    // `cargo bench` passes `--bench`; the other arguments choose what to run.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.as_slice() {
        [mode, reps] if mode == "time" => time_all(reps.parse().expect("a repetition count")),
        [mode] if mode == "time" => time_all(5),
        [name, count] => run_one(name, count.parse().expect("an iteration count")),
        [name] => run_one(name, 0),
        _ => usage(),
    }
}

fn usage() {
    println!("usage: lock_cost <group>/<impl> [iterations] | lock_cost time [repetitions]");
    for group in GROUPS {
        let names: Vec<&str> = group.impls.iter().map(|(name, _)| *name).collect();
        println!("  {}: {} ({})", group.name, names.join(", "), group.what);
    }
}

/// Runs one workload once: what callgrind counts.
fn run_one(name: &str, iterations: u64) {
    let (group, run) = find(name);
    let iterations = if iterations == 0 {
        group.iterations
    } else {
        iterations
    };
    let result = run(black_box(iterations));
    assert!(result >= iterations, "every operation counted");
    println!("{name}: {iterations} iterations, result {result}");
}

fn find(name: &str) -> (&'static Group, workloads::Workload) {
    let (group_name, impl_name) = name.split_once('/').unwrap_or((name, ""));
    GROUPS
        .iter()
        .filter(|group| group.name == group_name)
        .find_map(|group| {
            let (_, run) = group.impls.iter().find(|(n, _)| *n == impl_name)?;
            Some((group, *run))
        })
        .unwrap_or_else(|| panic!("no workload named {name}; run without arguments for a list"))
}

/// Every workload, `reps` times each, as a Markdown table: the median time per operation,
/// and the ratio to hand-written std in the same group and run.
fn time_all(reps: usize) {
    println!("| workload | implementation | median ns/op | ratio to std |");
    println!("|---|---|---|---|");
    for group in GROUPS {
        let medians: Vec<(&str, f64)> = group
            .impls
            .iter()
            .map(|(name, run)| (*name, median_ns(*run, group, reps)))
            .collect();
        let std = medians
            .iter()
            .find(|(name, _)| *name == "std")
            .map_or(f64::NAN, |(_, ns)| *ns);
        for (name, ns) in medians {
            println!("| {} | {name} | {ns:.2} | {:.2} |", group.name, ns / std);
        }
    }
}

/// The median over `reps` runs of the time per operation, in nanoseconds.
fn median_ns(run: workloads::Workload, group: &Group, reps: usize) -> f64 {
    let mut times: Vec<Duration> = (0..reps.max(1))
        .map(|_| {
            let start = Instant::now();
            black_box(run(black_box(group.iterations)));
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    let median = times[times.len() / 2];
    #[allow(clippy::cast_precision_loss)] // a ratio for display
    let per_op = median.as_nanos() as f64 / (group.iterations * group.ops_per_iteration) as f64;
    per_op
}
