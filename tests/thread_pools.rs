//! Keys in thread pools: rayon's `par_iter` and `std::thread::scope`.
//!
//! Each worker thread has its own key, so a closure takes the key of the thread it runs on.
//! With nested `par_iter`, rayon may run a closure on a thread whose key is alive in an
//! outer closure: there `ThreadKey::get()` is `Err(KeyInUse)`, naming where the outer key
//! was taken. Each test runs under the watchdog: a mistake here is a hang.

mod common;

use std::collections::BTreeSet;

use guarded::{KeyInUse, ThreadKey, guarded};
use rayon::ThreadPoolBuilder;
use rayon::prelude::*;

use common::watched;

#[guarded]
struct Tally {
    /// The sum of every item counted.
    total: u64,
    /// How many items each worker thread counted, by the thread's rayon index.
    per_thread: Vec<u64>,
}

const THREADS: usize = 4;

fn pool(threads: usize) -> rayon::ThreadPool {
    ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a rayon pool")
}

/// Each `par_iter` closure takes its worker's key, locks both fields in order, and drops the
/// key when it returns: nothing is lost.
#[test]
fn closures_of_a_par_iter_lock_with_their_worker_s_key() {
    const ITEMS: u64 = 10_000;
    let tally = Tally::new(0, vec![0; THREADS]);
    let shared = tally.clone();
    watched(move || {
        pool(THREADS).install(|| {
            (1..=ITEMS).into_par_iter().for_each(|n| {
                let mut key = ThreadKey::get().expect("this worker's key");
                let (mut total, mut after_total) = shared.lock_total(&mut key);
                *total += n;
                let (mut per_thread, _key) = shared.lock_per_thread(&mut after_total);
                per_thread[rayon::current_thread_index().expect("on a worker")] += 1;
            });
        });
    });
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (total, mut after_total) = tally.lock_total(&mut key);
    let (per_thread, _key) = tally.lock_per_thread(&mut after_total);
    assert_eq!(*total, ITEMS * (ITEMS + 1) / 2);
    assert_eq!(per_thread.iter().sum::<u64>(), ITEMS, "{per_thread:?}");
}

/// Nested `par_iter` done right: the outer closure holds no key while its nested work runs.
/// The innermost closures take their own, and the outer one takes its key after the nested
/// work has returned. Two threads and many small jobs, so that closures run on threads
/// whose outer closures wait for nested work.
#[test]
fn nested_par_iter_takes_the_key_in_the_innermost_closure() {
    const ROWS: u64 = 200;
    const COLUMNS: u64 = 50;
    let tally = Tally::new(0, Vec::new());
    let shared = tally.clone();
    watched(move || {
        pool(2).install(|| {
            (0..ROWS).into_par_iter().for_each(|row| {
                let row_sum: u64 = (0..COLUMNS)
                    .into_par_iter()
                    .map(|column| {
                        let cell = row * COLUMNS + column;
                        let mut key = ThreadKey::get().expect("no outer key is alive");
                        *shared.lock_total(&mut key).0 += cell;
                        cell
                    })
                    .sum();
                let mut key = ThreadKey::get().expect("the nested work is done");
                shared.lock_per_thread(&mut key).0.push(row_sum);
            });
        });
    });
    let cells = ROWS * COLUMNS;
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (total, mut after_total) = tally.lock_total(&mut key);
    let (row_sums, _key) = tally.lock_per_thread(&mut after_total);
    assert_eq!(*total, cells * (cells - 1) / 2);
    assert_eq!(row_sums.len(), usize::try_from(ROWS).expect("small"));
    assert_eq!(row_sums.iter().sum::<u64>(), *total);
}

/// The other way to nest: lock before, copy the data out, drop the key, and pass the data
/// into the nested work.
#[test]
fn nested_par_iter_gets_its_data_from_a_lock_taken_before() {
    let tally = Tally::new(7, Vec::new());
    let shared = tally.clone();
    let sums = watched(move || {
        pool(2).install(|| {
            (0..16_u64)
                .into_par_iter()
                .map(|outer| {
                    let base = {
                        let mut key = ThreadKey::get().expect("this worker's key");
                        *shared.lock_total(&mut key).0
                    }; // the key is dropped here, before the nested work
                    (0..8_u64)
                        .into_par_iter()
                        .map(|inner| base + outer * inner)
                        .sum::<u64>()
                })
                .collect::<Vec<_>>()
        })
    });
    let expected: Vec<u64> = (0..16).map(|outer| 8 * 7 + outer * 28).collect();
    assert_eq!(sums, expected);
}

