//! Storage of one `#[guarded(async_condvar)]` field: a `tokio::sync::Mutex` with a
//! `tokio::sync::Notify`, and the guard that can wait on it.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::pin::pin;

use tokio::sync;

use super::field::{AsyncGuard, async_group_calls};
use super::key::AsyncKey;
use super::order::{AsyncWaitLockKey, CanWaitAsync, assert_root};
use crate::order::Level;
use crate::poison::Busy;

struct Shared<T> {
    mutex: sync::Mutex<T>,
    notify: sync::Notify,
}

/// One `#[guarded(async_condvar)]` field: its data behind an async mutex, with a `Notify`
/// that other tasks (or threads) notify when they change it. Locking works as for an
/// `#[guarded(async)]` field; the guard can also wait. Never poisoned.
pub struct AsyncCondvarField<T, L> {
    shared: Shared<T>,
    _level: PhantomData<fn() -> L>,
}

impl<T, L: Level> AsyncCondvarField<T, L> {
    /// Stores `value` behind a new async mutex with its `Notify`.
    #[inline]
    pub fn new(value: T) -> Self {
        AsyncCondvarField {
            shared: Shared {
                mutex: sync::Mutex::new(value),
                notify: sync::Notify::new(),
            },
            _level: PhantomData,
        }
    }

    /// Locks the data: the future resolves once no other task holds it.
    ///
    /// # Panics
    ///
    /// When polled by a task that `key` does not serve.
    pub fn lock<'a, K: ?Sized + AsyncWaitLockKey<L>>(
        &'a self,
        key: &'a mut K,
    ) -> impl Future<Output = Locked<'a, T, L, K::Key>> + 'a {
        let owner = key.checked_owner();
        async move {
            owner.check();
            let guard = self.shared.mutex.lock().await;
            owner.check();
            (self.wrap(guard), AsyncKey::new(owner))
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
    pub fn try_lock<'a, K: ?Sized + AsyncWaitLockKey<L>>(
        &'a self,
        key: &'a mut K,
    ) -> Result<Locked<'a, T, L, K::Key>, Busy> {
        let owner = key.checked_owner();
        owner.check();
        match self.shared.mutex.try_lock() {
            Ok(guard) => Ok((self.wrap(guard), AsyncKey::new(owner))),
            Err(_) => Err(Busy::new::<L>(None, false)),
        }
    }

    fn wrap<'a, K>(&'a self, guard: sync::MutexGuard<'a, T>) -> AsyncWaitGuard<'a, T, L, K> {
        AsyncWaitGuard {
            guard,
            shared: &self.shared,
            _types: PhantomData,
        }
    }

    // Plain guards: waiting on one while holding the other would hold a lock while waiting.
    async_group_calls!(lock_pair, lock_many, locked, AsyncGuard, "Locks");

    async fn locked(&self) -> AsyncGuard<'_, T> {
        AsyncGuard::new(self.shared.mutex.lock().await)
    }

    /// The identity of the lock: its address (see `Field`). Async locks are not in the
    /// leaked-guard check, so they have no tag.
    fn id(&self) -> usize {
        std::ptr::from_ref(self).addr()
    }

    /// Wakes one task waiting on this field; if none waits, the next wait wakes at once
    /// (and checks its condition). Takes no lock and no key.
    #[inline]
    pub fn notify_one(&self) {
        self.shared.notify.notify_one();
    }

    /// Wakes every task waiting on this field now. Takes no lock and no key.
    #[inline]
    pub fn notify_all(&self) {
        self.shared.notify.notify_waiters();
    }
}

crate::lock_call::storage_impls!(AsyncCondvarField);

/// The guard of a locked `#[guarded(async_condvar)]` field: access to the data like
/// [`AsyncGuard`], and waiting until another task notifies the field.
///
/// `K` is the key the field was locked with. Waiting needs it to be the task's
/// [`TaskKey`](super::TaskKey) (no other lock was held when this one was taken), and needs
/// the key this lock handed back (no lock was taken since): a waiting task holds no lock,
/// so the task that would notify it is never stuck behind it.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct AsyncWaitGuard<'a, T, L, K> {
    guard: sync::MutexGuard<'a, T>,
    shared: &'a Shared<T>,
    _types: Markers<L, K>,
}

/// What a lock call resolves to: the guard that can wait, and the key after `L`.
type Locked<'a, T, L, K> = (AsyncWaitGuard<'a, T, L, K>, AsyncKey<'a, L>);

/// The level and key types a wait guard carries: names only, with no effect on the auto
/// traits.
type Markers<L, K> = PhantomData<(fn() -> L, fn() -> K)>;

impl<T, L: Level, K> AsyncWaitGuard<'_, T, L, K> {
    /// Releases the lock and waits until another task notifies this field and
    /// `condition` returns `false`, then resolves with the lock held again; resolves at
    /// once if `condition` is `false` already. `condition` is checked after every
    /// wake-up, so a notification meant for another waiter costs only a check.
    ///
    /// No notification is missed: the wait is registered before the lock is released, so
    /// a `notify_one` made by a task that locks the field after this release wakes this
    /// task (or, if it was dropped meanwhile, is passed on to another waiter by tokio).
    ///
    /// `key` is the key this lock handed back, proof that no lock was taken after this
    /// one. Waiting is allowed only on a field locked with the `TaskKey` (a compile error
    /// otherwise, naming the lock held).
    ///
    /// Dropping the future while it waits leaves the field unlocked; dropping it after it
    /// relocked releases the lock.
    ///
    /// # Panics
    ///
    /// When polled by a task that `key` does not serve.
    pub async fn wait_while(
        self,
        key: &mut AsyncKey<'_, L>,
        mut condition: impl FnMut(&mut T) -> bool,
    ) -> Self
    where
        K: CanWaitAsync<L>,
    {
        assert_root::<K, L>();
        let owner = key.owner();
        owner.check();
        let AsyncWaitGuard {
            mut guard, shared, ..
        } = self;
        loop {
            if !condition(&mut guard) {
                return AsyncWaitGuard {
                    guard,
                    shared,
                    _types: PhantomData,
                };
            }
            let mut notified = pin!(shared.notify.notified());
            // Registered as a waiter while the lock is still held.
            notified.as_mut().enable();
            drop(guard);
            notified.await;
            guard = shared.mutex.lock().await;
            owner.check();
        }
    }
}

impl<T, L, K> Deref for AsyncWaitGuard<'_, T, L, K> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.guard
    }
}

impl<T, L, K> DerefMut for AsyncWaitGuard<'_, T, L, K> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.guard
    }
}

impl<T: fmt::Debug, L, K> fmt::Debug for AsyncWaitGuard<'_, T, L, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: fmt::Display, L, K> fmt::Display for AsyncWaitGuard<'_, T, L, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}
