//! The tables the harness prints: times summarized over interleaved rounds, and (for
//! `scripts/bench`) those times merged with callgrind's counts into one table.
//!
//! Records, one a line, tab-separated, as `time-raw` and `scripts/count-instructions`
//! (with `RAW=1`) print them:
//!
//! ```text
//! time   <backend>:<cgu>  <workload>  <implementation>  <round>  <ns per op>
//! count  <backend>:<cgu>  <workload>  <implementation>  <instructions per op>  <mispredicted branches per op>
//! ```
//!
//! `<backend>` is `std` or `parking_lot` (the backend the `guarded` implementations were
//! built with), `<cgu>` is `default` or `1` (`CARGO_PROFILE_BENCH_CODEGEN_UNITS`).

use std::collections::BTreeMap;
use std::io::BufRead;

use crate::workloads::GROUPS;

/// One timed run of one implementation.
pub struct Time {
    /// `<backend>:<cgu>`; empty for a single build.
    pub build: String,
    pub group: String,
    pub name: String,
    pub round: usize,
    pub ns: f64,
}

/// The median, lowest and highest of `values` (not empty).
fn summary(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    let median = if values.len() % 2 == 1 {
        values[middle]
    } else {
        f64::midpoint(values[middle - 1], values[middle])
    };
    (median, values[0], values[values.len() - 1])
}

/// The times of one implementation in one build, and its ratios to std's time in the
/// same round of the same build.
fn times_of(times: &[Time], build: &str, group: &str, name: &str) -> Option<(Vec<f64>, Vec<f64>)> {
    let std_in = |round| {
        times
            .iter()
            .find(|t| t.build == build && t.group == group && t.name == "std" && t.round == round)
            .map(|t| t.ns)
    };
    let (mut ns, mut ratios) = (Vec::new(), Vec::new());
    for time in times
        .iter()
        .filter(|t| t.build == build && t.group == group && t.name == name)
    {
        ns.push(time.ns);
        if let Some(std) = std_in(time.round) {
            ratios.push(time.ns / std);
        }
    }
    (!ns.is_empty()).then_some((ns, ratios))
}

fn median_ns(ns: Vec<f64>) -> String {
    let (median, low, high) = summary(ns);
    format!("{median:.2} ({low:.2}–{high:.2})")
}

fn ratio(ratios: Vec<f64>) -> String {
    if ratios.is_empty() {
        return "–".to_owned();
    }
    let (median, low, high) = summary(ratios);
    format!("{median:.2} ({low:.2}–{high:.2})")
}

/// The times of one build (`cargo bench -- time`), as a Markdown table.
pub fn print_times(times: &[Time]) {
    let rounds = times.iter().map(|t| t.round).max().map_or(0, |r| r + 1);
    println!("Times over {rounds} interleaved rounds: median (lowest–highest).");
    println!();
    println!("| workload | implementation | ns per op | ratio to std in the same round |");
    println!("|---|---|---|---|");
    for group in GROUPS {
        for (name, _) in group.impls {
            if let Some((ns, ratios)) = times_of(times, "", group.name, name) {
                println!(
                    "| {} | {name} | {} | {} |",
                    group.name,
                    median_ns(ns),
                    ratio(ratios)
                );
            }
        }
    }
}

/// Reads records (see the module docs) and prints one table: every workload's
/// hand-written implementations (from the std build) and `guarded` ones of each backend,
/// with instructions and mispredicted branches per operation and the times, for the
/// default codegen units and for one.
pub fn print_table(input: impl BufRead) {
    let mut times = Vec::new();
    // (build, group, name) -> (instructions, mispredicted branches)
    let mut counts: BTreeMap<(String, String, String), (f64, f64)> = BTreeMap::new();
    for line in input.lines() {
        let line = line.expect("records on stdin");
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["time", build, group, name, round, ns] => times.push(Time {
                build: (*build).to_owned(),
                group: (*group).to_owned(),
                name: (*name).to_owned(),
                round: round.parse().expect("a round number"),
                ns: ns.parse().expect("a time"),
            }),
            ["count", build, group, name, instructions, misses] => {
                counts.insert(
                    ((*build).to_owned(), (*group).to_owned(), (*name).to_owned()),
                    (
                        instructions.parse().expect("a count"),
                        misses.parse().expect("a count"),
                    ),
                );
            }
            _ => {}
        }
    }
    let rounds = times.iter().map(|t| t.round).max().map_or(0, |r| r + 1);
    println!(
        "Instructions and mispredicted branches (conditional and indirect) per operation: \
         callgrind, `--branch-sim=yes`. Times: {rounds} interleaved rounds of the four \
         builds, median (lowest–highest); ratios to hand-written std in the same round of \
         the same build. \"1 CGU\": built with `CARGO_PROFILE_BENCH_CODEGEN_UNITS=1`. \
         Hand-written rows come from the std-backend build."
    );
    println!();
    println!(
        "| workload | implementation | instructions per op | 1 CGU | mispredicted per op | \
         1 CGU | ns per op | ratio to std | 1 CGU |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    let count = |build: &str, group: &str, name: &str, which: fn((f64, f64)) -> f64| {
        counts
            .get(&(build.to_owned(), group.to_owned(), name.to_owned()))
            .map_or_else(|| "–".to_owned(), |c| format!("{:.2}", which(*c)))
    };
    for group in GROUPS {
        for (name, _) in group.impls {
            let backends: &[&str] = if name.starts_with("guarded") {
                &["std", "parking_lot"]
            } else {
                &["std"]
            };
            for backend in backends {
                let (default, one) = (format!("{backend}:default"), format!("{backend}:1"));
                let label = if name.starts_with("guarded") {
                    format!("{name} ({backend})")
                } else {
                    (*name).to_owned()
                };
                let default_times = times_of(&times, &default, group.name, name);
                let one_times = times_of(&times, &one, group.name, name);
                if default_times.is_none()
                    && !counts.contains_key(&(
                        default.clone(),
                        group.name.to_owned(),
                        (*name).to_owned(),
                    ))
                {
                    continue;
                }
                let (ns, ratios) = default_times.map_or_else(
                    || ("–".to_owned(), "–".to_owned()),
                    |(ns, ratios)| (median_ns(ns), ratio(ratios)),
                );
                let ratios_one = one_times.map_or_else(|| "–".to_owned(), |(_, r)| ratio(r));
                println!(
                    "| {} | {label} | {} | {} | {} | {} | {ns} | {ratios} | {ratios_one} |",
                    group.name,
                    count(&default, group.name, name, |c| c.0),
                    count(&one, group.name, name, |c| c.0),
                    count(&default, group.name, name, |c| c.1),
                    count(&one, group.name, name, |c| c.1),
                );
            }
        }
    }
}
