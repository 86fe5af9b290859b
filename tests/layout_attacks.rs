//! Attacks on the one-allocation layout and on `_pair`, from the struct's own module (where
//! the generated `fields` and the storages inside it are visible): storages swapped or
//! replaced between instances through `Arc::get_mut`, a whole instance's storage moved out
//! of its `Arc` and into another, a leaked guard whose storage is then moved, and the
//! poison of one instance of a pair reported on that instance's guard whichever way the
//! arguments come. Each must keep a lock one lock: the data it guards, its identity for
//! `SameInstance` and the order of `_pair`, and (debug builds) the leaked-guard check.
//! Every test runs under the watchdog: a hang fails after a minute.

use std::mem;
use std::sync::Arc;

mod common;

use common::{panic_message, watched};
use guarded::{ThreadKey, guarded};

#[guarded]
struct Account {
    balance: i64,
    history: Vec<i64>,
}

#[guarded(poison = result)]
struct Reported {
    balance: i64,
}

#[guarded]
struct Panicky {
    balance: i64,
}

fn balances(a: &Account, b: &Account, key: &mut ThreadKey) -> (i64, i64) {
    let (a, b, _) = Account::lock_balance_pair(a, b, key).unwrap();
    (*a, *b)
}

/// Swapping two instances' storages of one field moves the lock with its data: each
/// instance then locks the other's old lock and sees its data, clones still share, and
/// `SameInstance` still tells the same instance from another.
#[test]
fn swapped_storages_stay_one_lock_each() {
    watched(|| {
        let mut key = ThreadKey::get().unwrap();
        let mut a = Account::new(1, vec![1]);
        let mut b = Account::new(2, vec![2]);
        mem::swap(
            &mut Arc::get_mut(&mut a.fields).unwrap().balance,
            &mut Arc::get_mut(&mut b.fields).unwrap().balance,
        );
        assert_eq!(balances(&a, &b, &mut key), (2, 1));
        assert_eq!(balances(&b, &a, &mut key), (1, 2));
        let a_clone = a.clone();
        assert!(Account::lock_balance_pair(&a, &a_clone, &mut key).is_err());
        // The two instances' other field was not touched.
        let (history, _) = a.lock_history(&mut key);
        assert_eq!(*history, vec![1]);
    });
}

/// A storage replaced by a fresh one (`mem::replace`) is still a lock of its own: the old
/// one, out of any `Arc`, opens only with a key, and both can be locked in one `_pair`
/// call's order without deadlocking.
#[test]
fn a_replaced_storage_out_of_its_arc_is_still_locked_by_key() {
    watched(|| {
        let mut key = ThreadKey::get().unwrap();
        let mut a = Account::new(5, Vec::new());
        let fresh = guarded::__private::Field::new(7);
        let old = mem::replace(&mut Arc::get_mut(&mut a.fields).unwrap().balance, fresh);
        let (guard, _) = old.lock(&mut key);
        assert_eq!(*guard, 5);
        drop(guard);
        let (mine, theirs, _) =
            guarded::__private::Field::lock_pair(&a.fields.balance, &old, &mut key).unwrap();
        assert_eq!((*mine, *theirs), (7, 5));
    });
}

/// A whole instance's storage taken out of its `Arc` and put into a new instance is the
/// same locks: the new instance and a clone of it are one instance for `SameInstance`.
#[test]
fn storage_moved_to_a_new_instance_is_one_instance_with_its_clones() {
    watched(|| {
        let mut key = ThreadKey::get().unwrap();
        let a = Account::new(3, Vec::new());
        let moved = Account {
            fields: Arc::new(Arc::try_unwrap(a.fields).ok().unwrap()),
        };
        let clone = moved.clone();
        let same = Account::lock_balance_pair(&moved, &clone, &mut key).unwrap_err();
        assert_eq!(same.positions(), (0, 1));
        let other = Account::new(4, Vec::new());
        assert_eq!(balances(&clone, &other, &mut key), (3, 4));
    });
}

/// Debug builds: a guard leaked, then its storage swapped into another instance. The
/// leaked-guard check follows the lock, not the place: locking the instance that now has
/// the held lock panics (instead of hanging), and the instance that got the free lock in
/// exchange locks it.
#[cfg(debug_assertions)]
#[test]
fn a_leaked_guard_s_lock_moved_to_another_instance_is_still_reported() {
    watched(|| {
        let mut key = ThreadKey::get().unwrap();
        let mut a = Account::new(1, Vec::new());
        let mut b = Account::new(2, Vec::new());
        mem::forget(a.lock_balance(&mut key));
        mem::swap(
            &mut Arc::get_mut(&mut a.fields).unwrap().balance,
            &mut Arc::get_mut(&mut b.fields).unwrap().balance,
        );
        {
            let (guard, _) = a.lock_balance(&mut key);
            assert_eq!(*guard, 2);
        }
        let message = panic_message(|| drop(b.lock_balance(&mut key)));
        assert!(
            message.contains("`Account.balance` is already held by this thread"),
            "{message}"
        );
        let message = panic_message(|| drop(Account::lock_balance_pair(&a, &b, &mut key)));
        assert!(
            message.contains("is already held by this thread"),
            "{message}"
        );
    });
}

