//! `ThreadKey` at run time: one per thread, `Err(KeyInUse)` while it is alive (saying where
//! it was taken and what to do instead), back once it is gone
//! (dropped, unwound through, or dropped by a thread-local's destructor; also to a
//! thread-local's destructor that takes it), and never back while it is leaked. And the keys that locks hand back: a key handed back by locking one
//! field locks the later ones, and once the guards are gone the root key locks everything
//! again.
//!
//! That keys cannot be copied, sent, or used out of order is checked at compile time by
//! `tests/ui`; these tests check what only a run can show.
//!
//! Tests that need a key take it on a thread of their own: libtest may run a test on the
//! main thread (`--test-threads=1`), and the key of a thread is shared by every test run
//! on it.

use std::cell::RefCell;
use std::panic;
use std::sync::{Barrier, mpsc};
use std::thread;

use guarded::{ThreadKey, guarded};

/// Runs `f` on a fresh thread, re-raising its panic.
fn on_new_thread<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    thread::scope(|scope| match scope.spawn(f).join() {
        Ok(value) => value,
        Err(panic) => panic::resume_unwind(panic),
    })
}

#[test]
fn a_thread_has_one_key_at_a_time() {
    on_new_thread(|| {
        let key = ThreadKey::get().expect("the thread's first key");
        assert!(
            ThreadKey::get().is_err(),
            "a second key while the first lives"
        );
        assert!(ThreadKey::get().is_err(), "asking again changes nothing");
        drop(key);
        let again = ThreadKey::get().expect("the key is back once dropped");
        assert!(ThreadKey::get().is_err(), "and it is unique again");
        drop(again);
    });
}

/// The second `get`'s error names the file and line of the first, in `Display` and in
/// `Debug` (which `unwrap` and `expect` print), and says what to do instead; once the first
/// key is dropped, `get` succeeds again, and a later error names the new key's place.
#[test]
fn a_second_key_is_refused_with_the_place_of_the_first() {
    on_new_thread(|| {
        let (first, first_line) = (ThreadKey::get(), line!());
        let first = first.expect("the thread's first key");

        let in_use = ThreadKey::get().expect_err("a second key while the first lives");
        let place = format!("{}:{first_line}:", file!());
        assert_eq!(
            (in_use.taken_at().file(), in_use.taken_at().line()),
            (file!(), first_line)
        );
        for (form, text) in [
            ("Display", in_use.to_string()),
            ("Debug", format!("{in_use:?}")),
        ] {
            assert!(
                text.contains(&format!("taken at {}", in_use.taken_at())),
                "{form} names the place with its column: {text}"
            );
            assert!(text.contains(&place), "{form} names {place}: {text}");
            assert!(
                text.contains("Pass `&mut key` down to the helper"),
                "{form} says to lend the key: {text}"
            );
            assert!(
                text.contains("drop the outer key before nested parallel work"),
                "{form} says what to do in a thread pool: {text}"
            );
        }

        // What `expect` prints, as a user sees it.
        let panic = panic::catch_unwind(|| ThreadKey::get().expect("a helper's own key"))
            .expect_err("the second key is refused");
        let message = panic
            .downcast_ref::<String>()
            .expect("a formatted panic message");
        assert!(
            message.starts_with("a helper's own key: this thread's ThreadKey is still alive"),
            "{message}"
        );
        assert!(message.contains(&place), "{message}");

        drop(first);
        let (again, again_line) = (ThreadKey::get(), line!());
        let again = again.expect("the key is back once the first is dropped");
        let in_use = ThreadKey::get().expect_err("and unique again");
        assert_eq!(in_use.taken_at().line(), again_line, "the new key's place");
        drop(again);
    });
}

