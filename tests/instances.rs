//! The same field of several instances, locked in one call: `lock_<f>_pair` and
//! `lock_<f>_many` (`read_`/`write_` for an `rw` field; plain guards for a `condvar` field).
//!
//! - Transfers between accounts held as separate instances, by eight threads, in both
//!   directions between the same accounts. Locked in argument order, `transfer(a, b)`
//!   racing `transfer(b, a)` would deadlock (one thread holds `a` and waits for `b`, the
//!   other holds `b` and waits for `a`); the pair calls take the two locks in one order of
//!   their own, so the run finishes, money is conserved and every history is complete.
//! - Any number of instances, in shuffled argument orders on every thread: the guards come
//!   back in argument order (each instance's data carries its own id) and every counter is
//!   exact.
//! - The same instance twice (directly, as a clone, or inside a list): `Err(SameInstance)`
//!   with the positions, nothing locked, no panic.
//! - The key handed back locks later fields, of one instance or again of several.
//! - Poisoning: each guard as the field's policy says.
//!
//! Everything that could hang runs under the watchdog: a deadlock fails the test after a
//! minute instead of hanging CI (a deadlock detector, not a timing assertion).

use std::error::Error;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Barrier;
use std::thread;

mod common;

use common::{Holder, crash, panic_message, poisoned_panic, watched};
use guarded::{ThreadKey, guarded};

