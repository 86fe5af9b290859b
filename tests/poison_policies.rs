//! The three poisoning policies, on every kind of locked field (mutex, rw poisoned through
//! its write guard, condvar), chosen per field and per struct (a struct's policy
//! overridden on a field). A thread panics holding the lock, half-way through updating the
//! data; then:
//!
//! - `poison = panic` (the default): `lock_<f>` and the `try_` locks (and, on rw fields,
//!   the reads) panic with a message naming the struct, the field and `recover_<f>`, and
//!   keep the poison; `recover_<f>` hands over the half-updated data and clears the
//!   poison, so later locks work.
//! - `poison = recover`: every lock hands over the half-updated data; later locks work.
//! - `poison = result`: every lock returns `Err(Poisoned)` (a `try_` lock `Ok(Err(..))`),
//!   which names the struct and the field and shows the half-updated data; dropping it
//!   keeps the poison, `into_inner` hands over guard and key and clears it.
//!
//! A thread waiting on a condvar field while another panics holding its lock is told
//! (`poison = result`: `Err(Poisoned)`; `poison = panic`: a panic) or, under
//! `poison = recover`, keeps waiting until its condition is false. A panic while holding
//! only a read guard poisons nothing. No data is lost silently: every check asserts the
//! values the panicking thread left.
//!
//! Around an unwinding, guards poison as `std`'s do, on both backends: a guard taken
//! during a panic (in a destructor) poisons nothing when released during a panic, one
//! taken before does, and a condvar wait does not change which a guard is; `into_inner`
//! during an unwinding clears the poison; `_pair` and `_many` guards count as separate
//! locks; timed tries and every waiter woken by a notifier that panics are told.
//!
//! Every test runs under a watchdog, so a lock left held by a panic fails the test after a
//! minute instead of hanging CI (a deadlock detector, not a timing assertion).

use std::error::Error;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

mod common;

use common::{OnDrop, crash, panic_message, poisoned_panic, watched};
use guarded::{ThreadKey, guarded};

/// A transfer: first debited, then credited. A thread that panics between the two leaves
/// it half-done.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Transfer {
    debited: u32,
    credited: u32,
}

const fn transfer(debited: u32, credited: u32) -> Transfer {
    Transfer { debited, credited }
}

/// What the first crash leaves.
const HALF_DONE: Transfer = transfer(1, 0);

/// The panicking threads' message.
const PLANNED: &str = "planned crash half-way through a transfer";

/// No policy anywhere: `poison = panic` by default.
#[guarded]
#[derive(Default)]
struct Panicky {
    m: Transfer,
    #[guarded(rw)]
    rw: Transfer,
    #[guarded(condvar)]
    cv: Transfer,
}

/// `poison = panic` written on the struct; one field overrides it.
#[guarded(poison = panic)]
#[derive(Default)]
struct PanicAll {
    m: Transfer,
    #[guarded(rw)]
    rw: Transfer,
    #[guarded(poison = recover)]
    lenient: Transfer,
}

/// `poison = recover` on each field.
#[guarded]
#[derive(Default)]
struct RecoverEach {
    #[guarded(poison = recover)]
    m: Transfer,
    #[guarded(rw, poison = recover)]
    rw: Transfer,
    #[guarded(condvar, poison = recover)]
    cv: Transfer,
}

/// `poison = recover` on the struct; two fields override it.
#[guarded(poison = recover)]
#[derive(Default)]
struct RecoverAll {
    m: Transfer,
    #[guarded(rw)]
    rw: Transfer,
    #[guarded(condvar)]
    cv: Transfer,
    #[guarded(poison = panic)]
    strict: Transfer,
    #[guarded(condvar, poison = result)]
    checked: Transfer,
}

/// `poison = result` on each field.
#[guarded]
#[derive(Default)]
struct ResultEach {
    #[guarded(poison = result)]
    m: Transfer,
    #[guarded(rw, poison = result)]
    rw: Transfer,
    #[guarded(condvar, poison = result)]
    cv: Transfer,
}

/// `poison = result` on the struct; two fields override it.
#[guarded(poison = result)]
#[derive(Default)]
struct ResultAll {
    m: Transfer,
    #[guarded(rw)]
    rw: Transfer,
    #[guarded(condvar)]
    cv: Transfer,
    #[guarded(rw, poison = recover)]
    lenient: Transfer,
    #[guarded(poison = panic)]
    loud: Transfer,
}

/// How long a timed try may wait: far longer than anything here takes.
const PATIENCE: Duration = Duration::from_secs(20);

/// Debits once more, then panics before crediting.
fn crash_half_way(transfer: &mut Transfer) -> ! {
    transfer.debited += 1;
    panic!("{PLANNED}");
}

/// The `Display` of `Poisoned`.
fn poisoned_display(structure: &str, field: &str) -> String {
    format!("`{structure}.{field}` is poisoned: a thread panicked while it held this lock")
}

