//! `#[guarded(unlocked)]` fields take no lock: `new` sets them, clones share them, and
//! `<field>()` reads them as `&T` with no key, at any point in the lock order (before the
//! first locked field, between two, after the last, while a `condvar` field is locked or
//! waited on) and while another thread holds every lock of the struct. They change only
//! through their type's own interior mutability (a channel `Sender`, a `OnceLock`, an
//! atomic), and such a change is seen by other threads. They are not in the lock order,
//! `Debug` prints their value, `rename` renames the accessor, and the struct is `Send` and
//! `Sync` as an `Arc<T>` field would make it.
//!
//! Every test runs under a watchdog: an accessor that took a lock would hang on a lock
//! held by this thread or another one, and the watchdog turns that into a failure after a
//! minute instead of hanging CI.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Barrier, MutexGuard, OnceLock, mpsc};
use std::thread;

mod common;

use common::{Holder, watched};
use guarded::{ThreadKey, guarded};
use static_assertions::{assert_impl_all, assert_not_impl_any};

/// Unlocked fields before, between and after the locked ones.
#[guarded]
struct Shard {
    #[guarded(unlocked)]
    name: String,
    queue: Vec<u32>,
    #[guarded(unlocked, rename = shard_id)]
    id: u32,
    #[guarded(condvar)]
    ready: Vec<u32>,
    #[guarded(unlocked)]
    outbox: mpsc::Sender<String>,
    #[guarded(unlocked)]
    started_by: OnceLock<String>,
    stats: u64,
    #[guarded(unlocked)]
    _region: &'static str,
}

fn new_shard() -> (Shard, mpsc::Receiver<String>) {
    let (outbox, inbox) = mpsc::channel();
    let shard = Shard::new(
        "eu-1".to_owned(),
        Vec::new(),
        7,
        Vec::new(),
        outbox,
        OnceLock::new(),
        0,
        "eu",
    );
    (shard, inbox)
}

/// Reads every unlocked field of `shard` and checks what `new_shard` put there.
fn assert_unlocked_fields(shard: &Shard) {
    let name: &String = shard.name();
    assert_eq!(name, "eu-1");
    assert_eq!(*shard.shard_id(), 7);
    assert_eq!(*shard.region(), "eu");
}

/// The accessors need no key: they are called while this thread holds the first locked
/// field, the first two, all three, only the last, and only the `condvar` field.
#[test]
fn read_while_this_thread_holds_locks_of_the_struct() {
    watched(|| {
        let (shard, inbox) = new_shard();
        let mut key = ThreadKey::get().expect("the test thread's key");
        {
            let (mut queue, mut after_queue) = shard.lock_queue(&mut key);
            assert_unlocked_fields(&shard);
            queue.push(*shard.shard_id());
            let (mut ready, mut after_ready) = shard.lock_ready(&mut after_queue);
            assert_unlocked_fields(&shard);
            ready.push(1);
            let (mut stats, _after_stats) = shard.lock_stats(&mut after_ready);
            assert_unlocked_fields(&shard);
            shard
                .outbox()
                .send(format!("{} holds every lock", shard.name()))
                .expect("the receiver is alive");
            *stats += 1;
        }
        {
            let (stats, _after_stats) = shard.lock_stats(&mut key);
            assert_unlocked_fields(&shard);
            assert_eq!(*stats, 1);
        }
        {
            let (ready, _after_ready) = shard.lock_ready(&mut key);
            assert_unlocked_fields(&shard);
            assert_eq!(*ready, [1]);
        }
        assert_eq!(
            inbox.try_recv().as_deref(),
            Ok("eu-1 holds every lock"),
            "sent through the `Sender` while every lock was held"
        );
    });
}

/// A thread waiting on the `condvar` field reads unlocked fields in its condition (which
/// runs with `ready` locked), and a notifier reads them while it holds `ready` too.
#[test]
fn read_while_waiting_on_a_condvar_field() {
    watched(|| {
        let (shard, _inbox) = new_shard();
        let notifier = shard.clone();
        thread::scope(|scope| {
            scope.spawn(move || {
                let mut key = ThreadKey::get().expect("a new thread's first key");
                let (mut ready, _key) = notifier.lock_ready(&mut key);
                ready.push(*notifier.shard_id());
                drop(ready);
                notifier.notify_all_ready();
            });
            let mut key = ThreadKey::get().expect("the test thread's key");
            let (ready, mut after_ready) = shard.lock_ready(&mut key);
            let ready = ready.wait_while(&mut after_ready, |ready| {
                assert_unlocked_fields(&shard);
                !ready.contains(shard.shard_id())
            });
            assert_eq!(*ready, [7]);
        });
    });
}

