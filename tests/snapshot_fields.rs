//! `#[guarded(snapshot)]` fields take no lock: `load_<field>` hands out a `Snapshot` that
//! dereferences to the value, `store_<field>` replaces it and `update_<field>` replaces it
//! by a function of the current value. All three need no key and work at any point in the
//! lock order (before the first locked field, between two, after the last, in the
//! condition of a `condvar` wait) and while another thread holds every lock of the
//! struct. A writer never waits for a reader holding a snapshot, and that snapshot keeps
//! the value it loaded. Clones share the field; a stored value is seen by other threads;
//! updates from eight threads are never lost. Snapshot fields are not in the lock order,
//! `Debug` prints the current value, `rename` renames the methods, and the struct is
//! `Send` and `Sync` as an `Arc<T>` field would make it.
//!
//! Every test runs under a watchdog: a load or a store that took one of the struct's
//! locks, or waited for a reader, would hang, and the watchdog turns that into a failure
//! after a minute instead of hanging CI.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier, mpsc};
use std::thread;

mod common;

use common::{Holder, watched};
use guarded::{Snapshot, ThreadKey, guarded};
use static_assertions::{assert_impl_all, assert_not_impl_any};

/// A read-mostly configuration.
#[derive(Debug, Clone, PartialEq)]
struct Config {
    max_batch: usize,
    retries: u32,
}

const FIRST: Config = Config {
    max_batch: 8,
    retries: 3,
};

/// Snapshot fields before, between and after the locked ones.
#[guarded]
#[derive(Debug)]
struct Service {
    #[guarded(snapshot)]
    config: Config,
    queue: Vec<u32>,
    #[guarded(snapshot, rename = limit)]
    raw_limit: u64,
    #[guarded(condvar)]
    ready: Vec<u32>,
    stats: u64,
    #[guarded(snapshot)]
    generation: u64,
}

fn new_service() -> Service {
    Service::new(FIRST, Vec::new(), 100, Vec::new(), 0, 0)
}

/// Loads, stores and updates every snapshot field of `service`: one more generation, and
/// the limit doubled.
fn touch_snapshots(service: &Service) {
    let config: Snapshot<Config> = service.load_config();
    service.store_config(Config {
        max_batch: config.max_batch + 1,
        ..(*config).clone()
    });
    service.update_limit(|limit| limit * 2);
    service.update_generation(|generation| generation + 1);
}

/// The three methods need no key: they are called while this thread holds the first
/// locked field, the first two, all three, and only the last.
#[test]
fn load_store_and_update_while_this_thread_holds_locks_of_the_struct() {
    watched(|| {
        let service = new_service();
        let mut key = ThreadKey::get().expect("the test thread's key");
        {
            let (mut queue, mut after_queue) = service.lock_queue(&mut key);
            touch_snapshots(&service);
            let (mut ready, mut after_ready) = service.lock_ready(&mut after_queue);
            touch_snapshots(&service);
            let (mut stats, _after_stats) = service.lock_stats(&mut after_ready);
            touch_snapshots(&service);
            queue.push(u32::try_from(service.load_config().max_batch).unwrap());
            ready.push(1);
            *stats = *service.load_generation();
        }
        {
            let (stats, _after_stats) = service.lock_stats(&mut key);
            touch_snapshots(&service);
            assert_eq!(*stats, 3);
        }
        assert_eq!(service.load_config().max_batch, 12);
        assert_eq!(*service.load_limit(), 1_600);
        assert_eq!(*service.load_generation(), 4);
        let (queue, _key) = service.lock_queue(&mut key);
        assert_eq!(*queue, [11]);
    });
}