#[test]
fn every_thread_has_its_own_key_at_the_same_time() {
    const THREADS: usize = 16;
    let barrier = Barrier::new(THREADS);
    let got: Vec<(bool, bool)> = thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                scope.spawn(|| {
                    let key = ThreadKey::get();
                    // Every thread holds its key here, at once.
                    barrier.wait();
                    let second = ThreadKey::get();
                    barrier.wait();
                    (key.is_ok(), second.is_err())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread ran"))
            .collect()
    });
    assert_eq!(got, vec![(true, true); THREADS]);
}

#[test]
fn a_leaked_key_is_never_given_out_again_on_its_thread() {
    let (other_thread_key, after_leak) = on_new_thread(|| {
        std::mem::forget(ThreadKey::get().expect("the thread's first key"));
        let after_leak = ThreadKey::get().is_err();
        // Other threads are not affected.
        let other = on_new_thread(|| ThreadKey::get().is_ok());
        (other, after_leak)
    });
    assert!(after_leak, "a leaked key still counts as alive");
    assert!(other_thread_key, "another thread still gets its own key");
}

#[test]
fn a_panic_that_unwinds_through_a_key_gives_it_back() {
    on_new_thread(|| {
        let caught = panic::catch_unwind(|| {
            let _key = ThreadKey::get().expect("the thread's first key");
            panic!("unwinding with the key");
        });
        assert!(caught.is_err());
        let key = ThreadKey::get().expect("the unwind dropped the key");
        drop(key);
    });
}

struct Holder(RefCell<Option<ThreadKey>>);

impl Drop for Holder {
    fn drop(&mut self) {
        let key = self.0.borrow_mut().take();
        // Also ask for a key while thread-locals are being destroyed.
        let another = ThreadKey::get();
        drop(key);
        drop(another);
    }
}

thread_local! {
    static HELD: Holder = const { Holder(RefCell::new(None)) };
}

/// A key kept in a thread-local is dropped by that thread-local's destructor, after the
/// thread's code has returned. That must not panic (a panic in a thread-local destructor
/// aborts the process). A regression guard: the key's own bookkeeping has no destructor
/// today, so this holds by construction.
#[test]
fn a_key_dropped_by_a_thread_local_destructor_does_not_panic() {
    let (stored, after) = mpsc::channel();
    let handle = thread::spawn(move || {
        let key = ThreadKey::get().expect("the thread's first key");
        HELD.with(|held| *held.0.borrow_mut() = Some(key));
        stored
            .send(ThreadKey::get().is_err())
            .expect("the test is listening");
    });
    handle
        .join()
        .expect("the thread and its destructors ran without panicking");
    assert!(
        after.recv().expect("the thread reported"),
        "the stored key was alive"
    );
}

/// Takes the thread's key when dropped (and, with the `tokio` feature, outside any task,
/// the thread's root `TaskKey`), and reports what it got: a thread-local whose destructor
/// flushes into shared state locks with a key taken there.
struct TakesKeysWhenDropped(mpsc::Sender<Vec<Result<bool, String>>>);

impl Drop for TakesKeysWhenDropped {
    fn drop(&mut self) {
        let taken = |get: fn() -> bool| {
            panic::catch_unwind(get).map_err(|panic| {
                let message = panic.downcast_ref::<&str>().map(|s| (*s).to_owned());
                message
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default()
            })
        };
        let thread_key = taken(|| ThreadKey::get().is_ok());
        #[cfg(feature = "tokio")]
        let got = vec![thread_key, taken(|| guarded::TaskKey::get().is_ok())];
        #[cfg(not(feature = "tokio"))]
        let got = vec![thread_key];
        let _ = self.0.send(got);
    }
}

thread_local! {
    static TAKES_KEYS: RefCell<Option<TakesKeysWhenDropped>> = const { RefCell::new(None) };
}

