//! `#[guarded(atomic)]` fields are std atomics shared by the struct's clones: `new` takes
//! the plain value, the accessor hands out the atomic (`&AtomicU64` for a `u64` field)
//! without a key, concurrent updates from many threads are exact, they work while this or
//! another thread holds a lock of the same struct, atomic fields are not in the lock
//! order, and the `Debug` derive prints an atomic's value (locked fields print `..`).
//!
//! Not built with the `shuttle` feature, whose atomic fields are shuttle's atomics (and run
//! only inside a shuttle test): `tests/model_check.rs` covers them there.
#![cfg(not(feature = "shuttle"))]

use std::sync::atomic::{
    AtomicBool, AtomicI8, AtomicI16, AtomicI32, AtomicI64, AtomicIsize, AtomicU8, AtomicU16,
    AtomicU32, AtomicU64, AtomicUsize, Ordering,
};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use guarded::{ThreadKey, guarded};

#[guarded]
#[derive(Debug, Default)]
struct Stats {
    names: Vec<String>,
    #[guarded(atomic)]
    running: bool,
    #[guarded(atomic)]
    level: u8,
    #[guarded(atomic)]
    balance: i64,
    #[guarded(atomic)]
    hits: usize,
    #[guarded(atomic)]
    misses: u32,
    #[guarded(atomic)]
    bytes: u64,
    log: Vec<String>,
}

/// One field of every other supported type, one of them renamed.
#[guarded]
#[derive(Debug)]
struct Every {
    #[guarded(atomic)]
    port: u16,
    #[guarded(atomic)]
    offset: i8,
    #[guarded(atomic)]
    delta: i16,
    #[guarded(atomic)]
    total: i32,
    #[guarded(atomic)]
    cursor: isize,
    #[guarded(atomic, rename = flags)]
    raw_flags: u8,
}

const THREADS: u64 = 8;
const PER_THREAD: u64 = 100_000;

fn new_stats() -> Stats {
    Stats::new(
        vec!["first".to_owned()],
        true,
        7,
        -5,
        3,
        0,
        u64::MAX - THREADS * PER_THREAD,
        Vec::new(),
    )
}

/// `new` takes the plain values, and each accessor hands out the matching std atomic.
#[test]
fn new_takes_plain_values_and_accessors_hand_out_the_atomics() {
    let stats = new_stats();
    let running: &AtomicBool = stats.running();
    let level: &AtomicU8 = stats.level();
    let balance: &AtomicI64 = stats.balance();
    let hits: &AtomicUsize = stats.hits();
    let misses: &AtomicU32 = stats.misses();
    let bytes: &AtomicU64 = stats.bytes();
    assert!(running.load(Ordering::Relaxed));
    assert_eq!(level.load(Ordering::Relaxed), 7);
    assert_eq!(balance.load(Ordering::Relaxed), -5);
    assert_eq!(hits.load(Ordering::Relaxed), 3);
    assert_eq!(misses.load(Ordering::Relaxed), 0);
    assert_eq!(
        bytes.load(Ordering::Relaxed),
        u64::MAX - THREADS * PER_THREAD
    );

    let every = Every::new(u16::MAX, i8::MIN, -300, 70_000, isize::MIN, 200);
    let port: &AtomicU16 = every.port();
    let offset: &AtomicI8 = every.offset();
    let delta: &AtomicI16 = every.delta();
    let total: &AtomicI32 = every.total();
    let cursor: &AtomicIsize = every.cursor();
    let flags: &AtomicU8 = every.flags();
    assert_eq!(port.load(Ordering::Relaxed), u16::MAX);
    assert_eq!(offset.load(Ordering::Relaxed), i8::MIN);
    assert_eq!(delta.load(Ordering::Relaxed), -300);
    assert_eq!(total.load(Ordering::Relaxed), 70_000);
    assert_eq!(cursor.load(Ordering::Relaxed), isize::MIN);
    assert_eq!(flags.load(Ordering::Relaxed), 200);
}