/// A test of a field under `poison = panic`: after a crash, every way to lock it (the
/// blocking lock, the `try_` and timed `try_` locks, and on rw fields the same for reads)
/// panics naming `recover_<f>`, twice (the panic keeps the poison); `recover_<f>` hands
/// over the half-done transfer and clears the poison.
macro_rules! panic_policy {
    (
        $test:ident: $Struct:ident.$field:ident,
        $lock:ident, $try_lock:ident, $try_lock_for:ident, $recover:ident
        $(, read: $read:ident, $try_read:ident, $try_read_for:ident)?
    ) => {
        #[test]
        fn $test() {
            watched(|| {
                let s = $Struct::default();
                crash(PLANNED, |key| {
                    let (mut data, _key) = s.$lock(key);
                    crash_half_way(&mut data)
                });
                let expected =
                    poisoned_panic(stringify!($Struct), stringify!($field), stringify!($recover));
                let mut key = ThreadKey::get().expect("the worker's key");
                for _ in 0..2 {
                    assert_eq!(panic_message(|| drop(s.$lock(&mut key))), expected);
                    assert_eq!(panic_message(|| drop(s.$try_lock(&mut key))), expected);
                    assert_eq!(
                        panic_message(|| drop(s.$try_lock_for(&mut key, PATIENCE))),
                        expected
                    );
                    $(
                        assert_eq!(panic_message(|| drop(s.$read(&mut key))), expected);
                        assert_eq!(panic_message(|| drop(s.$try_read(&mut key))), expected);
                        assert_eq!(
                            panic_message(|| drop(s.$try_read_for(&mut key, PATIENCE))),
                            expected
                        );
                    )?
                }
                {
                    let (mut data, _key) = s.$recover(&mut key);
                    assert_eq!(*data, HALF_DONE, "the data as the crash left it");
                    data.credited = 1;
                }
                assert_eq!(*s.$lock(&mut key).0, transfer(1, 1), "the poison is cleared");
                assert_eq!(*s.$try_lock(&mut key).expect("free").0, transfer(1, 1));
                $( assert_eq!(*s.$read(&mut key).0, transfer(1, 1)); )?
                // Recovering a healthy field is a plain lock.
                assert_eq!(*s.$recover(&mut key).0, transfer(1, 1));
            });
        }
    };
}

/// A test of a field under `poison = recover`: after each crash, whichever way it is
/// locked next (the blocking lock, a `try_` and a timed `try_` lock, on rw fields a read)
/// hands over the half-done transfer without complaint, and later locks work.
macro_rules! recover_policy {
    (
        $test:ident: $Struct:ident.$field:ident, $lock:ident, $try_lock:ident, $try_lock_for:ident
        $(, read: $read:ident, $try_read:ident)?
    ) => {
        #[test]
        fn $test() {
            watched(|| {
                let s = $Struct::default();
                let poison = || {
                    crash(PLANNED, |key| {
                        let (mut data, _key) = s.$lock(key);
                        crash_half_way(&mut data)
                    });
                };
                let mut key = ThreadKey::get().expect("the worker's key");

                poison();
                {
                    let (mut data, _key) = s.$lock(&mut key);
                    assert_eq!(*data, HALF_DONE, "the data as the crash left it");
                    data.credited = 1;
                }
                assert_eq!(*s.$lock(&mut key).0, transfer(1, 1), "later locks are fine");

                poison();
                {
                    let (mut data, _key) = s.$try_lock(&mut key).expect("free");
                    assert_eq!(*data, transfer(2, 1));
                    data.credited = 2;
                }
                poison();
                {
                    let (mut data, _key) = s.$try_lock_for(&mut key, PATIENCE).expect("free");
                    assert_eq!(*data, transfer(3, 2));
                    data.credited = 3;
                }
                $(
                    poison();
                    assert_eq!(*s.$read(&mut key).0, transfer(4, 3));
                    assert_eq!(*s.$try_read(&mut key).expect("free").0, transfer(4, 3));
                    s.$lock(&mut key).0.credited = 4;
                )?
                let (data, _key) = s.$lock(&mut key);
                assert_eq!(data.debited, data.credited, "every crash was repaired");
            });
        }
    };
}

/// A test of a field under `poison = result`: after a crash, every way to lock it returns
/// `Poisoned` (a `try_` lock inside `Ok`), naming the struct and the field and showing the
/// half-done transfer; dropping it keeps the poison (a change made through `get_mut`
/// stays), `into_inner` hands over guard and key and clears it.
macro_rules! result_policy {
    (
        $test:ident: $Struct:ident.$field:ident, $lock:ident, $try_lock:ident, $try_lock_for:ident
        $(, read: $read:ident, $try_read:ident)?
    ) => {
        #[test]
        fn $test() {
            watched(|| {
                let s = $Struct::default();
                crash(PLANNED, |key| {
                    let (mut data, _key) = s.$lock(key).expect("not poisoned yet");
                    crash_half_way(&mut data)
                });
                let (structure, field) = (stringify!($Struct), stringify!($field));
                let mut key = ThreadKey::get().expect("the worker's key");
                {
                    let mut poisoned = s.$lock(&mut key).expect_err("poisoned");
                    assert_eq!(poisoned.struct_name(), structure);
                    assert_eq!(poisoned.field_name(), field);
                    assert_eq!(poisoned.to_string(), poisoned_display(structure, field));
                    let debug = format!("{poisoned:?}");
                    assert!(
                        debug.contains(&format!("{structure:?}"))
                            && debug.contains(&format!("{field:?}")),
                        "{debug}"
                    );
                    let error: &dyn Error = &poisoned;
                    assert!(error.source().is_none());
                    assert_eq!(*poisoned.get_ref().0, HALF_DONE, "the data as the crash left it");
                    // A change through `get_mut` does not clear the poison.
                    poisoned.get_mut().0.credited = 5;
                }
                {
                    let poisoned = s.$lock(&mut key).expect_err("dropping kept the poison");
                    assert_eq!(*poisoned.get_ref().0, transfer(1, 5));
                }
                {
                    let poisoned = s
                        .$try_lock(&mut key)
                        .expect("free")
                        .expect_err("still poisoned");
                    assert_eq!(poisoned.field_name(), field);
                    assert_eq!(*poisoned.get_ref().0, transfer(1, 5));
                }
                {
                    let poisoned = s
                        .$try_lock_for(&mut key, PATIENCE)
                        .expect("free")
                        .expect_err("still poisoned");
                    assert_eq!(*poisoned.get_ref().0, transfer(1, 5));
                }
                $(
                    {
                        let poisoned = s.$read(&mut key).expect_err("reads see the poison");
                        assert_eq!(poisoned.to_string(), poisoned_display(structure, field));
                        assert_eq!(*poisoned.get_ref().0, transfer(1, 5));
                    }
                    {
                        let poisoned = s
                            .$try_read(&mut key)
                            .expect("free")
                            .expect_err("still poisoned");
                        assert_eq!(*poisoned.get_ref().0, transfer(1, 5));
                    }
                )?
                {
                    let (mut data, _key) =
                        s.$lock(&mut key).expect_err("still poisoned").into_inner();
                    assert_eq!(*data, transfer(1, 5));
                    data.credited = 1;
                }
                assert_eq!(
                    *s.$lock(&mut key).expect("into_inner cleared the poison").0,
                    transfer(1, 1)
                );
                assert_eq!(
                    *s.$try_lock(&mut key).expect("free").expect("not poisoned").0,
                    transfer(1, 1)
                );
                $( assert_eq!(*s.$read(&mut key).expect("not poisoned").0, transfer(1, 1)); )?
            });
        }
    };
}

