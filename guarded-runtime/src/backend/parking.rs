//! The `parking_lot` backend. `parking_lot` has no poisoning, so a lock whose policy
//! reports it carries its own flag, set by a write guard dropped during a panic, as `std`
//! does. A lock whose policy does not report poisoning never reads or writes the flag.
//!
//! A mutex's flag sits in its raw lock ([`PoisonRaw`], through `lock_api`, which
//! `parking_lot` is built on), so that it takes no word of its own; the condition variable
//! ([`PoisonCondvar`]) waits with the `parking_lot` raw mutex inside it. An `RwLock`'s raw
//! lock is a word already, and its flag beside it costs what `std`'s does.

use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use parking_lot::lock_api;

use super::{ClearPoison, Locked};

/// Keeps a guard on the thread that locked it, whatever features `parking_lot` is built
/// with: its `send_guard` feature (which any crate in a build can turn on) makes its own
/// guards `Send`, and a guard sent to another thread would let that thread, with a fresh
/// `ThreadKey`, take locks after it (or wait on a condition variable) while holding it.
/// `std`'s `MutexGuard` is never `Send`, and is `Sync`, as a guard should be.
type StaysOnItsThread = PhantomData<std::sync::MutexGuard<'static, ()>>;

pub struct ReadGuard<'a, T> {
    inner: parking_lot::RwLockReadGuard<'a, T>,
    _thread: StaysOnItsThread,
}

impl<T> Deref for ReadGuard<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.inner
    }
}

/// Sets the poison flag if dropped during a panic that started after the lock was taken
/// (as `std` does). A field of the guards below, declared before the `parking_lot` guard,
/// so that it runs before the unlock.
///
/// One word, and nothing to test at the unlock but `thread::panicking()`: `None` under a
/// policy that does not report poisoning (the whole drop folds away then), the lock's flag
/// if the thread was not panicking when it locked, and [`UNARMED`] if it was (a flag
/// nobody reads). A separate `armed: bool` cost a test at every unlock, and a guard kept
/// in memory across a call was stored a byte at a time and read back a word at a time,
/// which stalls store-to-load forwarding (BENCHMARKS.md).
struct PoisonOnPanic<'a> {
    flag: Option<&'a AtomicBool>,
}

/// The flag a guard taken during a panic sets when it is dropped during that panic: such a
/// guard does not poison its lock (as with `std`), and nothing reads this one.
static UNARMED: AtomicBool = AtomicBool::new(false);

impl<'a> PoisonOnPanic<'a> {
    #[inline(always)]
    fn new(flag: &'a AtomicBool, reports: bool) -> Self {
        PoisonOnPanic {
            flag: reports.then(|| if thread::panicking() { &UNARMED } else { flag }),
        }
    }
}

impl Drop for PoisonOnPanic<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(flag) = self.flag
            && thread::panicking()
        {
            // Relaxed: the unlock that follows publishes it to the next locker.
            flag.store(true, Ordering::Relaxed);
        }
    }
}

/// Whether `flag` says poisoned; never read under a policy that does not report it.
#[inline]
fn poisoned(flag: &AtomicBool, reports: bool) -> bool {
    reports && flag.load(Ordering::Relaxed)
}

#[inline]
fn outcome<G>(guard: G, poisoned: bool) -> Locked<G> {
    if poisoned { Err(guard) } else { Ok(guard) }
}

/// `parking_lot`'s raw mutex with the poison flag beside it: two bytes, so that a
/// `Mutex<u64>` takes 16 bytes, as `std`'s does; a flag outside `parking_lot::Mutex` made it
/// 24 (the flag took a word of padding of its own). The flag is read and written only by
/// the thread that holds the lock: the lock's acquire and release order it.
pub struct PoisonRaw {
    raw: parking_lot::RawMutex,
    poisoned: AtomicBool,
}

// SAFETY: every operation is the inner raw mutex's, which upholds the trait's contract; the
// flag beside it takes no part in locking.
unsafe impl lock_api::RawMutex for PoisonRaw {
    // The value each new lock starts from, never shared.
    #[allow(clippy::declare_interior_mutable_const)]
    const INIT: Self = PoisonRaw {
        raw: <parking_lot::RawMutex as lock_api::RawMutex>::INIT,
        poisoned: AtomicBool::new(false),
    };

    type Guard = <parking_lot::RawMutex as lock_api::RawMutex>::Guard;

    #[inline]
    fn lock(&self) -> Self::Guard {
        self.raw.lock()
    }

    #[inline]
    fn try_lock(&self) -> Option<Self::Guard> {
        self.raw.try_lock()
    }

    #[inline]
    unsafe fn unlock(&self, guard: Self::Guard) {
        // SAFETY: the caller holds this lock, so it holds the inner one, with its state.
        unsafe { self.raw.unlock(guard) }
    }

    #[inline]
    fn is_locked(&self) -> bool {
        self.raw.is_locked()
    }
}

// SAFETY: as for `RawMutex`: the inner raw mutex's timed operations.
unsafe impl lock_api::RawMutexTimed for PoisonRaw {
    type Duration = Duration;
    type Instant = Instant;

