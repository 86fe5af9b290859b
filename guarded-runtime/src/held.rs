//! In debug builds, the locks this thread holds, so that a blocking lock of one of them
//! panics instead of waiting for itself forever (soundness class 11, a leaked guard).
//!
//! `mem::forget` and `Box::leak` are safe: a leaked guard ends its borrow of the key while
//! its lock stays held, so the types cannot stop the next lock of that field on the same
//! thread. Under `cfg(debug_assertions)`, every lock call takes a [`Pending`] mark for the
//! lock's [`Tag`](crate::identity::Tag) (a number no other lock ever has, see
//! `identity.rs`): a blocking call checks first that this thread does not hold that tag and
//! panics, naming the struct and the field, if it does; once the lock is taken the mark
//! is [filled](Pending::fill) into a [`Mark`] that the guard carries, and whose `Drop`
//! removes the tag. A leaked guard leaks its mark, so the tag stays: the next blocking
//! lock of it on this thread panics.
//!
//! - `try_` calls are not checked: on a lock this thread holds they return `Busy` (after
//!   their timeout, for `try_..._for`), or take a second read lock of an `rw` field, as
//!   they would if another thread held it. They never hang. A guard they hand out is
//!   marked like any other, so the tags are counted, not just present or absent.
//! - A condition-variable wait keeps its guard's mark: the thread waits, and locks nothing
//!   else meanwhile.
//! - The mark records the tag, not the lock's address: a leaked guard's lock may be freed
//!   with its instance, and a new lock allocated at that address must not be reported as
//!   held. A tag is never reused, so nothing needs to be kept alive for that.
//! - Async fields (`tasks`, the `tokio` feature) are not covered: a task moves between
//!   threads, so a thread's set says nothing about it.
//!
//! In release builds [`Pending`] is empty, the guards have no mark field, and nothing is
//! checked (`guard.rs` and `condvar.rs` assert the sizes).

#[cfg(debug_assertions)]
pub(crate) use debug::{Mark, Pending, check, holds};
#[cfg(not(debug_assertions))]
pub(crate) use release::{Pending, check, holds};

#[cfg(debug_assertions)]
mod debug {
    use std::cell::RefCell;

    use crate::identity::Identity;
    use crate::order::Level;

    // Shuttle's thread-locals with the `shuttle` feature: one list per model thread.
    crate::backend::thread_local! {
        /// The tags of the locks this thread holds, once per guard alive or leaked (a read
        /// lock taken twice, by a `try_read`, is there twice). Short: a thread holds a few
        /// locks at a time, so a list beats a set.
        static HELD: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    }

    /// A lock call's mark before the lock is taken: the lock's tag.
    pub(crate) struct Pending {
        tag: usize,
    }

    impl Pending {
        /// The mark of a blocking lock call: panics if this thread holds the lock.
        #[inline]
        #[track_caller]
        pub(crate) fn blocking<L: Level>(lock: Identity) -> Self {
            check::<L>(lock);
            Pending::trying(lock)
        }

        /// The mark of a `try_` lock call: not checked (a held lock is `Busy`).
        #[inline]
        pub(crate) fn trying(lock: Identity) -> Self {
            Pending { tag: lock.tag() }
        }

        /// The lock is taken: this thread holds it until the mark is dropped.
        #[inline]
        pub(crate) fn fill(self) -> Mark {
            // Gone only while the thread's locals are destroyed: nothing to check then.
            let _ = HELD.try_with(|held| held.borrow_mut().push(self.tag));
            Mark { tag: self.tag }
        }
    }

    /// Panics if this thread holds `lock`, naming the level `L`.
    #[inline]
    #[track_caller]
    pub(crate) fn check<L: Level>(lock: Identity) {
        if holds(lock) {
            already_held::<L>();
        }
    }

    /// Whether this thread holds `lock` (a guard of it alive or leaked).
    #[inline]
    pub(crate) fn holds(lock: Identity) -> bool {
        let tag = lock.tag();
        // Written out rather than `contains`, which costs hundreds of instructions more in
        // an unoptimized build (BENCHMARKS.md); the list is nearly always empty or short.
        #[allow(clippy::manual_contains)]
        HELD.try_with(|held| {
            let held = held.borrow();
            !held.is_empty() && held.iter().any(|&held| held == tag)
        })
        .unwrap_or(false)
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
    /// `Cell` must still fail to be `Sync` with one error, not two). A number is all of
    /// them.
    pub(crate) struct Mark {
        tag: usize,
    }

    impl Drop for Mark {
        #[inline]
        fn drop(&mut self) {
            let _ = HELD.try_with(|held| {
                let mut held = held.borrow_mut();
                // Guards are mostly dropped in the reverse order of locking.
                if held.last() == Some(&self.tag) {
                    held.pop();
                } else if let Some(at) = held.iter().rposition(|&tag| tag == self.tag) {
                    held.remove(at);
                }
            });
        }
    }
}

#[cfg(not(debug_assertions))]
mod release {
    use crate::identity::Identity;
    use crate::order::Level;

    /// Nothing: release builds do not check.
    #[inline]
    pub(crate) fn check<L: Level>(_: Identity) {}

    /// Release builds do not know: `false`.
    #[inline]
    pub(crate) fn holds(_: Identity) -> bool {
        false
    }

    /// Nothing: release builds do not check.
    #[derive(Clone, Copy)]
    pub(crate) struct Pending;

    impl Pending {
        // `L` names the struct and field in debug builds' panic; one signature for both.
        #[allow(clippy::extra_unused_type_parameters)]
        #[inline]
        pub(crate) fn blocking<L: Level>(_: Identity) -> Self {
            Pending
        }

        #[inline]
        pub(crate) fn trying(_: Identity) -> Self {
            Pending
        }
    }
}
