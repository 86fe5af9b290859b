//! A thread that panics while holding a field's guard poisons that field, and only that
//! field: `lock_<field>` then panics with a message that names the struct, the field and
//! `recover_<field>`, pointing at the caller's line; `recover_<field>` hands over the data
//! exactly as the panicking thread left it and clears the poison, so `lock_<field>` works
//! again.
//!
//! Every thread here takes its own key (the test thread's key is never used): a test may
//! run on the main thread, whose key other tests would share.

use std::cell::RefCell;
use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe, Location};
use std::thread;

mod common;

use common::{OnDrop, capture_panic, message};
use guarded::{ThreadKey, guarded};

#[guarded]
struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn open_bank() -> Bank {
    Bank::new(HashMap::from([(1, 100), (2, 0)]), vec!["opened".to_owned()])
}

/// Runs `f` on a fresh thread with its own key, re-raising its panic.
fn on_new_thread<T: Send>(f: impl FnOnce(&mut ThreadKey) -> T + Send) -> T {
    thread::scope(|scope| {
        let handle = scope.spawn(|| {
            let mut key = ThreadKey::get().expect("a new thread's first key");
            f(&mut key)
        });
        match handle.join() {
            Ok(value) => value,
            Err(panic) => panic::resume_unwind(panic),
        }
    })
}

/// A transfer that panics half-way: 30 has left account 1 but not reached account 2.
fn panic_mid_transfer(bank: &Bank) {
    let panicked = on_new_thread_catching(|key| {
        let (mut accounts, _key) = bank.lock_accounts(key);
        *accounts.get_mut(&1).unwrap() -= 30;
        panic!("crash between debit and credit");
    });
    assert_eq!(
        panicked.as_deref(),
        Some("crash between debit and credit"),
        "the transfer thread panicked as planned"
    );
}

/// Runs `f` on a fresh thread with its own key and returns its panic message, if any.
fn on_new_thread_catching(f: impl FnOnce(&mut ThreadKey) + Send) -> Option<String> {
    thread::scope(|scope| {
        scope
            .spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                f(&mut key);
            })
            .join()
            .err()
            .map(|panic| message(&*panic))
    })
}

#[test]
fn lock_of_a_poisoned_field_panics_naming_struct_field_and_recover() {
    let bank = open_bank();
    panic_mid_transfer(&bank);

    on_new_thread(|key| {
        let mut expected_line = 0;
        let (text, (file, line)) = capture_panic(|| {
            expected_line = Location::caller().line() + 1;
            let _ = bank.lock_accounts(key);
        });
        assert_eq!(
            text,
            "`Bank.accounts` is poisoned: a thread panicked while it held this lock. \
             Call `recover_accounts` to take the data as that thread left it (this clears \
             the poison)."
        );
        // `#[track_caller]` all the way down: the panic points at the call above, not
        // into the runtime.
        assert_eq!(
            (file.as_str(), line),
            (file!(), expected_line),
            "the panic points at the caller"
        );
    });
}

#[test]
fn recover_hands_over_the_data_as_left_and_clears_the_poison() {
    let bank = open_bank();
    panic_mid_transfer(&bank);

    on_new_thread(|key| {
        // Still poisoned, however often it is tried: `lock_accounts` does not clear it.
        for _ in 0..2 {
            let caught = panic::catch_unwind(AssertUnwindSafe(|| {
                let _ = bank.lock_accounts(key);
            }));
            assert!(caught.is_err(), "lock_accounts refuses a poisoned field");
        }

        {
            let (mut accounts, _key) = bank.recover_accounts(key);
            // Nothing lost, nothing undone: the debit happened, the credit did not.
            assert_eq!(*accounts, HashMap::from([(1, 70), (2, 0)]));
            // Finish the transfer by hand.
            *accounts.get_mut(&2).unwrap() += 30;
        }

        // The poison is gone: `lock_accounts` works, and sees the repair.
        let (accounts, _key) = bank.lock_accounts(key);
        assert_eq!(*accounts, HashMap::from([(1, 70), (2, 30)]));
    });

    // Also for other threads and other clones.
    let clone = bank.clone();
    on_new_thread(|key| {
        let (accounts, _key) = clone.lock_accounts(key);
        assert_eq!(accounts.values().sum::<i64>(), 100);
    });
}

