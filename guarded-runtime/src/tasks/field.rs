//! Storage of `#[guarded(async)]` and `#[guarded(async_rw)]` fields, over `tokio::sync`'s
//! `Mutex` and `RwLock`, and the guards their futures resolve to.

use std::future::Future;
use std::marker::PhantomData;

use tokio::sync;

use super::key::AsyncKey;
use super::order::AsyncLockKey;
use crate::many::{self, SameInstance};
use crate::order::Level;
use crate::poison::Busy;

/// Locks the instances `fields` one by one with `lock`, in the order of their identities,
/// and hands the guards back in argument order: as `many::many`, for futures.
pub(crate) async fn lock_sorted<'a, S, G, L: Level, F: Future<Output = G>>(
    fields: Vec<&'a S>,
    id: impl Fn(&S) -> usize,
    lock: impl Fn(&'a S) -> F,
) -> Result<Vec<G>, SameInstance> {
    // (identity, argument position), in lock order.
    let mut order: Vec<(usize, usize)> = fields
        .iter()
        .enumerate()
        .map(|(position, field)| (id(field), position))
        .collect();
    order.sort_unstable();
    if order.windows(2).any(|w| w[0].0 == w[1].0) {
        let (first, second) = many::first_repeat(&fields, &id);
        return Err(many::same::<L>(first, second));
    }
    let mut guards: Vec<Option<G>> = fields.iter().map(|_| None).collect();
    for &(_, position) in &order {
        guards[position] = Some(lock(fields[position]).await);
    }
    // Every position was locked above, so nothing is dropped here.
    Ok(guards.into_iter().flatten().collect())
}

/// The calls that lock a field of several instances, for an async storage type whose
/// `$one(&self)` is a future locking one instance and `id(&self)` gives its identity.
macro_rules! async_group_calls {
    ($pair:ident, $many:ident, $one:ident, $guard:ident, $verb:literal) => {
        #[doc = concat!(
            $verb, " this field of two instances, in an order that does not depend on the \
             order of the arguments; the guards come back in argument order.\n\n\
             # Errors\n\n`SameInstance` if `a` and `b` share their locks; nothing is \
             locked then.\n\n# Panics\n\nWhen polled by a task that `key` does not serve (checked when the future starts \
             and when it has the lock)."
        )]
        pub fn $pair<'a, K: ?Sized + $crate::tasks::AsyncLockKey<L>>(
            a: &'a Self,
            b: &'a Self,
            key: &'a mut K,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ($guard<'a, T>, $guard<'a, T>, $crate::tasks::AsyncKey<'a, L>),
                $crate::many::SameInstance,
            >,
        > + 'a {
            let owner = $crate::tasks::order::sealed::CheckedOwner::checked_owner(key);
            async move {
                owner.check();
                let (id_a, id_b) = (a.id(), b.id());
                if id_a == id_b {
                    return Err($crate::many::same::<L>(0, 1));
                }
                let (guard_a, guard_b) = if id_a < id_b {
                    let guard_a = a.$one().await;
                    (guard_a, b.$one().await)
                } else {
                    let guard_b = b.$one().await;
                    (a.$one().await, guard_b)
                };
                owner.check();
                Ok((guard_a, guard_b, $crate::tasks::AsyncKey::new(owner)))
            }
        }

        #[doc = concat!(
            "As `", stringify!($pair), "`, for any number of instances: this field of \
             each, as `field` finds it in an instance.\n\n# Errors\n\n\
             `SameInstance` if two of them share their locks; nothing is locked then.\n\n\
             # Panics\n\nWhen polled by a task that `key` does not serve (checked when the future starts \
             and when it has the lock)."
        )]
        pub fn $many<'a, S: 'a, K: ?Sized + $crate::tasks::AsyncLockKey<L>>(
            instances: impl IntoIterator<Item = &'a S>,
            field: impl FnMut(&'a S) -> &'a Self,
            key: &'a mut K,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                (Vec<$guard<'a, T>>, $crate::tasks::AsyncKey<'a, L>),
                $crate::many::SameInstance,
            >,
        > + 'a
        where
            T: 'a,
        {
            let owner = $crate::tasks::order::sealed::CheckedOwner::checked_owner(key);
            // Collected now, so that the future holds only references to the fields (and
            // is `Send` whenever they are `Sync`), not the iterator or the closure.
            let fields: Vec<&'a Self> = instances.into_iter().map(field).collect();
            async move {
                owner.check();
                let guards =
                    $crate::tasks::field::lock_sorted::<_, _, L, _>(fields, Self::id, Self::$one)
                        .await?;
                owner.check();
                Ok((guards, $crate::tasks::AsyncKey::new(owner)))
            }
        }
    };
}
pub(crate) use async_group_calls;

