//! What one instance of a `#[guarded]` struct costs to build, clone and keep, against the
//! idiomatic hand-written layout: one `Arc` of a struct of `Mutex`es. The struct has five
//! `u64` fields. Not timed: `scripts/count-instance-cost` runs each probe under callgrind
//! (instructions) and memcheck (heap allocations and bytes requested), for N and 2N
//! instances, and divides the difference by N, so that start-up cancels out.
//!
//! ```sh
//! cargo bench --bench instance_cost -- build/guarded 100000   # one probe, once
//! cargo bench --bench instance_cost -- size                   # the structs' sizes
//! scripts/count-instance-cost                                 # every figure, as a table
//! ```

use std::hint::black_box;
use std::sync::{Arc, Mutex};

use guarded::guarded;

/// Five locked `u64`s, each its own lock, in one allocation.
#[guarded]
pub struct Five {
    a: u64,
    b: u64,
    c: u64,
    d: u64,
    e: u64,
}

/// The same, written by hand: what a program without `guarded` shares between threads.
#[allow(
    dead_code,
    reason = "built, cloned and dropped: the probes never lock it"
)]
pub struct Inner {
    a: Mutex<u64>,
    b: Mutex<u64>,
    c: Mutex<u64>,
    d: Mutex<u64>,
    e: Mutex<u64>,
}

/// The hand-written struct's handle: `Arc<Inner>`.
pub type HandWritten = Arc<Inner>;

fn hand_written(n: u64) -> HandWritten {
    Arc::new(Inner {
        a: Mutex::new(n),
        b: Mutex::new(n),
        c: Mutex::new(n),
        d: Mutex::new(n),
        e: Mutex::new(n),
    })
}

/// Builds and drops `n` instances; returns something that depends on each.
fn build_guarded(n: u64) -> u64 {
    let mut sum = 0;
    for i in 0..n {
        let five = black_box(Five::new(i, i, i, i, i));
        sum += u64::from(Five::LOCK_ORDER.len() == 5);
        drop(five);
    }
    sum
}

fn build_hand_written(n: u64) -> u64 {
    let mut sum = 0;
    for i in 0..n {
        let five = black_box(hand_written(i));
        sum += u64::from(Arc::strong_count(&five) == 1);
        drop(five);
    }
    sum
}

/// Clones one instance and drops the clone, `n` times.
fn clone_guarded(n: u64) -> u64 {
    let five = Five::new(1, 2, 3, 4, 5);
    let mut sum = 0;
    for _ in 0..n {
        let clone = black_box(five.clone());
        sum += 1;
        drop(clone);
    }
    sum
}

fn clone_hand_written(n: u64) -> u64 {
    let five = hand_written(1);
    let mut sum = 0;
    for _ in 0..n {
        let clone = black_box(Arc::clone(&five));
        sum += 1;
        drop(clone);
    }
    sum
}

type Probe = fn(u64) -> u64;

const PROBES: &[(&str, Probe)] = &[
    ("build/guarded", build_guarded),
    ("build/hand_written", build_hand_written),
    ("clone/guarded", clone_guarded),
    ("clone/hand_written", clone_hand_written),
];

fn main() {
    // `cargo bench` passes `--bench`; the other arguments choose what to run.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.as_slice() {
        [size] if size == "size" => {
            println!("guarded {}", size_of::<Five>());
            println!("hand_written {}", size_of::<HandWritten>());
        }
        [name, count] => {
            let (_, probe) = PROBES
                .iter()
                .find(|(probe, _)| probe == name)
                .unwrap_or_else(|| panic!("no probe named {name}"));
            let n = count.parse().expect("an instance count");
            let result = probe(black_box(n));
            assert_eq!(result, n, "every instance counted");
            println!("{name}: {n} instances");
        }
        _ => {
            let names: Vec<&str> = PROBES.iter().map(|(name, _)| *name).collect();
            println!("usage: instance_cost <probe> <instances> | instance_cost size");
            println!("  probes: {}", names.join(", "));
        }
    }
}