/// A thread waiting on the `condvar` field loads a snapshot field in its condition (which
/// runs with `ready` locked); the notifier stores the value it waits for while it holds
/// `ready` too.
#[test]
fn load_while_waiting_on_a_condvar_field() {
    watched(|| {
        let service = new_service();
        let notifier = service.clone();
        thread::scope(|scope| {
            scope.spawn(move || {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (mut ready, _key) = notifier.lock_ready(&mut key);
                ready.push(1);
                notifier.store_generation(1);
                drop(ready);
                notifier.notify_all_ready();
            });
            let mut key = ThreadKey::get().expect("the test thread's key");
            let (ready, mut after_ready) = service.lock_ready(&mut key);
            let ready = ready.wait_while(&mut after_ready, |ready| {
                ready.is_empty() || *service.load_generation() == 0
            });
            assert_eq!((ready.len(), *service.load_generation()), (1, 1));
        });
    });
}

/// Another thread holds every lock of the struct; this one still loads, stores and
/// updates the snapshot fields without waiting, and the holder sees the new values
/// while it still holds its locks.
#[test]
fn load_store_and_update_while_another_thread_holds_every_lock() {
    watched(|| {
        let service = new_service();
        let (locked, is_locked) = mpsc::channel();
        let (stored, was_stored) = mpsc::channel::<()>();
        let holder = {
            let service = service.clone();
            thread::spawn(move || {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (_queue, mut after_queue) = service.lock_queue(&mut key);
                let (_ready, mut after_ready) = service.lock_ready(&mut after_queue);
                let (_stats, _key) = service.lock_stats(&mut after_ready);
                locked.send(()).expect("the test waits");
                wait_for(&was_stored);
                *service.load_generation()
            })
        };
        is_locked.recv().expect("the holder locked");
        let mut key = ThreadKey::get().expect("the test thread's key");
        assert!(
            service.try_lock_stats(&mut key).is_err(),
            "the holder holds it"
        );
        touch_snapshots(&service);
        stored.send(()).expect("the holder waits");
        assert_eq!(
            holder.join().expect("the holder did not panic"),
            1,
            "seen while holding every lock"
        );
        assert_eq!(service.load_config().max_batch, 9);
        assert_eq!(*service.load_limit(), 200);
    });
}

/// Waits for a message; a closed channel means the test thread failed already.
fn wait_for(signal: &mpsc::Receiver<()>) {
    signal.recv().expect("the test thread sends before it ends");
}

/// A thread keeps a snapshot loaded while this one stores and updates: neither waits for
/// it (readers never block writers), and the snapshot keeps reading the value it loaded,
/// on its own thread, after the stores.
#[test]
fn writers_never_wait_for_a_reader_and_its_snapshot_keeps_the_old_value() {
    watched(|| {
        let service = new_service();
        let reader = service.clone();
        let (loaded, is_loaded) = mpsc::channel();
        let (stored, was_stored) = mpsc::channel::<()>();
        let reading = thread::spawn(move || {
            let config = reader.load_config();
            let generation = reader.load_generation();
            loaded.send(()).expect("the test waits");
            wait_for(&was_stored);
            // Loaded before the stores: still the old values, read twice alike.
            assert_eq!(*config, FIRST);
            assert_eq!(*generation, 0);
            assert_eq!(*config, FIRST);
            // A new load sees the stores.
            (reader.load_config().max_batch, *reader.load_generation())
        });
        is_loaded.recv().expect("the reader loaded");
        for generation in 1..=1_000 {
            service.store_generation(generation);
        }
        service.update_config(|config| Config {
            max_batch: 64,
            ..config.clone()
        });
        stored.send(()).expect("the reader waits");
        assert_eq!(
            reading.join().expect("the reader's checks held"),
            (64, 1_000)
        );
    });
}

/// On one thread: a snapshot loaded before a store or an update reads the old value, one
/// loaded after reads the new one, and `into_arc` keeps the old one as the only owner.
#[test]
fn a_snapshot_loaded_before_a_store_reads_the_old_value() {
    watched(|| {
        let service = new_service();
        let before = service.load_config();
        service.store_config(Config {
            max_batch: 1,
            retries: 0,
        });
        let between = service.load_config();
        service.update_config(|config| Config {
            retries: config.retries + 5,
            ..config.clone()
        });
        assert_eq!(*before, FIRST);
        assert_eq!(between.max_batch, 1);
        assert_eq!(between.retries, 0);
        assert_eq!(
            *service.load_config(),
            Config {
                max_batch: 1,
                retries: 5
            }
        );
        let kept = before.into_arc();
        assert_eq!(*kept, FIRST);
        assert_eq!(
            Arc::strong_count(&kept),
            1,
            "replaced: only the snapshot kept it"
        );
    });
}

