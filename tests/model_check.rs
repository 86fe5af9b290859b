//! `guarded`'s own run-time logic, model-checked with shuttle (the `shuttle` feature): each
//! test runs a small scenario of 2–3 model threads under shuttle's random scheduler, with a
//! fixed seed and a fixed number of schedules, so that CI explores the same interleavings on
//! every run. A deadlock in any explored schedule fails the test with shuttle's
//! "deadlock!" panic and the schedule to replay; so does any failed assertion.
//!
//! - `_pair` and `_many` lock in one order whatever the argument order: 2–3 threads in both
//!   directions and in every permutation, money conserved, guards in argument order.
//! - `SameInstance` is refused with nothing locked, while other threads lock the same locks.
//! - Condition variables: no lost wake-up between producers and waiters (`notify_one`,
//!   `notify_all`); a timed wait never times out here (shuttle has no time).
//! - `try_` calls: both outcomes (`Busy` and locked) are reached, and a lock taken by a try
//!   holds the data a holder left whole.
//! - Keys: each model thread has its own `ThreadKey` (the key bookkeeping is per model
//!   thread, not per OS thread).
//! - `snapshot` updates from two threads add up, and the mark `update_` keeps against a
//!   write inside its own function is per model thread too.
//!
//! And the control that shows the tool finds what `guarded` prevents: a copy of the pair
//! call that locks in argument order instead of address order is reported as a deadlock,
//! while the same scenario with address order passes.
//!
//! Timeouts and the poisoning policies stay tested on real threads (`tests/try_lock.rs`,
//! `tests/poisoning.rs`, `tests/poison_policies.rs`): shuttle has no time, and it fails a
//! run on any panic in a model thread, even a caught one.
#![cfg(feature = "shuttle")]

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};

use guarded::{ThreadKey, guarded};
use shuttle::thread;

/// The seed of every check: the same schedules on every run.
const SEED: u64 = 0x6775_6172_6465_6421;
/// Schedules explored per check: enough that the broken pair below deadlocks in several of
/// them (it does within the first few dozen), small enough that the file runs in seconds.
const SCHEDULES: usize = 1_000;

fn check(scenario: impl Fn() + Send + Sync + 'static) {
    shuttle::check_random_with_seed(scenario, SEED, SCHEDULES);
}

#[guarded]
struct Account {
    balance: i64,
    history: Vec<i64>,
}

const OPENING: i64 = 100;

fn accounts(count: usize) -> Vec<Account> {
    (0..count)
        .map(|_| Account::new(OPENING, Vec::new()))
        .collect()
}

/// Moves `amount` from `from` to `to`, both fields of both, in one pair call each.
fn transfer(from: &Account, to: &Account, amount: i64, key: &mut ThreadKey) {
    let (mut from_balance, mut to_balance, mut after_balance) =
        Account::lock_balance_pair(from, to, key).expect("two different accounts");
    *from_balance -= amount;
    *to_balance += amount;
    let (mut from_history, mut to_history, _key) =
        Account::lock_history_pair(from, to, &mut after_balance).expect("two different accounts");
    from_history.push(-amount);
    to_history.push(amount);
}

/// Every account's balance is the opening balance plus its history, and the total is kept.
fn assert_conserved(accounts: &[Account], transfers: usize) {
    let mut key = ThreadKey::get().expect("the main model thread's key");
    let (balances, mut after_balance) =
        Account::lock_balance_many(accounts, &mut key).expect("different accounts");
    let (histories, _key) =
        Account::lock_history_many(accounts, &mut after_balance).expect("different accounts");
    let total: i64 = balances.iter().map(|balance| **balance).sum();
    assert_eq!(
        total,
        OPENING * i64::try_from(accounts.len()).expect("few accounts")
    );
    for (balance, history) in balances.iter().zip(&histories) {
        assert_eq!(**balance, OPENING + history.iter().sum::<i64>());
    }
    let entries: usize = histories.iter().map(|history| history.len()).sum();
    assert_eq!(entries, 2 * transfers, "two entries per transfer");
}

