//! Storage of one `#[guarded(snapshot)]` field: a read-mostly value, replaced as a whole
//! and read without a lock, backed by the `arc-swap` crate; and the [`Snapshot`] a read
//! hands out.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use arc_swap::{ArcSwap, Guard};

/// One `#[guarded(snapshot)]` field: the current value in an `ArcSwap`, in its instance's
/// one shared allocation, which the struct's clones share. Reading it
/// ([`load`](Self::load)) takes no lock and never waits: not for a writer, not for other
/// readers (arc-swap's loads are lock-free, and wait-free almost always). Writing it ([`store`](Self::store), [`update`](Self::update)) replaces
/// the value as a whole, and never waits for readers either.
///
/// Since no call here ever waits for another thread, a snapshot field cannot take part in
/// a deadlock: it needs no key and has no place in the lock order.
///
/// What that costs: a load is arc-swap's own `load` (the same instruction count, measured
/// by the benchmarks' `snapshot_load` workload), about three times the instructions of an
/// uncontended read lock taken on one thread. What it buys: a load never blocks and never
/// waits for a writer, and many readers do not slow each other down.
///
/// `Send` and `Sync` exactly when `T` is `Send + Sync`, as `Arc<T>`.
pub struct SnapshotField<T> {
    shared: ArcSwap<T>,
}

impl<T> SnapshotField<T> {
    /// Shares `value` as the first current value.
    #[inline]
    pub fn new(value: T) -> Self {
        SnapshotField {
            shared: ArcSwap::from_pointee(value),
        }
    }

    /// The current value, as a [`Snapshot`] that keeps it alive: later stores do not
    /// change what it reads.
    #[inline]
    pub fn load(&self) -> Snapshot<T> {
        Snapshot {
            guard: self.shared.load(),
        }
    }

    /// Replaces the current value with `value`. Snapshots loaded before keep the old one;
    /// it is dropped when the last of them is (or here, if there is none).
    ///
    /// # Panics
    ///
    /// Inside the function given to this field's own [`update`](Self::update) (see there),
    /// before storing anything.
    #[inline]
    #[track_caller]
    pub fn store(&self, value: T) {
        updating::refuse_inside(self.address());
        self.shared.store(Arc::new(value));
    }

    /// Replaces the current value with `f(&current)`, without losing a concurrent update:
    /// if another thread replaced the value while `f` ran, `f` runs again on the newer one
    /// (arc-swap's `rcu`), and what it returned the first time is dropped.
    ///
    /// So **`f` may run more than once**: it must compute the new value and do nothing it
    /// cannot repeat (no sending, no counting, no I/O). Under heavy contention from other
    /// writers it may run many times; a cheap `f` keeps that rare.
    ///
    /// # Panics
    ///
    /// If `f` stores or updates this same field (through this instance or a clone, directly
    /// or from inside the update of another field): that write changes the value while
    /// `f` computes the next one, so `f` would run again, write again, and the update would
    /// never return. That write panics instead, before writing anything.
    #[inline]
    #[track_caller]
    pub fn update(&self, mut f: impl FnMut(&T) -> T) {
        let address = self.address();
        updating::refuse_inside(address);
        let replaced = {
            let _inside = updating::Inside::enter(address);
            self.shared.rcu(|current| Arc::new(f(current)))
        };
        // Dropped once the update is over: the replaced value's `Drop` may write the field.
        drop(replaced);
    }

    /// The field's address, which clones share (it sits in their one allocation): what
    /// tells this field apart in [`updating`].
    #[inline]
    fn address(&self) -> usize {
        std::ptr::from_ref(self).addr()
    }
}

/// The snapshot fields whose `update` is running its function on this thread, innermost
/// last: a store or update of one of them there would make that update run its function
/// again forever (`SnapshotField::update`). A field is known by its address: it cannot
/// move or be freed while its `update` borrows it.
mod updating {
    use std::cell::RefCell;

    // Shuttle's thread-locals with the `shuttle` feature: one list per model thread.
    crate::backend::thread_local! {
        /// Short: updates nest only as deep as the user's functions call one another.
        static INSIDE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    }

    /// Panics if this thread is running the function of an update of the field at
    /// `address`.
    #[inline]
    #[track_caller]
    pub(super) fn refuse_inside(address: usize) {
        // Gone only while the thread's locals are destroyed: nothing runs an update then.
        let inside = INSIDE
            .try_with(|inside| {
                let inside = inside.borrow();
                !inside.is_empty() && inside.contains(&address)
            })
            .unwrap_or(false);
        if inside {
            write_inside_update();
        }
    }

    #[cold]
    #[inline(never)]
    #[track_caller]
    fn write_inside_update() -> ! {
        panic!(
            "a `snapshot` field was stored or updated inside the function given to its own \
             `update_`: the update would never return (each write changes the value the \
             function is computing from, so the function would run again, and write again). \
             Return the new value from the function instead, and write the field after \
             `update_` returns."
        )
    }

