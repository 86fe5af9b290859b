//! The classic shared-counter programs, ported to `#[guarded]`: no increment is lost.
//!
//! - The Rust program (an `Arc<Mutex<i32>>` counter, two scoped threads, 1,000,000
//!   increments each) must end at exactly 2,000,000.
//! - The Python program (`mutex_oops.py`: ten threads, 1,000,000 increments each, and the
//!   `with mutex:` forgotten) loses increments. With `#[guarded]` there is no way to reach the
//!   counter without its lock, so the port must end at exactly 10,000,000.
//!
//! Each increment is a separate read, a pause and a write (not `+= 1`), so that a lock that
//! did not exclude would lose updates here, not only in theory.

use std::hint::black_box;
use std::thread;

use guarded::{ThreadKey, guarded};

#[guarded]
struct Counter {
    count: u64,
}

/// One increment written as a read, then a write (`counter = counter + one()`), under the lock.
fn increment(counter: &Counter, key: &mut ThreadKey) {
    let (mut count, _key) = counter.lock_count(key);
    let read = *count;
    *count = black_box(read) + black_box(1);
}

/// Runs `threads` threads of `per_thread` increments on clones of one counter and returns
/// the final count.
fn run(threads: u64, per_thread: u64) -> u64 {
    let counter = Counter::new(0);
    thread::scope(|scope| {
        for _ in 0..threads {
            let counter = counter.clone();
            scope.spawn(move || {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                for _ in 0..per_thread {
                    increment(&counter, &mut key);
                }
            });
        }
    });
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (count, _key) = counter.lock_count(&mut key);
    *count
}

/// The textbook `Arc<Mutex<i32>>` counter: two threads, a million increments each.
#[test]
fn two_threads_a_million_increments_each_end_at_two_million() {
    assert_eq!(run(2, 1_000_000), 2_000_000);
}

/// The counter that forgot its lock, here guarded: ten threads, a million increments each.
#[test]
fn ten_threads_a_million_increments_each_end_at_ten_million() {
    assert_eq!(run(10, 1_000_000), 10_000_000);
}

/// The textbook's shape exactly: the threads are spawned one by one on `thread::scope`, each
/// with its own clone moved in, and joined by hand.
#[test]
fn scoped_threads_joined_by_hand() {
    let counter = Counter::new(0);
    thread::scope(|scope| {
        let my_counter = counter.clone();
        let t1 = scope.spawn(move || {
            let mut key = ThreadKey::get().expect("t1's key");
            for _ in 0..100_000 {
                let (mut lock, _key) = my_counter.lock_count(&mut key);
                *lock += 1;
            }
        });
        let my_counter = counter.clone();
        let t2 = scope.spawn(move || {
            let mut key = ThreadKey::get().expect("t2's key");
            for _ in 0..100_000 {
                let (mut lock, _key) = my_counter.lock_count(&mut key);
                *lock += 1;
            }
        });
        t1.join().expect("t1 finished");
        t2.join().expect("t2 finished");
    });
    let mut key = ThreadKey::get().expect("the test thread's key");
    let (lock, _key) = counter.lock_count(&mut key);
    assert_eq!(*lock, 200_000);
}
