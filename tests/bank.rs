//! A bank shared by several threads: every transfer locks `accounts`, then `audit` with the
//! key that `lock_accounts` hands back. Money is conserved, the audit log has exactly one
//! line per transfer, and clones see the same state as the original.
//!
//! Each run is watched: the work runs on its own thread and reports over a channel, and the
//! test fails (instead of hanging CI) if no report comes within a minute. The limit is a
//! deadlock detector, not a timing assertion: the work takes well under a second.

use std::collections::HashMap;
use std::thread;
use std::time::Duration;

mod common;

use common::{watched, watched_for};
use guarded::{ThreadKey, guarded};

#[guarded]
#[derive(Debug)]
struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

const ACCOUNTS: u32 = 8;
const OPENING_BALANCE: i64 = 1_000;
const THREADS: u32 = 8;
const TRANSFERS_PER_THREAD: u32 = 5_000;

fn open_bank() -> Bank {
    Bank::new(
        (0..ACCOUNTS).map(|n| (n, OPENING_BALANCE)).collect(),
        Vec::new(),
    )
}

/// Moves `amount` from `from` to `to` (overdrafts allowed), then records it.
fn transfer(bank: &Bank, key: &mut ThreadKey, from: u32, to: u32, amount: i64, who: u32) {
    let (mut accounts, mut after_accounts) = bank.lock_accounts(key);
    *accounts.get_mut(&from).expect("account exists") -= amount;
    *accounts.get_mut(&to).expect("account exists") += amount;
    let (mut audit, _key) = bank.lock_audit(&mut after_accounts);
    audit.push(format!("thread {who}: {from} -> {to}: {amount}"));
}

/// A small deterministic generator, so that each thread's transfers differ but every run
/// is the same.
fn next(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *state >> 33
}

#[test]
fn transfers_on_many_threads_conserve_money_and_are_each_audited_once() {
    let bank = open_bank();
    let shared = bank.clone();
    let (total, balances, audit) = watched(move || {
        thread::scope(|scope| {
            for who in 0..THREADS {
                let bank = shared.clone();
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    let mut state = u64::from(who) + 1;
                    for _ in 0..TRANSFERS_PER_THREAD {
                        let from = u32::try_from(next(&mut state) % u64::from(ACCOUNTS)).unwrap();
                        let to = u32::try_from(next(&mut state) % u64::from(ACCOUNTS)).unwrap();
                        let amount = i64::try_from(next(&mut state) % 100).unwrap() + 1;
                        transfer(&bank, &mut key, from, to, amount, who);
                    }
                });
            }
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        let (accounts, mut after_accounts) = shared.lock_accounts(&mut key);
        let (audit, _key) = shared.lock_audit(&mut after_accounts);
        let total: i64 = accounts.values().sum();
        (total, accounts.clone(), audit.clone())
    });

    assert_eq!(
        total,
        i64::from(ACCOUNTS) * OPENING_BALANCE,
        "money is conserved"
    );
    assert_eq!(
        balances.len(),
        ACCOUNTS as usize,
        "no account appeared or vanished"
    );
    assert_eq!(
        audit.len(),
        (THREADS * TRANSFERS_PER_THREAD) as usize,
        "one audit line per transfer"
    );
    for who in 0..THREADS {
        let prefix = format!("thread {who}: ");
        let lines = audit
            .iter()
            .filter(|line| line.starts_with(&prefix))
            .count();
        assert_eq!(lines, TRANSFERS_PER_THREAD as usize, "thread {who}'s lines");
    }

    // The original, never moved into a thread, sees what the clones did.
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (accounts, mut after_accounts) = bank.lock_accounts(&mut key);
    assert_eq!(*accounts, balances);
    let (log, _key) = bank.lock_audit(&mut after_accounts);
    assert_eq!(*log, audit);
}

/// The audit line is written while `accounts` is still held, so the log's order is the
/// order in which the transfers happened: replaying it from the opening balances gives the
/// final balances, and no prefix of it ever creates or destroys money.
#[test]
fn the_audit_log_replays_to_the_final_balances() {
    let bank = open_bank();
    let shared = bank.clone();
    watched(move || {
        thread::scope(|scope| {
            for who in 0..4 {
                let bank = shared.clone();
                scope.spawn(move || {
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    for i in 0..1_000 {
                        let from = (who + i) % ACCOUNTS;
                        let to = (who * 3 + i * 5 + 1) % ACCOUNTS;
                        transfer(&bank, &mut key, from, to, i64::from(i % 7) + 1, who);
                    }
                });
            }
        });
    });

    let mut key = ThreadKey::get().expect("the test thread's key");
    let (accounts, mut after_accounts) = bank.lock_accounts(&mut key);
    let (audit, _key) = bank.lock_audit(&mut after_accounts);
    let mut replay: HashMap<u32, i64> = (0..ACCOUNTS).map(|n| (n, OPENING_BALANCE)).collect();
    for line in audit.iter() {
        let (_, transfer) = line.split_once(": ").expect("`thread N: ` prefix");
        let (path, amount) = transfer.split_once(": ").expect("`: amount` suffix");
        let (from, to) = path.split_once(" -> ").expect("`from -> to`");
        let amount: i64 = amount.parse().expect("an amount");
        *replay.get_mut(&from.parse().unwrap()).unwrap() -= amount;
        *replay.get_mut(&to.parse().unwrap()).unwrap() += amount;
        assert_eq!(
            replay.values().sum::<i64>(),
            i64::from(ACCOUNTS) * OPENING_BALANCE
        );
    }
    assert_eq!(audit.len(), 4_000);
    assert_eq!(replay, *accounts);
}

/// Every clone shares every field: a change through one clone is seen through the others,
/// including clones of clones, and a clone outlives the value it was made from.
#[test]
fn clones_share_every_field() {
    let bank = open_bank();
    let clone = bank.clone();
    let clone_of_clone = clone.clone();
    let mut key = ThreadKey::get().expect("the test thread's key");

    clone.lock_accounts(&mut key).0.insert(99, 5);
    clone_of_clone
        .lock_audit(&mut key)
        .0
        .push("opened 99".to_owned());
    drop(bank);

    let fresh = clone_of_clone.clone();
    drop(clone_of_clone);
    let (accounts, mut after_accounts) = fresh.lock_accounts(&mut key);
    assert_eq!(accounts.get(&99), Some(&5));
    assert_eq!(*fresh.lock_audit(&mut after_accounts).0, ["opened 99"]);
    drop(accounts);
    assert_eq!(*clone.lock_audit(&mut key).0, ["opened 99"]);

    // A bank made separately shares nothing.
    let other = open_bank();
    assert_eq!(other.lock_accounts(&mut key).0.get(&99), None);
}

/// The watchdog itself: a worker that never finishes makes `watched_for` fail rather than
/// wait. (The worker stays parked and leaks; the test binary exits regardless.)
#[test]
#[should_panic(expected = "deadlocked")]
fn the_watchdog_fails_a_stuck_run() {
    watched_for(Duration::from_millis(50), || {
        loop {
            thread::park();
        }
    });
}

/// And a worker's panic is the test's panic, not a timeout.
#[test]
#[should_panic(expected = "the worker's own message")]
fn the_watchdog_passes_a_panic_on() {
    watched(|| panic!("the worker's own message"));
}