/// A key taken by a thread-local's destructor, after the thread took and dropped one (so
/// the key's own bookkeeping was reached after that thread-local, and its destructors, if
/// it had any, would run first: they run in the reverse order). Must hand out the key:
/// the bookkeeping must not be gone by then (with the `tokio` feature it was a
/// thread-local with a destructor, and `get` panicked there with "cannot access a Thread
/// Local Storage value during or after destruction", which aborts the process unless
/// caught).
#[test]
fn a_key_taken_by_a_thread_local_destructor_is_handed_out() {
    let (report, reported) = mpsc::channel();
    thread::spawn(move || {
        TAKES_KEYS.with(|slot| *slot.borrow_mut() = Some(TakesKeysWhenDropped(report)));
        drop(ThreadKey::get().expect("the thread's first key"));
    })
    .join()
    .expect("the thread and its destructors ran");
    let got = reported.recv().expect("the destructor reported");
    assert!(got.iter().all(|got| got == &Ok(true)), "{got:?}");
}

#[guarded]
struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
    stats: u64,
}

#[test]
fn the_key_a_lock_hands_back_locks_the_later_fields() {
    on_new_thread(|| {
        let bank = Bank::new(vec![10, 20], Vec::new(), 0);
        let mut key = ThreadKey::get().expect("the thread's first key");

        let (mut accounts, mut after_accounts) = bank.lock_accounts(&mut key);
        accounts[0] -= 5;
        accounts[1] += 5;
        {
            // The next field, and then (later still) the last one.
            let (mut audit, mut after_audit) = bank.lock_audit(&mut after_accounts);
            audit.push("0 -> 1: 5".to_owned());
            let (mut stats, _after_stats) = bank.lock_stats(&mut after_audit);
            *stats += 1;
        }
        // The key after `accounts` is still usable once the later guards are gone, and may
        // skip a field.
        *bank.lock_stats(&mut after_accounts).0 += 1;
        drop(accounts);

        // With every guard dropped, the root key locks every field again, in any sequence
        // of separate locks.
        assert_eq!(*bank.lock_stats(&mut key).0, 2);
        assert_eq!(*bank.lock_audit(&mut key).0, ["0 -> 1: 5"]);
        assert_eq!(*bank.lock_accounts(&mut key).0, [5, 25]);
        let (accounts, mut after_accounts) = bank.lock_accounts(&mut key);
        let (stats, _) = bank.lock_stats(&mut after_accounts);
        assert_eq!((accounts.len(), *stats), (2, 2));
    });
}

/// A guard really holds its lock until it is dropped, and dropping it (not the key it came
/// with, which has no `Drop`) releases it: another thread waiting for the field gets it
/// only then, and sees the last write made through the guard.
#[test]
fn a_guard_holds_its_lock_until_dropped() {
    let bank = Bank::new(Vec::new(), Vec::new(), 0);
    let (locked, wait_for_lock) = mpsc::channel();
    let (about_to_lock, wait_for_waiter) = mpsc::channel();
    let (release, wait_for_release) = mpsc::channel::<()>();
    let seen = thread::scope(|scope| {
        let holder_bank = bank.clone();
        scope.spawn(move || {
            let mut key = ThreadKey::get().expect("holder's key");
            let (mut stats, _after_stats) = holder_bank.lock_stats(&mut key);
            locked.send(()).expect("the test is listening");
            wait_for_release.recv().expect("told to go on");
            *stats = 1;
            *stats = 2;
            drop(stats);
        });
        wait_for_lock.recv().expect("the holder locked");
        let waiter_bank = bank.clone();
        let waiter = scope.spawn(move || {
            let mut key = ThreadKey::get().expect("waiter's key");
            about_to_lock.send(()).expect("the test is listening");
            let (stats, _) = waiter_bank.lock_stats(&mut key);
            *stats
        });
        // The waiter is at (or in) `lock_stats` while the holder still has the guard: if
        // the lock did not exclude, it would read 0 before the holder is even told to go on.
        wait_for_waiter.recv().expect("the waiter started");
        release.send(()).expect("the holder is waiting");
        waiter.join().expect("waiter ran")
    });
    assert_eq!(
        seen, 2,
        "the waiter got the lock only after the guard was dropped"
    );
}