#[test]
fn recover_of_a_healthy_field_is_a_plain_lock() {
    let bank = open_bank();
    on_new_thread(|key| {
        {
            let (mut audit, _key) = bank.recover_audit(key);
            audit.push("checked".to_owned());
        }
        let (audit, _key) = bank.lock_audit(key);
        assert_eq!(*audit, ["opened", "checked"]);
    });
}

#[test]
fn only_the_field_whose_guard_was_held_is_poisoned() {
    let bank = open_bank();
    panic_mid_transfer(&bank);

    on_new_thread(|key| {
        // `audit` was not held: it locks normally, with the root key and with the key
        // handed back by recovering `accounts`.
        assert_eq!(*bank.lock_audit(key).0, ["opened"]);
        let (_accounts, mut after_accounts) = bank.recover_accounts(key);
        bank.lock_audit(&mut after_accounts)
            .0
            .push("recovered".to_owned());
    });
    on_new_thread(|key| {
        assert_eq!(*bank.lock_audit(key).0, ["opened", "recovered"]);
    });
}

#[test]
fn a_panic_holding_two_guards_poisons_both_and_each_recovers_alone() {
    let bank = open_bank();
    let panicked = on_new_thread_catching(|key| {
        let (mut accounts, mut after_accounts) = bank.lock_accounts(key);
        let (mut audit, _key) = bank.lock_audit(&mut after_accounts);
        *accounts.get_mut(&2).unwrap() += 1;
        audit.push("half-written".to_owned());
        panic!("crash holding both");
    });
    assert_eq!(panicked.as_deref(), Some("crash holding both"));

    on_new_thread(|key| {
        let audit_panic = panic::catch_unwind(AssertUnwindSafe(|| {
            let _ = bank.lock_audit(key);
        }))
        .expect_err("audit is poisoned");
        assert!(
            message(&*audit_panic).starts_with("`Bank.audit` is poisoned")
                && message(&*audit_panic).contains("`recover_audit`"),
            "{}",
            message(&*audit_panic)
        );

        // Recovering `audit` leaves `accounts` poisoned.
        assert_eq!(*bank.recover_audit(key).0, ["opened", "half-written"]);
        assert!(
            panic::catch_unwind(AssertUnwindSafe(|| {
                let _ = bank.lock_accounts(key);
            }))
            .is_err(),
            "accounts is still poisoned"
        );
        let (accounts, mut after_accounts) = bank.recover_accounts(key);
        assert_eq!(accounts[&2], 1);
        assert_eq!(bank.lock_audit(&mut after_accounts).0.len(), 2);
    });
}

/// A panic on a thread that holds a key but no guard poisons nothing.
#[test]
fn a_panic_holding_only_a_key_poisons_nothing() {
    let bank = open_bank();
    let panicked = on_new_thread_catching(|key| {
        {
            let (mut accounts, _key) = bank.lock_accounts(key);
            *accounts.get_mut(&1).unwrap() -= 1;
        }
        panic!("crash after the guard was dropped");
    });
    assert!(panicked.is_some());
    on_new_thread(|key| {
        assert_eq!(bank.lock_accounts(key).0[&1], 99);
    });
}

/// A guard taken and dropped while the thread is already panicking (in a destructor run by
/// the unwinding) does not poison its field, as with `std`: the panic did not start while
/// the lock was held. A guard held when the panic starts does, even if it is dropped by
/// the same unwinding. (On the `parking_lot` backend, `guarded` tracks this itself.)
#[test]
fn a_lock_taken_and_released_during_unwinding_poisons_nothing() {
    /// Locks the audit when dropped, with a key of its own.
    struct AuditsOnDrop<'a>(&'a Bank);
    impl Drop for AuditsOnDrop<'_> {
        fn drop(&mut self) {
            assert!(thread::panicking(), "dropped by the unwinding");
            let mut key = ThreadKey::get().expect("no key is alive on this thread");
            self.0.lock_audit(&mut key).0.push("unwound".to_owned());
        }
    }
    let bank = open_bank();
    let panicked = thread::scope(|scope| {
        scope
            .spawn(|| {
                // Dropped last, after the key: its own key is free then.
                let _audits = AuditsOnDrop(&bank);
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (mut accounts, _key) = bank.lock_accounts(&mut key);
                *accounts.get_mut(&1).unwrap() -= 1;
                panic!("crash holding the accounts");
            })
            .join()
            .err()
            .map(|panic| message(&*panic))
    });
    assert_eq!(panicked.as_deref(), Some("crash holding the accounts"));
    on_new_thread(|key| {
        let (accounts, mut key) = bank.recover_accounts(key);
        assert_eq!(
            accounts[&1], 99,
            "the accounts were held when the panic started"
        );
        let (audit, _key) = bank.lock_audit(&mut key);
        assert_eq!(*audit, ["opened", "unwound"], "the audit is not poisoned");
    });
    on_new_thread(|key| {
        let poisoned = panic::catch_unwind(AssertUnwindSafe(|| {
            drop(bank.lock_accounts(key));
        }));
        assert!(poisoned.is_ok(), "recover_accounts cleared the poison");
    });
}

