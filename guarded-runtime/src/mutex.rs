//! Storage of one guarded mutex field, and what every kind of field shares: the order
//! check at compile time and the shaping of lock outcomes for the poisoning policies.
//!
//! Inlining of the lock methods is chosen by measurement (`scripts/count-instructions`):
//! with the `parking_lot` backend, rustc does not inline them on its own and an
//! uncontended lock then costs about 60 instructions instead of 30, so they are
//! `inline(always)`; with `std` the plain hint does best (forcing it costs 5 more).

use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use crate::backend::{self, ClearPoison, Locked};
use crate::guard::Guard;
use crate::key::Key;
use crate::many::{self, Outcome};
use crate::order::sealed::Sealed;
use crate::order::{CanLock, Level};
use crate::poison::{Busy, Poisoned, Policy};

/// What a blocking lock call of a field at level `L` returns, for the guard `G`: as the
/// field's policy says.
pub type Out<'a, L, G> = <<L as Level>::Policy as Policy>::Out<'a, G>;

/// A guard with the key that comes after `L`: what every lock call hands back.
pub type Keyed<'a, G, L> = (G, Key<'a, L>);

/// What a `try_` lock call returns: what the blocking call would, or `Busy` if the lock
/// was held (`Busy` borrows nothing, so the key is free again once the result has been
/// matched).
pub type TryResult<'a, L, G> = Result<Out<'a, L, G>, Busy>;

/// One `#[guarded]` mutex field: its data in an `Arc` of a mutex, reachable only by the
/// lock methods, which take a key that may lock level `L`.
///
/// Clones share the data. Nothing here hands out the mutex itself.
pub struct Field<T, L> {
    shared: Arc<backend::Mutex<T>>,
    // `fn() -> L`: the level is a name, not data, and must not change the auto traits.
    _level: PhantomData<fn() -> L>,
}

impl<T, L: Level> Field<T, L> {
    /// Stores `value` behind a new lock.
    #[inline]
    pub fn new(value: T) -> Self {
        Field {
            shared: Arc::new(backend::Mutex::new(value)),
            _level: PhantomData,
        }
    }

    /// Locks the data, blocking until it is free; poisoning is handled by the policy.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[track_caller]
    pub fn lock<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> Out<'a, L, (Guard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        L::Policy::on_lock(keyed(
            self.shared.lock(reports::<L>()),
            &*self.shared,
            Guard::new,
        ))
    }

    /// Locks the data if it is free now.
    ///
    /// # Errors
    ///
    /// `Busy` if the lock is held elsewhere. A poisoned lock is handled by the policy, as
    /// for a blocking lock.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[track_caller]
    pub fn try_lock<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> TryResult<'a, L, (Guard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        let attempt = self.shared.try_lock(reports::<L>());
        try_keyed::<_, _, L>(attempt, None, &*self.shared, Guard::new)
    }

    /// Locks the data if it becomes free within `timeout`.
    ///
    /// # Errors
    ///
    /// `Busy` if the lock is held elsewhere. A poisoned lock is handled by the policy, as
    /// for a blocking lock.
    #[track_caller]
    pub fn try_lock_for<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
        timeout: Duration,
    ) -> TryResult<'a, L, (Guard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        let attempt = self.shared.try_lock_for(reports::<L>(), timeout);
        try_keyed::<_, _, L>(attempt, Some(timeout), &*self.shared, Guard::new)
    }

    many::group_calls!(lock_pair, lock_many, locked, Guard, "Locks");

    /// One instance locked, for the calls that lock several.
    #[inline]
    pub(crate) fn locked(&self) -> Outcome<'_, Guard<'_, T>> {
        outcome::<_, _, L>(self.shared.lock(reports::<L>()), &*self.shared, Guard::new)
    }

    /// The identity of the shared state: the same for clones, different for two
    /// instances alive at the same time.
    fn id(&self) -> usize {
        Arc::as_ptr(&self.shared).addr()
    }

    /// Locks the data even if the lock is poisoned, and clears the poison: the data is
    /// handed over as the panicking thread left it.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    pub fn recover<'a, K: CanLock<L>>(&'a self, _key: &'a mut K) -> (Guard<'a, T>, Key<'a, L>) {
        assert_ordered::<K, L>();
        keyed(self.shared.lock(reports::<L>()), &*self.shared, Guard::new)
            .unwrap_or_else(Poisoned::into_inner)
    }
}