    /// An update running its function: the field is in the list until it is dropped,
    /// also when the function panics.
    pub(super) struct Inside {
        address: usize,
    }

    impl Inside {
        #[inline]
        pub(super) fn enter(address: usize) -> Inside {
            let _ = INSIDE.try_with(|inside| inside.borrow_mut().push(address));
            Inside { address }
        }
    }

    impl Drop for Inside {
        #[inline]
        fn drop(&mut self) {
            let _ = INSIDE.try_with(|inside| {
                let mut inside = inside.borrow_mut();
                if let Some(at) = inside.iter().rposition(|&a| a == self.address) {
                    inside.remove(at);
                }
            });
        }
    }
}

impl<T: Default> Default for SnapshotField<T> {
    fn default() -> Self {
        SnapshotField::new(T::default())
    }
}

/// Prints the current value: loading it takes no lock.
impl<T: fmt::Debug> fmt::Debug for SnapshotField<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.load(), f)
    }
}

/// The value of a `#[guarded(snapshot)]` field when it was loaded (by `load_<field>`).
/// It dereferences to the value.
///
/// It stays valid after the field is replaced: it keeps the value it loaded alive, and
/// reads that value however many stores come after. Two reads through one snapshot
/// therefore always agree; two loads may not.
///
/// It is cheap: no lock, no allocation, and usually not even a change to the reference
/// count (it wraps arc-swap's `Guard`, which borrows the value through a per-thread "debt"
/// slot). Dropping it takes no lock either.
///
/// It is meant to be short-lived. arc-swap gives each thread a few of those slots
/// (currently 8); while they are all taken by live snapshots, further loads on that thread
/// take a slower path that changes the reference count. arc-swap's documentation
/// (`arc_swap::docs::limitations`, "Too many `Guard`s") says: "If too many `Guard`s are kept
/// around, the performance might be poor. These are not intended to be stored in data
/// structures or used across async yield points." To keep a value for long, turn the
/// snapshot into the `Arc` with [`into_arc`](Self::into_arc), which frees the slot.
///
/// `Send` and `Sync` exactly when `T` is `Send + Sync`, as `Arc<T>`: a snapshot may be read
/// from, moved to and dropped on another thread. That is sound because arc-swap's `Guard`
/// is (its own tests assert it, and this crate's assert it for the versions it builds
/// with): the slot stays owned by the loading thread's node, and giving it back from
/// another thread is the same atomic exchange arc-swap's writers already do from any
/// thread. A snapshot holds no lock, so it has no reason to stay on its thread as a
/// [`Guard`](crate::Guard) must.
pub struct Snapshot<T> {
    guard: Guard<Arc<T>>,
}

impl<T> Snapshot<T> {
    /// The value as an `Arc`, which frees the per-thread slot the snapshot may hold (see
    /// above): for keeping the value for long. The value is the same; the reference count
    /// may be incremented now.
    #[inline]
    pub fn into_arc(self) -> Arc<T> {
        Guard::into_inner(self.guard)
    }
}

impl<T> Deref for Snapshot<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.guard
    }
}