// `poison = panic`: the default, written on the struct, and overriding a struct's policy.
panic_policy!(panic_by_default_mutex: Panicky.m, lock_m, try_lock_m, try_lock_m_for, recover_m);
panic_policy!(
    panic_by_default_rw: Panicky.rw, write_rw, try_write_rw, try_write_rw_for, recover_rw,
    read: read_rw, try_read_rw, try_read_rw_for
);
panic_policy!(
    panic_by_default_condvar: Panicky.cv, lock_cv, try_lock_cv, try_lock_cv_for, recover_cv
);
panic_policy!(panic_on_struct_mutex: PanicAll.m, lock_m, try_lock_m, try_lock_m_for, recover_m);
panic_policy!(
    panic_on_struct_rw: PanicAll.rw, write_rw, try_write_rw, try_write_rw_for, recover_rw,
    read: read_rw, try_read_rw, try_read_rw_for
);
panic_policy!(
    panic_on_field_overrides_recover_on_struct: RecoverAll.strict,
    lock_strict, try_lock_strict, try_lock_strict_for, recover_strict
);
panic_policy!(
    panic_on_field_overrides_result_on_struct: ResultAll.loud,
    lock_loud, try_lock_loud, try_lock_loud_for, recover_loud
);

// `poison = recover`: on each field, on the struct, and overriding a struct's policy.
recover_policy!(recover_on_field_mutex: RecoverEach.m, lock_m, try_lock_m, try_lock_m_for);
recover_policy!(
    recover_on_field_rw: RecoverEach.rw, write_rw, try_write_rw, try_write_rw_for,
    read: read_rw, try_read_rw
);
recover_policy!(recover_on_field_condvar: RecoverEach.cv, lock_cv, try_lock_cv, try_lock_cv_for);
recover_policy!(recover_on_struct_mutex: RecoverAll.m, lock_m, try_lock_m, try_lock_m_for);
recover_policy!(
    recover_on_struct_rw: RecoverAll.rw, write_rw, try_write_rw, try_write_rw_for,
    read: read_rw, try_read_rw
);
recover_policy!(recover_on_struct_condvar: RecoverAll.cv, lock_cv, try_lock_cv, try_lock_cv_for);
recover_policy!(
    recover_on_field_overrides_panic_on_struct: PanicAll.lenient,
    lock_lenient, try_lock_lenient, try_lock_lenient_for
);
recover_policy!(
    recover_on_field_overrides_result_on_struct: ResultAll.lenient,
    write_lenient, try_write_lenient, try_write_lenient_for,
    read: read_lenient, try_read_lenient
);

// `poison = result`: on each field, on the struct, and overriding a struct's policy.
result_policy!(result_on_field_mutex: ResultEach.m, lock_m, try_lock_m, try_lock_m_for);
result_policy!(
    result_on_field_rw: ResultEach.rw, write_rw, try_write_rw, try_write_rw_for,
    read: read_rw, try_read_rw
);
result_policy!(result_on_field_condvar: ResultEach.cv, lock_cv, try_lock_cv, try_lock_cv_for);
result_policy!(result_on_struct_mutex: ResultAll.m, lock_m, try_lock_m, try_lock_m_for);
result_policy!(
    result_on_struct_rw: ResultAll.rw, write_rw, try_write_rw, try_write_rw_for,
    read: read_rw, try_read_rw
);
result_policy!(result_on_struct_condvar: ResultAll.cv, lock_cv, try_lock_cv, try_lock_cv_for);
result_policy!(
    result_on_field_overrides_recover_on_struct: RecoverAll.checked,
    lock_checked, try_lock_checked, try_lock_checked_for
);

