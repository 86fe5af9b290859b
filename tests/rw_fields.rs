//! `#[guarded(rw)]` fields are reader-writer locks: several threads hold read guards of the
//! same field at once, while a writer is kept out until they are done; writes are seen by
//! later reads and no read sees a write half-done; a read hands back a key that locks the
//! later fields; `try_read` and `try_write` return `Busy` (and give the key back) while
//! another thread holds the lock, and the timed versions give up after their timeout or
//! succeed when the holder lets go in time. Write guards poison as `std`'s do (not when
//! taken during a panic), and readers see it.
//!
//! Every run that could hang on a regression (a read that excludes other reads, a guard
//! that is never released) runs under a watchdog: it fails after a minute instead of
//! hanging CI. The minute is a deadlock detector, not a timing assertion.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

mod common;

use common::{Holder, OnDrop, watched};
use guarded::{Busy, ThreadKey, guarded};

#[guarded]
struct Registry {
    #[guarded(rw)]
    table: Vec<u64>,
    log: Vec<String>,
}

const READERS: usize = 4;

/// A holder of a read guard of `table`.
fn reading(registry: &Registry) -> Holder {
    Holder::start(registry, |registry, key, wait| {
        let (_table, _key) = registry.read_table(key);
        wait();
    })
}

/// A holder of a write guard of `table`.
fn writing(registry: &Registry) -> Holder {
    Holder::start(registry, |registry, key, wait| {
        let (_table, _key) = registry.write_table(key);
        wait();
    })
}

/// Checks `busy` is the report of an untimed try on `table`.
fn assert_busy_now(busy: Busy) {
    assert_eq!(busy.waited(), None, "an untimed try does not wait");
    assert_eq!(
        busy.to_string(),
        "`Registry.table` is locked by another thread"
    );
}

/// All the readers hold their read guards at the same moment: each waits at a barrier that
/// opens only when every reader (and the writer) has arrived, holding its guard. Meanwhile
/// the writer cannot write; once the readers let go, it does, and a later read sees it.
#[test]
fn readers_hold_read_guards_at_the_same_time_and_keep_the_writer_out() {
    let registry = Registry::new(vec![1, 2, 3], Vec::new());
    let shared = registry.clone();
    let sums = watched(move || {
        let all_holding = Barrier::new(READERS + 1);
        let writer_tried = Barrier::new(READERS + 1);
        thread::scope(|scope| {
            let readers: Vec<_> = (0..READERS)
                .map(|_| {
                    let (registry, all_holding, writer_tried) =
                        (shared.clone(), &all_holding, &writer_tried);
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        let (table, _key) = registry.read_table(&mut key);
                        // Reached by all only if the read guards are held at once: an
                        // exclusive "read" would deadlock here.
                        all_holding.wait();
                        writer_tried.wait();
                        table.iter().sum::<u64>()
                    })
                })
                .collect();
            let writer = scope.spawn(|| {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                all_holding.wait();
                // Every reader holds its guard until `writer_tried`: no write now. (The
                // result is checked after the barrier, so a failure does not strand the
                // readers there.)
                let tried = shared.try_write_table(&mut key).map(drop);
                writer_tried.wait();
                assert_busy_now(tried.expect_err("wrote while the readers held read guards"));
                // Blocks until the readers have dropped their guards.
                shared.write_table(&mut key).0.push(4);
            });
            writer.join().expect("the writer did not panic");
            readers
                .into_iter()
                .map(|reader| reader.join().expect("a reader did not panic"))
                .collect::<Vec<_>>()
        })
    });
    assert_eq!(
        sums, [6; READERS],
        "every reader saw the data before the write"
    );

    let mut key = ThreadKey::get().expect("the test thread's key");
    assert_eq!(*registry.read_table(&mut key).0, [1, 2, 3, 4]);
}