/// Whether the policy of `L` reports poisoning.
#[inline]
pub(crate) const fn reports<L: Level>() -> bool {
    <L::Policy as Policy>::REPORTS
}

/// A lock call's outcome as the policies take it: the backend's guard wrapped by `wrap`,
/// paired with the key that comes after `L`, and `Err` if the lock was poisoned.
#[cfg_attr(feature = "parking_lot", inline(always))]
#[cfg_attr(not(feature = "parking_lot"), inline)]
pub(crate) fn keyed<B, G, L: Level>(
    locked: Locked<B>,
    lock: &dyn ClearPoison,
    wrap: impl FnOnce(B) -> G,
) -> Outcome<'_, Keyed<'_, G, L>> {
    outcome::<_, _, L>(locked, lock, |guard| (wrap(guard), Key::new()))
}

/// A lock call's outcome as the policies take it, without a key: the backend's guard
/// wrapped by `wrap`, and `Err` if the lock was poisoned.
#[cfg_attr(feature = "parking_lot", inline(always))]
#[cfg_attr(not(feature = "parking_lot"), inline)]
pub(crate) fn outcome<B, G, L: Level>(
    locked: Locked<B>,
    lock: &dyn ClearPoison,
    wrap: impl FnOnce(B) -> G,
) -> Outcome<'_, G> {
    match locked {
        Ok(guard) => Ok(wrap(guard)),
        Err(guard) => Err(poisoned::<L, _>(wrap(guard), lock)),
    }
}

/// The report of a poisoned lock: cold, so it stays out of the lock's fast path.
#[cold]
fn poisoned<L: Level, G>(locked: G, lock: &dyn ClearPoison) -> Poisoned<'_, G> {
    Poisoned::new::<L>(locked, lock)
}

/// A `try_` lock call's outcome: as [`keyed`] with the policy applied, or `Busy` if the
/// lock was held.
#[cfg_attr(feature = "parking_lot", inline(always))]
#[cfg_attr(not(feature = "parking_lot"), inline)]
#[track_caller]
pub(crate) fn try_keyed<B, G, L: Level>(
    attempt: Option<Locked<B>>,
    waited: Option<Duration>,
    lock: &dyn ClearPoison,
    wrap: impl FnOnce(B) -> G,
) -> TryResult<'_, L, Keyed<'_, G, L>> {
    match attempt {
        Some(locked) => Ok(L::Policy::on_lock(keyed(locked, lock, wrap))),
        None => Err(Busy::new::<L>(waited)),
    }
}

/// Fails the build (when the lock call is instantiated) if a key of type `K` locking `L`
/// is out of order by the levels' places, whatever trait impls allowed the call.
#[inline]
pub(crate) fn assert_ordered<K: CanLock<L>, L: Level>() {
    const {
        assert!(
            <K as Sealed<L>>::ORDERED,
            "lock order violated: the trait impls that allowed this lock were not the ones \
             `#[guarded]` generates (is `crate = ...` the real `guarded` crate?)"
        );
    }
}

/// The impls every locked field's storage has: `Clone` (sharing the lock), `Default` (a
/// new lock around the default value) and `Debug` (printing `..`: showing the data would
/// mean locking it outside the order). The storage has a `shared: Arc<_>` and a
/// `_level: PhantomData` field, and a `new(value)`.
macro_rules! storage_impls {
    ($storage:ident) => {
        impl<T, L> Clone for $storage<T, L> {
            #[inline]
            fn clone(&self) -> Self {
                $storage {
                    shared: ::std::sync::Arc::clone(&self.shared),
                    _level: ::std::marker::PhantomData,
                }
            }
        }

        impl<T: Default, L: $crate::order::Level> Default for $storage<T, L> {
            fn default() -> Self {
                $storage::new(T::default())
            }
        }

        impl<T, L> ::std::fmt::Debug for $storage<T, L> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("..")
            }
        }
    };
}
pub(crate) use storage_impls;

storage_impls!(Field);