/// Under `poison = result`, `into_inner` of a poisoned *read* clears the poison too.
#[test]
fn result_into_inner_of_a_read_clears_the_poison() {
    watched(|| {
        let s = ResultEach::default();
        crash(PLANNED, |key| {
            let (mut data, _key) = s.write_rw(key).expect("not poisoned yet");
            crash_half_way(&mut data)
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        {
            let (data, _key) = s.read_rw(&mut key).expect_err("poisoned").into_inner();
            assert_eq!(*data, HALF_DONE);
        }
        let (mut data, _key) = s.write_rw(&mut key).expect("the read cleared the poison");
        assert_eq!(*data, HALF_DONE);
        data.credited = 1;
    });
}

/// A panic while holding only a read guard poisons nothing (as with `std`'s `RwLock`),
/// whatever the backend: nothing can have been half-written through it.
#[test]
fn a_panic_holding_a_read_guard_poisons_nothing() {
    watched(|| {
        let s = ResultEach::default();
        s.write_rw(&mut ThreadKey::get().expect("the worker's key"))
            .expect("not poisoned")
            .0
            .debited = 1;
        crash(PLANNED, |key| {
            let (data, _key) = s.read_rw(key).expect("not poisoned");
            assert_eq!(*data, HALF_DONE);
            panic!("{PLANNED}");
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        assert_eq!(*s.read_rw(&mut key).expect("not poisoned").0, HALF_DONE);
        assert_eq!(*s.write_rw(&mut key).expect("not poisoned").0, HALF_DONE);
    });
}

/// Under `poison = result`, a thread waiting in `wait_while` while another thread panics
/// holding the same lock (after notifying) wakes with `Err(Poisoned)`, although its
/// condition is still true; `into_inner` gives it the half-done data and clears the poison.
#[test]
fn result_a_waiter_is_told_of_a_panic_while_it_waited() {
    watched(|| {
        let s = ResultEach::default();
        let (locked, is_locked) = mpsc::channel();
        let waited = thread::scope(|scope| {
            let waiter = scope.spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (cv, mut after_cv) = s.lock_cv(&mut key).expect("not poisoned yet");
                locked.send(()).expect("the test listens");
                let Err(poisoned) = cv.wait_while(&mut after_cv, |data| data.credited == 0) else {
                    panic!("the wait ended without the poison, with the condition still true");
                };
                assert_eq!(poisoned.struct_name(), "ResultEach");
                assert_eq!(poisoned.field_name(), "cv");
                assert_eq!(poisoned.to_string(), poisoned_display("ResultEach", "cv"));
                assert_eq!(**poisoned.get_ref(), HALF_DONE);
                let mut cv = poisoned.into_inner();
                cv.credited = 1;
                *cv
            });
            is_locked.recv().expect("the waiter locked");
            crash(PLANNED, |key| {
                // Taken only once the waiter waits.
                let (mut data, _key) = s.lock_cv(key).expect("not poisoned yet");
                s.notify_all_cv();
                crash_half_way(&mut data)
            });
            waiter.join().expect("the waiter did not panic")
        });
        assert_eq!(waited, transfer(1, 1));
        let mut key = ThreadKey::get().expect("the worker's key");
        assert_eq!(
            *s.lock_cv(&mut key)
                .expect("the waiter cleared the poison")
                .0,
            transfer(1, 1)
        );
    });
}

/// The same with `wait_timeout_while` and a long timeout: `Err(Poisoned)` with the guard
/// and `false` (it did not time out).
#[test]
fn result_a_timed_waiter_is_told_of_a_panic_while_it_waited() {
    watched(|| {
        let s = ResultAll::default();
        let (locked, is_locked) = mpsc::channel();
        let waited = thread::scope(|scope| {
            let waiter = scope.spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (cv, mut after_cv) = s.lock_cv(&mut key).expect("not poisoned yet");
                locked.send(()).expect("the test listens");
                let Err(poisoned) =
                    cv.wait_timeout_while(&mut after_cv, PATIENCE, |data| data.credited == 0)
                else {
                    panic!("the wait ended without the poison, with the condition still true");
                };
                assert_eq!(poisoned.to_string(), poisoned_display("ResultAll", "cv"));
                let (cv, timed_out) = poisoned.get_ref();
                assert!(!timed_out, "woken long before the timeout");
                **cv
                // Dropped: the poison stays.
            });
            is_locked.recv().expect("the waiter locked");
            crash(PLANNED, |key| {
                let (mut data, _key) = s.lock_cv(key).expect("not poisoned yet");
                s.notify_all_cv();
                crash_half_way(&mut data)
            });
            waiter.join().expect("the waiter did not panic")
        });
        assert_eq!(waited, HALF_DONE);
        let mut key = ThreadKey::get().expect("the worker's key");
        let poisoned = s.lock_cv(&mut key).expect_err("still poisoned");
        assert_eq!(*poisoned.into_inner().0, HALF_DONE);
    });
}

/// Under `poison = recover`, a waiter woken after another thread panicked holding the lock
/// sees the half-done data (its condition still true) and keeps waiting, until a repair
/// makes the condition false.
#[test]
fn recover_a_waiter_keeps_waiting_through_a_panic() {
    watched(|| {
        let s = RecoverEach::default();
        let (waited, checks) = thread::scope(|scope| {
            let s = &s;
            let (locked, is_locked) = mpsc::channel();
            let (saw_half_done, is_half_done_seen) = mpsc::channel();
            let waiter = scope.spawn(move || {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (cv, mut after_cv) = s.lock_cv(&mut key);
                locked.send(()).expect("the test listens");
                let mut checks = Vec::new();
                let cv = cv.wait_while(&mut after_cv, |data| {
                    checks.push(*data);
                    if *data == HALF_DONE {
                        // The test may be gone already if something failed.
                        let _ = saw_half_done.send(());
                    }
                    data.credited == 0
                });
                (*cv, checks)
            });
            is_locked.recv().expect("the waiter locked");
            crash(PLANNED, |key| {
                let (mut data, _key) = s.lock_cv(key);
                s.notify_all_cv();
                crash_half_way(&mut data)
            });
            // The waiter woke after the crash, saw its work, and waits on.
            is_half_done_seen
                .recv()
                .expect("the waiter checked its condition after the crash");
            let mut key = ThreadKey::get().expect("the worker's key");
            {
                let (mut data, _key) = s.lock_cv(&mut key);
                assert_eq!(*data, HALF_DONE);
                data.credited = 1;
            }
            s.notify_all_cv();
            waiter.join().expect("the waiter did not panic")
        });
        assert_eq!(waited, transfer(1, 1), "it waited for the repair");
        assert_eq!(checks.first(), Some(&Transfer::default()));
        assert!(checks.contains(&HALF_DONE), "{checks:?}");
        assert_eq!(checks.last(), Some(&transfer(1, 1)));
    });
}

/// Under `poison = panic`, a waiter woken after another thread panicked holding the lock
/// panics, naming `recover_cv`; the data is then recovered as the crash left it.
#[test]
fn panic_a_waiter_panics_after_a_panic_while_it_waited() {
    watched(|| {
        let s = Panicky::default();
        let (locked, is_locked) = mpsc::channel();
        let text = thread::scope(|scope| {
            let waiter = scope.spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (cv, mut after_cv) = s.lock_cv(&mut key);
                locked.send(()).expect("the test listens");
                panic_message(|| {
                    drop(cv.wait_while(&mut after_cv, |data| data.credited == 0));
                })
            });
            is_locked.recv().expect("the waiter locked");
            crash(PLANNED, |key| {
                let (mut data, _key) = s.lock_cv(key);
                s.notify_all_cv();
                crash_half_way(&mut data)
            });
            waiter.join().expect("the waiter caught its panic")
        });
        assert_eq!(text, poisoned_panic("Panicky", "cv", "recover_cv"));
        let mut key = ThreadKey::get().expect("the worker's key");
        assert_eq!(*s.recover_cv(&mut key).0, HALF_DONE);
        assert_eq!(*s.lock_cv(&mut key).0, HALF_DONE);
    });
}