/// A clone shares each snapshot field: a store or an update through either is seen
/// through the other, also after the original is gone; a separate `new` shares nothing.
#[test]
fn clones_share_the_snapshot_fields() {
    watched(|| {
        let service = new_service();
        let clone = service.clone();
        clone.store_generation(5);
        assert_eq!(*service.load_generation(), 5);
        service.update_limit(|limit| limit + 1);
        assert_eq!(*clone.load_limit(), 101);
        let clone_of_clone = clone.clone();
        drop((service, clone));
        clone_of_clone.update_generation(|generation| generation * 2);
        assert_eq!(*clone_of_clone.load_generation(), 10);
        assert_eq!(*new_service().load_generation(), 0);
    });
}

/// A value stored on one thread is seen by the others: a writer stores 1,000 versions and
/// sends each version number after storing it; a reader that receives a number loads at
/// least that version (a load never goes back to an older value than one already
/// published to it). Then four threads wait at a barrier that opens after one more
/// store, and all load it.
#[test]
fn a_stored_value_is_seen_by_other_threads() {
    const VERSIONS: u64 = 1_000;
    const READERS: usize = 4;
    watched(|| {
        let service = new_service();
        let (published, is_published) = mpsc::channel();
        let writer = service.clone();
        let reader = service.clone();
        thread::scope(|scope| {
            scope.spawn(move || {
                for version in 1..=VERSIONS {
                    writer.store_generation(version);
                    published.send(version).expect("the reader waits");
                }
            });
            scope.spawn(move || {
                for version in is_published {
                    let loaded = *reader.load_generation();
                    assert!(
                        loaded >= version,
                        "loaded {loaded} after {version} was stored"
                    );
                }
                assert_eq!(*reader.load_generation(), VERSIONS);
            });
        });

        let stored = Barrier::new(READERS + 1);
        let loads: Vec<u64> = thread::scope(|scope| {
            let readers: Vec<_> = (0..READERS)
                .map(|_| {
                    scope.spawn(|| {
                        stored.wait();
                        *service.load_generation()
                    })
                })
                .collect();
            service.store_generation(VERSIONS + 1);
            stored.wait();
            readers
                .into_iter()
                .map(|reader| reader.join().expect("the reader ran"))
                .collect()
        });
        assert_eq!(loads, [VERSIONS + 1; READERS]);
    });
}

/// Eight threads, each with its own clone, call `update_` 10,000 times: no increment is
/// lost, though the function may run more than once per call (it is counted here only to
/// show that: a real one should not have side effects).
#[test]
fn updates_from_eight_threads_are_exact() {
    const THREADS: u64 = 8;
    const INCREMENTS: u64 = 10_000;
    watched(|| {
        let service = new_service();
        let runs = AtomicU64::new(0);
        thread::scope(|scope| {
            for _ in 0..THREADS {
                let (service, runs) = (service.clone(), &runs);
                scope.spawn(move || {
                    for _ in 0..INCREMENTS {
                        service.update_generation(|generation| {
                            runs.fetch_add(1, Ordering::Relaxed);
                            generation + 1
                        });
                    }
                });
            }
        });
        assert_eq!(*service.load_generation(), THREADS * INCREMENTS);
        assert!(runs.load(Ordering::Relaxed) >= THREADS * INCREMENTS);
    });
}

/// Snapshot fields take no lock: they are not in the lock order.
#[test]
fn snapshot_fields_are_not_in_the_lock_order() {
    watched(|| {
        assert_eq!(Service::LOCK_ORDER, ["queue", "ready", "stats"]);
        assert_eq!(service_levels::LOCK_ORDER, Service::LOCK_ORDER);
    });
}