/// One `#[guarded(async)]` field: its data in a `tokio::sync::Mutex`, reachable
/// only by the lock methods, which take a task key that may lock level `L`. Never
/// poisoned. The struct's clones share it, in their one shared allocation.
pub struct AsyncField<T, L> {
    shared: sync::Mutex<T>,
    _level: PhantomData<fn() -> L>,
}

impl<T, L: Level> AsyncField<T, L> {
    /// Stores `value` behind a new async mutex.
    #[inline]
    pub fn new(value: T) -> Self {
        AsyncField {
            shared: sync::Mutex::new(value),
            _level: PhantomData,
        }
    }

    /// Locks the data: the future resolves once no other task holds it. It borrows `key`
    /// until it resolves or is dropped.
    ///
    /// # Panics
    ///
    /// When polled by a task that `key` does not serve (checked when the future starts
    /// and when it has the lock).
    pub fn lock<'a, K: ?Sized + AsyncLockKey<L>>(
        &'a self,
        key: &'a mut K,
    ) -> impl Future<Output = (AsyncGuard<'a, T>, AsyncKey<'a, L>)> + 'a {
        let owner = key.checked_owner();
        async move {
            owner.check();
            let guard = self.shared.lock().await;
            owner.check();
            (AsyncGuard::new(guard), AsyncKey::new(owner))
        }
    }

    /// Locks the data if no other task holds it now; never waits.
    ///
    /// # Errors
    ///
    /// `Busy` if another task holds it.
    ///
    /// # Panics
    ///
    /// If called by a task that `key` does not serve.
    #[track_caller]
    pub fn try_lock<'a, K: ?Sized + AsyncLockKey<L>>(
        &'a self,
        key: &'a mut K,
    ) -> Result<(AsyncGuard<'a, T>, AsyncKey<'a, L>), Busy> {
        let owner = key.checked_owner();
        owner.check();
        match self.shared.try_lock() {
            Ok(guard) => Ok((AsyncGuard::new(guard), AsyncKey::new(owner))),
            Err(_) => Err(Busy::new::<L>(None, false)),
        }
    }

    async_group_calls!(lock_pair, lock_many, locked, AsyncGuard, "Locks");

    /// One instance locked, for the calls that lock several.
    async fn locked(&self) -> AsyncGuard<'_, T> {
        AsyncGuard::new(self.shared.lock().await)
    }

    /// The identity of the lock: its address (see `Field`). Async locks are not in the
    /// leaked-guard check, so they have no tag.
    fn id(&self) -> usize {
        std::ptr::from_ref(self).addr()
    }
}

crate::lock_call::storage_impls!(AsyncField);

/// One `#[guarded(async_rw)]` field: its data in a `tokio::sync::RwLock`.
/// Reading and writing both take a task key that may lock level `L` and hand back the key
/// after `L`, as for a blocking `rw` field. Never poisoned.
pub struct AsyncRwField<T, L> {
    shared: sync::RwLock<T>,
    _level: PhantomData<fn() -> L>,
}

impl<T, L: Level> AsyncRwField<T, L> {
    /// Stores `value` behind a new async reader-writer lock.
    #[inline]
    pub fn new(value: T) -> Self {
        AsyncRwField {
            shared: sync::RwLock::new(value),
            _level: PhantomData,
        }
    }