/// A writer fills the whole table with 1, then 2, ... one element at a time, while readers
/// read it over and over: no reader ever sees two different values (a write half-done),
/// nor a value older than one it saw before, and each ends up seeing the last write.
#[test]
fn readers_never_see_a_write_half_done_and_see_later_writes() {
    const WRITES: u64 = 300;
    const LEN: usize = 32;
    let registry = Registry::new(vec![0; LEN], Vec::new());
    let shared = registry.clone();
    watched(move || {
        thread::scope(|scope| {
            let readers: Vec<_> = (0..READERS)
                .map(|_| {
                    let registry = shared.clone();
                    scope.spawn(move || {
                        let mut key = ThreadKey::get().expect("a new thread's first key");
                        let mut last = 0;
                        while last < WRITES {
                            let (table, _key) = registry.read_table(&mut key);
                            let first = table[0];
                            assert!(
                                table.iter().all(|&value| value == first),
                                "a read saw a write half-done: {table:?}"
                            );
                            assert!(first >= last, "a read went back from {last} to {first}");
                            last = first;
                            drop(table);
                            thread::yield_now();
                        }
                    })
                })
                .collect();
            let mut key = ThreadKey::get().expect("a new thread's first key");
            for value in 1..=WRITES {
                let (mut table, _key) = shared.write_table(&mut key);
                for slot in table.iter_mut() {
                    *slot = value;
                }
            }
            for reader in readers {
                reader.join().expect("a reader did not panic");
            }
        });
    });
    let mut key = ThreadKey::get().expect("the test thread's key");
    assert_eq!(*registry.read_table(&mut key).0, [WRITES; LEN]);
}

/// A write through one clone, on one thread, is what a later read through another clone,
/// on another thread, sees; and so is a write through `recover_table`.
#[test]
fn a_write_is_seen_by_later_reads_everywhere() {
    let registry = Registry::new(Vec::new(), Vec::new());
    let clone = registry.clone();
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        clone.write_table(&mut key).0.extend([10, 20]);
        assert_eq!(*clone.read_table(&mut key).0, [10, 20], "same thread");
        clone.recover_table(&mut key).0.push(30);
    });
    let seen = watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        registry.read_table(&mut key).0.clone()
    });
    assert_eq!(seen, [10, 20, 30]);
}

/// The key a read hands back locks the fields after it, as a write's does.
#[test]
fn a_read_or_write_hands_back_a_key_for_the_later_fields() {
    let registry = Registry::new(vec![5], Vec::new());
    let log = watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        {
            let (table, mut after_table) = registry.read_table(&mut key);
            let (mut log, _key) = registry.lock_log(&mut after_table);
            log.push(format!("read {}", table[0]));
        }
        {
            let (mut table, mut after_table) = registry.write_table(&mut key);
            table[0] = 6;
            let (mut log, _key) = registry.lock_log(&mut after_table);
            log.push(format!("wrote {}", table[0]));
        }
        {
            let (table, mut after_table) = registry.try_read_table(&mut key).expect("free");
            let (mut log, _key) = registry
                .try_lock_log(&mut after_table)
                .expect("free as well");
            log.push(format!("tried {}", table[0]));
        }
        let (log, _key) = registry.lock_log(&mut key);
        log.clone()
    });
    assert_eq!(log, ["read 5", "wrote 6", "tried 6"]);
}

/// While another thread writes, `try_read` and `try_write` are `Busy`, and the key is
/// usable at once; after the writer lets go, both succeed.
#[test]
fn try_read_and_try_write_are_busy_while_another_thread_writes() {
    let registry = Registry::new(vec![1], Vec::new());
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let writer = writing(&registry);

        let Err(busy) = registry.try_read_table(&mut key) else {
            panic!("read while another thread wrote")
        };
        assert_busy_now(busy);
        // The key is free again: lock another field with it, and try again.
        registry
            .lock_log(&mut key)
            .0
            .push("after a busy read".to_owned());
        if let Ok(_write) = registry.try_write_table(&mut key) {
            panic!("wrote while another thread wrote");
        } else {
            registry
                .lock_log(&mut key)
                .0
                .push("after a busy write".to_owned());
        }
        let busy = registry.try_write_table(&mut key).expect_err("busy");
        assert_busy_now(busy);

        writer.release();
        assert_eq!(*registry.try_read_table(&mut key).expect("free now").0, [1]);
        registry
            .try_write_table(&mut key)
            .expect("free now")
            .0
            .push(2);
        assert_eq!(*registry.read_table(&mut key).0, [1, 2]);
        assert_eq!(registry.lock_log(&mut key).0.len(), 2);
    });
}