/// A small deterministic generator (a 64-bit LCG), so that each thread's choices differ
/// but every run is the same.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(1))
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n).expect("a small n")).expect("below n")
    }

    /// Two different numbers in `0..n` (`n >= 2`).
    fn two_below(&mut self, n: usize) -> (usize, usize) {
        let first = self.below(n);
        let second = (first + 1 + self.below(n - 1)) % n;
        (first, second)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Transfers between accounts held as separate instances.

#[guarded]
struct Account {
    balance: i64,
    /// One entry per transfer that touched the account: minus the amount for a debit,
    /// plus the amount for a credit.
    history: Vec<i64>,
}

const OPENING_BALANCE: i64 = 1_000;
const TRANSFER_THREADS: usize = 8;
const TRANSFERS_PER_THREAD: usize = 20_000;

/// Moves `amount` from one account to the other (overdrafts allowed) and records it in both
/// histories, with the key that the balance pair hands back.
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

/// Thread `thread`'s transfers among `accounts` accounts: `(from, to, amount)`. Threads
/// `2k` and `2k + 1` draw the same pairs of accounts, and the odd one of the two transfers
/// in the other direction, so every pair of accounts is crossed both ways at once.
fn transfers_of(thread: usize, accounts: usize) -> impl Iterator<Item = (usize, usize, i64)> {
    let mut rng = Rng::new(u64::try_from(thread / 2).expect("a small thread number"));
    let backwards = thread % 2 == 1;
    (0..TRANSFERS_PER_THREAD).map(move |_| {
        let (x, y) = rng.two_below(accounts);
        let amount = i64::try_from(rng.below(100)).expect("below 100") + 1;
        if backwards {
            (y, x, amount)
        } else {
            (x, y, amount)
        }
    })
}

/// Eight threads transfer among `count` accounts; then checks that money is conserved,
/// that each balance is its opening balance plus its history, and that each history has one
/// entry per transfer that touched the account.
fn transfer_among(count: usize) {
    let (balances, histories) = watched(move || {
        let accounts: Vec<Account> = (0..count)
            .map(|_| Account::new(OPENING_BALANCE, Vec::new()))
            .collect();
        // The threads start together, so that their transfers interleave.
        let start = Barrier::new(TRANSFER_THREADS);
        thread::scope(|scope| {
            for thread in 0..TRANSFER_THREADS {
                let (accounts, start) = (&accounts, &start);
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    start.wait();
                    for (from, to, amount) in transfers_of(thread, count) {
                        transfer(&accounts[from], &accounts[to], amount, &mut key);
                    }
                });
            }
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        let (balances, mut after_balance) =
            Account::lock_balance_many(&accounts, &mut key).expect("different accounts");
        let (histories, _key) =
            Account::lock_history_many(&accounts, &mut after_balance).expect("different accounts");
        let balances: Vec<i64> = balances.iter().map(|balance| **balance).collect();
        let histories: Vec<Vec<i64>> = histories.iter().map(|history| history.to_vec()).collect();
        (balances, histories)
    });

    let opening = OPENING_BALANCE * i64::try_from(count).expect("a few accounts");
    assert_eq!(balances.iter().sum::<i64>(), opening, "money is conserved");
    let mut touched = vec![0_usize; count];
    for thread in 0..TRANSFER_THREADS {
        for (from, to, _) in transfers_of(thread, count) {
            touched[from] += 1;
            touched[to] += 1;
        }
    }
    for (n, ((balance, history), touched)) in
        balances.iter().zip(&histories).zip(touched).enumerate()
    {
        assert_eq!(
            history.len(),
            touched,
            "account {n}: one entry per transfer"
        );
        assert_eq!(
            *balance,
            OPENING_BALANCE + history.iter().sum::<i64>(),
            "account {n}: the balance is what the history says"
        );
    }
}

/// The worst case: all eight threads on the same two accounts, four in each direction.
#[test]
fn transfers_both_ways_between_two_accounts_do_not_deadlock_and_conserve_money() {
    transfer_among(2);
}

#[test]
fn transfers_both_ways_among_three_accounts_do_not_deadlock_and_conserve_money() {
    transfer_among(3);
}

#[test]
fn transfers_both_ways_among_eight_accounts_do_not_deadlock_and_conserve_money() {
    transfer_among(8);
}

/// A transfer between two clones of different accounts is one between the accounts: the
/// clones share the locks, so they are ordered as their originals are.
#[test]
fn transfers_through_clones_use_the_originals_locks() {
    let (a, b) = (
        Account::new(100, Vec::new()),
        Account::new(OPENING_BALANCE, Vec::new()),
    );
    let (a2, b2) = (a.clone(), b.clone());
    watched(move || {
        thread::scope(|scope| {
            scope.spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                for _ in 0..5_000 {
                    transfer(&a2, &b2, 1, &mut key);
                }
            });
            let mut key = ThreadKey::get().expect("the worker's key");
            for _ in 0..5_000 {
                transfer(&b, &a, 1, &mut key);
            }
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        let (a_balance, b_balance, mut after_balance) =
            Account::lock_balance_pair(&a, &b2, &mut key).expect("two different accounts");
        assert_eq!((*a_balance, *b_balance), (100, OPENING_BALANCE));
        let (a_history, b_history, _key) =
            Account::lock_history_pair(&a2, &b, &mut after_balance).expect("two accounts");
        assert_eq!((a_history.len(), b_history.len()), (10_000, 10_000));
    });
}

// ---------------------------------------------------------------------------------------
// Any number of instances, in any argument order.

/// What a slot holds: its own id (set once), and how many times a call locked it.
#[derive(Debug)]
struct Tally {
    id: usize,
    count: u64,
}

#[guarded]
struct Slot {
    tally: Tally,
    /// One entry per call that locked the slot: the thread, and the call's number on that
    /// thread. Locked with the key that `lock_tally_many` hands back.
    log: Vec<(usize, usize)>,
}

fn slots(count: usize) -> Vec<Slot> {
    (0..count)
        .map(|id| Slot::new(Tally { id, count: 0 }, Vec::new()))
        .collect()
}

const SLOTS: usize = 8;
const SLOT_THREADS: usize = 8;
const CALLS_PER_THREAD: usize = 5_000;

/// Thread `thread`'s calls: for each, the slots it locks, in the order it passes them
/// (from one slot to all of them, shuffled).
fn calls_of(thread: usize) -> impl Iterator<Item = Vec<usize>> {
    let mut rng = Rng::new(1_000 + u64::try_from(thread).expect("a small thread number"));
    (0..CALLS_PER_THREAD).map(move |_| {
        let mut ids: Vec<usize> = (0..SLOTS).collect();
        rng.shuffle(&mut ids);
        ids.truncate(1 + rng.below(SLOTS));
        ids
    })
}

/// Eight threads lock random subsets of eight slots, each in a shuffled order, checking on
/// every call that the guards come back in argument order; then lock each slot's log with
/// the key handed back, again as many. Every count and every log is exact.
#[test]
fn many_instances_in_shuffled_orders_come_back_in_argument_order_with_exact_counts() {
    let (tallies, logs) = watched(|| {
        let slots = slots(SLOTS);
        let start = Barrier::new(SLOT_THREADS);
        thread::scope(|scope| {
            for thread in 0..SLOT_THREADS {
                let (slots, start) = (&slots, &start);
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    start.wait();
                    for (call, ids) in calls_of(thread).enumerate() {
                        let (mut tallies, mut after_tally) =
                            Slot::lock_tally_many(ids.iter().map(|&id| &slots[id]), &mut key)
                                .expect("different slots");
                        assert_eq!(tallies.len(), ids.len());
                        for (tally, &id) in tallies.iter_mut().zip(&ids) {
                            assert_eq!(tally.id, id, "the guards come back in argument order");
                            tally.count += 1;
                        }
                        let (logs, _key) =
                            Slot::lock_log_many(ids.iter().map(|&id| &slots[id]), &mut after_tally)
                                .expect("different slots");
                        for mut log in logs {
                            log.push((thread, call));
                        }
                    }
                });
            }
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        let mut tallies = Vec::new();
        let mut logs = Vec::new();
        for slot in &slots {
            let (tally, mut after_tally) = slot.lock_tally(&mut key);
            tallies.push((tally.id, tally.count));
            logs.push(slot.lock_log(&mut after_tally).0.clone());
        }
        (tallies, logs)
    });

    let mut expected = vec![Vec::new(); SLOTS];
    for thread in 0..SLOT_THREADS {
        for (call, ids) in calls_of(thread).enumerate() {
            for id in ids {
                expected[id].push((thread, call));
            }
        }
    }
    for (id, ((tally, mut log), expected)) in
        tallies.into_iter().zip(logs).zip(expected).enumerate()
    {
        assert_eq!(
            tally,
            (id, u64::try_from(expected.len()).unwrap()),
            "slot {id}'s count"
        );
        // Each thread's entries are in its own call order; the threads interleave.
        log.sort_unstable();
        assert_eq!(
            log, expected,
            "slot {id}'s log: one entry per call that locked it"
        );
    }
}

/// Every permutation of four slots, and both orders of every pair: the guards are in
/// argument order, whichever order the locks were taken in.
#[test]
fn every_argument_order_gives_the_guards_in_that_order() {
    let slots = slots(4);
    let mut key = ThreadKey::get().expect("the test thread's key");
    let mut order: Vec<usize> = (0..4).collect();
    let mut permutations = 0;
    // Heap's algorithm, iteratively.
    let mut c = [0_usize; 4];
    let check = |order: &[usize], key: &mut ThreadKey| {
        let (tallies, _key) = Slot::lock_tally_many(order.iter().map(|&id| &slots[id]), key)
            .expect("different slots");
        let ids: Vec<usize> = tallies.iter().map(|tally| tally.id).collect();
        assert_eq!(ids, order);
    };
    check(&order, &mut key);
    permutations += 1;
    let mut i = 1;
    while i < order.len() {
        if c[i] < i {
            order.swap(if i % 2 == 0 { 0 } else { c[i] }, i);
            check(&order, &mut key);
            permutations += 1;
            c[i] += 1;
            i = 1;
        } else {
            c[i] = 0;
            i += 1;
        }
    }
    assert_eq!(permutations, 24);

    for x in 0..4 {
        for y in 0..4 {
            if x != y {
                let (first, second, _key) =
                    Slot::lock_tally_pair(&slots[x], &slots[y], &mut key).expect("two slots");
                assert_eq!((first.id, second.id), (x, y));
            }
        }
    }
}

/// `lock_<f>_many` takes anything that yields references: a `Vec`, an array, a slice's
/// iterator, a filtered iterator; one instance, or none (no guards, and a key that still
/// locks the later fields).
#[test]
fn many_takes_any_iterable_of_references() {
    let slots = slots(3);
    let mut key = ThreadKey::get().expect("the test thread's key");
    let ids = |tallies: &[guarded::Guard<'_, Tally>]| -> Vec<usize> {
        tallies.iter().map(|tally| tally.id).collect()
    };

    let (tallies, _key) =
        Slot::lock_tally_many(vec![&slots[2], &slots[0]], &mut key).expect("different slots");
    assert_eq!(ids(&tallies), [2, 0]);
    drop(tallies);
    let (tallies, _key) = Slot::lock_tally_many([&slots[1], &slots[2], &slots[0]], &mut key)
        .expect("different slots");
    assert_eq!(ids(&tallies), [1, 2, 0]);
    drop(tallies);
    let (tallies, _key) = Slot::lock_tally_many(&slots, &mut key).expect("different slots");
    assert_eq!(ids(&tallies), [0, 1, 2]);
    drop(tallies);
    let (tallies, _key) =
        Slot::lock_tally_many(slots.iter().rev().step_by(2), &mut key).expect("different slots");
    assert_eq!(ids(&tallies), [2, 0]);
    drop(tallies);
    let (tallies, _key) = Slot::lock_tally_many([&slots[1]], &mut key).expect("one slot");
    assert_eq!(ids(&tallies), [1]);
    drop(tallies);

    let (tallies, mut after_tally) =
        Slot::lock_tally_many(std::iter::empty(), &mut key).expect("no slots");
    assert!(tallies.is_empty());
    slots[0].lock_log(&mut after_tally).0.push((0, 0));
    drop(tallies);
    assert_eq!(*slots[0].lock_log(&mut key).0, [(0, 0)]);
}

// ---------------------------------------------------------------------------------------
// The same instance twice.

/// `SameInstance`'s `Display`, for `structure.field` at positions `first` and `second`.
fn same_instance(structure: &str, field: &str, first: usize, second: usize) -> String {
    format!(
        "the same `{structure}` was passed twice (arguments {first} and {second}, counting from \
         0) to lock `{field}` of several instances: it has one lock, which cannot be taken twice"
    )
}

/// Whether `account`'s balance is free: a `try_` lock from this thread succeeds.
fn balance_is_free(account: &Account, key: &mut ThreadKey) -> bool {
    account.try_lock_balance(key).is_ok()
}

#[test]
fn the_same_instance_twice_is_an_error_and_locks_nothing() {
    watched(|| {
        let a = Account::new(1, Vec::new());
        let mut key = ThreadKey::get().expect("the worker's key");
        let twice = Account::lock_balance_pair(&a, &a, &mut key)
            .map(|_| ())
            .expect_err("the same account twice");
        assert_eq!(twice.positions(), (0, 1));
        assert_eq!(twice.to_string(), same_instance("Account", "balance", 0, 1));
        assert_eq!(
            format!("{twice:?}"),
            r#"SameInstance { struct: "Account", field: "balance", positions: (0, 1) }"#
        );
        let as_error: &dyn Error = &twice;
        assert!(as_error.source().is_none());
        // Nothing was locked: this thread can lock it at once, and the key is free.
        assert!(balance_is_free(&a, &mut key));
        let (balance, mut after_balance) = a.lock_balance(&mut key);
        assert_eq!(*balance, 1);
        let twice = Account::lock_history_pair(&a, &a, &mut after_balance)
            .map(|_| ())
            .expect_err("the same account twice");
        assert_eq!(twice.to_string(), same_instance("Account", "history", 0, 1));
        assert!(
            a.try_lock_history(&mut after_balance).is_ok(),
            "nothing was locked"
        );
        drop(balance);
        assert!(balance_is_free(&a, &mut key));
    });
}

#[test]
fn an_instance_and_its_clone_are_the_same_instance() {
    watched(|| {
        let a = Account::new(1, Vec::new());
        let clone = a.clone();
        let clone_of_clone = clone.clone();
        let mut key = ThreadKey::get().expect("the worker's key");
        for (first, second) in [(&a, &clone), (&clone, &a), (&clone, &clone_of_clone)] {
            let twice = Account::lock_balance_pair(first, second, &mut key)
                .map(|_| ())
                .expect_err("an account and its clone");
            assert_eq!(twice.positions(), (0, 1));
            assert!(balance_is_free(&a, &mut key));
        }
        // Another account with the same data is not the same instance.
        let twin = Account::new(1, Vec::new());
        assert!(Account::lock_balance_pair(&a, &twin, &mut key).is_ok());
    });
}

#[test]
fn a_duplicate_in_a_list_is_an_error_and_locks_none_of_the_list() {
    watched(|| {
        let accounts: Vec<Account> = (0..5).map(|n| Account::new(n, Vec::new())).collect();
        let clone = accounts[1].clone();
        let mut key = ThreadKey::get().expect("the worker's key");
        let cases: [(Vec<&Account>, (usize, usize)); 5] = [
            (vec![&accounts[0], &accounts[0]], (0, 1)),
            (
                vec![&accounts[0], &accounts[1], &accounts[2], &accounts[1]],
                (1, 3),
            ),
            (
                vec![
                    &accounts[3],
                    &accounts[1],
                    &accounts[4],
                    &accounts[0],
                    &clone,
                ],
                (1, 4),
            ),
            (vec![&clone, &accounts[2], &accounts[1]], (0, 2)),
            (vec![&accounts[4], &accounts[4], &accounts[4]], (0, 1)),
        ];
        for (list, positions) in cases {
            let twice = Account::lock_balance_many(list, &mut key)
                .map(|_| ())
                .expect_err("a duplicate");
            assert_eq!(twice.positions(), positions);
            assert_eq!(
                twice.to_string(),
                same_instance("Account", "balance", positions.0, positions.1)
            );
            for account in &accounts {
                assert!(balance_is_free(account, &mut key), "nothing stays locked");
            }
        }
        // The list without its duplicate locks.
        let (balances, _key) =
            Account::lock_balance_many(&accounts, &mut key).expect("five different accounts");
        assert_eq!(
            balances.iter().map(|b| **b).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
    });
}

/// With two different instances each passed twice, the error names one of the two
/// duplicated pairs. Which one depends on the instances' addresses (the order the call
/// sorts them in), not on the argument order; either is a correct report.
#[test]
fn two_duplicates_in_a_list_report_one_of_them() {
    let (a, b) = (Account::new(0, Vec::new()), Account::new(0, Vec::new()));
    let mut key = ThreadKey::get().expect("the test thread's key");
    let twice = Account::lock_balance_many([&a, &b, &a, &b], &mut key)
        .map(|_| ())
        .expect_err("duplicates");
    assert!(
        [(0, 2), (1, 3)].contains(&twice.positions()),
        "{:?}",
        twice.positions()
    );
}

/// The same list with the two instances' roles swapped reports the same positions (the
/// first argument that repeats an earlier one, here 2, and that earlier one, 1), not
/// whichever duplicate happens to be allocated lower.
#[test]
fn two_duplicates_are_reported_by_position_not_by_address() {
    let (a, b) = (Account::new(0, Vec::new()), Account::new(0, Vec::new()));
    let mut key = ThreadKey::get().expect("the test thread's key");
    for list in [[&a, &b, &b, &a], [&b, &a, &a, &b]] {
        let twice = Account::lock_balance_many(list, &mut key)
            .map(|_| ())
            .expect_err("duplicates");
        assert_eq!(twice.positions(), (1, 2));
    }
}

/// The duplicate check comes before any lock: a poisoned instance passed twice under
/// `poison = panic` is `SameInstance`, not a panic, and stays poisoned.
#[test]
fn the_same_poisoned_instance_twice_is_an_error_not_a_panic() {
    watched(|| {
        let strict = Strict::new(0);
        poison_strict(&strict);
        let mut key = ThreadKey::get().expect("the worker's key");
        let twice = Strict::lock_balance_pair(&strict, &strict.clone(), &mut key)
            .map(|_| ())
            .expect_err("the same account twice");
        assert_eq!(twice.to_string(), same_instance("Strict", "balance", 0, 1));
        let twice = Strict::lock_balance_many([&strict, &strict], &mut key)
            .map(|_| ())
            .expect_err("the same account twice");
        assert_eq!(twice.positions(), (0, 1));
        let message = panic_message(|| drop(strict.lock_balance(&mut key)));
        assert_eq!(
            message,
            poisoned_panic("Strict", "balance", "recover_balance")
        );
    });
}

// ---------------------------------------------------------------------------------------
// The key handed back.

/// The key after a pair locks later fields: of one of the instances, of both as another
/// pair, of any number as many, or several fields with `lock!`.
#[test]
fn the_key_after_a_pair_locks_later_fields() {
    let (a, b, c) = (
        Account::new(10, Vec::new()),
        Account::new(20, Vec::new()),
        Account::new(30, Vec::new()),
    );
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (a_balance, b_balance, mut after_balance) =
            Account::lock_balance_pair(&a, &b, &mut key).expect("two accounts");
        let (mut a_history, _key) = a.lock_history(&mut after_balance);
        a_history.push(*a_balance + *b_balance);
    }
    {
        let (_a_balance, _b_balance, mut after_balance) =
            Account::lock_balance_pair(&b, &a, &mut key).expect("two accounts");
        let (mut c_history, _key) = c.lock_history(&mut after_balance);
        c_history.push(1);
    }
    {
        let (_a_balance, _b_balance, mut after_balance) =
            Account::lock_balance_pair(&a, &b, &mut key).expect("two accounts");
        let (histories, _key) =
            Account::lock_history_many([&c, &b, &a], &mut after_balance).expect("three accounts");
        let lengths: Vec<usize> = histories.iter().map(|history| history.len()).collect();
        assert_eq!(lengths, [1, 0, 1]);
    }
    {
        let (_balances, mut after_balance) =
            Account::lock_balance_many([&a, &b, &c], &mut key).expect("three accounts");
        let (a_history, c_history, _key) =
            Account::lock_history_pair(&a, &c, &mut after_balance).expect("two accounts");
        assert_eq!(
            (a_history.as_slice(), c_history.as_slice()),
            ([30].as_slice(), [1].as_slice())
        );
    }
    {
        // The key after one instance's field locks that field of a pair of others.
        let (_c_balance, mut after_balance) = c.lock_balance(&mut key);
        let (mut a_history, mut b_history, _key) =
            Account::lock_history_pair(&a, &b, &mut after_balance).expect("two accounts");
        a_history.push(2);
        b_history.push(2);
    }
    {
        let (_a_balance, _b_balance, mut after_balance) =
            Account::lock_balance_pair(&a, &b, &mut key).expect("two accounts");
        let (history, _key) = guarded::lock!(a, &mut after_balance => history);
        assert_eq!(*history, [30, 2]);
    }
    // Everything is free again.
    let (balances, _key) = Account::lock_balance_many([&a, &b, &c], &mut key).expect("three");
    assert_eq!(
        balances.iter().map(|b| **b).collect::<Vec<_>>(),
        [10, 20, 30]
    );
}

// ---------------------------------------------------------------------------------------
// `rw` and `condvar` fields.

#[guarded]
struct Gauge {
    #[guarded(rw)]
    level: i64,
    readings: u64,
}

/// Writers move units between gauges with `write_level_pair`, both ways, while readers
/// read every gauge at once with `read_level_many`: each reading sees the total unchanged
/// (a transfer is never seen half done), and the final levels and counts are exact.
#[test]
fn write_pairs_and_read_many_see_every_transfer_whole() {
    const GAUGES: usize = 4;
    const WRITERS: usize = 4;
    const READERS: usize = 4;
    const ROUNDS: usize = 5_000;
    let (levels, readings) = watched(|| {
        let gauges: Vec<Gauge> = (0..GAUGES).map(|_| Gauge::new(100, 0)).collect();
        thread::scope(|scope| {
            for writer in 0..WRITERS {
                let gauges = &gauges;
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    let mut rng = Rng::new(u64::try_from(writer).unwrap());
                    for _ in 0..ROUNDS {
                        let (x, y) = rng.two_below(GAUGES);
                        let (mut from, mut to, _key) =
                            Gauge::write_level_pair(&gauges[x], &gauges[y], &mut key)
                                .expect("two gauges");
                        *from -= 1;
                        *to += 1;
                    }
                });
            }
            for reader in 0..READERS {
                let gauges = &gauges;
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    let mut rng = Rng::new(100 + u64::try_from(reader).unwrap());
                    for _ in 0..ROUNDS {
                        let mut order: Vec<&Gauge> = gauges.iter().collect();
                        rng.shuffle(&mut order);
                        let (levels, mut after_level) =
                            Gauge::read_level_many(order.iter().copied(), &mut key)
                                .expect("different gauges");
                        assert_eq!(
                            levels.iter().map(|level| **level).sum::<i64>(),
                            100 * i64::try_from(GAUGES).unwrap(),
                            "no transfer is seen half done"
                        );
                        let (readings, _key) =
                            Gauge::lock_readings_many(order, &mut after_level).expect("different");
                        for mut count in readings {
                            *count += 1;
                        }
                    }
                });
            }
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        let (levels, mut after_level) =
            Gauge::read_level_many(&gauges, &mut key).expect("different gauges");
        let (readings, _key) =
            Gauge::lock_readings_many(&gauges, &mut after_level).expect("different gauges");
        (
            levels.iter().map(|level| **level).collect::<Vec<_>>(),
            readings.iter().map(|count| **count).collect::<Vec<_>>(),
        )
    });
    assert_eq!(
        levels.iter().sum::<i64>(),
        100 * i64::try_from(GAUGES).unwrap()
    );
    assert_eq!(
        readings,
        vec![u64::try_from(READERS * ROUNDS).unwrap(); GAUGES]
    );
}