/// Eight threads, each with its own clone, update every atomic 100,000 times: nothing is
/// lost, on any type. The clones and the original share one atomic per field.
#[test]
fn updates_from_many_threads_through_clones_are_exact() {
    let stats = new_stats();
    thread::scope(|scope| {
        for _ in 0..THREADS {
            let stats = stats.clone();
            scope.spawn(move || {
                for _ in 0..PER_THREAD {
                    stats.hits().fetch_add(1, Ordering::Relaxed);
                    stats.misses().fetch_add(2, Ordering::Relaxed);
                    stats.bytes().fetch_add(1, Ordering::Relaxed);
                    stats.balance().fetch_sub(3, Ordering::Relaxed);
                    stats.running().fetch_xor(true, Ordering::Relaxed);
                    // Wraps around: 800,000 is a multiple of 256.
                    stats.level().fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    let total = THREADS * PER_THREAD;
    assert_eq!(
        stats.hits().load(Ordering::Relaxed),
        3 + usize::try_from(total).unwrap()
    );
    assert_eq!(u64::from(stats.misses().load(Ordering::Relaxed)), 2 * total);
    assert_eq!(stats.bytes().load(Ordering::Relaxed), u64::MAX);
    assert_eq!(
        stats.balance().load(Ordering::Relaxed),
        -5 - 3 * i64::try_from(total).unwrap()
    );
    // An even number of flips.
    assert!(stats.running().load(Ordering::Relaxed));
    assert_eq!(stats.level().load(Ordering::Relaxed), 7);
}

/// A store through a clone is seen through the original, and through a clone of a clone
/// after the original is gone; a `Stats` made separately shares nothing.
#[test]
fn clones_share_the_atomics() {
    let stats = new_stats();
    let clone = stats.clone();
    clone.level().store(42, Ordering::Relaxed);
    assert_eq!(stats.level().load(Ordering::Relaxed), 42);
    let clone_of_clone = clone.clone();
    drop((stats, clone));
    clone_of_clone.running().store(false, Ordering::Relaxed);
    assert_eq!(clone_of_clone.level().load(Ordering::Relaxed), 42);
    assert!(!clone_of_clone.running().load(Ordering::Relaxed));
    assert_eq!(new_stats().level().load(Ordering::Relaxed), 7);
}

/// An atomic needs no key: it is used while this thread holds guards and keys of the same
/// struct, and while another thread holds a lock of it.
#[test]
fn atomics_are_usable_while_locks_of_the_struct_are_held() {
    let stats = new_stats();
    let mut key = ThreadKey::get().expect("the test thread's key");
    {
        let (mut names, mut after_names) = stats.lock_names(&mut key);
        stats.hits().fetch_add(1, Ordering::Relaxed);
        let (mut log, _after_log) = stats.lock_log(&mut after_names);
        stats.hits().fetch_add(1, Ordering::Relaxed);
        names.push(format!("hits {}", stats.hits().load(Ordering::Relaxed)));
        log.push(format!("level {}", stats.level().load(Ordering::Relaxed)));
    }

    // Another thread holds `names` and `log` until told to let go; meanwhile this thread
    // updates the atomics, and the holder sees the updates while still holding its locks.
    let (locked, is_locked) = mpsc::channel();
    let (release, released) = mpsc::channel::<()>();
    let holder = {
        let stats = stats.clone();
        thread::spawn(move || {
            let mut key = ThreadKey::get().expect("a new thread's first key");
            let (_names, mut after_names) = stats.lock_names(&mut key);
            let (_log, _key) = stats.lock_log(&mut after_names);
            locked.send(()).expect("the test waits");
            released.recv().expect("the test says when");
            stats.balance().load(Ordering::Relaxed)
        })
    };
    is_locked
        .recv_timeout(Duration::from_mins(1))
        .expect("the holder locked");
    assert!(
        stats.try_lock_names(&mut key).is_err(),
        "the holder holds it"
    );
    stats.balance().store(1_000, Ordering::Relaxed);
    stats.running().store(false, Ordering::Relaxed);
    release.send(()).expect("the holder waits");
    assert_eq!(holder.join().expect("the holder did not panic"), 1_000);

    assert_eq!(stats.hits().load(Ordering::Relaxed), 5);
    assert!(!stats.running().load(Ordering::Relaxed));
    let (names, _key) = stats.lock_names(&mut key);
    assert_eq!(*names, ["first", "hits 5"]);
}

/// Atomic fields take no lock: they are not in the lock order.
#[test]
fn atomics_are_not_in_the_lock_order() {
    assert_eq!(Stats::LOCK_ORDER, ["names", "log"]);
    assert!(Every::LOCK_ORDER.is_empty());
}

/// `Debug` prints each atomic's value (reading it takes no lock) and `..` for each
/// locked field, even while another thread holds it.
#[test]
fn debug_prints_atomic_values_and_hides_locked_fields() {
    let stats = new_stats();
    let expected = format!(
        "Stats {{ names: .., running: true, level: 7, balance: -5, hits: 3, misses: 0, \
         bytes: {}, log: .. }}",
        u64::MAX - THREADS * PER_THREAD
    );
    assert_eq!(format!("{stats:?}"), expected);

    let mut key = ThreadKey::get().expect("the test thread's key");
    let (_names, _key) = stats.lock_names(&mut key);
    stats.level().store(9, Ordering::Relaxed);
    assert_eq!(
        format!("{stats:?}"),
        expected.replace("level: 7", "level: 9")
    );

    assert_eq!(
        format!("{:?}", Every::new(1, -2, 3, -4, 5, 6)),
        "Every { port: 1, offset: -2, delta: 3, total: -4, cursor: 5, raw_flags: 6 }"
    );
}

/// `Default` starts every atomic at zero (`false`).
#[test]
fn default_starts_atomics_at_zero() {
    let stats = Stats::default();
    assert!(!stats.running().load(Ordering::Relaxed));
    assert_eq!(stats.level().load(Ordering::Relaxed), 0);
    assert_eq!(stats.balance().load(Ordering::Relaxed), 0);
    assert_eq!(stats.hits().load(Ordering::Relaxed), 0);
    assert_eq!(stats.bytes().load(Ordering::Relaxed), 0);
    let mut key = ThreadKey::get().expect("the test thread's key");
    assert!(stats.lock_names(&mut key).0.is_empty());
}