/// While another thread reads, `try_write` is `Busy` but `try_read` succeeds: reads share.
#[test]
fn try_write_is_busy_while_another_thread_reads_but_try_read_is_not() {
    let registry = Registry::new(vec![1], Vec::new());
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");
        let reader = reading(&registry);

        let Err(busy) = registry.try_write_table(&mut key) else {
            panic!("wrote while another thread read")
        };
        assert_busy_now(busy);
        {
            let (table, mut after_table) = registry
                .try_read_table(&mut key)
                .expect("a second reader is let in");
            assert_eq!(*table, [1]);
            registry
                .lock_log(&mut after_table)
                .0
                .push("read".to_owned());
        }
        let busy = registry
            .try_write_table_for(&mut key, Duration::ZERO)
            .expect_err("still busy");
        assert_eq!(busy.waited(), Some(Duration::ZERO));

        reader.release();
        registry.try_write_table(&mut key).expect("free now").0[0] = 2;
        assert_eq!(*registry.read_table(&mut key).0, [2]);
    });
}

/// `try_write_table_for` gives up once its timeout has passed while a reader holds the
/// lock, and `try_read_table_for` while a writer does: `Busy` says how long it waited.
#[test]
fn timed_tries_give_up_after_their_timeout() {
    const TIMEOUT: Duration = Duration::from_millis(30);
    let registry = Registry::new(vec![1], Vec::new());
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");

        let reader = reading(&registry);
        let start = Instant::now();
        let Err(busy) = registry.try_write_table_for(&mut key, TIMEOUT) else {
            panic!("wrote while another thread read")
        };
        assert!(start.elapsed() >= TIMEOUT, "it gave up early");
        assert_eq!(busy.waited(), Some(TIMEOUT));
        assert_eq!(
            busy.to_string(),
            "`Registry.table` was still locked by another thread after 30ms"
        );
        registry.lock_log(&mut key).0.push("gave up".to_owned());
        reader.release();

        let writer = writing(&registry);
        let start = Instant::now();
        if let Ok(_read) = registry.try_read_table_for(&mut key, TIMEOUT) {
            panic!("read while another thread wrote");
        } else {
            assert!(start.elapsed() >= TIMEOUT, "it gave up early");
            registry.lock_log(&mut key).0.push("gave up".to_owned());
        }
        writer.release();

        assert_eq!(*registry.read_table(&mut key).0, [1]);
        assert_eq!(registry.lock_log(&mut key).0.len(), 2);
    });
}

/// A timed try succeeds if the holder lets go within the timeout: it gets the lock after
/// the holder's last write, which it sees.
#[test]
fn timed_tries_succeed_when_the_holder_lets_go_in_time() {
    /// Far longer than the holder holds on: the try must not give up.
    const PATIENCE: Duration = Duration::from_secs(20);
    let registry = Registry::new(Vec::new(), Vec::new());
    watched(move || {
        let mut key = ThreadKey::get().expect("a new thread's first key");

        for write in [true, false] {
            let done = Arc::new(AtomicBool::new(false));
            let holder_done = Arc::clone(&done);
            // The holder writes, and after it is told to let go it holds on a little
            // longer, so that the try below is (most likely) waiting when it does.
            let holder = Holder::start(&registry, move |registry, key, wait| {
                let (mut table, _key) = registry.write_table(key);
                wait();
                thread::sleep(Duration::from_millis(50));
                table.push(u64::from(write));
                holder_done.store(true, Ordering::Relaxed);
            });
            assert!(registry.try_read_table(&mut key).is_err(), "held");
            holder.let_go();
            if write {
                let (mut table, _key) = registry
                    .try_write_table_for(&mut key, PATIENCE)
                    .expect("the holder let go in time");
                assert!(done.load(Ordering::Relaxed), "locked only after the holder");
                assert_eq!(*table, [1]);
                table.push(2);
            } else {
                let (table, _key) = registry
                    .try_read_table_for(&mut key, PATIENCE)
                    .expect("the holder let go in time");
                assert!(done.load(Ordering::Relaxed), "locked only after the holder");
                assert_eq!(*table, [1, 2, 0]);
            }
            holder.join();
        }
    });
}