    /// Read-locks the data: the future resolves once no writer holds it (tokio's lock is
    /// fair: a queued writer goes first).
    ///
    /// # Panics
    ///
    /// When polled by a task that `key` does not serve (checked when the future starts
    /// and when it has the lock).
    pub fn read<'a, K: ?Sized + AsyncLockKey<L>>(
        &'a self,
        key: &'a mut K,
    ) -> impl Future<Output = (AsyncReadGuard<'a, T>, AsyncKey<'a, L>)> + 'a {
        let owner = key.checked_owner();
        async move {
            owner.check();
            let guard = self.shared.read().await;
            owner.check();
            (AsyncReadGuard::new(guard), AsyncKey::new(owner))
        }
    }

    /// Write-locks the data: the future resolves once no task reads or writes it.
    ///
    /// # Panics
    ///
    /// When polled by a task that `key` does not serve (checked when the future starts
    /// and when it has the lock).
    pub fn write<'a, K: ?Sized + AsyncLockKey<L>>(
        &'a self,
        key: &'a mut K,
    ) -> impl Future<Output = (AsyncWriteGuard<'a, T>, AsyncKey<'a, L>)> + 'a {
        let owner = key.checked_owner();
        async move {
            owner.check();
            let guard = self.shared.write().await;
            owner.check();
            (AsyncWriteGuard::new(guard), AsyncKey::new(owner))
        }
    }

    /// Read-locks the data if no writer holds it now; never waits.
    ///
    /// # Errors
    ///
    /// `Busy` if a writer holds it.
    ///
    /// # Panics
    ///
    /// If called by a task that `key` does not serve.
    #[track_caller]
    pub fn try_read<'a, K: ?Sized + AsyncLockKey<L>>(
        &'a self,
        key: &'a mut K,
    ) -> Result<(AsyncReadGuard<'a, T>, AsyncKey<'a, L>), Busy> {
        let owner = key.checked_owner();
        owner.check();
        match self.shared.try_read() {
            Ok(guard) => Ok((AsyncReadGuard::new(guard), AsyncKey::new(owner))),
            Err(_) => Err(Busy::new::<L>(None, false)),
        }
    }

    /// Write-locks the data if nobody holds it now; never waits.
    ///
    /// # Errors
    ///
    /// `Busy` if another task reads or writes it.
    ///
    /// # Panics
    ///
    /// If called by a task that `key` does not serve.
    #[track_caller]
    pub fn try_write<'a, K: ?Sized + AsyncLockKey<L>>(
        &'a self,
        key: &'a mut K,
    ) -> Result<(AsyncWriteGuard<'a, T>, AsyncKey<'a, L>), Busy> {
        let owner = key.checked_owner();
        owner.check();
        match self.shared.try_write() {
            Ok(guard) => Ok((AsyncWriteGuard::new(guard), AsyncKey::new(owner))),
            Err(_) => Err(Busy::new::<L>(None, false)),
        }
    }

    async_group_calls!(read_pair, read_many, read_one, AsyncReadGuard, "Read-locks");
    async_group_calls!(
        write_pair,
        write_many,
        write_one,
        AsyncWriteGuard,
        "Write-locks"
    );

    async fn read_one(&self) -> AsyncReadGuard<'_, T> {
        AsyncReadGuard::new(self.shared.read().await)
    }

    async fn write_one(&self) -> AsyncWriteGuard<'_, T> {
        AsyncWriteGuard::new(self.shared.write().await)
    }

    /// The identity of the lock: its address (see `Field`). Async locks are not in the
    /// leaked-guard check, so they have no tag.
    fn id(&self) -> usize {
        std::ptr::from_ref(self).addr()
    }
}

crate::lock_call::storage_impls!(AsyncRwField);

/// Access to a locked async field's data; the lock is released when the guard is dropped.
///
/// It may be held across `.await`, and is `Send` whenever tokio's own guard is (`T:
/// Send`). It borrows the key it was locked with, so no key that could lock the same
/// field again is usable while it lives.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct AsyncGuard<'a, T> {
    inner: sync::MutexGuard<'a, T>,
}

/// Shared access to a read-locked `#[guarded(async_rw)]` field. It borrows the key it was
/// locked with, so this task cannot read or write the same field again while it lives.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct AsyncReadGuard<'a, T> {
    inner: sync::RwLockReadGuard<'a, T>,
}

/// Exclusive access to a write-locked `#[guarded(async_rw)]` field.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct AsyncWriteGuard<'a, T> {
    inner: sync::RwLockWriteGuard<'a, T>,
}

/// As `guard::guard_impls`, for tokio's guards: made from tokio's guard, and
/// `guard::access_impls!`.
macro_rules! async_guard_impls {
    ($name:ident($inner:ident) $(, $mutable:ident)?) => {
        impl<'a, T> $name<'a, T> {
            #[inline]
            pub(crate) fn new(inner: sync::$inner<'a, T>) -> Self {
                $name { inner }
            }
        }

        $crate::guard::access_impls!($name $(, $mutable)?);
    };
}

async_guard_impls!(AsyncGuard(MutexGuard), DerefMut);
async_guard_impls!(AsyncReadGuard(RwLockReadGuard));
async_guard_impls!(AsyncWriteGuard(RwLockWriteGuard), DerefMut);