/// A guard taken during a panic but released after the panic ended (it escaped the
/// unwinding) poisons nothing, as with `std`; and it leaves no trace that stops a later
/// panic, on another thread, from poisoning the field. (The `parking_lot` backend marks a
/// lock taken during a panic in the lock itself, and the next thread that takes the lock
/// clears a mark left so; without that, the later panic would poison nothing.)
#[test]
fn a_guard_taken_during_a_panic_and_kept_past_it_leaves_later_panics_poisoning() {
    let bank = &open_bank();
    thread::scope(|scope| {
        scope.spawn(|| {
            with_the_audit_kept_past_a_panic(bank, |kept| {
                assert!(!thread::panicking());
                drop(kept);
            });
        });
    });
    on_new_thread(|key| {
        let (audit, _key) = bank.lock_audit(key);
        assert_eq!(
            *audit,
            ["opened", "taken while unwinding"],
            "not poisoned: the guard was taken during the panic"
        );
    });
    let panicked = on_new_thread_catching(|key| {
        let (mut audit, _key) = bank.lock_audit(key);
        audit.push("half-written".to_owned());
        panic!("crash holding the audit");
    });
    assert_eq!(panicked.as_deref(), Some("crash holding the audit"));
    on_new_thread(|key| {
        let (message, _) = capture_panic(|| drop(bank.lock_audit(key)));
        assert!(
            message.starts_with("`Bank.audit` is poisoned"),
            "a panic while holding the audit poisons it: {message}"
        );
    });
}

/// The message uses the struct's and the field's names as written, and the accessor
/// names the macro chose: `rename`, a leading underscore and a raw identifier.
#[test]
fn the_message_names_renamed_underscored_and_raw_fields_by_their_methods() {
    #[guarded]
    struct Settings {
        #[guarded(rename = limits)]
        rate_limits: u32,
        _cache: Vec<u8>,
        r#type: String,
    }

    let settings = Settings::new(1, Vec::new(), String::new());
    let panicked = on_new_thread_catching(|key| {
        let (_limits, mut k) = settings.lock_limits(key);
        let (_cache, mut k) = settings.lock_cache(&mut k);
        let (_type, _k) = settings.lock_type(&mut k);
        panic!("poison all three");
    });
    assert!(panicked.is_some());

    let messages = on_new_thread(|key| {
        let mut messages = Vec::new();
        for lock in [
            (|s: &Settings, k: &mut ThreadKey| drop(s.lock_limits(k))) as fn(&_, &mut _),
            |s, k| drop(s.lock_cache(k)),
            |s, k| drop(s.lock_type(k)),
        ] {
            let caught = panic::catch_unwind(AssertUnwindSafe(|| lock(&settings, key)));
            messages.push(message(&*caught.expect_err("poisoned")));
        }
        messages
    });
    let starts: Vec<&str> = messages
        .iter()
        .map(|m| &m[..m.find(" is poisoned").unwrap_or(m.len())])
        .collect();
    assert_eq!(
        starts,
        [
            "`Settings.rate_limits`",
            "`Settings._cache`",
            "`Settings.type`"
        ]
    );
    assert!(
        messages[0].contains("Call `recover_limits`"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].contains("Call `recover_cache`"),
        "{}",
        messages[1]
    );
    assert!(
        messages[2].contains("Call `recover_type`"),
        "{}",
        messages[2]
    );
}

