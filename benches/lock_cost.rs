//! The cost of one uncontended lock, for `scripts/count-instructions` (instructions under
//! callgrind) and for a quick look at time. Not a criterion suite: one workload per run,
//! chosen by name, so that callgrind counts only it.
//!
//! ```sh
//! cargo bench --bench lock_cost -- guarded 10000000     # one workload, timed
//! scripts/count-instructions                            # every workload, instructions per op
//! ```
//!
//! Each workload locks, increments a `u64` and unlocks, `iterations` times, on one thread.
//! The `guarded` workloads use whichever backend the build has (`--features parking_lot`).

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use guarded::{ThreadKey, guarded};

/// One mutex field under the default policy.
#[guarded]
struct Counter {
    count: u64,
}

/// One mutex field that never reports poisoning.
#[guarded(poison = recover)]
struct Lenient {
    count: u64,
}

/// One reader-writer field, and one atomic.
#[guarded]
struct Shared {
    #[guarded(rw)]
    count: u64,
    #[guarded(atomic)]
    hits: u64,
}

/// One account: a balance, as an instance of its own.
#[guarded]
struct Account {
    balance: i64,
}

/// The workloads, by name.
/// A workload: the iteration count in, a result that depends on every iteration out.
type Workload = fn(u64) -> u64;

const WORKLOADS: &[(&str, Workload)] = &[
    ("std", std_mutex),
    ("parking_lot", parking_lot_mutex),
    ("guarded", guarded_mutex),
    ("guarded_recover", guarded_recover),
    ("std_rw_write", std_rw_write),
    ("guarded_rw_write", guarded_rw_write),
    ("parking_lot_rw_write", parking_lot_rw_write),
    ("std_rw_read", std_rw_read),
    ("parking_lot_rw_read", parking_lot_rw_read),
    ("guarded_rw_read", guarded_rw_read),
    ("std_pair", std_pair),
    ("guarded_pair", guarded_pair),
    ("std_atomic", std_atomic),
    ("guarded_atomic", guarded_atomic),
];

fn std_mutex(iterations: u64) -> u64 {
    let shared = black_box(Arc::new(Mutex::new(0_u64)));
    for _ in 0..iterations {
        *shared.lock().expect("not poisoned") += 1;
    }
    *shared.lock().expect("not poisoned")
}

fn parking_lot_mutex(iterations: u64) -> u64 {
    let shared = black_box(Arc::new(parking_lot::Mutex::new(0_u64)));
    for _ in 0..iterations {
        *shared.lock() += 1;
    }
    *shared.lock()
}

fn guarded_mutex(iterations: u64) -> u64 {
    let counter = black_box(Counter::new(0));
    let mut key = ThreadKey::get().expect("the bench thread's key");
    for _ in 0..iterations {
        *counter.lock_count(&mut key).0 += 1;
    }
    *counter.lock_count(&mut key).0
}

fn guarded_recover(iterations: u64) -> u64 {
    let counter = black_box(Lenient::new(0));
    let mut key = ThreadKey::get().expect("the bench thread's key");
    for _ in 0..iterations {
        *counter.lock_count(&mut key).0 += 1;
    }
    *counter.lock_count(&mut key).0
}

fn std_rw_write(iterations: u64) -> u64 {
    let shared = black_box(Arc::new(RwLock::new(0_u64)));
    for _ in 0..iterations {
        *shared.write().expect("not poisoned") += 1;
    }
    *shared.read().expect("not poisoned")
}

fn parking_lot_rw_write(iterations: u64) -> u64 {
    let shared = black_box(Arc::new(parking_lot::RwLock::new(0_u64)));
    for _ in 0..iterations {
        *shared.write() += 1;
    }
    *shared.read()
}

fn parking_lot_rw_read(iterations: u64) -> u64 {
    let shared = black_box(Arc::new(parking_lot::RwLock::new(1_u64)));
    let mut sum = 0;
    for _ in 0..iterations {
        sum += *shared.read();
    }
    sum
}

fn guarded_rw_write(iterations: u64) -> u64 {
    let shared = black_box(Shared::new(0, 0));
    let mut key = ThreadKey::get().expect("the bench thread's key");
    for _ in 0..iterations {
        *shared.write_count(&mut key).0 += 1;
    }
    *shared.read_count(&mut key).0
}

