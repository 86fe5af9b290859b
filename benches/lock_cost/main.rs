//! The benchmark suite: the cost of `guarded`'s locks against hand-written `std` and
//! `parking_lot` locks and against happylock, on the workloads W1 to W4 (and the other
//! field kinds). Not criterion: a small harness, so that `scripts/count-instructions`
//! can run one workload alone under callgrind, and `scripts/bench` can run every workload
//! of both backends side by side.
//!
//! ```sh
//! cargo bench --bench lock_cost -- w1/guarded 1000000   # one workload, once
//! cargo bench --bench lock_cost -- time 5               # every workload, 5 interleaved rounds
//! scripts/bench                                         # both backends, time and instructions
//! ```
//!
//! The `guarded` workloads use whichever backend the build has (`--features parking_lot`).
//!
//! Times are taken in rounds: each round runs every implementation of every workload once,
//! so that a slow spell of a shared machine falls on all of them, and the ratio to
//! hand-written std is taken within a round, then summarized over the rounds (median, and
//! the lowest and highest). `scripts/bench` runs the rounds of its four builds (two
//! backends, two codegen-unit settings) interleaved, with `time-raw`, and merges them with
//! the instruction counts into one table with `table`.

mod report;
mod workloads;

use std::hint::black_box;
use std::time::Instant;

use workloads::{GROUPS, Group};

fn main() {
    // `cargo bench` passes `--bench`; the other arguments choose what to run.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["time"] => report::print_times(&rounds(5, &[])),
        ["time", reps, only @ ..] => {
            report::print_times(&rounds(reps.parse().expect("a round count"), only));
        }
        ["time-raw", round, build, only @ ..] => {
            for (group, name, ns) in round_once(only) {
                println!("time\t{build}\t{group}\t{name}\t{round}\t{ns}");
            }
        }
        ["table"] => report::print_table(std::io::stdin().lock()),
        [name, count] => run_one(name, count.parse().expect("an iteration count")),
        [name] => run_one(name, 0),
        _ => usage(),
    }
}

fn usage() {
    println!(
        "usage: lock_cost <group>/<impl> [iterations] | lock_cost time [rounds [group...]] \
         | lock_cost time-raw <round> <build> [group...] | lock_cost table < records"
    );
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

/// One round: every implementation of every workload (the async ones only with the
/// `tokio` feature; only the workloads named in `only`, if any), once each, as (workload,
/// implementation, nanoseconds per operation).
fn round_once(only: &[&str]) -> Vec<(&'static str, &'static str, f64)> {
    let mut times = Vec::new();
    for group in GROUPS
        .iter()
        .filter(|g| only.is_empty() || only.contains(&g.name))
    {
        for (name, run) in group.impls {
            let start = Instant::now();
            black_box(run(black_box(group.iterations)));
            let elapsed = start.elapsed();
            #[allow(clippy::cast_precision_loss)] // a time for display
            let per_op =
                elapsed.as_nanos() as f64 / (group.iterations * group.ops_per_iteration) as f64;
            times.push((group.name, *name, per_op));
        }
    }
    times
}

/// `reps` rounds (of the workloads in `only`, if any), as records for
/// [`report::print_times`].
fn rounds(reps: usize, only: &[&str]) -> Vec<report::Time> {
    (0..reps.max(1))
        .flat_map(|round| {
            round_once(only)
                .into_iter()
                .map(move |(group, name, ns)| report::Time {
                    build: String::new(),
                    group: group.to_owned(),
                    name: name.to_owned(),
                    round,
                    ns,
                })
        })
        .collect()
}