/// `poison = result`: the instance that was poisoned gets the `Err`, in either argument
/// order, and whether it sits lower or higher in memory than the other (so whether it is
/// locked first or second); the same for `_many`, by position.
#[test]
fn pair_and_many_report_poison_on_the_poisoned_instance_s_guard() {
    watched(|| {
        let mut key = ThreadKey::get().unwrap();
        for poison_higher in [false, true] {
            let (a, b) = (Reported::new(10), Reported::new(20));
            let a_is_lower = Arc::as_ptr(&a.fields) < Arc::as_ptr(&b.fields);
            let sick = if a_is_lower == poison_higher { &b } else { &a };
            let sick_clone = sick.clone();
            std::thread::spawn(move || {
                let mut key = ThreadKey::get().unwrap();
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let (mut guard, _) = sick_clone.lock_balance(&mut key).unwrap();
                    *guard += 1;
                    panic!("planned");
                }));
            })
            .join()
            .unwrap();
            // The poisoned one holds what the panicking thread left: its value plus 1.
            let value = |r: &Reported| {
                if std::ptr::eq(r, std::ptr::from_ref(&a)) {
                    10
                } else {
                    20
                }
            };
            let expected = |r: &Reported| value(r) + i64::from(std::ptr::eq(r, sick));
            for (x, y) in [(&a, &b), (&b, &a)] {
                let (gx, gy, _) = Reported::lock_balance_pair(x, y, &mut key).unwrap();
                for (instance, guard) in [(x, gx), (y, gy)] {
                    match guard {
                        Ok(guard) => {
                            assert!(!std::ptr::eq(instance, sick), "poison not reported");
                            assert_eq!(*guard, expected(instance));
                        }
                        Err(poisoned) => {
                            assert!(std::ptr::eq(instance, sick), "poison on the wrong guard");
                            assert_eq!(poisoned.field_name(), "balance");
                            assert_eq!(**poisoned.get_ref(), expected(instance));
                        }
                    }
                }
                let (guards, _) = Reported::lock_balance_many([x, y], &mut key).unwrap();
                for (instance, guard) in [x, y].into_iter().zip(guards) {
                    assert_eq!(guard.is_err(), std::ptr::eq(instance, sick));
                    let data = match &guard {
                        Ok(guard) => **guard,
                        Err(poisoned) => **poisoned.get_ref(),
                    };
                    assert_eq!(data, expected(instance));
                }
            }
        }
    });
}

/// `poison = panic`: a pair (or a `_many` call) whose one instance is poisoned panics; the
/// other instance, whose data nobody touched, must come out neither held nor poisoned,
/// whichever of the two sits lower in memory (and so is locked first). The loop poisons
/// the lower one, then the higher one (their addresses read from the struct's `Arc`), in
/// both argument orders.
///
/// Found by the adversarial review: when the healthy instance was locked first (the
/// poisoned one higher), the poisoned second lock panicked while the healthy guard was
/// held, and the unwinding dropped that guard, which poisoned the healthy instance. The
/// pair and many calls now release the guards they took before the poison panic.
#[test]
fn a_panicking_pair_poisons_only_the_poisoned_instance() {
    watched(|| {
        let mut key = ThreadKey::get().unwrap();
        for poison_higher in [false, true] {
            for many in [false, true] {
                for swap_arguments in [false, true] {
                    let (a, b) = (Panicky::new(1), Panicky::new(2));
                    let a_is_lower = Arc::as_ptr(&a.fields) < Arc::as_ptr(&b.fields);
                    let (sick, healthy) = if a_is_lower == poison_higher {
                        (&b, &a)
                    } else {
                        (&a, &b)
                    };
                    let sick_clone = sick.clone();
                    std::thread::spawn(move || {
                        let mut key = ThreadKey::get().unwrap();
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            let _guard = sick_clone.lock_balance(&mut key);
                            panic!("planned");
                        }));
                    })
                    .join()
                    .unwrap();
                    let (x, y) = if swap_arguments { (&b, &a) } else { (&a, &b) };
                    let message = panic_message(|| {
                        if many {
                            drop(Panicky::lock_balance_many([x, y], &mut key));
                        } else {
                            drop(Panicky::lock_balance_pair(x, y, &mut key));
                        }
                    });
                    assert!(
                        message.contains("`Panicky.balance` is poisoned"),
                        "{message}"
                    );
                    let healthy_value = if std::ptr::eq(healthy, std::ptr::from_ref(&a)) {
                        1
                    } else {
                        2
                    };
                    let healthy_lock = healthy.try_lock_balance(&mut key);
                    let (guard, _) = healthy_lock.expect("the healthy instance is not held");
                    assert_eq!(*guard, healthy_value);
                    drop(guard);
                    // The poisoned one is not held either: `recover_` returns.
                    let (guard, _) = sick.recover_balance(&mut key);
                    assert_eq!(*guard, 3 - healthy_value);
                }
            }
        }
    });
}

#[guarded]
struct Ledger {
    entries: Vec<i64>,
    audit: Vec<String>,
}

/// The same for `lock!`: one call that locks `entries`, then `audit`, panics on the
/// poisoned `audit`; `entries`, which nobody touched, must not be poisoned by it.
///
/// Found by the adversarial review, as `_pair`'s: the chain held the `entries` guard when
/// the poison panic started, and the unwinding poisoned it. (Hand-written `lock_entries`
/// then `lock_audit` does the same, as `std` would; `lock!` is one call, and now releases
/// what it took before panicking.)
#[test]
fn a_panicking_lock_macro_poisons_only_the_poisoned_field() {
    watched(|| {
        let ledger = Ledger::new(vec![1], Vec::new());
        let clone = ledger.clone();
        std::thread::spawn(move || {
            let mut key = ThreadKey::get().unwrap();
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let _audit = clone.lock_audit(&mut key);
                panic!("planned");
            }));
        })
        .join()
        .unwrap();
        let mut key = ThreadKey::get().unwrap();
        let message = panic_message(|| {
            drop(guarded::lock!(ledger, &mut key => entries, audit));
        });
        assert!(message.contains("`Ledger.audit` is poisoned"), "{message}");
        let (entries, _) = ledger
            .try_lock_entries(&mut key)
            .expect("`entries` is not held");
        assert_eq!(*entries, vec![1]);
    });
}