    #[inline]
    fn try_lock_for(&self, timeout: Duration) -> Option<Self::Guard> {
        self.raw.try_lock_for(timeout)
    }

    #[inline]
    fn try_lock_until(&self, timeout: Instant) -> Option<Self::Guard> {
        self.raw.try_lock_until(timeout)
    }
}

pub struct MutexGuard<'a, T> {
    // Field order is drop order: the flag is set before the unlock.
    _poison: PoisonOnPanic<'a>,
    inner: lock_api::MutexGuard<'a, PoisonRaw, T>,
    _thread: StaysOnItsThread,
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

pub struct Mutex<T> {
    inner: lock_api::Mutex<PoisonRaw, T>,
}

impl<T> Mutex<T> {
    pub fn new(value: T) -> Self {
        Mutex {
            inner: lock_api::Mutex::new(value),
        }
    }

    #[inline(always)]
    fn flag(&self) -> &AtomicBool {
        // SAFETY: `raw` is unsafe because the lock could be unlocked through it while a
        // guard holds it; only the flag beside the lock is touched here.
        unsafe { &self.inner.raw().poisoned }
    }

    #[inline(always)]
    fn guard<'a>(
        &'a self,
        inner: lock_api::MutexGuard<'a, PoisonRaw, T>,
        reports: bool,
    ) -> Locked<MutexGuard<'a, T>> {
        // The flag first: read before the guard is made, it needs no register across it.
        let poisoned = poisoned(self.flag(), reports);
        let guard = MutexGuard {
            _poison: PoisonOnPanic::new(self.flag(), reports),
            inner,
            _thread: PhantomData,
        };
        outcome(guard, poisoned)
    }

    #[inline(always)]
    pub fn lock(&self, reports: bool) -> Locked<MutexGuard<'_, T>> {
        self.guard(self.inner.lock(), reports)
    }

    #[inline(always)]
    pub fn try_lock(&self, reports: bool) -> Option<Locked<MutexGuard<'_, T>>> {
        Some(self.guard(self.inner.try_lock()?, reports))
    }

    pub fn try_lock_for(
        &self,
        reports: bool,
        timeout: Duration,
    ) -> Option<Locked<MutexGuard<'_, T>>> {
        Some(self.guard(self.inner.try_lock_for(timeout)?, reports))
    }
}

impl<T> ClearPoison for Mutex<T> {
    fn clear_poison(&self) {
        self.flag().store(false, Ordering::Relaxed);
    }
}

pub struct WriteGuard<'a, T> {
    _poison: PoisonOnPanic<'a>,
    inner: parking_lot::RwLockWriteGuard<'a, T>,
    _thread: StaysOnItsThread,
}

impl<T> Deref for WriteGuard<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> DerefMut for WriteGuard<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

pub struct RwLock<T> {
    poisoned: AtomicBool,
    inner: parking_lot::RwLock<T>,
}

impl<T> RwLock<T> {
    pub fn new(value: T) -> Self {
        RwLock {
            poisoned: AtomicBool::new(false),
            inner: parking_lot::RwLock::new(value),
        }
    }

    #[inline(always)]
    fn reader<'a>(
        &'a self,
        inner: parking_lot::RwLockReadGuard<'a, T>,
        reports: bool,
    ) -> Locked<ReadGuard<'a, T>> {
        let guard = ReadGuard {
            inner,
            _thread: PhantomData,
        };
        outcome(guard, poisoned(&self.poisoned, reports))
    }

    #[inline(always)]
    fn writer<'a>(
        &'a self,
        inner: parking_lot::RwLockWriteGuard<'a, T>,
        reports: bool,
    ) -> Locked<WriteGuard<'a, T>> {
        let poisoned = poisoned(&self.poisoned, reports);
        let guard = WriteGuard {
            _poison: PoisonOnPanic::new(&self.poisoned, reports),
            inner,
            _thread: PhantomData,
        };
        outcome(guard, poisoned)
    }

    #[inline(always)]
    pub fn read(&self, reports: bool) -> Locked<ReadGuard<'_, T>> {
        self.reader(self.inner.read(), reports)
    }

    #[inline(always)]
    pub fn write(&self, reports: bool) -> Locked<WriteGuard<'_, T>> {
        self.writer(self.inner.write(), reports)
    }

    #[inline(always)]
    pub fn try_read(&self, reports: bool) -> Option<Locked<ReadGuard<'_, T>>> {
        Some(self.reader(self.inner.try_read()?, reports))
    }

    #[inline(always)]
    pub fn try_write(&self, reports: bool) -> Option<Locked<WriteGuard<'_, T>>> {
        Some(self.writer(self.inner.try_write()?, reports))
    }

    pub fn try_read_for(
        &self,
        reports: bool,
        timeout: Duration,
    ) -> Option<Locked<ReadGuard<'_, T>>> {
        Some(self.reader(self.inner.try_read_for(timeout)?, reports))
    }

    pub fn try_write_for(
        &self,
        reports: bool,
        timeout: Duration,
    ) -> Option<Locked<WriteGuard<'_, T>>> {
        Some(self.writer(self.inner.try_write_for(timeout)?, reports))
    }
}