/// Write guards poison as `std`'s do, and readers only see it: a write guard taken during
/// a panic (in a destructor run by the unwinding) and dropped by it poisons nothing; one
/// taken during a panic and kept past it, then released, leaves nothing that spares a
/// later writer's panic, even with reads in between (which never clear or set anything);
/// a write guard held when a panic starts poisons the field, for readers and writers, in
/// blocking, `try_` and timed calls, until `recover_table`.
#[test]
fn write_guards_poison_as_std_s_and_readers_see_it() {
    thread_local! {
        /// The write guard taken during the unwinding, kept past it.
        static KEPT: std::cell::RefCell<Option<Box<dyn FnOnce()>>> =
            const { std::cell::RefCell::new(None) };
    }
    let registry: &'static Registry = Box::leak(Box::new(Registry::new(Vec::new(), Vec::new())));
    watched(move || {
        let poisoned = common::poisoned_panic("Registry", "table", "recover_table");
        // Taken and released during an unwinding; then taken during one and kept past it.
        thread::spawn(move || {
            for keep in [false, true] {
                let unwound = std::panic::catch_unwind(|| {
                    let _writes = OnDrop(Some(move || {
                        assert!(thread::panicking(), "run by the unwinding");
                        let key = ThreadKey::get().expect("no other key");
                        if keep {
                            // Leaked, so that the guard can outlive this call.
                            let (mut table, _key) = registry.write_table(Box::leak(Box::new(key)));
                            table.push(1);
                            KEPT.set(Some(Box::new(move || drop(table))));
                        } else {
                            let mut key = key;
                            registry.write_table(&mut key).0.push(0);
                        }
                    }));
                    panic!("a panic holding nothing");
                });
                assert!(unwound.is_err());
            }
            let kept = KEPT.take().expect("the guard outlived the unwinding");
            kept();
        })
        .join()
        .expect("the thread caught its panics");
        let mut key = ThreadKey::get().expect("the worker's key");
        assert_eq!(*registry.read_table(&mut key).0, [0, 1], "not poisoned");
        // Reads on other threads in between.
        reading(registry).release();
        common::crash("a panic holding the write guard", |key| {
            let (mut table, _key) = registry.write_table(key);
            table.push(2);
            panic!("a panic holding the write guard");
        });
        for _ in 0..2 {
            let calls = [
                common::panic_message(|| drop(registry.read_table(&mut key))),
                common::panic_message(|| drop(registry.try_read_table(&mut key))),
                common::panic_message(|| {
                    drop(registry.try_read_table_for(&mut key, Duration::from_secs(20)));
                }),
                common::panic_message(|| drop(registry.write_table(&mut key))),
                common::panic_message(|| drop(registry.try_write_table(&mut key))),
                common::panic_message(|| {
                    drop(registry.try_write_table_for(&mut key, Duration::from_secs(20)));
                }),
            ];
            assert_eq!(calls, [(); 6].map(|()| poisoned.clone()));
        }
        assert_eq!(*registry.recover_table(&mut key).0, [0, 1, 2]);
        assert_eq!(*registry.read_table(&mut key).0, [0, 1, 2], "recovered");
    });
}