impl<T: fmt::Debug> fmt::Debug for Snapshot<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: fmt::Display> fmt::Display for Snapshot<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::{Arc, MutexGuard};

    use static_assertions::{assert_impl_all, assert_not_impl_any};

    use super::{Snapshot, SnapshotField};

    // The generated struct shares its fields' storage in one `Arc`, which is how these
    // tests share it too.

    #[test]
    fn clones_share_the_value() {
        let field = Arc::new(SnapshotField::new(1_u32));
        let clone = Arc::clone(&field);
        clone.store(2);
        assert_eq!(
            *field.load(),
            2,
            "a store through a clone is seen by the original"
        );
        field.update(|n| n + 1);
        assert_eq!(*clone.load(), 3, "and the other way");
    }

    #[test]
    fn a_stored_value_is_seen_by_another_thread() {
        let field = Arc::new(SnapshotField::new(String::from("first")));
        let writer = Arc::clone(&field);
        std::thread::scope(|scope| {
            scope.spawn(|| writer.store(String::from("second")));
        });
        assert_eq!(*field.load(), "second");
        field.store(String::from("third"));
        let seen = std::thread::scope(|scope| scope.spawn(|| field.load().clone()).join());
        assert_eq!(seen.expect("the thread ran"), "third");
    }

    #[test]
    fn updates_from_eight_threads_are_never_lost() {
        const THREADS: u64 = 8;
        // Fewer under miri (scripts/miri runs these tests), where 80,000 would take hours.
        const INCREMENTS: u64 = if cfg!(miri) { 100 } else { 10_000 };
        let field = SnapshotField::new(0_u64);
        std::thread::scope(|scope| {
            for _ in 0..THREADS {
                let field = &field;
                scope.spawn(move || {
                    for _ in 0..INCREMENTS {
                        field.update(|n| n + 1);
                    }
                });
            }
        });
        assert_eq!(*field.load(), THREADS * INCREMENTS);
    }

    #[test]
    fn update_may_run_more_than_once_but_keeps_one_result_per_call() {
        // Counts the runs of `f` (a side effect `update`'s docs warn about): at least one
        // per call, and the value still counts each call exactly once.
        const CALLS: u32 = if cfg!(miri) { 50 } else { 1_000 };
        let runs = AtomicU32::new(0);
        let field = SnapshotField::new(0_u32);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..CALLS {
                        field.update(|n| {
                            runs.fetch_add(1, Ordering::Relaxed);
                            n + 1
                        });
                    }
                });
            }
        });
        assert_eq!(*field.load(), 4 * CALLS);
        assert!(runs.load(Ordering::Relaxed) >= 4 * CALLS);
    }

    #[test]
    fn a_snapshot_keeps_the_value_it_loaded() {
        let field = SnapshotField::new(vec![1, 2, 3]);
        let before = field.load();
        field.store(vec![4]);
        field.update(|v| v.iter().map(|n| n * 10).collect());
        assert_eq!(
            *before,
            [1, 2, 3],
            "loaded before the stores: the old value"
        );
        assert_eq!(*field.load(), [40]);
        let kept = before.into_arc();
        assert_eq!(*kept, [1, 2, 3]);
        assert_eq!(
            Arc::strong_count(&kept),
            1,
            "replaced: only the snapshot kept it"
        );
    }

    #[test]
    fn a_snapshot_can_be_dropped_on_another_thread() {
        let field = SnapshotField::new(String::from("old"));
        let snapshot = field.load();
        field.store(String::from("new"));
        let read = std::thread::scope(|scope| scope.spawn(move || snapshot.to_uppercase()).join());
        assert_eq!(read.expect("the thread ran"), "OLD");
        // Loads on this thread still work after the slot was given back elsewhere.
        let many: Vec<_> = (0..20).map(|_| field.load()).collect();
        assert!(many.iter().all(|s| **s == "new"));
    }

    #[test]
    fn many_live_snapshots_still_read_right() {
        // More than arc-swap's per-thread slots: the later loads take the slower path.
        let field = SnapshotField::new(0_u32);
        let mut held = Vec::new();
        for n in 1..=32 {
            held.push(field.load());
            field.store(n);
        }
        let expected: Vec<u32> = (0..32).collect();
        assert_eq!(held.iter().map(|s| **s).collect::<Vec<_>>(), expected);
    }

    #[test]
    fn default_debug_and_display() {
        let field = SnapshotField::<u32>::default();
        assert_eq!(*field.load(), 0);
        field.store(7);
        assert_eq!(format!("{field:?}"), "7");
        let named = SnapshotField::new(String::from("eu-west"));
        let snapshot = named.load();
        assert_eq!(format!("{snapshot:?}"), r#""eu-west""#);
        assert_eq!(format!("{snapshot}"), "eu-west");
        assert_eq!(format!("{named:?}"), r#""eu-west""#);
    }

    // arc-swap's `Guard` of an `Arc<T>`, the type `Snapshot` wraps, is `Send` and `Sync`
    // exactly as `Arc<T>` is: for `Send + Sync` values only.
    assert_impl_all!(arc_swap::Guard<Arc<String>>: Send, Sync);
    assert_not_impl_any!(arc_swap::Guard<Arc<Rc<u8>>>: Send, Sync);
    assert_not_impl_any!(arc_swap::Guard<Arc<Cell<u8>>>: Send, Sync);
    assert_not_impl_any!(arc_swap::Guard<Arc<MutexGuard<'static, u8>>>: Send, Sync);

    // So `Snapshot<T>`, and `SnapshotField<T>`, are as `Arc<T>`: both when `T` is
    // `Send + Sync`; neither for `Rc` (neither), `Cell` (`Send` only) or `MutexGuard`
    // (`Sync` only).
    assert_impl_all!(Snapshot<String>: Send, Sync, Unpin);
    assert_not_impl_any!(Snapshot<Rc<u8>>: Send, Sync);
    assert_not_impl_any!(Snapshot<Cell<u8>>: Send, Sync);
    assert_not_impl_any!(Snapshot<MutexGuard<'static, u8>>: Send, Sync);
    assert_impl_all!(SnapshotField<String>: Send, Sync, Unpin);
    assert_not_impl_any!(SnapshotField<Rc<u8>>: Send, Sync);
    assert_not_impl_any!(SnapshotField<Cell<u8>>: Send, Sync);
    assert_not_impl_any!(SnapshotField<MutexGuard<'static, u8>>: Send, Sync);
}
