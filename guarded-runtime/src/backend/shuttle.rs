//! The `shuttle` backend (the `shuttle` feature): `shuttle::sync`'s locks and condition
//! variable, so that a `shuttle::check_*` test explores the interleavings of the threads
//! that lock `#[guarded]` fields, and reports a deadlock with a replayable schedule.
//!
//! Its locks poison as `std`'s do, whatever the policy; but shuttle fails a test on any
//! panic in a model thread, caught or not, so the poisoning policies are only ever tested
//! on real threads. Shuttle does not model time: a timed lock or wait never times out, it
//! waits as its untimed form does (`*_for` return `Some`, `wait_for` says "not timed out").
//! A test that relies on a timeout to make progress is reported as a deadlock.
//!
//! Not from here: `snapshot` fields stay arc-swap's `ArcSwap`, which never blocks, so they
//! are correct under shuttle, but shuttle switches threads only at its own primitives and
//! explores no interleaving inside a load or a store. The async kinds and `TaskKey` (the
//! `tokio` feature) stay tokio's, which shuttle does not model.
//!
//! Outside a shuttle test, every lock call panics (shuttle's "Are you accessing a Shuttle
//! primitive outside of a Shuttle test?"): the feature is for test builds only.

use std::marker::PhantomData;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::{PoisonError, TryLockError};
use std::time::Duration;

use shuttle::sync;

use super::{ClearPoison, Locked};

pub type MutexGuard<'a, T> = sync::MutexGuard<'a, T>;
pub type ReadGuard<'a, T> = sync::RwLockReadGuard<'a, T>;
pub type WriteGuard<'a, T> = sync::RwLockWriteGuard<'a, T>;

/// Gives a lock `std`'s auto traits for the same `T`: shuttle's `RwLock<T>` is `Sync` for
/// any `T: Send` (where `std` asks `T: Send + Sync`, since readers share `&T`), and a
/// struct's auto traits must not change with the backend.
type AsStd<L> = PhantomData<L>;

fn attempt<G>(result: sync::TryLockResult<G>) -> Option<Locked<G>> {
    match result {
        Ok(guard) => Some(Ok(guard)),
        Err(TryLockError::Poisoned(poisoned)) => Some(Err(poisoned.into_inner())),
        Err(TryLockError::WouldBlock) => None,
    }
}

pub struct Mutex<T>(sync::Mutex<T>, AsStd<std::sync::Mutex<T>>);

impl<T> Mutex<T> {
    pub fn new(value: T) -> Self {
        Mutex(sync::Mutex::new(value), PhantomData)
    }

    #[inline]
    pub fn lock(&self, _reports: bool) -> Locked<MutexGuard<'_, T>> {
        self.0.lock().map_err(PoisonError::into_inner)
    }

    #[inline]
    pub fn try_lock(&self, _reports: bool) -> Option<Locked<MutexGuard<'_, T>>> {
        attempt(self.0.try_lock())
    }

    /// Never times out: shuttle has no time (see the module's docs).
    #[allow(clippy::unnecessary_wraps)] // the backends' common signature
    pub fn try_lock_for(
        &self,
        reports: bool,
        _timeout: Duration,
    ) -> Option<Locked<MutexGuard<'_, T>>> {
        Some(self.lock(reports))
    }
}

impl<T> ClearPoison for Mutex<T> {
    fn clear_poison(&self) {
        self.0.clear_poison();
    }
}

pub struct RwLock<T>(sync::RwLock<T>, AsStd<std::sync::RwLock<T>>);

impl<T> RwLock<T> {
    pub fn new(value: T) -> Self {
        RwLock(sync::RwLock::new(value), PhantomData)
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

    /// Never times out: shuttle has no time (see the module's docs).
    #[allow(clippy::unnecessary_wraps)] // the backends' common signature
    pub fn try_read_for(
        &self,
        reports: bool,
        _timeout: Duration,
    ) -> Option<Locked<ReadGuard<'_, T>>> {
        Some(self.read(reports))
    }

    /// Never times out: shuttle has no time (see the module's docs).
    #[allow(clippy::unnecessary_wraps)] // the backends' common signature
    pub fn try_write_for(
        &self,
        reports: bool,
        _timeout: Duration,
    ) -> Option<Locked<WriteGuard<'_, T>>> {
        Some(self.write(reports))
    }
}

impl<T> ClearPoison for RwLock<T> {
    fn clear_poison(&self) {
        self.0.clear_poison();
    }
}

pub struct Condvar(sync::Condvar);

// As `std`'s `Condvar` is. Shuttle's lacks them only for the `RefCell` of its waiters,
// which it keeps consistent when a waiting model thread unwinds; nothing observes the data
// through a condition variable.
impl UnwindSafe for Condvar {}
impl RefUnwindSafe for Condvar {}

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

    /// Also returns whether the time ran out: never, in shuttle (it waits as `wait` does).
    pub fn wait_for<'a, T>(
        &self,
        mutex: &Mutex<T>,
        guard: MutexGuard<'a, T>,
        reports: bool,
        _timeout: Duration,
    ) -> (Locked<MutexGuard<'a, T>>, bool) {
        (self.wait(mutex, guard, reports), false)
    }

    pub fn notify_one(&self) {
        self.0.notify_one();
    }

    pub fn notify_all(&self) {
        self.0.notify_all();
    }
}