// As `std`'s locks are: a panic while a lock is held poisons it (under the policies that
// report poisoning), so the data is not silently seen half-updated. The same auto traits
// on both backends keep a struct's auto traits from changing with the feature.
impl<T> std::panic::UnwindSafe for Mutex<T> {}
impl<T> std::panic::RefUnwindSafe for Mutex<T> {}
impl<T> std::panic::UnwindSafe for RwLock<T> {}
impl<T> std::panic::RefUnwindSafe for RwLock<T> {}

impl<T> ClearPoison for RwLock<T> {
    fn clear_poison(&self) {
        self.poisoned.store(false, Ordering::Relaxed);
    }
}

/// `parking_lot`'s raw condition variable, waiting with a [`PoisonRaw`]: it waits with the
/// `parking_lot` lock inside.
pub struct PoisonCondvar(parking_lot::RawCondvar);

// SAFETY: every operation is the inner raw condition variable's, given the inner raw mutex
// of the `PoisonRaw` the caller holds (holding the `PoisonRaw` is holding that mutex, with
// the same guard state).
unsafe impl lock_api::RawCondvar for PoisonCondvar {
    // The value each new condition variable starts from, never shared.
    #[allow(clippy::declare_interior_mutable_const)]
    const INIT: Self = PoisonCondvar(<parking_lot::RawCondvar as lock_api::RawCondvar>::INIT);

    type RawMutex = PoisonRaw;

    unsafe fn wait(&self, mutex: &PoisonRaw, guard: &mut <PoisonRaw as lock_api::RawMutex>::Guard) {
        // SAFETY: the caller holds `mutex` with `guard` (the trait's contract).
        unsafe { self.0.wait(&mutex.raw, guard) }
    }

    fn notify_one(&self) -> bool {
        self.0.notify_one()
    }

    fn notify_all(&self) -> usize {
        self.0.notify_all()
    }
}

// SAFETY: as for `RawCondvar`: the inner raw condition variable's timed waits.
unsafe impl lock_api::RawCondvarTimed for PoisonCondvar {
    fn checked_duration_to_instant(timeout: &Duration) -> Option<Instant> {
        parking_lot::RawCondvar::checked_duration_to_instant(timeout)
    }

    unsafe fn wait_until(
        &self,
        mutex: &PoisonRaw,
        guard: &mut <PoisonRaw as lock_api::RawMutex>::Guard,
        timeout: &Instant,
    ) -> bool {
        // SAFETY: as in `wait`.
        unsafe { self.0.wait_until(&mutex.raw, guard, timeout) }
    }

    unsafe fn wait_for(
        &self,
        mutex: &PoisonRaw,
        guard: &mut <PoisonRaw as lock_api::RawMutex>::Guard,
        timeout: &Duration,
    ) -> bool {
        // SAFETY: as in `wait`.
        unsafe { self.0.wait_for(&mutex.raw, guard, timeout) }
    }
}

pub struct Condvar(lock_api::Condvar<PoisonCondvar>);

impl Condvar {
    pub fn new() -> Self {
        Condvar(lock_api::Condvar::new())
    }

    /// `mutex` is the lock `guard` holds: its poison flag is read after the wait.
    pub fn wait<'a, T>(
        &self,
        mutex: &Mutex<T>,
        mut guard: MutexGuard<'a, T>,
        reports: bool,
    ) -> Locked<MutexGuard<'a, T>> {
        self.0.wait(&mut guard.inner);
        let poisoned = poisoned(mutex.flag(), reports);
        outcome(guard, poisoned)
    }

    /// Also returns whether the time ran out.
    pub fn wait_for<'a, T>(
        &self,
        mutex: &Mutex<T>,
        mut guard: MutexGuard<'a, T>,
        reports: bool,
        timeout: Duration,
    ) -> (Locked<MutexGuard<'a, T>>, bool) {
        let timed_out = self.0.wait_for(&mut guard.inner, timeout).timed_out();
        let poisoned = poisoned(mutex.flag(), reports);
        (outcome(guard, poisoned), timed_out)
    }

    pub fn notify_one(&self) {
        self.0.notify_one();
    }

    pub fn notify_all(&self) {
        self.0.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use std::mem::size_of;

    /// The poison flag shares the raw lock's word: a field costs what a `std` mutex costs
    /// (issue 15: the flag outside `parking_lot::Mutex` made a `u64` field 24 bytes).
    #[test]
    fn a_mutex_is_as_small_as_stds() {
        assert_eq!(size_of::<super::PoisonRaw>(), 2);
        assert_eq!(
            size_of::<super::Mutex<u64>>(),
            size_of::<std::sync::Mutex<u64>>()
        );
        assert_eq!(size_of::<super::Mutex<u64>>(), 16);
        assert_eq!(size_of::<super::Mutex<u8>>(), 3);
    }
}