/// The wait condition runs holding the lock: a panic inside it poisons the field like any
/// other, with the data as the condition left it.
#[test]
fn result_a_panic_in_the_wait_condition_poisons_the_field() {
    watched(|| {
        let s = ResultEach::default();
        crash(PLANNED, |key| {
            let (cv, mut after_cv) = s.lock_cv(key).expect("not poisoned yet");
            drop(cv.wait_while(&mut after_cv, |data| crash_half_way(data)));
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        let poisoned = s.lock_cv(&mut key).expect_err("poisoned");
        assert_eq!(poisoned.field_name(), "cv");
        assert_eq!(*poisoned.into_inner().0, HALF_DONE);
        assert_eq!(*s.lock_cv(&mut key).expect("cleared").0, HALF_DONE);
    });
}

/// A condvar guard taken before a panic, which waits (and times out) in a destructor run
/// by the unwinding and is dropped there, poisons the field, as with `std`: the guard was
/// not taken during the panic, and a wait does not change that (`std`'s guard keeps its
/// flag through the wait). The `parking_lot` backend reads the thread's panicking state
/// again when a wait takes the lock back; it must not take that for a lock taken during
/// the panic.
#[test]
fn result_a_guard_waiting_while_unwinding_poisons_when_dropped_by_the_unwinding() {
    watched(|| {
        let s = ResultEach::default();
        crash(PLANNED, |key| {
            let (mut cv, mut after_cv) = s.lock_cv(key).expect("not poisoned yet");
            cv.debited = 1;
            let _waits = OnDrop(Some(move || {
                assert!(thread::panicking(), "run by the unwinding");
                let (mut cv, timed_out) = cv
                    .wait_timeout_while(&mut after_cv, Duration::from_millis(5), |_| true)
                    .expect("not poisoned: nothing released it during a panic");
                assert!(timed_out, "nobody notifies");
                cv.credited = 7;
                // Dropped here, during the unwinding.
            }));
            panic!("{PLANNED}");
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        let poisoned = s
            .lock_cv(&mut key)
            .expect_err("a guard held when the panic started was dropped by its unwinding");
        assert_eq!(*poisoned.into_inner().0, transfer(1, 7));
        assert_eq!(*s.lock_cv(&mut key).expect("cleared").0, transfer(1, 7));
    });
}

/// The other way round: a condvar guard taken during a panic (in a destructor run by the
/// unwinding) and kept past it, which then waits after the panic ended, is still a guard
/// taken during a panic, as `std` sees it: dropped by the unwinding of a later panic, it
/// poisons nothing. (A backend that took the wait's re-lock for a new lock, taken outside
/// any panic, would poison the field here.)
#[test]
fn result_a_guard_taken_while_unwinding_waits_after_it_and_a_later_panic_poisons_nothing() {
    type Later = Box<dyn FnOnce()>;
    thread_local! {
        /// What the first unwinding leaves for after it: the guard, waiting and panicking.
        static LATER: std::cell::RefCell<Option<Later>> = const { std::cell::RefCell::new(None) };
    }
    watched(|| {
        let s: &'static ResultEach = Box::leak(Box::default());
        thread::spawn(move || {
            let first = std::panic::catch_unwind(|| {
                let _takes = OnDrop(Some(move || {
                    assert!(thread::panicking(), "run by the unwinding");
                    // Leaked, so that the guard can outlive this call.
                    let key = Box::leak(Box::new(ThreadKey::get().expect("no other key")));
                    let (mut cv, mut after_cv) = s.lock_cv(key).expect("not poisoned yet");
                    cv.debited = 1;
                    let later: Later = Box::new(move || {
                        assert!(!thread::panicking(), "the first panic is over");
                        let (mut cv, timed_out) = cv
                            .wait_timeout_while(&mut after_cv, Duration::from_millis(5), |_| true)
                            .expect("not poisoned");
                        assert!(timed_out, "nobody notifies");
                        cv.credited = 1;
                        panic!("{PLANNED}");
                    });
                    LATER.set(Some(later));
                }));
                panic!("a panic holding nothing");
            });
            assert!(first.is_err());
            let later = LATER
                .take()
                .expect("the guard outlived the first unwinding");
            let second = std::panic::catch_unwind(std::panic::AssertUnwindSafe(later));
            assert_eq!(
                common::message(&*second.expect_err("the second panic")),
                PLANNED
            );
        })
        .join()
        .expect("the thread caught both panics");
        let mut key = ThreadKey::get().expect("the worker's key");
        let (cv, _key) = s
            .lock_cv(&mut key)
            .expect("not poisoned: the guard was taken while its thread was panicking");
        assert_eq!(*cv, transfer(1, 1));
    });
}

/// Under `poison = result`, every waiter, timed or untimed, woken by a `notify_all` of a
/// thread that then panics holding the lock wakes to `Err(Poisoned)` (the timed ones not
/// timed out), and each one dropping its `Poisoned` leaves the poison for the next. On
/// `parking_lot` the notification, made with the lock held, moves them all onto the lock,
/// and each takes it in turn after the panic released it.
#[test]
fn result_every_waiter_woken_by_a_notifier_that_panics_is_told() {
    const WAITERS: u32 = 4;
    watched(|| {
        let s = ResultEach::default();
        let woken = thread::scope(|scope| {
            let waiters: Vec<_> = (0..WAITERS)
                .map(|i| {
                    let s = &s;
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        let (mut cv, mut after_cv) = s.lock_cv(&mut key).expect("not poisoned");
                        // Counts the waiters here.
                        cv.credited += 1;
                        s.notify_all_cv();
                        let unchanged = |data: &mut Transfer| data.debited == 0;
                        // What each saw; its `Poisoned` is dropped: the poison stays.
                        if i % 2 == 0 {
                            let Err(poisoned) = cv.wait_while(&mut after_cv, unchanged) else {
                                panic!("woken without the poison, the condition still true");
                            };
                            **poisoned.get_ref()
                        } else {
                            let Err(poisoned) =
                                cv.wait_timeout_while(&mut after_cv, PATIENCE, unchanged)
                            else {
                                panic!("woken without the poison, the condition still true");
                            };
                            let (cv, timed_out) = poisoned.get_ref();
                            assert!(!timed_out, "woken long before the timeout");
                            **cv
                        }
                    })
                })
                .collect();
            crash(PLANNED, |key| {
                let (cv, mut after_cv) = s.lock_cv(key).expect("not poisoned yet");
                let mut cv = cv
                    .wait_while(&mut after_cv, |data| data.credited < WAITERS)
                    .expect("not poisoned yet");
                // Every waiter waits now: each counted itself and waits under one lock.
                s.notify_all_cv();
                crash_half_way(&mut cv)
            });
            waiters
                .into_iter()
                .map(|waiter| waiter.join().expect("the waiter did not panic"))
                .collect::<Vec<_>>()
        });
        assert_eq!(woken, [transfer(1, WAITERS); WAITERS as usize]);
        let mut key = ThreadKey::get().expect("the worker's key");
        let poisoned = s.lock_cv(&mut key).expect_err("still poisoned");
        assert_eq!(*poisoned.into_inner().0, transfer(1, WAITERS));
    });
}

/// Under `poison = result`, a guard taken during a panic (in a destructor run by the
/// unwinding) of a poisoned field, whose `Poisoned` is cleared with `into_inner` and which
/// is then dropped by that unwinding, leaves the field healthy, as with `std`: the poison
/// is cleared, and the release poisons nothing, since the guard was taken during the
/// panic. The same for a mutex and an rw field's write guard, the second locked with the
/// key the first handed back.
#[test]
fn result_into_inner_during_unwinding_clears_and_the_release_poisons_nothing() {
    watched(|| {
        let s = ResultEach::default();
        crash(PLANNED, |key| {
            let (mut m, mut after_m) = s.lock_m(key).expect("not poisoned yet");
            let (mut rw, _key) = s.write_rw(&mut after_m).expect("not poisoned yet");
            rw.debited = 1;
            crash_half_way(&mut m)
        });
        let unwound = thread::scope(|scope| {
            scope
                .spawn(|| {
                    let _repairs = OnDrop(Some(|| {
                        assert!(thread::panicking(), "run by the unwinding");
                        let mut key = ThreadKey::get().expect("the other key is gone");
                        let (mut m, mut after_m) =
                            s.lock_m(&mut key).expect_err("poisoned").into_inner();
                        let (mut rw, _key) =
                            s.write_rw(&mut after_m).expect_err("poisoned").into_inner();
                        m.credited = 1;
                        rw.credited = 1;
                    }));
                    let _key = ThreadKey::get().expect("a new thread's first key");
                    panic!("a panic holding nothing");
                })
                .join()
        });
        assert!(unwound.is_err());
        let mut key = ThreadKey::get().expect("the worker's key");
        let (m, mut after_m) = s.lock_m(&mut key).expect("cleared, and not poisoned again");
        assert_eq!(*m, transfer(1, 1));
        let (rw, _key) = s
            .write_rw(&mut after_m)
            .expect("cleared, and not poisoned again");
        assert_eq!(*rw, transfer(1, 1));
    });
}

/// A timed try (`try_lock_<f>_for`, `try_write_<f>_for`, `try_read_<f>_for`) that waits
/// for a holder which then panics takes the lock once the panic released it, and is told
/// of the poison (`poison = result`): the wait does not miss the poison set just before
/// the release.
#[test]
fn result_a_timed_try_that_waits_out_a_panicking_holder_is_told() {
    /// Locks with `lock` on a new thread, waits for the signal, then crashes holding it.
    fn crash_holding<'s>(
        scope: &'s thread::Scope<'s, '_>,
        hold: impl FnOnce(&mut ThreadKey, &dyn Fn()) + Send + 's,
    ) -> thread::ScopedJoinHandle<'s, ()> {
        let (locked, is_locked) = mpsc::channel();
        let handle = scope.spawn(move || {
            let mut key = ThreadKey::get().expect("a new thread's first key");
            hold(&mut key, &|| {
                locked.send(()).expect("the test waits");
                // Long enough for the timed try to be waiting already.
                thread::sleep(Duration::from_millis(20));
            });
        });
        is_locked.recv().expect("the holder locked");
        handle
    }
    watched(|| {
        let s = ResultEach::default();
        let mut key = ThreadKey::get().expect("the worker's key");
        thread::scope(|scope| {
            let holder = crash_holding(scope, |key, locked| {
                let (mut m, _key) = s.lock_m(key).expect("not poisoned yet");
                locked();
                crash_half_way(&mut m)
            });
            let poisoned = s
                .try_lock_m_for(&mut key, PATIENCE)
                .expect("released within the timeout")
                .expect_err("poisoned by the holder's panic");
            assert_eq!(*poisoned.get_ref().0, HALF_DONE);
            drop(poisoned);
            assert!(holder.join().is_err(), "the holder panicked");

            let holder = crash_holding(scope, |key, locked| {
                let (mut rw, _key) = s.write_rw(key).expect("not poisoned yet");
                locked();
                crash_half_way(&mut rw)
            });
            let poisoned = s
                .try_write_rw_for(&mut key, PATIENCE)
                .expect("released within the timeout")
                .expect_err("poisoned by the holder's panic");
            assert_eq!(*poisoned.get_ref().0, HALF_DONE);
            drop(poisoned);
            assert!(holder.join().is_err(), "the holder panicked");
            let (rw, _key) = s.write_rw(&mut key).expect_err("poisoned").into_inner();
            drop(rw);

            let holder = crash_holding(scope, |key, locked| {
                let (mut rw, _key) = s.write_rw(key).expect("cleared");
                locked();
                crash_half_way(&mut rw)
            });
            let poisoned = s
                .try_read_rw_for(&mut key, PATIENCE)
                .expect("released within the timeout")
                .expect_err("a reader sees the writer's poison");
            assert_eq!(*poisoned.get_ref().0, transfer(2, 0));
            drop(poisoned);
            assert!(holder.join().is_err(), "the holder panicked");

            let holder = crash_holding(scope, |key, locked| {
                let (mut cv, _key) = s.lock_cv(key).expect("not poisoned yet");
                locked();
                crash_half_way(&mut cv)
            });
            let poisoned = s
                .try_lock_cv_for(&mut key, PATIENCE)
                .expect("released within the timeout")
                .expect_err("poisoned by the holder's panic");
            assert_eq!(*poisoned.get_ref().0, HALF_DONE);
            drop(poisoned);
            assert!(holder.join().is_err(), "the holder panicked");
        });
    });
}

