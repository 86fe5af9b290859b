//! Storage of one `#[guarded(rw)]` field: a reader-writer lock.

use std::marker::PhantomData;
use std::time::Duration;

use crate::backend;
use crate::guard::{ReadGuard, WriteGuard};
use crate::held::Pending;
use crate::identity::{Identity, Tag};
use crate::key::Key;
use crate::lock_call::{Out, TryResult, assert_ordered, keyed, outcome, reports, try_keyed};
use crate::many::{self, Outcome};
use crate::order::{CanLock, Level};
use crate::poison::{Poisoned, Policy};

/// One `#[guarded(rw)]` field: its data in a reader-writer lock (in its instance's one
/// shared allocation, as for `Field`). Reading and writing both take a key that may lock
/// level `L`, and hand back the key after `L`: a field that this thread reads is held like
/// any other, so it cannot be read or written again before the guard is dropped.
pub struct RwField<T, L> {
    shared: backend::RwLock<T>,
    tag: Tag,
    _level: PhantomData<fn() -> L>,
}

impl<T, L: Level> RwField<T, L> {
    /// Stores `value` behind a new reader-writer lock.
    #[inline]
    pub fn new(value: T) -> Self {
        RwField {
            shared: backend::RwLock::new(value),
            tag: Tag::new(),
            _level: PhantomData,
        }
    }

    /// Read-locks the data, blocking while a writer holds it.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[track_caller]
    pub fn read<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> Out<'a, L, (ReadGuard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        let pending = Pending::blocking::<L>(self.id());
        let locked = self.shared.read(reports::<L>());
        L::Policy::on_lock(keyed(locked, &self.shared, |guard| {
            ReadGuard::new(guard, pending)
        }))
    }

    /// Write-locks the data, blocking while anyone holds it.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[track_caller]
    pub fn write<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> Out<'a, L, (WriteGuard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        let pending = Pending::blocking::<L>(self.id());
        let locked = self.shared.write(reports::<L>());
        L::Policy::on_lock(keyed(locked, &self.shared, |guard| {
            WriteGuard::new(guard, pending)
        }))
    }

    /// Read-locks the data if no writer holds it now.
    ///
    /// # Errors
    ///
    /// `Busy` if the lock is held elsewhere. A poisoned lock is handled by the policy, as
    /// for a blocking lock.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[track_caller]
    pub fn try_read<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> TryResult<'a, L, (ReadGuard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        let id = self.id();
        let pending = Pending::trying(id);
        let attempt = self.shared.try_read(reports::<L>());
        try_keyed::<_, _, L>(attempt, None, id, &self.shared, |guard| {
            ReadGuard::new(guard, pending)
        })
    }

    /// Write-locks the data if nobody holds it now.
    ///
    /// # Errors
    ///
    /// `Busy` if the lock is held elsewhere. A poisoned lock is handled by the policy, as
    /// for a blocking lock.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[track_caller]
    pub fn try_write<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> TryResult<'a, L, (WriteGuard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        let id = self.id();
        let pending = Pending::trying(id);
        let attempt = self.shared.try_write(reports::<L>());
        try_keyed::<_, _, L>(attempt, None, id, &self.shared, |guard| {
            WriteGuard::new(guard, pending)
        })
    }

    /// Read-locks the data if no writer holds it within `timeout`.
    ///
    /// # Errors
    ///
    /// `Busy` if the lock is held elsewhere. A poisoned lock is handled by the policy, as
    /// for a blocking lock.
    #[track_caller]
    pub fn try_read_for<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
        timeout: Duration,
    ) -> TryResult<'a, L, (ReadGuard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        let id = self.id();
        let pending = Pending::trying(id);
        let attempt = self.shared.try_read_for(reports::<L>(), timeout);
        try_keyed::<_, _, L>(attempt, Some(timeout), id, &self.shared, |guard| {
            ReadGuard::new(guard, pending)
        })
    }

    /// Write-locks the data if nobody holds it within `timeout`.
    ///
    /// # Errors
    ///
    /// `Busy` if the lock is held elsewhere. A poisoned lock is handled by the policy, as
    /// for a blocking lock.
    #[track_caller]
    pub fn try_write_for<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
        timeout: Duration,
    ) -> TryResult<'a, L, (WriteGuard<'a, T>, Key<'a, L>)> {
        assert_ordered::<K, L>();
        let id = self.id();
        let pending = Pending::trying(id);
        let attempt = self.shared.try_write_for(reports::<L>(), timeout);
        try_keyed::<_, _, L>(attempt, Some(timeout), id, &self.shared, |guard| {
            WriteGuard::new(guard, pending)
        })
    }

    many::group_calls!(read_pair, read_many, read_one, ReadGuard, "Read-locks");
    many::group_calls!(write_pair, write_many, write_one, WriteGuard, "Write-locks");

    #[inline]
    #[cfg_attr(debug_assertions, track_caller)]
    pub(crate) fn read_one(&self) -> Outcome<'_, ReadGuard<'_, T>> {
        let pending = Pending::blocking::<L>(self.id());
        outcome::<_, _, L>(self.shared.read(reports::<L>()), &self.shared, |guard| {
            ReadGuard::new(guard, pending)
        })
    }

    #[inline]
    #[cfg_attr(debug_assertions, track_caller)]
    pub(crate) fn write_one(&self) -> Outcome<'_, WriteGuard<'_, T>> {
        let pending = Pending::blocking::<L>(self.id());
        outcome::<_, _, L>(self.shared.write(reports::<L>()), &self.shared, |guard| {
            WriteGuard::new(guard, pending)
        })
    }

    /// The identity of the lock (see `Field`).
    #[inline]
    fn id(&self) -> Identity {
        Identity::of(self, &self.tag)
    }

    /// Write-locks the data even if the lock is poisoned, and clears the poison.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[cfg_attr(debug_assertions, track_caller)]
    pub fn recover<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> (WriteGuard<'a, T>, Key<'a, L>) {
        assert_ordered::<K, L>();
        let pending = Pending::blocking::<L>(self.id());
        keyed(self.shared.write(reports::<L>()), &self.shared, |guard| {
            WriteGuard::new(guard, pending)
        })
        .unwrap_or_else(Poisoned::into_inner)
    }
}

crate::lock_call::storage_impls!(RwField);