/// Two threads transfer between the same two accounts in opposite directions: with the
/// pair call's one order, no schedule deadlocks.
#[test]
fn pair_in_both_directions_never_deadlocks() {
    check(|| {
        let shared = accounts(2);
        let threads: Vec<_> = [(0, 1), (1, 0)]
            .into_iter()
            .map(|(from, to)| {
                let accounts: Vec<Account> = shared.clone();
                thread::spawn(move || {
                    let mut key = ThreadKey::get().expect("a model thread's first key");
                    for amount in 1..=2 {
                        transfer(&accounts[from], &accounts[to], amount, &mut key);
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("a transfer thread did not panic");
        }
        assert_conserved(&shared, 4);
    });
}

/// Three threads around three accounts (a→b, b→c, c→a), the cycle that argument order
/// would close with three threads, and the reverse cycle on the same accounts.
#[test]
fn pair_around_a_cycle_of_three_never_deadlocks() {
    for cycle in [[(0, 1), (1, 2), (2, 0)], [(1, 0), (2, 1), (0, 2)]] {
        check(move || {
            let shared = accounts(3);
            let threads: Vec<_> = cycle
                .into_iter()
                .map(|(from, to)| {
                    let accounts: Vec<Account> = shared.clone();
                    thread::spawn(move || {
                        let mut key = ThreadKey::get().expect("a model thread's first key");
                        transfer(&accounts[from], &accounts[to], 5, &mut key);
                    })
                })
                .collect();
            for thread in threads {
                thread.join().expect("a transfer thread did not panic");
            }
            assert_conserved(&shared, 3);
        });
    }
}

#[guarded]
struct Slot {
    /// The slot's own number, to see that guards come back in argument order, and the
    /// number of times it was locked.
    tally: (usize, u32),
}

/// Three threads lock the same three slots with `_many`, each in another argument order:
/// no schedule deadlocks, each thread gets its guards in its own argument order, and every
/// count is exact.
#[test]
fn many_in_three_argument_orders_never_deadlocks() {
    check(|| {
        let shared: Vec<Slot> = (0..3).map(|n| Slot::new((n, 0))).collect();
        let threads: Vec<_> = [[0, 1, 2], [2, 1, 0], [1, 2, 0]]
            .into_iter()
            .map(|order| {
                let slots = shared.clone();
                thread::spawn(move || {
                    let mut key = ThreadKey::get().expect("a model thread's first key");
                    let (mut tallies, _key) =
                        Slot::lock_tally_many(order.iter().map(|&n| &slots[n]), &mut key)
                            .expect("three different slots");
                    for (tally, &n) in tallies.iter_mut().zip(&order) {
                        assert_eq!(tally.0, n, "guards come back in argument order");
                        tally.1 += 1;
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("a locking thread did not panic");
        }
        let mut key = ThreadKey::get().expect("the main model thread's key");
        let (tallies, _key) = Slot::lock_tally_many(&shared, &mut key).expect("different slots");
        assert!(
            tallies.iter().all(|tally| tally.1 == 3),
            "each slot locked 3 times"
        );
    });
}

/// The same instance twice is `SameInstance`, with nothing locked, whatever other threads
/// hold at that moment: the thread then locks both accounts, and the others finish.
#[test]
fn same_instance_is_refused_with_nothing_locked_while_others_lock() {
    check(|| {
        let shared = accounts(2);
        let mover = {
            let accounts = shared.clone();
            thread::spawn(move || {
                let mut key = ThreadKey::get().expect("a model thread's first key");
                transfer(&accounts[1], &accounts[0], 1, &mut key);
            })
        };
        let refused = {
            let accounts = shared.clone();
            thread::spawn(move || {
                let mut key = ThreadKey::get().expect("a model thread's first key");
                let (a, b) = (&accounts[0], &accounts[1]);
                let twice = Account::lock_balance_pair(a, &a.clone(), &mut key)
                    .expect_err("one account twice");
                assert_eq!(twice.positions(), (0, 1));
                let twice = Account::lock_balance_many([a, b, a], &mut key)
                    .expect_err("one account twice in a list");
                assert_eq!(twice.positions(), (0, 2));
                // Nothing stayed locked: the same thread (and the other) can lock both.
                transfer(a, b, 1, &mut key);
            })
        };
        mover.join().expect("the mover did not panic");
        refused.join().expect("the refused thread did not panic");
        assert_conserved(&shared, 2);
    });
}

#[guarded]
struct Queue {
    #[guarded(condvar)]
    jobs: (Vec<u32>, bool),
    done: Vec<u32>,
}

/// Two waiters and one producer: every job is taken once, and once the queue is closed both
/// waiters stop. A lost wake-up (a notify before the waiter sleeps, a `notify_one` that
/// wakes nobody) would leave a waiter asleep: shuttle reports that schedule as a deadlock.
#[test]
fn condvar_waiters_are_woken_for_every_job_and_for_the_close() {
    check(|| {
        let queue = Queue::new((Vec::new(), false), Vec::new());
        let waiters: Vec<_> = (0..2)
            .map(|_| {
                let queue = queue.clone();
                thread::spawn(move || {
                    let mut key = ThreadKey::get().expect("a model thread's first key");
                    loop {
                        let (jobs, mut after_jobs) = queue.lock_jobs(&mut key);
                        let mut jobs = jobs.wait_while(&mut after_jobs, |(jobs, closed)| {
                            jobs.is_empty() && !*closed
                        });
                        let Some(job) = jobs.0.pop() else { break };
                        queue.lock_done(&mut after_jobs).0.push(job);
                    }
                })
            })
            .collect();
        let mut key = ThreadKey::get().expect("the main model thread's key");
        for job in 0..2 {
            queue.lock_jobs(&mut key).0.0.push(job);
            queue.notify_one_jobs();
        }
        queue.lock_jobs(&mut key).0.1 = true;
        queue.notify_all_jobs();
        for waiter in waiters {
            waiter.join().expect("a waiter did not panic");
        }
        let (jobs, mut after_jobs) = queue.lock_jobs(&mut key);
        assert!(jobs.0.is_empty());
        let mut done = queue.lock_done(&mut after_jobs).0.clone();
        done.sort_unstable();
        assert_eq!(done, [0, 1], "every job taken exactly once");
    });
}

/// Shuttle has no time: a timed wait waits for its notification as an untimed one does, and
/// never says it timed out, however short its timeout.
#[test]
fn a_timed_wait_never_times_out_under_shuttle() {
    check(|| {
        let queue = Queue::new((Vec::new(), false), Vec::new());
        let waiter = {
            let queue = queue.clone();
            thread::spawn(move || {
                let mut key = ThreadKey::get().expect("a model thread's first key");
                let (jobs, mut after_jobs) = queue.lock_jobs(&mut key);
                let (jobs, timed_out) = jobs.wait_timeout_while(
                    &mut after_jobs,
                    std::time::Duration::from_nanos(1),
                    |(jobs, _)| jobs.is_empty(),
                );
                assert!(!timed_out, "no time passes in a shuttle test");
                jobs.0.clone()
            })
        };
        let mut key = ThreadKey::get().expect("the main model thread's key");
        queue.lock_jobs(&mut key).0.0.push(7);
        queue.notify_one_jobs();
        assert_eq!(waiter.join().expect("the waiter did not panic"), [7]);
    });
}

#[guarded]
struct Pair {
    /// Two halves a holder changes together, each in its own step.
    halves: (u32, u32),
    #[guarded(rw)]
    table: (u32, u32),
}

/// A `try_` call on a lock another thread may hold: `Busy` in some schedules, locked in
/// others (both are reached, counted across the schedules), and when it locks, the data
/// is whole (the holder's two steps are never seen half done). Also for an `rw` field's
/// `try_read` while a writer may hold it.
#[test]
fn try_lock_is_busy_or_locked_never_half_done() {
    static BUSY: AtomicUsize = AtomicUsize::new(0);
    static LOCKED: AtomicUsize = AtomicUsize::new(0);
    static READ_BUSY: AtomicUsize = AtomicUsize::new(0);
    static READ: AtomicUsize = AtomicUsize::new(0);
    check(|| {
        let pair = Pair::new((0, 0), (0, 0));
        let holder = {
            let pair = pair.clone();
            thread::spawn(move || {
                let mut key = ThreadKey::get().expect("a model thread's first key");
                let (mut halves, mut after_halves) = pair.lock_halves(&mut key);
                halves.0 += 1;
                thread::yield_now();
                halves.1 += 1;
                drop(halves);
                let (mut table, _key) = pair.write_table(&mut after_halves);
                table.0 += 1;
                thread::yield_now();
                table.1 += 1;
            })
        };
        let mut key = ThreadKey::get().expect("the main model thread's key");
        match pair.try_lock_halves(&mut key) {
            Ok((halves, _key)) => {
                assert_eq!(halves.0, halves.1, "a try never sees a holder's half step");
                LOCKED.fetch_add(1, Ordering::Relaxed);
            }
            Err(busy) => {
                assert_eq!(
                    busy.to_string(),
                    "`Pair.halves` is locked by another thread"
                );
                BUSY.fetch_add(1, Ordering::Relaxed);
            }
        }
        match pair.try_read_table(&mut key) {
            Ok((table, _key)) => {
                assert_eq!(table.0, table.1, "a try never sees a writer's half step");
                READ.fetch_add(1, Ordering::Relaxed);
            }
            Err(_busy) => {
                READ_BUSY.fetch_add(1, Ordering::Relaxed);
            }
        }
        holder.join().expect("the holder did not panic");
        // Once the holder is gone, a try always locks.
        let (halves, _key) = pair.try_lock_halves(&mut key).expect("nobody holds it now");
        assert_eq!(*halves, (1, 1));
    });
    for (outcome, count) in [
        ("Busy", &BUSY),
        ("locked", &LOCKED),
        ("read Busy", &READ_BUSY),
        ("read", &READ),
    ] {
        assert!(
            count.load(Ordering::Relaxed) > 0,
            "no explored schedule gave `{outcome}`: the scenario does not reach it"
        );
    }
}

#[guarded]
struct Counter {
    names: Vec<&'static str>,
    #[guarded(atomic)]
    hits: u64,
}

/// An `atomic` field is shuttle's atomic here (each operation a point where the threads may
/// switch): two threads count on it, one of them while it holds the struct's lock, and no
/// count is lost.
#[test]
fn atomic_fields_are_shuttle_atomics_and_exact() {
    check(|| {
        let counter = Counter::new(Vec::new(), 0);
        let hits: &shuttle::sync::atomic::AtomicU64 = counter.hits();
        assert_eq!(hits.load(Ordering::Relaxed), 0);
        let threads: Vec<_> = ["a", "b"]
            .into_iter()
            .map(|name| {
                let counter = counter.clone();
                thread::spawn(move || {
                    let mut key = ThreadKey::get().expect("a model thread's first key");
                    let (mut names, _key) = counter.lock_names(&mut key);
                    counter.hits().fetch_add(1, Ordering::Relaxed);
                    names.push(name);
                    drop(names);
                    counter.hits().fetch_add(1, Ordering::Relaxed);
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("a counting thread did not panic");
        }
        assert_eq!(counter.hits().load(Ordering::Relaxed), 4);
    });
}

#[guarded]
struct Tally {
    #[guarded(snapshot)]
    total: u64,
    #[guarded(atomic)]
    reads: u64,
}

/// Two threads update one `snapshot` field, each update's function touching an atomic (a
/// point where the threads may switch, in the middle of the other's update): no update is
/// lost, and neither thread's update is taken for a write inside the other's (what
/// `update_` refuses, by a mark per model thread: with `std`'s thread-locals, one mark for
/// every model thread, the second update would panic).
#[test]
fn snapshot_updates_from_two_threads_interleave_and_add_up() {
    check(|| {
        let tally = Tally::new(0, 0);
        let threads: Vec<_> = (0..2)
            .map(|_| {
                let tally = tally.clone();
                thread::spawn(move || {
                    for _ in 0..2 {
                        tally.update_total(|total| {
                            tally.reads().fetch_add(1, Ordering::Relaxed);
                            total + 1
                        });
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("an updating thread did not panic");
        }
        assert_eq!(*tally.load_total(), 4, "no update lost");
        assert!(
            tally.reads().load(Ordering::Relaxed) >= 4,
            "each ran at least once"
        );
    });
}

/// Each model thread has its own key, however their steps interleave; within a thread,
/// the key is one at a time. With the key bookkeeping in `std`'s thread-locals, the model
/// threads (all on one OS thread) would share one slot, and the second thread's `get`
/// would fail whenever the first holds its key.
#[test]
fn each_model_thread_has_its_own_key() {
    check(|| {
        let threads: Vec<_> = (0..3)
            .map(|_| {
                thread::spawn(|| {
                    let key = ThreadKey::get().expect("each model thread's own key");
                    thread::yield_now();
                    assert!(ThreadKey::get().is_err(), "one key per thread");
                    drop(key);
                    thread::yield_now();
                    assert!(ThreadKey::get().is_ok(), "available again once dropped");
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("a model thread did not panic");
        }
    });
}

/// A panic's message: shuttle panics with a `String` or a `&str`.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .expect("shuttle's panics are messages")
}

/// Outside a shuttle test, the feature's locks and key bookkeeping are unusable, and say
/// so (shuttle's own panic, as the README quotes it): the feature is for model-checking
/// tests only.
#[test]
fn outside_a_shuttle_test_the_key_panics_with_shuttles_message() {
    let failure = panic::catch_unwind(|| ThreadKey::get().is_ok())
        .expect_err("no shuttle execution, so no key bookkeeping");
    let message = panic_message(&*failure);
    assert!(
        message.contains("Are you accessing a Shuttle primitive outside of a Shuttle test?"),
        "{message}"
    );
}

/// The control: shuttle finds the deadlock that the pair call's address order prevents.
///
/// `lock_both` is the pair call's logic written with shuttle's mutexes (as `guarded`'s
/// shuttle backend locks them): lock two of one kind of lock, either in the order of their
/// addresses (what `lock_<field>_pair` does) or, the deliberate bug, in argument order.
/// Two threads call it with the arguments swapped. Argument order deadlocks in some
/// schedules, and shuttle must say so; address order passes the same check.
mod broken_pair {
    use shuttle::sync::{Mutex, MutexGuard};
    use shuttle::thread;
    use std::sync::Arc;

    use super::{AssertUnwindSafe, check, panic};

    fn lock_both<'a>(
        a: &'a Mutex<i64>,
        b: &'a Mutex<i64>,
        by_address: bool,
    ) -> (MutexGuard<'a, i64>, MutexGuard<'a, i64>) {
        let lock = |m: &'a Mutex<i64>| m.lock().expect("no panics here");
        if !by_address || std::ptr::from_ref(a) < std::ptr::from_ref(b) {
            let guard_a = lock(a);
            (guard_a, lock(b))
        } else {
            let guard_b = lock(b);
            (lock(a), guard_b)
        }
    }

    /// Two threads transfer between the same two accounts in opposite directions.
    fn transfers_both_ways(by_address: bool) {
        let accounts = Arc::new([Mutex::new(100), Mutex::new(100)]);
        let threads: Vec<_> = [(0, 1), (1, 0)]
            .into_iter()
            .map(|(from, to)| {
                let accounts = Arc::clone(&accounts);
                thread::spawn(move || {
                    let (mut from, mut to) = lock_both(&accounts[from], &accounts[to], by_address);
                    *from -= 1;
                    *to += 1;
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("a transfer thread did not panic");
        }
        let total = *accounts[0].lock().expect("unpoisoned") + *accounts[1].lock().expect("ok");
        assert_eq!(total, 200);
    }

    #[test]
    fn argument_order_is_reported_as_a_deadlock() {
        let failure = panic::catch_unwind(AssertUnwindSafe(|| {
            check(|| transfers_both_ways(false));
        }))
        .expect_err("shuttle must find the deadlock of argument order");
        let message = super::panic_message(&*failure);
        assert!(
            message.contains("deadlock"),
            "shuttle reported something else: {message}"
        );
    }

    #[test]
    fn address_order_passes_the_same_check() {
        check(|| transfers_both_ways(true));
    }
}
