//! Storage of one mutex field (a field without a kind option): its data in a mutex, opened
//! only by lock calls that take a key. The storage sits in its instance's one shared
//! allocation (the generated struct's `Arc`), which clones share. What its lock calls
//! share with the other kinds' (return types, outcome shaping, the build-time order check,
//! the storage impls) is in `lock_call.rs`; how the bound of its lock calls refuses a lock out of order
//! (`K: CanLock<L>` here, and `impl comes_before_<field>` on the generated methods that
//! call them) is walked through in `order.rs`.
//!
//! Inlining of the lock methods is chosen by measurement (`scripts/count-instructions`):
//! with the `parking_lot` backend, rustc does not inline them on its own and an
//! uncontended lock then costs about 60 instructions instead of 30, so they are
//! `inline(always)`; with `std` the plain hint does best (forcing it costs 5 more). The
//! other kinds' lock calls and the helpers in `lock_call.rs` follow the same rule.

use std::marker::PhantomData;
use std::time::Duration;

use crate::backend;
use crate::guard::Guard;
use crate::held::Pending;
use crate::identity::{Identity, Tag};
use crate::key::Key;
use crate::lock_call::{Out, TryResult, assert_ordered, keyed, outcome, reports, try_keyed};
use crate::many::{self, Outcome};
use crate::order::{CanLock, Level};
use crate::poison::{Poisoned, Policy};

/// One `#[guarded]` mutex field: its data in a mutex, reachable only by the lock methods,
/// which take a key that may lock level `L`.
///
/// Not `Clone`: a struct's clones share its one allocation, which holds this storage.
/// Nothing here hands out the mutex itself.
pub struct Field<T, L> {
    shared: backend::Mutex<T>,
    tag: Tag,
    // `fn() -> L`: the level is a name, not data, and must not change the auto traits.
    _level: PhantomData<fn() -> L>,
}

impl<T, L: Level> Field<T, L> {
    /// Stores `value` behind a new lock.
    #[inline]
    pub fn new(value: T) -> Self {
        Field {
            shared: backend::Mutex::new(value),
            tag: Tag::new(),
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
        let pending = Pending::blocking::<L>(self.id());
        L::Policy::on_lock(keyed(
            self.shared.lock(reports::<L>()),
            &self.shared,
            |guard| Guard::new(guard, pending),
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
        let id = self.id();
        let pending = Pending::trying(id);
        let attempt = self.shared.try_lock(reports::<L>());
        try_keyed::<_, _, L>(attempt, None, id, &self.shared, |guard| {
            Guard::new(guard, pending)
        })
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
        let id = self.id();
        let pending = Pending::trying(id);
        let attempt = self.shared.try_lock_for(reports::<L>(), timeout);
        try_keyed::<_, _, L>(attempt, Some(timeout), id, &self.shared, |guard| {
            Guard::new(guard, pending)
        })
    }

    many::group_calls!(lock_pair, lock_many, locked, Guard, "Locks");

    /// One instance locked, for the calls that lock several.
    #[inline]
    #[cfg_attr(debug_assertions, track_caller)]
    pub(crate) fn locked(&self) -> Outcome<'_, Guard<'_, T>> {
        let pending = Pending::blocking::<L>(self.id());
        outcome::<_, _, L>(self.shared.lock(reports::<L>()), &self.shared, |guard| {
            Guard::new(guard, pending)
        })
    }

    /// The identity of the lock (`identity.rs`): the same for clones of the struct, which
    /// share this storage, different for two instances alive at the same time.
    #[inline]
    fn id(&self) -> Identity {
        Identity::of(self, &self.tag)
    }

    /// Locks the data even if the lock is poisoned, and clears the poison: the data is
    /// handed over as the panicking thread left it.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[cfg_attr(debug_assertions, track_caller)]
    pub fn recover<'a, K: CanLock<L>>(&'a self, _key: &'a mut K) -> (Guard<'a, T>, Key<'a, L>) {
        assert_ordered::<K, L>();
        let pending = Pending::blocking::<L>(self.id());
        keyed(self.shared.lock(reports::<L>()), &self.shared, |guard| {
            Guard::new(guard, pending)
        })
        .unwrap_or_else(Poisoned::into_inner)
    }
}

crate::lock_call::storage_impls!(Field);
