//! The `std::sync` backend. `std` tracks poisoning itself, whatever the policy.

use std::sync::{self, PoisonError, TryLockError};
use std::time::Duration;

use super::{ClearPoison, Locked, poll_for};

pub type MutexGuard<'a, T> = sync::MutexGuard<'a, T>;
pub type ReadGuard<'a, T> = sync::RwLockReadGuard<'a, T>;
pub type WriteGuard<'a, T> = sync::RwLockWriteGuard<'a, T>;

fn attempt<G>(result: sync::TryLockResult<G>) -> Option<Locked<G>> {
    match result {
        Ok(guard) => Some(Ok(guard)),
        Err(TryLockError::Poisoned(poisoned)) => Some(Err(poisoned.into_inner())),
        Err(TryLockError::WouldBlock) => None,
    }
}

pub struct Mutex<T>(sync::Mutex<T>);

impl<T> Mutex<T> {
    pub fn new(value: T) -> Self {
        Mutex(sync::Mutex::new(value))
    }

    #[inline]
    pub fn lock(&self, _reports: bool) -> Locked<MutexGuard<'_, T>> {
        self.0.lock().map_err(PoisonError::into_inner)
    }

    #[inline]
    pub fn try_lock(&self, _reports: bool) -> Option<Locked<MutexGuard<'_, T>>> {
        attempt(self.0.try_lock())
    }

    pub fn try_lock_for(
        &self,
        reports: bool,
        timeout: Duration,
    ) -> Option<Locked<MutexGuard<'_, T>>> {
        poll_for(timeout, || self.try_lock(reports))
    }
}

impl<T> ClearPoison for Mutex<T> {
    // Inline: `recover`'s poisoned path is then a store, not a call (a call there costs
    // the fast path a register).
    #[inline]
    fn clear_poison(&self) {
        self.0.clear_poison();
    }
}

pub struct RwLock<T>(sync::RwLock<T>);

impl<T> RwLock<T> {
    pub fn new(value: T) -> Self {
        RwLock(sync::RwLock::new(value))
    }

    #[inline]
    pub fn read(&self, _reports: bool) -> Locked<ReadGuard<'_, T>> {
        self.0.read().map_err(PoisonError::into_inner)
    }

    #[inline]
    pub fn write(&self, _reports: bool) -> Locked<WriteGuard<'_, T>> {
        self.0.write().map_err(PoisonError::into_inner)
    }

    #[inline]
    pub fn try_read(&self, _reports: bool) -> Option<Locked<ReadGuard<'_, T>>> {
        attempt(self.0.try_read())
    }

    #[inline]
    pub fn try_write(&self, _reports: bool) -> Option<Locked<WriteGuard<'_, T>>> {
        attempt(self.0.try_write())
    }

    pub fn try_read_for(
        &self,
        reports: bool,
        timeout: Duration,
    ) -> Option<Locked<ReadGuard<'_, T>>> {
        poll_for(timeout, || self.try_read(reports))
    }

    pub fn try_write_for(
        &self,
        reports: bool,
        timeout: Duration,
    ) -> Option<Locked<WriteGuard<'_, T>>> {
        poll_for(timeout, || self.try_write(reports))
    }
}

impl<T> ClearPoison for RwLock<T> {
    #[inline]
    fn clear_poison(&self) {
        self.0.clear_poison();
    }
}

pub struct Condvar(sync::Condvar);

impl Condvar {
    pub fn new() -> Self {
        Condvar(sync::Condvar::new())
    }

    pub fn wait<'a, T>(
        &self,
        _mutex: &Mutex<T>,
        guard: MutexGuard<'a, T>,
        _reports: bool,
    ) -> Locked<MutexGuard<'a, T>> {
        self.0.wait(guard).map_err(PoisonError::into_inner)
    }

    /// Also returns whether the time ran out.
    pub fn wait_for<'a, T>(
        &self,
        _mutex: &Mutex<T>,
        guard: MutexGuard<'a, T>,
        _reports: bool,
        timeout: Duration,
    ) -> (Locked<MutexGuard<'a, T>>, bool) {
        match self.0.wait_timeout(guard, timeout) {
            Ok((guard, result)) => (Ok(guard), result.timed_out()),
            Err(poisoned) => {
                let (guard, result) = poisoned.into_inner();
                (Err(guard), result.timed_out())
            }
        }
    }

    pub fn notify_one(&self) {
        self.0.notify_one();
    }

    pub fn notify_all(&self) {
        self.0.notify_all();
    }
}