/// Readers share: while another thread holds a read guard of one gauge, a `read_level_pair`
/// (and `read_level_many`) including it goes through (were it exclusive, it would wait for
/// the holder, which waits for this test: the watchdog would fail it). A write pair and the
/// same instance twice behave as for a mutex.
#[test]
fn read_pairs_share_with_other_readers() {
    watched(|| {
        let (a, b) = (Gauge::new(1, 0), Gauge::new(2, 0));
        let holder = Holder::start(&a, |gauge, key, wait| {
            let (_level, _key) = gauge.read_level(key);
            wait();
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        {
            let (b_level, a_level, _key) =
                Gauge::read_level_pair(&b, &a, &mut key).expect("two gauges");
            assert_eq!((*a_level, *b_level), (1, 2));
        }
        {
            let (levels, _key) =
                Gauge::read_level_many([&a, &b], &mut key).expect("two different gauges");
            assert_eq!(
                levels.iter().map(|level| **level).collect::<Vec<_>>(),
                [1, 2]
            );
        }
        let twice = Gauge::read_level_many([&a, &b, &a.clone()], &mut key)
            .map(|_| ())
            .expect_err("a clone in the list is the same instance");
        assert_eq!(twice.positions(), (0, 2));
        assert!(
            a.try_write_level(&mut key).is_err(),
            "the holder still reads"
        );
        holder.release();
        let (mut a_level, mut b_level, _key) =
            Gauge::write_level_pair(&a, &b, &mut key).expect("two gauges");
        std::mem::swap(&mut *a_level, &mut *b_level);
        drop((a_level, b_level));
        let twice = Gauge::write_level_pair(&a, &a, &mut key)
            .map(|_| ())
            .expect_err("the same gauge twice");
        assert_eq!(twice.to_string(), same_instance("Gauge", "level", 0, 1));
        let twice = Gauge::write_level_many([&b, &a, &b], &mut key)
            .map(|_| ())
            .expect_err("the same gauge twice");
        assert_eq!(twice.positions(), (0, 2));
        let (a_level, b_level, _key) = Gauge::read_level_pair(&a, &b, &mut key).expect("two");
        assert_eq!((*a_level, *b_level), (2, 1));
    });
}

#[guarded]
struct Mailbox {
    #[guarded(condvar)]
    inbox: Vec<u32>,
}

/// A `condvar` field's pair gives plain guards: a mover takes letters from one mailbox to
/// another with `lock_inbox_pair` and notifies after each; a reader waiting on the second
/// mailbox (locked with its own `ThreadKey`) wakes once every letter has arrived, in order.
#[test]
fn a_condvar_field_pair_moves_data_that_a_waiter_sees() {
    const LETTERS: u32 = 500;
    let received = watched(|| {
        let (from, to) = (
            Mailbox::new((0..LETTERS).collect()),
            Mailbox::new(Vec::new()),
        );
        thread::scope(|scope| {
            let waiter = scope.spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (inbox, mut after_inbox) = to.lock_inbox(&mut key);
                let inbox = inbox.wait_while(&mut after_inbox, |inbox| {
                    inbox.len() < usize::try_from(LETTERS).unwrap()
                });
                inbox.clone()
            });
            let mut key = ThreadKey::get().expect("the worker's key");
            for _ in 0..LETTERS {
                {
                    let (mut from_inbox, mut to_inbox, _key) =
                        Mailbox::lock_inbox_pair(&from, &to, &mut key).expect("two mailboxes");
                    let letter = from_inbox.remove(0);
                    to_inbox.push(letter);
                }
                to.notify_all_inbox();
            }
            let (inboxes, _key) =
                Mailbox::lock_inbox_many([&to, &from], &mut key).expect("two mailboxes");
            assert_eq!(inboxes[0].len(), usize::try_from(LETTERS).unwrap());
            assert!(inboxes[1].is_empty());
            drop(inboxes);
            let twice = Mailbox::lock_inbox_pair(&to, &to.clone(), &mut key)
                .map(|_| ())
                .expect_err("the same mailbox twice");
            assert_eq!(twice.to_string(), same_instance("Mailbox", "inbox", 0, 1));
            waiter.join().expect("the waiter finished")
        })
    });
    assert_eq!(received, (0..LETTERS).collect::<Vec<_>>());
}