/// Under `poison = result`, the guards of a `_many` call are each poisoned when a panic
/// drops them if they were taken before it, and each left healthy if taken during it (in
/// a destructor run by the unwinding), as separate locks would be with `std`; a `_pair`
/// call during an unwinding reports the poison of the one instance poisoned, and neither
/// guard poisons when a panic caught in that destructor drops it (the poisoned one's
/// `into_inner` cleared it). Each lock keeps its own mark, whatever order the call takes
/// them in.
#[test]
fn result_many_and_pair_guards_poison_as_separate_locks_around_an_unwinding() {
    watched(|| {
        let all = [
            ResultEach::default(),
            ResultEach::default(),
            ResultEach::default(),
        ];
        crash(PLANNED, |key| {
            let (mut guards, _key) = ResultEach::lock_m_many(&all, key).expect("three instances");
            for guard in &mut guards {
                guard.as_mut().expect("not poisoned yet").debited = 1;
            }
            // All three held.
            panic!("{PLANNED}");
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        for s in &all {
            let (mut m, _key) = s.lock_m(&mut key).expect_err("poisoned").into_inner();
            m.credited = 1;
        }
        let unwound = thread::scope(|scope| {
            scope
                .spawn(|| {
                    let _locks = OnDrop(Some(|| {
                        assert!(thread::panicking(), "run by the unwinding");
                        let mut key = ThreadKey::get().expect("the other key is gone");
                        {
                            let (guards, _key) =
                                ResultEach::lock_m_many(all.iter().rev(), &mut key)
                                    .expect("three instances");
                            for guard in guards {
                                guard.expect("not poisoned").credited += 1;
                            }
                        }
                        // `all[1]` poisoned again, the others not.
                        crash(PLANNED, |key| {
                            let (mut m, _key) = all[1].lock_m(key).expect("not poisoned");
                            crash_half_way(&mut m)
                        });
                        let nested = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            let (a, b, _key) = ResultEach::lock_m_pair(&all[2], &all[1], &mut key)
                                .expect("two instances");
                            let mut a = a.expect("not poisoned");
                            let mut b = b.expect_err("poisoned").into_inner();
                            a.credited += 1;
                            b.credited += 1;
                            // Both dropped by the nested unwinding.
                            panic!("a nested panic, holding the pair");
                        }));
                        assert!(nested.is_err());
                    }));
                    let _key = ThreadKey::get().expect("a new thread's first key");
                    panic!("a panic holding nothing");
                })
                .join()
        });
        assert!(unwound.is_err());
        let seen: Vec<Transfer> = all
            .iter()
            .map(|s| *s.lock_m(&mut key).expect("not poisoned").0)
            .collect();
        assert_eq!(seen, [transfer(1, 2), transfer(2, 3), transfer(1, 3)]);
    });
}