/// A nested closure that runs on the worker whose outer closure holds its key gets
/// `KeyInUse`, which names the file and line of the outer `get`. With one worker thread
/// every closure runs on it, so this happens every time.
#[test]
fn a_nested_closure_on_the_same_worker_gets_key_in_use() {
    let (outer_line, results) = watched(|| {
        pool(1).install(|| {
            let outer_line = std::sync::OnceLock::new();
            let results: Vec<Result<(), KeyInUse>> = (0..2)
                .into_par_iter()
                .flat_map_iter(|_| {
                    let (key, line) = (ThreadKey::get(), line!());
                    let key = key.expect("the outer closure's key");
                    outer_line.get_or_init(|| line);
                    // Wrong: nested parallel work while this closure's key is alive.
                    let inner: Vec<Result<(), KeyInUse>> = (0..3)
                        .into_par_iter()
                        .map(|_| ThreadKey::get().map(drop))
                        .collect();
                    drop(key);
                    inner
                })
                .collect();
            (*outer_line.get().expect("an outer closure ran"), results)
        })
    });
    assert_eq!(results.len(), 6);
    for result in results {
        let in_use = result.expect_err("the outer closure's key is alive on this worker");
        assert_eq!(in_use.taken_at().file(), file!());
        assert_eq!(in_use.taken_at().line(), outer_line);
        let message = in_use.to_string();
        let place = format!("{}:{outer_line}:", file!());
        assert!(message.contains(&place), "names {place}: {message}");
        assert!(
            message.contains("drop the outer key before nested parallel work"),
            "{message}"
        );
    }
    // Once the outer keys are dropped, the worker's key is free again.
    let free = pool(1).install(|| ThreadKey::get().is_ok());
    assert!(free);
}

/// A guard held across a `par_iter` whose closures lock the same field would hang: the
/// workers wait for the caller's lock while the caller waits for them. With `try_lock`
/// the closures show what `lock` would wait for: the lock is busy for all of them.
#[test]
fn a_guard_held_across_a_par_iter_keeps_its_field_from_the_workers() {
    let tally = Tally::new(0, Vec::new());
    let shared = tally.clone();
    let (busy, total) = watched(move || {
        let workers = pool(THREADS);
        let mut key = ThreadKey::get().expect("the caller's key");
        let (total, _after_total) = shared.lock_total(&mut key);
        let busy = workers.install(|| {
            (0..32)
                .into_par_iter()
                .filter(|_| {
                    let mut key = ThreadKey::get().expect("this worker's key");
                    // `shared.lock_total(&mut key)` here would wait forever.
                    shared.try_lock_total(&mut key).is_err()
                })
                .count()
        });
        (busy, *total)
    });
    assert_eq!((busy, total), (32, 0), "every worker found `total` held");
}

/// `std::thread::scope`: each scoped thread takes its own key (the caller's stays with
/// the caller, which keeps it alive meanwhile); the totals are exact.
#[test]
fn scoped_threads_take_their_own_keys() {
    const PER_THREAD: u64 = 1_000;
    let tally = Tally::new(0, Vec::new());
    let shared = tally.clone();
    let indices = watched(move || {
        let mut key = ThreadKey::get().expect("the caller's key");
        std::thread::scope(|scope| {
            for thread in 0..THREADS as u64 {
                let shared = &shared;
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a scoped thread's own key");
                    for _ in 0..PER_THREAD {
                        let (mut total, mut after_total) = shared.lock_total(&mut key);
                        *total += 1;
                        shared.lock_per_thread(&mut after_total).0.push(thread);
                    }
                });
            }
        });
        let (per_thread, _key) = shared.lock_per_thread(&mut key);
        per_thread.iter().copied().collect::<BTreeSet<u64>>()
    });
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (total, mut after_total) = tally.lock_total(&mut key);
    let (per_thread, _key) = tally.lock_per_thread(&mut after_total);
    assert_eq!(*total, THREADS as u64 * PER_THREAD);
    assert_eq!(per_thread.len() as u64, *total);
    assert_eq!(indices, (0..THREADS as u64).collect());
}
