//! Storage of one guarded field.

use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};

use crate::guard::Guard;
use crate::key::Key;
use crate::order::sealed::Sealed;
use crate::order::{CanLock, Level};

/// One field of a `#[guarded]` struct: its data in an `Arc<Mutex<T>>`, reachable only by
/// [`Field::lock`] and [`Field::recover`], which take a key that may lock level `L`.
///
/// Clones share the data. Nothing here hands out the mutex itself.
pub struct Field<T, L> {
    shared: Arc<Mutex<T>>,
    // `fn() -> L`: the level is a name, not data, and must not change the auto traits.
    _level: PhantomData<fn() -> L>,
}

impl<T, L: Level> Field<T, L> {
    /// Stores `value` behind a new lock.
    #[inline]
    pub fn new(value: T) -> Self {
        Field {
            shared: Arc::new(Mutex::new(value)),
            _level: PhantomData,
        }
    }

    /// Locks the data, blocking until it is free.
    ///
    /// # Panics
    ///
    /// If the lock is poisoned, naming the struct, the field and the method that takes the
    /// data anyway ([`Field::recover`]).
    #[inline]
    #[track_caller]
    pub fn lock<'a, K: CanLock<L>>(&'a self, _key: &'a mut K) -> (Guard<'a, T>, Key<'a, L>) {
        assert_ordered::<K, L>();
        match self.shared.lock() {
            Ok(guard) => (Guard::new(guard), Key::new()),
            Err(poisoned) => {
                // Release the lock before the panic, so the unwind does not touch it.
                drop(poisoned);
                poisoned_panic::<L>()
            }
        }
    }

    /// Locks the data even if the lock is poisoned, and clears the poison: the data is
    /// handed over as the panicking thread left it.
    #[inline]
    pub fn recover<'a, K: CanLock<L>>(&'a self, _key: &'a mut K) -> (Guard<'a, T>, Key<'a, L>) {
        assert_ordered::<K, L>();
        let guard = self.shared.lock().unwrap_or_else(|poisoned| {
            self.shared.clear_poison();
            poisoned.into_inner()
        });
        (Guard::new(guard), Key::new())
    }
}

/// Fails the build (when the lock call is instantiated) if a key of type `K` locking `L`
/// is out of order by the levels' places, whatever trait impls allowed the call.
#[inline]
fn assert_ordered<K: CanLock<L>, L: Level>() {
    const {
        assert!(
            <K as Sealed<L>>::ORDERED,
            "lock order violated: the trait impls that allowed this lock were not the ones \
             `#[guarded]` generates (is `crate = ...` the real `guarded` crate?)"
        );
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn poisoned_panic<L: Level>() -> ! {
    panic!(
        "`{}.{}` is poisoned: a thread panicked while it held this lock. \
         Call `{}` to take the data as that thread left it (this clears the poison).",
        L::STRUCT,
        L::FIELD,
        L::RECOVER,
    )
}

impl<T, L> Clone for Field<T, L> {
    #[inline]
    fn clone(&self) -> Self {
        Field {
            shared: Arc::clone(&self.shared),
            _level: PhantomData,
        }
    }
}

impl<T: Default, L: Level> Default for Field<T, L> {
    fn default() -> Self {
        Field::new(T::default())
    }
}

/// Prints `..`: showing the data would mean locking it outside the order.
impl<T, L> fmt::Debug for Field<T, L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("..")
    }
}
