//! A leaked guard (`mem::forget`, `Box::leak`) ends its borrow of the key while its lock
//! stays held. In builds with debug assertions, the next blocking lock of that field on the
//! same thread panics with a message naming the struct and the field, instead of waiting
//! for itself forever: for a mutex field, an `rw` field (a read or a write leaked), a
//! `condvar` field (also after a wait), a guard from `lock_<f>_pair` and one from `lock!`.
//! The lock is still held: another thread's `try_` is `Busy`, and so is this thread's (a
//! `try_` never hangs, so it does not panic), whose message says this thread holds it. Guards dropped normally leave nothing behind,
//! two instances of one struct are told apart (clones are not), and a field dropped after
//! its guard was leaked does not make a new one look held.
//!
//! Release builds do not check (the guards' sizes are asserted in the runtime's unit
//! tests), so this file is empty there. Every test runs under the watchdog: a regression
//! that hangs fails after a minute.

#![cfg(debug_assertions)]

use std::mem;
use std::thread;
use std::time::Duration;

mod common;

use common::{capture_panic, panic_message, watched};
use guarded::{Busy, ThreadKey, guarded, lock};

#[guarded]
struct Bank {
    accounts: Vec<i64>,
    #[guarded(rw)]
    rates: Vec<u32>,
    #[guarded(condvar)]
    queue: Vec<u32>,
    audit: Vec<String>,
}

/// How long a timed `try_` waits for a lock that stays held.
const SHORT: Duration = Duration::from_millis(10);

fn new_bank() -> Bank {
    Bank::new(vec![100, 0], vec![3], Vec::new(), Vec::new())
}

/// The panic of a blocking lock of a field this thread already holds.
fn held(structure: &str, field: &str) -> String {
    format!(
        "`{structure}.{field}` is already held by this thread: a guard of it was leaked \
         (`mem::forget`, `Box::leak`) or is still alive; locking it again would never return"
    )
}

/// `Busy`'s message for a `try_` of a field this thread holds through a leaked guard.
fn held_here(structure: &str, field: &str) -> String {
    format!(
        "`{structure}.{field}` is held by this thread: a guard of it was leaked \
         (`mem::forget`, `Box::leak`), so it stays locked"
    )
}

/// Runs `test` on a watched thread with its own key.
fn on_a_thread(test: impl FnOnce(&mut ThreadKey) + Send + 'static) {
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        test(&mut key);
    });
}

/// What another thread, with its own key, gets from `attempt`, a `try_` call that must be
/// `Busy`: the lock is still held, so a blocking lock there would wait (and does not panic:
/// that thread holds nothing).
fn busy_elsewhere(bank: &Bank, attempt: fn(&Bank, &mut ThreadKey) -> Option<Busy>) -> String {
    let bank = bank.clone();
    thread::spawn(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        attempt(&bank, &mut key).expect("busy").to_string()
    })
    .join()
    .expect("the other thread did not panic")
}

/// `Busy`'s message for `field` of `Bank`.
fn busy(field: &str) -> String {
    format!("`Bank.{field}` is locked by another thread")
}

#[test]
fn a_leaked_mutex_guard_is_reported_on_the_next_lock() {
    on_a_thread(|key| {
        let bank = new_bank();
        let (accounts, _after) = bank.lock_accounts(key);
        mem::forget(accounts);
        let message = panic_message(|| drop(bank.lock_accounts(key)));
        assert_eq!(message, held("Bank", "accounts"));
        // `recover` blocks too, so it is checked too, and the panic points at the call.
        let line = line!() + 1;
        let (message, at) = capture_panic(|| drop(bank.recover_accounts(key)));
        assert_eq!(message, held("Bank", "accounts"));
        assert_eq!(at, (file!().to_owned(), line), "the caller's line");
        let line = line!() + 1;
        let (_, at) = capture_panic(|| drop(bank.lock_accounts(key)));
        assert_eq!(at, (file!().to_owned(), line), "the caller's line");
        // The lock is still held: another thread would wait, and its `try_` is `Busy`.
        assert_eq!(
            busy_elsewhere(&bank, |bank, key| bank.try_lock_accounts(key).err()),
            busy("accounts")
        );
        // This thread's `try_` does not hang either: it is `Busy`, not a panic, and says
        // that this thread holds the lock; a timed one waits its time out.
        let now = bank.try_lock_accounts(key).expect_err("busy");
        assert_eq!(now.to_string(), held_here("Bank", "accounts"));
        let timed = bank.try_lock_accounts_for(key, SHORT).expect_err("busy");
        assert_eq!(timed.waited(), Some(SHORT));
        assert_eq!(timed.to_string(), held_here("Bank", "accounts"));
        // The later fields are unaffected.
        let (audit, _key) = bank.lock_audit(key);
        assert!(audit.is_empty());
    });
}