/// `rename` names all three methods: `raw_limit` is `load_limit`, `store_limit` and
/// `update_limit`.
#[test]
fn rename_names_the_load_store_and_update_methods() {
    watched(|| {
        let service = new_service();
        let limit: Snapshot<u64> = service.load_limit();
        service.store_limit(7);
        service.update_limit(|limit| limit + 1);
        assert_eq!((*limit, *service.load_limit()), (100, 8));
    });
}

/// `Debug` prints each snapshot field's current value (loading it takes no lock) and `..`
/// for each locked field, also while another thread holds the locks; after a store it
/// prints the new value.
#[test]
fn debug_prints_the_current_values_and_hides_locked_fields() {
    watched(|| {
        let service = new_service();
        let expected = "Service { config: Config { max_batch: 8, retries: 3 }, queue: .., \
                        raw_limit: 100, ready: .., stats: .., generation: 0 }";
        assert_eq!(format!("{service:?}"), expected);
        let holder = Holder::start(&service, |service, key, wait| {
            let (_queue, mut after_queue) = service.lock_queue(key);
            let (_stats, _key) = service.lock_stats(&mut after_queue);
            wait();
        });
        service.store_generation(2);
        service.update_config(|config| Config {
            retries: 0,
            ..config.clone()
        });
        assert_eq!(
            format!("{service:?}"),
            expected
                .replace("generation: 0", "generation: 2")
                .replace("retries: 3", "retries: 0")
        );
        holder.release();
        assert_eq!(format!("{:?}", service.load_limit()), "100");
    });
}

// `Send` and `Sync`, in both directions: a snapshot field shares its value between
// threads as `Arc<T>` does (every load hands out `&T`, from any thread), so the struct is
// both only when `T` is `Send + Sync`, and neither otherwise; the `Snapshot` likewise.
#[allow(dead_code)] // These structs exist for their types.
mod auto_traits {
    use super::{Arc, Cell, Config, Rc, Snapshot, assert_impl_all, assert_not_impl_any, guarded};

    /// `Send + Sync` values: the struct is both, as `Arc<T>` is.
    #[guarded]
    struct Shared {
        count: u64,
        #[guarded(snapshot)]
        config: Config,
        #[guarded(snapshot)]
        names: Vec<String>,
    }
    assert_impl_all!(Shared: Send, Sync, Clone);
    assert_impl_all!(Snapshot<Config>: Send, Sync);

    /// `Rc` (neither `Send` nor `Sync`): neither, as `Arc<Rc<_>>`.
    #[guarded]
    struct WithRc {
        count: u64,
        #[guarded(snapshot)]
        shared: Rc<u32>,
    }
    assert_not_impl_any!(WithRc: Send, Sync);
    assert_not_impl_any!(Snapshot<Rc<u32>>: Send, Sync);
    assert_not_impl_any!(Arc<Rc<u32>>: Send, Sync);

    /// `Cell` (`Send`, not `Sync`): neither, as `Arc<Cell<_>>`, where a mutex field of
    /// `Cell` keeps both.
    #[guarded]
    struct WithCell {
        count: u64,
        #[guarded(snapshot)]
        cell: Cell<u32>,
    }
    assert_not_impl_any!(WithCell: Send, Sync);
    assert_not_impl_any!(Snapshot<Cell<u32>>: Send, Sync);
    assert_not_impl_any!(Arc<Cell<u32>>: Send, Sync);

    /// A generic struct: as its parameter allows.
    #[guarded]
    struct Generic<T> {
        #[guarded(snapshot)]
        value: T,
    }
    assert_impl_all!(Generic<String>: Send, Sync, Clone);
    assert_not_impl_any!(Generic<Rc<u8>>: Send, Sync);
    assert_not_impl_any!(Generic<Cell<u8>>: Send, Sync);
}
