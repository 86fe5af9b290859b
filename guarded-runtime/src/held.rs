//! In debug builds, the locks this thread holds, so that a blocking lock of one of them
//! panics instead of waiting for itself forever (soundness class 11, a leaked guard).
//!
//! `mem::forget` and `Box::leak` are safe: a leaked guard ends its borrow of the key while
//! its lock stays held, so the types cannot stop the next lock of that field on the same
//! thread. Under `cfg(debug_assertions)`, every lock call takes a [`Pending`] mark for the
//! lock's identity (the address of the `Arc` that clones of the field share, as `many.rs`
//! uses): a blocking call checks first that this thread does not hold that identity and
//! panics, naming the struct and the field, if it does; once the lock is taken the mark
//! is [filled](Pending::fill) into a [`Mark`] that the guard carries, and whose `Drop`
//! removes the identity. A leaked guard leaks its mark, so the identity stays: the next
//! blocking lock of it on this thread panics.
//!
//! - `try_` calls are not checked: on a lock this thread holds they return `Busy` (after
//!   their timeout, for `try_..._for`), or take a second read lock of an `rw` field, as
//!   they would if another thread held it. They never hang. A guard they hand out is
//!   marked like any other, so the identities are counted, not just present or absent.
//! - A condition-variable wait keeps its guard's mark: the thread waits, and locks nothing
//!   else meanwhile.
//! - The mark keeps the lock's `Arc` alive, so that a leaked guard also leaks the lock's
//!   memory: otherwise a field dropped after its guard was leaked could free the address,
//!   and a new field allocated there would be reported as held.
//! - Async fields (`tasks`, the `tokio` feature) are not covered: a task moves between
//!   threads, so a thread's set says nothing about it.
//!
//! In release builds [`Pending`] is empty, the guards have no mark field, and nothing is
//! checked (`guard.rs` and `condvar.rs` assert the sizes).

#[cfg(debug_assertions)]
pub(crate) use debug::{Mark, Pending, check};
#[cfg(not(debug_assertions))]
pub(crate) use release::{Pending, check};

#[cfg(debug_assertions)]
mod debug {
    use std::cell::RefCell;
    use std::panic::AssertUnwindSafe;
    use std::sync::Arc;

    use crate::order::Level;

    // Shuttle's thread-locals with the `shuttle` feature: one list per model thread.
    crate::backend::thread_local! {
        /// The identities of the locks this thread holds, once per guard alive or leaked
        /// (a read lock taken twice, by a `try_read`, is there twice). Short: a thread
        /// holds a few locks at a time, so a list beats a set.
        static HELD: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    }

    /// Anything, as the lock's shared state a mark keeps alive.
    trait Erased {}
    impl<T: ?Sized> Erased for T {}

    /// A lock call's mark before the lock is taken: the lock's identity, and its shared
    /// state, kept alive.
    pub(crate) struct Pending<'a> {
        id: usize,
        keep: Arc<dyn Erased + 'a>,
    }

    impl<'a> Pending<'a> {
        /// The mark of a blocking lock call: panics if this thread holds the lock.
        #[inline]
        #[track_caller]
        pub(crate) fn blocking<L: Level, S: 'a>(shared: &Arc<S>) -> Self {
            let pending = Pending::trying(shared);
            check::<L>(pending.id);
            pending
        }

        /// The mark of a `try_` lock call: not checked (a held lock is `Busy`).
        #[inline]
        pub(crate) fn trying<S: 'a>(shared: &Arc<S>) -> Self {
            Pending {
                id: Arc::as_ptr(shared).addr(),
                keep: Arc::clone(shared) as Arc<dyn Erased + 'a>,
            }
        }

        /// The lock is taken: this thread holds it until the mark is dropped.
        #[inline]
        pub(crate) fn fill(self) -> Mark<'a> {
            // Gone only while the thread's locals are destroyed: nothing to check then.
            let _ = HELD.try_with(|held| held.borrow_mut().push(self.id));
            Mark {
                id: self.id,
                _keep: AssertUnwindSafe(self.keep),
            }
        }
    }

    /// Panics if this thread holds the lock whose identity is `id`, naming the level `L`.
    #[inline]
    #[track_caller]
    pub(crate) fn check<L: Level>(id: usize) {
        // Written out rather than `contains`, which costs hundreds of instructions more in
        // an unoptimized build (BENCHMARKS.md); the list is nearly always empty or short.
        #[allow(clippy::manual_contains)]
        let held = HELD
            .try_with(|held| {
                let held = held.borrow();
                !held.is_empty() && held.iter().any(|&held| held == id)
            })
            .unwrap_or(false);
        if held {
            already_held::<L>();
        }
    }

    /// The panic of a blocking lock of a lock this thread holds.
    #[cold]
    #[inline(never)]
    #[track_caller]
    fn already_held<L: Level>() -> ! {
        panic!(
            "`{}.{}` is already held by this thread: a guard of it was leaked \
             (`mem::forget`, `Box::leak`) or is still alive; locking it again would never \
             return",
            L::STRUCT,
            L::FIELD
        )
    }

    /// What a guard carries in debug builds: this thread holds the lock until it is dropped.
    ///
    /// It must not change what a guard is: `Send`, `Sync` and the unwind-safety traits are
    /// the backend guard's alone, in debug builds as in release builds (a guard of a
    /// `Cell` must still fail to be `Sync` with one error, not two). So it is all of them,
    /// whatever the erased shared state is.
    pub(crate) struct Mark<'a> {
        id: usize,
        // Nothing observes the shared state through the mark, so no broken invariant can
        // be seen after a panic.
        _keep: AssertUnwindSafe<Arc<dyn Erased + 'a>>,
    }

    // SAFETY: the only thing a `Mark` ever does with the shared state is drop its `Arc`, in
    // `Drop`, and that never drops the state itself: the mark lives for `'a`, the borrow of
    // the field whose own `Arc` keeps the state alive, and `Drop` makes `'a` outlive every
    // drop of the mark. A mark sent to another thread and dropped there only decrements a
    // count that stays above zero. (No mark is ever sent: each lives in a guard, and no
    // guard is `Send`.)
    unsafe impl Send for Mark<'_> {}

    // SAFETY: `&Mark` gives access to nothing: a `Mark` has no method and no public field.
    unsafe impl Sync for Mark<'_> {}

    impl Drop for Mark<'_> {
        #[inline]
        fn drop(&mut self) {
            let _ = HELD.try_with(|held| {
                let mut held = held.borrow_mut();
                // Guards are mostly dropped in the reverse order of locking.
                if held.last() == Some(&self.id) {
                    held.pop();
                } else if let Some(at) = held.iter().rposition(|&id| id == self.id) {
                    held.remove(at);
                }
            });
        }
    }
}

#[cfg(not(debug_assertions))]
mod release {
    use std::marker::PhantomData;
    use std::sync::Arc;

    use crate::order::Level;

    /// Nothing: release builds do not check.
    #[inline]
    pub(crate) fn check<L: Level>(_: usize) {}

    /// Nothing: release builds do not check.
    #[derive(Clone, Copy)]
    pub(crate) struct Pending<'a>(PhantomData<&'a ()>);

    impl Pending<'_> {
        // `L` names the struct and field in debug builds' panic; one signature for both.
        #[allow(clippy::extra_unused_type_parameters)]
        #[inline]
        pub(crate) fn blocking<L: Level, S>(_: &Arc<S>) -> Self {
            Pending(PhantomData)
        }

        #[inline]
        pub(crate) fn trying<S>(_: &Arc<S>) -> Self {
            Pending(PhantomData)
        }
    }
}