#[test]
fn box_leak_of_a_guard_is_reported_too() {
    on_a_thread(|key| {
        let bank = new_bank();
        let (audit, _after) = bank.lock_audit(key);
        let audit = Box::leak(Box::new(audit));
        audit.push("leaked".to_owned());
        let message = panic_message(|| drop(bank.lock_audit(key)));
        assert_eq!(message, held("Bank", "audit"));
    });
}

#[test]
fn a_leaked_read_guard_is_reported_on_the_next_write_or_read() {
    on_a_thread(|key| {
        let bank = new_bank();
        let (rates, _after) = bank.read_rates(key);
        mem::forget(rates);
        let message = panic_message(|| drop(bank.write_rates(key)));
        assert_eq!(message, held("Bank", "rates"));
        // A second read could deadlock as soon as a writer queued between the two.
        let message = panic_message(|| drop(bank.read_rates(key)));
        assert_eq!(message, held("Bank", "rates"));
        // Another thread cannot write, and would wait.
        assert_eq!(
            busy_elsewhere(&bank, |bank, key| bank.try_write_rates(key).err()),
            busy("rates")
        );
        assert!(bank.try_write_rates(key).is_err());
    });
}

#[test]
fn a_leaked_write_guard_is_reported_on_the_next_read() {
    on_a_thread(|key| {
        let bank = new_bank();
        let (mut rates, _after) = bank.write_rates(key);
        rates.push(4);
        mem::forget(rates);
        let message = panic_message(|| drop(bank.read_rates(key)));
        assert_eq!(message, held("Bank", "rates"));
        let message = panic_message(|| drop(bank.recover_rates(key)));
        assert_eq!(message, held("Bank", "rates"));
        assert_eq!(
            busy_elsewhere(&bank, |bank, key| bank.try_read_rates(key).err()),
            busy("rates")
        );
        assert!(bank.try_read_rates(key).is_err());
    });
}

#[test]
fn a_leaked_condvar_guard_is_reported_also_after_a_wait() {
    on_a_thread(|key| {
        let bank = new_bank();
        let (queue, _after) = bank.lock_queue(key);
        mem::forget(queue);
        let message = panic_message(|| drop(bank.lock_queue(key)));
        assert_eq!(message, held("Bank", "queue"));
        assert_eq!(
            busy_elsewhere(&bank, |bank, key| bank.try_lock_queue(key).err()),
            busy("queue")
        );

        // A guard that waited keeps its mark through the wait.
        let other = new_bank();
        let (queue, mut after_queue) = other.lock_queue(key);
        let (queue, timed_out) =
            queue.wait_timeout_while(&mut after_queue, SHORT, |queue| queue.is_empty());
        assert!(timed_out, "nobody pushed");
        mem::forget(queue);
        let message = panic_message(|| drop(other.lock_queue(key)));
        assert_eq!(message, held("Bank", "queue"));
    });
}

#[test]
fn a_leaked_guard_from_a_pair_is_reported_and_the_other_instance_is_not() {
    on_a_thread(|key| {
        let (a, b) = (new_bank(), new_bank());
        let (from, to, _after) = Bank::lock_accounts_pair(&a, &b, key).expect("two banks");
        mem::forget(from);
        drop(to);
        let message = panic_message(|| drop(a.lock_accounts(key)));
        assert_eq!(message, held("Bank", "accounts"));
        // A pair checks both before locking either: nothing is locked, nothing poisoned,
        // whichever of the two comes first in the lock order.
        let message = panic_message(|| drop(Bank::lock_accounts_pair(&a, &b, key)));
        assert_eq!(message, held("Bank", "accounts"));
        let message = panic_message(|| drop(Bank::lock_accounts_pair(&b, &a, key)));
        assert_eq!(message, held("Bank", "accounts"));
        let message = panic_message(|| drop(Bank::lock_accounts_many([&b, &a], key)));
        assert_eq!(message, held("Bank", "accounts"));
        // `b`'s guard was dropped: `b` locks, alone and in a group that leaves `a` out.
        drop(b.lock_accounts(key));
        let c = new_bank();
        drop(Bank::lock_accounts_many([&b, &c], key).expect("two banks"));
        assert_eq!(
            busy_elsewhere(&a, |bank, key| bank.try_lock_accounts(key).err()),
            busy("accounts")
        );
    });
}