/// Another thread holds every lock of the struct; this one still reads the unlocked
/// fields and changes them through their own interior mutability, without waiting.
#[test]
fn read_while_another_thread_holds_every_lock() {
    watched(|| {
        let (shard, inbox) = new_shard();
        let holder = Holder::start(&shard, |shard, key, wait| {
            let (_queue, mut after_queue) = shard.lock_queue(key);
            let (_ready, mut after_ready) = shard.lock_ready(&mut after_queue);
            let (_stats, _key) = shard.lock_stats(&mut after_ready);
            wait();
        });
        let mut key = ThreadKey::get().expect("the test thread's key");
        assert!(
            shard.try_lock_queue(&mut key).is_err(),
            "the holder holds it"
        );
        assert_unlocked_fields(&shard);
        shard
            .started_by()
            .set("the test thread".to_owned())
            .expect("set once");
        shard
            .outbox()
            .send("sent while another thread holds every lock".to_owned())
            .expect("the receiver is alive");
        holder.release();
        assert_eq!(
            inbox.recv().as_deref(),
            Ok("sent while another thread holds every lock")
        );
        assert_eq!(
            shard.started_by().get().map(String::as_str),
            Some("the test thread")
        );
    });
}

/// A clone shares each unlocked field (the same value, not a copy), so a change through
/// one's interior mutability is seen through the other; a separate `new` shares nothing.
#[test]
fn clones_share_the_unlocked_fields() {
    watched(|| {
        let (shard, inbox) = new_shard();
        let clone = shard.clone();
        assert!(std::ptr::eq(shard.name(), clone.name()), "one `String`");
        assert!(std::ptr::eq(shard.shard_id(), clone.shard_id()));
        clone
            .started_by()
            .set("the clone".to_owned())
            .expect("set once");
        assert_eq!(
            shard.started_by().get().map(String::as_str),
            Some("the clone")
        );
        clone
            .outbox()
            .send("through the clone".to_owned())
            .expect("the receiver is alive");
        drop((shard, clone));
        assert_eq!(inbox.recv().as_deref(), Ok("through the clone"));
        assert_eq!(
            inbox.recv(),
            Err(mpsc::RecvError),
            "dropping both dropped the one shared `Sender`"
        );

        let (other, _inbox) = new_shard();
        assert!(other.started_by().get().is_none());
    });
}

/// A value set through an unlocked field on one thread is seen by the others: four
/// threads wait at a barrier that opens once the first has set it, then read it while
/// each holds a lock of its own, and send what they read back through the shared
/// `Sender`.
#[test]
fn a_value_set_on_one_thread_is_seen_by_the_others() {
    const READERS: usize = 4;
    watched(|| {
        let (shard, inbox) = new_shard();
        let set = Arc::new(Barrier::new(READERS + 1));
        thread::scope(|scope| {
            for _ in 0..READERS {
                let (shard, set) = (shard.clone(), Arc::clone(&set));
                scope.spawn(move || {
                    set.wait();
                    let mut key = ThreadKey::get().expect("a new thread's first key");
                    let (mut stats, _key) = shard.lock_stats(&mut key);
                    *stats += 1;
                    let started_by = shard.started_by().get().expect("set before the barrier");
                    shard
                        .outbox()
                        .send(started_by.clone())
                        .expect("the receiver is alive");
                });
            }
            let setter = shard.clone();
            scope.spawn(move || {
                setter
                    .started_by()
                    .set("the setter".to_owned())
                    .expect("set once");
                set.wait();
            });
        });
        drop(shard);
        let seen: Vec<String> = inbox.iter().collect();
        assert_eq!(seen, vec!["the setter"; READERS]);
    });
}

/// Unlocked fields take no lock: they are not in the lock order, and the lock methods of
/// the others are as if they were not there.
#[test]
fn unlocked_fields_are_not_in_the_lock_order() {
    watched(|| {
        assert_eq!(Shard::LOCK_ORDER, ["queue", "ready", "stats"]);
        assert_eq!(shard_levels::LOCK_ORDER, Shard::LOCK_ORDER);
        assert!(Labels::LOCK_ORDER.is_empty());
    });
}

/// `rename` names the accessor (`id` is read by `shard_id()`), and a leading underscore
/// is left out of it, as for the other kinds (`_region` is read by `region()`).
#[test]
fn rename_and_leading_underscores_name_the_accessor() {
    watched(|| {
        let (shard, _inbox) = new_shard();
        let id: &u32 = shard.shard_id();
        let region: &&str = shard.region();
        assert_eq!((*id, *region), (7, "eu"));
    });
}

/// Only unlocked fields: a struct of shared values, none of them behind a lock.
#[guarded]
#[derive(Debug)]
struct Labels {
    #[guarded(unlocked)]
    name: String,
    #[guarded(unlocked)]
    hits: AtomicU32,
}