/// Locks the audit when dropped (by an unwinding), with a key it takes then and stores
/// in `key`, and keeps the guard in `kept`: the guard outlives the unwinding. (Nothing is
/// leaked, so that the test runs under miri, whose leak check would fail it.)
/// On this thread: takes `bank`'s audit during a panic (in a destructor that the unwinding
/// runs, pushing "taken while unwinding"), lets the panic end, and hands `after` the guard,
/// which outlived the unwinding.
fn with_the_audit_kept_past_a_panic(
    bank: &Bank,
    after: impl FnOnce(guarded::Guard<'_, Vec<String>>),
) {
    // Declared first: the key outlives the guard kept.
    let mut key = None;
    let kept = RefCell::new(None);
    let keeps = KeepsTheAudit {
        bank,
        key: Some(&mut key),
        kept: &kept,
    };
    let unwound = panic::catch_unwind(AssertUnwindSafe(move || {
        let _keeps = keeps;
        panic!("a panic holding nothing");
    }));
    assert!(unwound.is_err());
    after(kept.take().expect("the guard outlived the unwinding"));
}

struct KeepsTheAudit<'a, 'k> {
    bank: &'a Bank,
    key: Option<&'a mut Option<ThreadKey>>,
    kept: &'k RefCell<Option<guarded::Guard<'a, Vec<String>>>>,
}

impl Drop for KeepsTheAudit<'_, '_> {
    fn drop(&mut self) {
        assert!(thread::panicking(), "dropped by the unwinding");
        let slot = self.key.take().expect("dropped once");
        let key = slot.insert(ThreadKey::get().expect("no other key is alive"));
        let (mut audit, _key) = self.bank.lock_audit(key);
        audit.push("taken while unwinding".to_owned());
        *self.kept.borrow_mut() = Some(audit);
    }
}

/// A guard taken during a panic and kept past it is still a guard taken during a panic:
/// dropped by the unwinding of a later panic on the same thread, it poisons nothing, as
/// with `std` (whose guard records only whether its thread was panicking when it was
/// taken). The `parking_lot` backend keeps that mark in the lock while the guard lives.
#[test]
fn a_guard_taken_during_a_panic_and_dropped_by_a_later_one_poisons_nothing() {
    let bank = &open_bank();
    thread::scope(|scope| {
        scope.spawn(|| {
            with_the_audit_kept_past_a_panic(bank, |mut kept| {
                let second = panic::catch_unwind(AssertUnwindSafe(move || {
                    kept.push("written after the first panic".to_owned());
                    panic!("a later panic, holding the kept guard");
                }));
                assert_eq!(
                    message(&*second.expect_err("the second panic")),
                    "a later panic, holding the kept guard"
                );
            });
        });
    });
    on_new_thread(|key| {
        let (audit, _key) = bank.lock_audit(key);
        assert_eq!(
            *audit,
            [
                "opened",
                "taken while unwinding",
                "written after the first panic"
            ],
            "not poisoned: the guard was taken during a panic"
        );
    });
}

/// A panic inside a destructor run by an unwinding, caught there (`catch_unwind` in the
/// destructor), poisons as `std` does: a guard taken before the first panic and dropped
/// by the nested one poisons its field; a guard taken during the first panic (in the
/// destructor) and dropped by the nested one does not, nor does the first unwinding,
/// which then releases nothing more.
#[test]
fn a_panic_caught_in_a_destructor_poisons_only_guards_taken_before_the_first_panic() {
    let bank = &open_bank();
    let panicked = on_new_thread_catching(|key| {
        let (mut accounts, mut after_accounts) = bank.lock_accounts(key);
        *accounts.get_mut(&1).unwrap() -= 5;
        let _nested = OnDrop(Some(move || {
            assert!(thread::panicking(), "run by the unwinding");
            let nested = panic::catch_unwind(AssertUnwindSafe(move || {
                let (mut audit, _key) = bank.lock_audit(&mut after_accounts);
                audit.push("taken while unwinding".to_owned());
                let _accounts = accounts;
                panic!("a nested panic, holding both");
            }));
            assert_eq!(
                message(&*nested.expect_err("the nested panic")),
                "a nested panic, holding both"
            );
            assert!(thread::panicking(), "the first panic goes on");
        }));
        panic!("the first panic, holding the accounts");
    });
    assert_eq!(
        panicked.as_deref(),
        Some("the first panic, holding the accounts")
    );
    on_new_thread(|key| {
        let (message, _) = capture_panic(|| drop(bank.lock_accounts(key)));
        assert!(
            message.starts_with("`Bank.accounts` is poisoned"),
            "taken before the first panic: {message}"
        );
        let (accounts, mut key) = bank.recover_accounts(key);
        assert_eq!(accounts[&1], 95);
        let (audit, _key) = bank.lock_audit(&mut key);
        assert_eq!(
            *audit,
            ["opened", "taken while unwinding"],
            "not poisoned: taken during the first panic"
        );
    });
}