#[test]
fn a_leaked_guard_from_lock_macro_is_reported() {
    on_a_thread(|key| {
        let bank = new_bank();
        let (accounts, rates, _after) = lock!(bank, key => accounts, read rates);
        mem::forget(rates);
        drop(accounts);
        let message = panic_message(|| drop(lock!(bank, key => write rates)));
        assert_eq!(message, held("Bank", "rates"));
        let message = panic_message(|| drop(bank.read_rates(key)));
        assert_eq!(message, held("Bank", "rates"));
        assert_eq!(
            busy_elsewhere(&bank, |bank, key| bank.try_write_rates(key).err()),
            busy("rates")
        );
        // `lock!` locks its fields one by one: `accounts` is held when the check of
        // `rates` panics, so the panic poisons it, as any panic while holding a lock does.
        let message = panic_message(|| drop(lock!(bank, key => accounts, write rates)));
        assert_eq!(message, held("Bank", "rates"));
        let (accounts, _after) = bank.recover_accounts(key);
        assert_eq!(*accounts, [100, 0]);
    });
}

#[test]
fn guards_dropped_normally_leave_nothing_behind() {
    on_a_thread(|key| {
        let bank = new_bank();
        for _ in 0..3 {
            let (mut accounts, mut after_accounts) = bank.lock_accounts(key);
            accounts[0] -= 1;
            let (rates, mut after_rates) = bank.read_rates(&mut after_accounts);
            let (queue, _after_queue) = bank.lock_queue(&mut after_rates);
            drop((accounts, rates, queue));
            let (rates, _) = bank.write_rates(key);
            drop(rates);
            let (queue, _) = bank.try_lock_queue(key).expect("free");
            drop(queue);
            drop(bank.recover_rates(key));
            drop(lock!(bank, key => accounts, write rates, queue, audit));
            let other = new_bank();
            drop(Bank::write_rates_pair(&bank, &other, key));
        }
        let (accounts, _) = bank.lock_accounts(key);
        assert_eq!(*accounts, [97, 0]);
    });
}

#[test]
fn two_instances_are_told_apart_and_clones_are_not() {
    on_a_thread(|key| {
        let (a, b) = (new_bank(), new_bank());
        let (accounts, _after) = a.lock_accounts(key);
        mem::forget(accounts);
        let (accounts, _after) = b.lock_accounts(key);
        assert_eq!(*accounts, [100, 0]);
        drop(accounts);
        // A clone shares `a`'s locks.
        let clone = a.clone();
        let message = panic_message(|| drop(clone.lock_accounts(key)));
        assert_eq!(message, held("Bank", "accounts"));
    });
}

#[test]
fn a_field_dropped_after_its_guard_was_leaked_does_not_make_new_fields_look_held() {
    on_a_thread(|key| {
        for _ in 0..100 {
            let bank = new_bank();
            let (accounts, _after) = bank.lock_accounts(key);
            mem::forget(accounts);
            drop(bank);
            // The leaked guard's lock was freed with `bank`: a new field may be at its
            // address (one allocation of the same size), and must not look held.
            let fresh = new_bank();
            drop(fresh.lock_accounts(key));
        }
    });
}

#[test]
fn a_thread_that_leaked_leaves_other_threads_free_to_use_other_instances() {
    on_a_thread(|key| {
        let bank = new_bank();
        let (accounts, _after) = bank.lock_accounts(key);
        mem::forget(accounts);
    });
    // The leaking thread has ended; this one never held anything.
    on_a_thread(|key| {
        let bank = new_bank();
        drop(bank.lock_accounts(key));
    });
}