fn std_rw_read(iterations: u64) -> u64 {
    let shared = black_box(Arc::new(RwLock::new(1_u64)));
    let mut sum = 0;
    for _ in 0..iterations {
        sum += *shared.read().expect("not poisoned");
    }
    sum
}

fn guarded_rw_read(iterations: u64) -> u64 {
    let shared = black_box(Shared::new(1, 0));
    let mut key = ThreadKey::get().expect("the bench thread's key");
    let mut sum = 0;
    for _ in 0..iterations {
        sum += *shared.read_count(&mut key).0;
    }
    sum
}

/// Moves 1 between two accounts, alternating the direction, with two hand-ordered std
/// locks: the lower address first, as a careful programmer writes `transfer(a, b)`.
fn std_pair(iterations: u64) -> u64 {
    let accounts = black_box([Arc::new(Mutex::new(0_i64)), Arc::new(Mutex::new(0_i64))]);
    for i in 0..iterations {
        let (from, to) = if i % 2 == 0 { (0, 1) } else { (1, 0) };
        let (from, to) = (&accounts[from], &accounts[to]);
        let (mut from, mut to) = if Arc::as_ptr(from) < Arc::as_ptr(to) {
            let from = from.lock().expect("not poisoned");
            (from, to.lock().expect("not poisoned"))
        } else {
            let to = to.lock().expect("not poisoned");
            (from.lock().expect("not poisoned"), to)
        };
        *from -= 1;
        *to += 1;
    }
    let moved = *accounts[1].lock().expect("not poisoned");
    u64::try_from(moved.abs()).unwrap_or_default() + iterations
}

/// The same transfers with `lock_balance_pair`, which orders the two locks itself.
fn guarded_pair(iterations: u64) -> u64 {
    let accounts = black_box([Account::new(0), Account::new(0)]);
    let mut key = ThreadKey::get().expect("the bench thread's key");
    for i in 0..iterations {
        let (from, to) = if i % 2 == 0 { (0, 1) } else { (1, 0) };
        let (mut from, mut to, _key) =
            Account::lock_balance_pair(&accounts[from], &accounts[to], &mut key)
                .expect("two different accounts");
        *from -= 1;
        *to += 1;
    }
    let moved = *accounts[1].lock_balance(&mut key).0;
    u64::try_from(moved.abs()).unwrap_or_default() + iterations
}

fn std_atomic(iterations: u64) -> u64 {
    let shared = black_box(Arc::new(AtomicU64::new(0)));
    for _ in 0..iterations {
        shared.fetch_add(1, Ordering::Relaxed);
    }
    shared.load(Ordering::Relaxed)
}

fn guarded_atomic(iterations: u64) -> u64 {
    let shared = black_box(Shared::new(0, 0));
    for _ in 0..iterations {
        shared.hits().fetch_add(1, Ordering::Relaxed);
    }
    shared.hits().load(Ordering::Relaxed)
}

fn main() {
    // `cargo bench` passes `--bench`; the workload and count are the other arguments.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let (name, iterations) = match args.as_slice() {
        [name, count] => (name.as_str(), count.parse().expect("an iteration count")),
        [name] => (name.as_str(), 10_000_000),
        _ => {
            let names: Vec<&str> = WORKLOADS.iter().map(|(name, _)| *name).collect();
            println!(
                "usage: lock_cost <workload> [iterations]; workloads: {}",
                names.join(", ")
            );
            return;
        }
    };
    let (_, workload) = WORKLOADS
        .iter()
        .find(|(candidate, _)| *candidate == name)
        .unwrap_or_else(|| panic!("no workload named {name}"));
    let start = Instant::now();
    let result = workload(black_box(iterations));
    let elapsed = start.elapsed();
    assert!(result >= iterations, "every iteration counted");
    #[allow(clippy::cast_precision_loss)] // a ratio for display
    let per_op = elapsed.as_nanos() as f64 / iterations as f64;
    println!("{name}: {iterations} iterations in {elapsed:?} ({per_op:.2} ns/op)");
}