// ---------------------------------------------------------------------------------------
// Poisoning policies.

#[guarded]
struct Strict {
    balance: i64,
}

#[guarded(poison = recover)]
struct Lenient {
    balance: i64,
}

#[guarded(poison = result)]
struct Checked {
    balance: i64,
}

/// The panicking threads' message.
const PLANNED: &str = "planned crash holding the balance";

/// Poisons `strict`'s balance, leaving it at 7.
fn poison_strict(strict: &Strict) {
    crash(PLANNED, |key| {
        let (mut balance, _key) = strict.lock_balance(key);
        *balance = 7;
        panic!("{PLANNED}");
    });
}

/// Under `poison = result`, the poisoned instance's guard is `Err(Poisoned)`, the other's
/// `Ok`, in either argument order; dropping the error keeps the poison, `into_inner` hands
/// over the data and clears it.
#[test]
fn result_policy_reports_the_poisoned_instance_only() {
    watched(|| {
        let (poisoned, healthy) = (Checked::new(0), Checked::new(50));
        crash(PLANNED, |key| {
            let (mut balance, _key) = poisoned.lock_balance(key).expect("not poisoned yet");
            *balance = 7;
            panic!("{PLANNED}");
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        {
            let (first, second, _key) =
                Checked::lock_balance_pair(&poisoned, &healthy, &mut key).expect("two");
            let report = first.expect_err("the first is poisoned");
            assert_eq!(
                report.to_string(),
                "`Checked.balance` is poisoned: a thread panicked while it held this lock"
            );
            assert_eq!(
                (report.struct_name(), report.field_name()),
                ("Checked", "balance")
            );
            assert_eq!(**report.get_ref(), 7, "the data as the crash left it");
            assert_eq!(*second.expect("the second is not poisoned"), 50);
        }
        {
            let (first, second, _key) =
                Checked::lock_balance_pair(&healthy, &poisoned, &mut key).expect("two");
            assert_eq!(*first.expect("the first is not poisoned"), 50);
            assert!(second.is_err(), "dropping the report kept the poison");
        }
        let third = Checked::new(3);
        {
            let (guards, _key) =
                Checked::lock_balance_many([&healthy, &poisoned, &third], &mut key).expect("three");
            let poisoned_at: Vec<bool> = guards.iter().map(Result::is_err).collect();
            assert_eq!(poisoned_at, [false, true, false]);
            let mut guards = guards.into_iter();
            let _healthy = guards.next();
            let mut balance = guards
                .next()
                .expect("three guards")
                .expect_err("poisoned")
                .into_inner();
            assert_eq!(*balance, 7);
            *balance = 0;
        }
        let (first, second, _key) =
            Checked::lock_balance_pair(&poisoned, &healthy, &mut key).expect("two");
        assert_eq!(*first.expect("into_inner cleared the poison"), 0);
        assert_eq!(*second.expect("never poisoned"), 50);
    });
}

/// Under `poison = recover`, both guards come back with the data, the poisoned one as the
/// crash left it; the poison is cleared.
#[test]
fn recover_policy_hands_over_both() {
    watched(|| {
        let (poisoned, healthy) = (Lenient::new(0), Lenient::new(50));
        crash(PLANNED, |key| {
            let (mut balance, _key) = poisoned.lock_balance(key);
            *balance = 7;
            panic!("{PLANNED}");
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        {
            let (first, second, _key) =
                Lenient::lock_balance_pair(&healthy, &poisoned, &mut key).expect("two");
            assert_eq!((*first, *second), (50, 7));
        }
        let (balances, _key) =
            Lenient::lock_balance_many([&poisoned, &healthy], &mut key).expect("two");
        assert_eq!(balances.iter().map(|b| **b).collect::<Vec<_>>(), [7, 50]);
    });
}

/// Under `poison = panic`, the call panics with the usual message, naming `recover_balance`,
/// in either argument order, for a pair or many; `recover_balance` then clears it.
#[test]
fn panic_policy_panics_with_the_usual_message() {
    watched(|| {
        let (poisoned, healthy) = (Strict::new(0), Strict::new(50));
        poison_strict(&poisoned);
        let expected = poisoned_panic("Strict", "balance", "recover_balance");
        let mut key = ThreadKey::get().expect("the worker's key");
        let calls: [&dyn Fn(&mut ThreadKey); 3] = [
            &|key| drop(Strict::lock_balance_pair(&poisoned, &healthy, key)),
            &|key| drop(Strict::lock_balance_pair(&healthy, &poisoned, key)),
            &|key| drop(Strict::lock_balance_many([&healthy, &poisoned], key)),
        ];
        for call in calls {
            assert_eq!(panic_message(|| call(&mut key)), expected);
            // The panic may have poisoned `healthy` too, if the call had locked it first
            // (as two calls in that order would); take it back either way.
            let _ = healthy.recover_balance(&mut key);
        }
        assert_eq!(*poisoned.recover_balance(&mut key).0, 7);
        let (first, second, _key) =
            Strict::lock_balance_pair(&poisoned, &healthy, &mut key).expect("two");
        assert_eq!((*first, *second), (7, 50));
    });
}

/// Under `poison = panic`, whether the panicking call also poisons the healthy instance
/// depends only on the order the call locks them in, never on the argument order: the
/// two orders of a pair leave the same state.
#[test]
fn panic_policy_poisons_the_other_instance_as_the_lock_order_says() {
    watched(|| {
        let (poisoned, healthy) = (Strict::new(0), Strict::new(50));
        poison_strict(&poisoned);
        let mut key = ThreadKey::get().expect("the worker's key");
        let mut outcomes = Vec::new();
        for forwards in [true, false] {
            let _ = panic_message(|| {
                if forwards {
                    drop(Strict::lock_balance_pair(&poisoned, &healthy, &mut key));
                } else {
                    drop(Strict::lock_balance_pair(&healthy, &poisoned, &mut key));
                }
            });
            let caught = panic::catch_unwind(AssertUnwindSafe(|| {
                drop(healthy.lock_balance(&mut key));
            }));
            outcomes.push(caught.is_err());
            assert_eq!(
                *healthy.recover_balance(&mut key).0,
                50,
                "its data is intact"
            );
        }
        assert_eq!(
            outcomes[0], outcomes[1],
            "the same for both argument orders"
        );
    });
}