/// `lock!` over fields of every policy (`ResultAll`: `m`, `rw`, `cv` under `result`,
/// `lenient` under `recover`, `loud` under `panic`) takes separate locks, each poisoned
/// and reported by its own policy: all held when a panic starts, each reports as its
/// policy says (`lenient` silently hands the data over); all taken again during an
/// unwinding (the poisons cleared with `into_inner` and `recover_loud`) and dropped by
/// it, none is poisoned.
#[test]
fn lock_macro_guards_poison_each_by_its_own_policy_around_an_unwinding() {
    watched(|| {
        let s = ResultAll::default();
        crash(PLANNED, |key| {
            let (m, rw, cv, mut lenient, mut loud, _key) =
                guarded::lock!(s, key => m, write rw, cv, write lenient, loud);
            let (mut m, mut rw, mut cv) = (
                m.expect("healthy"),
                rw.expect("healthy"),
                cv.expect("healthy"),
            );
            for data in [&mut *m, &mut *rw, &mut *cv, &mut *lenient, &mut *loud] {
                data.debited = 1;
            }
            panic!("{PLANNED}");
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        assert_eq!(*s.read_lenient(&mut key).0, HALF_DONE, "recover: no report");
        assert_eq!(
            panic_message(|| drop(s.lock_loud(&mut key))),
            poisoned_panic("ResultAll", "loud", "recover_loud")
        );
        assert_eq!(*s.recover_loud(&mut key).0, HALF_DONE);
        let unwound = thread::scope(|scope| {
            scope
                .spawn(|| {
                    let _locks = OnDrop(Some(|| {
                        assert!(thread::panicking(), "run by the unwinding");
                        let mut key = ThreadKey::get().expect("the other key is gone");
                        let (m, rw, cv, mut lenient, mut loud, _key) =
                            guarded::lock!(s, &mut key => m, write rw, cv, write lenient, loud);
                        let mut m = m.expect_err("poisoned").into_inner();
                        let mut rw = rw.expect_err("poisoned").into_inner();
                        let mut cv = cv.expect_err("poisoned").into_inner();
                        for data in [&mut *m, &mut *rw, &mut *cv, &mut *lenient, &mut *loud] {
                            data.credited = 1;
                        }
                        // All dropped during the unwinding.
                    }));
                    let _key = ThreadKey::get().expect("a new thread's first key");
                    panic!("a panic holding nothing");
                })
                .join()
        });
        assert!(unwound.is_err());
        let (m, rw, cv, lenient, loud, _key) =
            guarded::lock!(s, &mut key => m, read rw, cv, read lenient, loud);
        let all = [
            *m.expect("healthy"),
            *rw.expect("healthy"),
            *cv.expect("healthy"),
            *lenient,
            *loud,
        ];
        assert_eq!(all, [transfer(1, 1); 5]);
    });
}

/// A `Poisoned` clears the poison only of the lock whose guard it still holds: `get_mut`
/// hands out `&mut` of the guard, so a guard of another instance (from the same `_pair`,
/// `_many` or `lock!`, where guards share a type) can be swapped in. The poisoned
/// instance's own guard is then dropped, another thread takes it, and panics half-way
/// (poisoning it again). The stale report's `into_inner` must leave that new poison alone
/// (it holds no lock of that instance), so that the next locker is told the data is
/// half-updated. (On the `parking_lot` backend a clear there would also be a write to the
/// poison byte by a thread that does not hold the lock.)
#[test]
fn result_into_inner_clears_only_the_lock_its_guard_holds() {
    watched(|| {
        let (a, b) = (ResultEach::default(), ResultEach::default());
        crash(PLANNED, |key| {
            let (mut m, _key) = a.lock_m(key).expect("not poisoned yet");
            crash_half_way(&mut m)
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        let (guard_a, guard_b, _key) = ResultEach::lock_m_pair(&a, &b, &mut key).expect("two");
        let mut report_a = guard_a.expect_err("`a` is poisoned");
        let mut guard_b = guard_b.expect("`b` is not");
        std::mem::swap(report_a.get_mut(), &mut guard_b);
        // `guard_b` now holds `a`: dropped, it releases `a`, still poisoned.
        drop(guard_b);
        // Another thread takes `a` (clearing the first poison, as it may) and panics
        // half-way: `a` is poisoned again.
        crash(PLANNED, |key| {
            let (mut m, _key) = a.lock_m(key).expect_err("poisoned").into_inner();
            crash_half_way(&mut m)
        });
        // The first report, which now holds `b`'s guard, is taken.
        drop(report_a.into_inner());
        let report = a
            .lock_m(&mut key)
            .expect_err("the second panic's poison must still be reported");
        assert_eq!(*report.get_ref().0, transfer(2, 0));
    });
}

/// A field of a zero-sized type, whose guards open no bytes: its data's address still
/// places each guard in its own lock, so `into_inner` clears the poison of its own lock,
/// and not of the lock of a guard swapped out of it.
#[guarded(poison = result)]
struct ResultUnit {
    unit: (),
}

#[test]
fn result_into_inner_of_a_zero_sized_field_clears_only_its_own_lock() {
    watched(|| {
        let (a, b) = (ResultUnit::new(()), ResultUnit::new(()));
        let poison = || {
            crash(PLANNED, |key| {
                let _unit = a.lock_unit(key).expect("not poisoned now");
                panic!("{PLANNED}");
            });
        };
        poison();
        let mut key = ThreadKey::get().expect("the worker's key");
        {
            // Its own guard: the poison goes.
            let (guard_a, _guard_b, _key) =
                ResultUnit::lock_unit_pair(&a, &b, &mut key).expect("two instances");
            drop(guard_a.expect_err("`a` is poisoned").into_inner());
        }
        assert!(a.lock_unit(&mut key).is_ok(), "into_inner cleared `a`");
        poison();
        {
            // A guard of `b` swapped in: `a`'s poison stays.
            let (guard_a, guard_b, _key) =
                ResultUnit::lock_unit_pair(&a, &b, &mut key).expect("two instances");
            let mut report_a = guard_a.expect_err("`a` is poisoned");
            let mut guard_b = guard_b.expect("`b` is not");
            std::mem::swap(report_a.get_mut(), &mut guard_b);
            drop(guard_b);
            drop(report_a.into_inner());
        }
        assert!(a.lock_unit(&mut key).is_err(), "`a`'s poison stays");
        assert!(b.lock_unit(&mut key).is_ok(), "`b` was never poisoned");
    });
}

/// Two zero-sized fields of one struct sit side by side in its storage: a guard of the
/// second, swapped into the report of the first, does not make `into_inner` clear the
/// first's poison (the second's data lies past the first lock's end).
#[guarded(poison = result)]
struct ResultUnits {
    first: (),
    second: (),
}

#[test]
fn result_into_inner_is_not_fooled_by_the_next_fields_zero_sized_guard() {
    watched(|| {
        let units = ResultUnits::new((), ());
        crash(PLANNED, |key| {
            let _first = units.lock_first(key).expect("not poisoned now");
            panic!("{PLANNED}");
        });
        let mut key = ThreadKey::get().expect("the worker's key");
        {
            let (first, second, _key) = guarded::lock!(units, &mut key => first, second);
            let mut report = first.expect_err("`first` is poisoned");
            let mut second = second.expect("`second` is not");
            std::mem::swap(report.get_mut(), &mut second);
            drop(second); // `first`'s guard: released, still poisoned
            drop(report.into_inner()); // `second`'s guard
        }
        assert!(
            units.lock_first(&mut key).is_err(),
            "`first`'s poison stays"
        );
    });
}