/// For `Debug`: an unlocked field between two locked ones.
#[guarded]
#[derive(Debug)]
struct Named {
    count: u64,
    #[guarded(unlocked)]
    name: String,
    #[guarded(unlocked)]
    hits: AtomicU32,
    #[guarded(rw)]
    table: Vec<u8>,
}

/// `Debug` prints each unlocked field's value as it is now (reading it takes no lock) and
/// `..` for each locked field, also while another thread holds the locks.
#[test]
fn debug_prints_unlocked_values_and_hides_locked_fields() {
    watched(|| {
        let named = Named::new(3, "eu-1".to_owned(), AtomicU32::new(5), vec![1]);
        assert_eq!(
            format!("{named:?}"),
            r#"Named { count: .., name: "eu-1", hits: 5, table: .. }"#
        );
        let holder = Holder::start(&named, |named, key, wait| {
            let (_count, mut after_count) = named.lock_count(key);
            let (_table, _key) = named.write_table(&mut after_count);
            wait();
        });
        named.hits().fetch_add(1, Ordering::Relaxed);
        assert_eq!(named.name(), "eu-1");
        assert_eq!(
            format!("{named:?}"),
            r#"Named { count: .., name: "eu-1", hits: 6, table: .. }"#
        );
        holder.release();

        let labels = Labels::new("only".to_owned(), AtomicU32::new(0));
        labels.hits().store(2, Ordering::Relaxed);
        assert_eq!(labels.name(), "only");
        assert_eq!(format!("{labels:?}"), r#"Labels { name: "only", hits: 2 }"#);
    });
}

// `Send` and `Sync`, in both directions: an unlocked field is shared as `Arc<T>` shares
// its value (every clone reads `&T`, from any thread), so the struct is both only when
// `T` is `Send + Sync`, and neither otherwise. That is stricter than a mutex field, which
// makes a `Cell` both (see tests/auto_traits.rs).
#[allow(dead_code)] // These structs exist for their types.
mod auto_traits {
    use super::{
        Arc, AtomicU32, Cell, MutexGuard, OnceLock, Rc, assert_impl_all, assert_not_impl_any,
        guarded, mpsc,
    };

    /// `Send + Sync` values: the struct is both, as `Arc<T>` is.
    #[guarded]
    struct Shared {
        count: u64,
        #[guarded(unlocked)]
        name: String,
        #[guarded(unlocked)]
        hits: AtomicU32,
        #[guarded(unlocked)]
        once: OnceLock<String>,
        #[guarded(unlocked)]
        outbox: mpsc::Sender<u32>,
    }
    assert_impl_all!(Shared: Send, Sync, Clone);
    assert_impl_all!(Arc<mpsc::Sender<u32>>: Send, Sync);

    /// `Rc` (neither `Send` nor `Sync`): neither, as `Arc<Rc<_>>`.
    #[guarded]
    struct WithRc {
        count: u64,
        #[guarded(unlocked)]
        shared: Rc<u32>,
    }
    assert_not_impl_any!(WithRc: Send, Sync);
    assert_not_impl_any!(Arc<Rc<u32>>: Send, Sync);

    /// `Cell` (`Send`, not `Sync`): neither, as `Arc<Cell<_>>`, where a mutex field of
    /// `Cell` keeps both (two threads could otherwise call `set` through `&Cell` at once).
    #[guarded]
    struct WithCell {
        count: u64,
        #[guarded(unlocked)]
        cell: Cell<u32>,
    }
    assert_not_impl_any!(WithCell: Send, Sync);
    assert_not_impl_any!(Arc<Cell<u32>>: Send, Sync);

    #[guarded]
    struct MutexCell {
        cell: Cell<u32>,
    }
    assert_impl_all!(MutexCell: Send, Sync);

    /// `MutexGuard` (`Sync`, not `Send`): neither, as `Arc<MutexGuard<_>>`.
    #[guarded]
    struct WithMutexGuard {
        count: u64,
        #[guarded(unlocked)]
        guard: MutexGuard<'static, u8>,
    }
    assert_not_impl_any!(WithMutexGuard: Send, Sync);
    assert_not_impl_any!(Arc<MutexGuard<'static, u8>>: Send, Sync);

    /// A generic struct: as its parameter allows.
    #[guarded]
    struct Generic<T> {
        count: u64,
        #[guarded(unlocked)]
        value: T,
    }
    assert_impl_all!(Generic<String>: Send, Sync, Clone);
    assert_not_impl_any!(Generic<Rc<u8>>: Send, Sync);
    assert_not_impl_any!(Generic<Cell<u8>>: Send, Sync);
}
