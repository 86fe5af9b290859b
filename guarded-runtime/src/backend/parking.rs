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
use std::sync::atomic::{AtomicU8, Ordering};
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

/// A lock's poisoning, one byte, written only by the thread that holds the lock (its
/// acquire and release order it): [`POISONED`], and [`TAKEN_PANICKING`], which marks a lock
/// taken while its thread was panicking.
///
/// `std` poisons a lock whose guard is dropped during a panic, unless the guard was taken
/// during that panic (by a destructor that runs while unwinding). The mark says which:
/// set when such a lock is taken, it is read and cleared when the lock is released during
/// the panic, and a mark left by a guard released after its panic ended is cleared by the
/// next thread that takes the lock. All of that is off the hot path: taking a lock whose
/// byte is zero on a thread that is not panicking, and releasing it on a thread that is not
/// panicking, test one byte and `thread::panicking()` twice, and write nothing. So a guard
/// carries no state of its own for poisoning, only the lock's address, which its
/// `parking_lot` guard has anyway: a separate `armed` flag in the guard cost a test at
/// every unlock, and a guard kept in memory across a call was stored a byte at a time and
/// read back a word at a time, which stalls store-to-load forwarding (BENCHMARKS.md).
struct PoisonState(AtomicU8);

/// A thread panicked while holding the lock.
const POISONED: u8 = 1;
/// The holder took the lock while its thread was panicking (or did, and has released it
/// since, if the lock is free).
const TAKEN_PANICKING: u8 = 2;

impl PoisonState {
    const fn new() -> Self {
        PoisonState(AtomicU8::new(0))
    }

    /// By a reader (which never poisons, nor marks).
    #[inline(always)]
    fn is_poisoned(&self) -> bool {
        self.0.load(Ordering::Relaxed) & POISONED != 0
    }

    /// By the holder.
    fn clear(&self) {
        let state = self.0.load(Ordering::Relaxed);
        self.0.store(state & !POISONED, Ordering::Relaxed);
    }
}

/// A lock that keeps a [`PoisonState`]: in its raw lock ([`PoisonRaw`]), or beside it (an
/// `RwLock`). A mutex guard holds the raw lock's address, which is the lock's own, so that
/// it needs no second pointer (nor register) for the state.
///
/// The state's hot-path tests and their cold paths are here rather than on the state, so
/// that a cold path is handed the lock's address, which the caller has in a register
/// already, rather than the state's.
trait Poisonable: Sync + 'static {
    fn state(&self) -> &PoisonState;

    /// By the thread that has just taken the lock: whether it is poisoned; marks the lock
    /// if this thread is panicking.
    #[inline(always)]
    fn on_lock(&self) -> bool {
        if self.state().0.load(Ordering::Relaxed) == 0 && !thread::panicking() {
            false
        } else {
            self.on_lock_marked()
        }
    }

    /// `on_lock`'s cold path: the state is not zero, or the thread is panicking.
    #[cold]
    fn on_lock_marked(&self) -> bool {
        self.mark(thread::panicking())
    }

    /// By the holder, just before it releases the lock: poisons it during a panic, unless
    /// it was taken during the panic.
    #[inline(always)]
    fn on_unlock(&self) {
        if thread::panicking() {
            self.on_unlock_panicking();
        }
    }

    /// By the holder, before a condition variable's wait releases the lock: whether it was
    /// taken during a panic (the guard's mark, which the wait must keep).
    #[inline(always)]
    fn taken_panicking(&self) -> bool {
        self.state().0.load(Ordering::Relaxed) & TAKEN_PANICKING != 0
    }

    /// By the holder, when a wait has taken the lock again: whether it is poisoned; puts
    /// back the guard's mark (`taken_panicking`, read before the wait). The guard is the
    /// same one, so whether it was taken during a panic does not change with the wait, as
    /// `std`'s guard keeps its flag: a guard taken before a panic and waiting during its
    /// unwinding poisons the lock when dropped there, and one taken during a panic does
    /// not poison it in a later one, waits or not. (Another thread may have taken and
    /// released the lock during the wait, and left its own mark, or cleared it.)
    #[inline(always)]
    fn on_relock(&self, taken_panicking: bool) -> bool {
        self.mark(taken_panicking)
    }

    /// By the holder: marks the lock as taken during a panic or not, and says whether it
    /// is poisoned.
    #[inline(always)]
    fn mark(&self, taken_panicking: bool) -> bool {
        let state = self.state().0.load(Ordering::Relaxed);
        let marked = if taken_panicking {
            state | TAKEN_PANICKING
        } else {
            state & !TAKEN_PANICKING
        };
        if marked != state {
            self.state().0.store(marked, Ordering::Relaxed);
        }
        state & POISONED != 0
    }

    #[cold]
    fn on_unlock_panicking(&self) {
        let state = self.state().0.load(Ordering::Relaxed);
        let after = if state & TAKEN_PANICKING != 0 {
            state & !TAKEN_PANICKING
        } else {
            state | POISONED
        };
        // Relaxed: the unlock that follows publishes it to the next locker.
        self.state().0.store(after, Ordering::Relaxed);
    }
}

impl Poisonable for PoisonState {
    #[inline(always)]
    fn state(&self) -> &PoisonState {
        self
    }
}

/// Poisons the lock if dropped during a panic (as [`Poisonable::on_unlock`] says). A
/// field of the guards below, declared before the `parking_lot` guard, so that it runs
/// before the unlock. `None` under a policy that does not report poisoning: the whole
/// drop folds away then, and the lock costs what `parking_lot`'s costs.
struct PoisonOnPanic<'a, P: Poisonable = PoisonRaw> {
    lock: Option<&'a P>,
}

impl<'a, P: Poisonable> PoisonOnPanic<'a, P> {
    /// Just after `lock` is taken: the guard's part, and whether the lock is poisoned
    /// (always `false` under a policy that does not report it, and nothing is read then).
    #[inline(always)]
    fn new(lock: &'a P, reports: bool) -> (Self, bool) {
        let poisoned = reports && lock.on_lock();
        (
            PoisonOnPanic {
                lock: reports.then_some(lock),
            },
            poisoned,
        )
    }
}

impl<P: Poisonable> Drop for PoisonOnPanic<'_, P> {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(lock) = self.lock {
            lock.on_unlock();
        }
    }
}

#[inline]
fn outcome<G>(guard: G, poisoned: bool) -> Locked<G> {
    if poisoned { Err(guard) } else { Ok(guard) }
}

/// `parking_lot`'s raw mutex with the poison state beside it: two bytes, so that a
/// `Mutex<u64>` takes 16 bytes, as `std`'s does; a flag outside `parking_lot::Mutex` made it
/// 24 (the flag took a word of padding of its own).
pub struct PoisonRaw {
    raw: parking_lot::RawMutex,
    poisoned: PoisonState,
}

impl Poisonable for PoisonRaw {
    #[inline(always)]
    fn state(&self) -> &PoisonState {
        &self.poisoned
    }
}

// SAFETY: every operation is the inner raw mutex's, which upholds the trait's contract; the
// flag beside it takes no part in locking.
unsafe impl lock_api::RawMutex for PoisonRaw {
    // The value each new lock starts from, never shared.
    #[allow(clippy::declare_interior_mutable_const)]
    const INIT: Self = PoisonRaw {
        raw: <parking_lot::RawMutex as lock_api::RawMutex>::INIT,
        poisoned: PoisonState::new(),
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
    fn raw(&self) -> &PoisonRaw {
        // SAFETY: `raw` is unsafe because the lock could be unlocked through it while a
        // guard holds it; only the poison state beside the lock is touched through this.
        unsafe { self.inner.raw() }
    }

    #[inline(always)]
    fn guard<'a>(
        &'a self,
        inner: lock_api::MutexGuard<'a, PoisonRaw, T>,
        reports: bool,
    ) -> Locked<MutexGuard<'a, T>> {
        let (poison, poisoned) = PoisonOnPanic::new(self.raw(), reports);
        let guard = MutexGuard {
            _poison: poison,
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
        self.raw().poisoned.clear();
    }
}

pub struct WriteGuard<'a, T> {
    _poison: PoisonOnPanic<'a, PoisonState>,
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
    poisoned: PoisonState,
    inner: parking_lot::RwLock<T>,
}

impl<T> RwLock<T> {
    pub fn new(value: T) -> Self {
        RwLock {
            poisoned: PoisonState::new(),
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
        outcome(guard, reports && self.poisoned.is_poisoned())
    }

    #[inline(always)]
    fn writer<'a>(
        &'a self,
        inner: parking_lot::RwLockWriteGuard<'a, T>,
        reports: bool,
    ) -> Locked<WriteGuard<'a, T>> {
        let (poison, poisoned) = PoisonOnPanic::new(&self.poisoned, reports);
        let guard = WriteGuard {
            _poison: poison,
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
        self.poisoned.clear();
    }
}

/// `parking_lot`'s raw condition variable, waiting with a [`PoisonRaw`]: it waits with the
/// `parking_lot` lock inside. As `parking_lot::RawCondvar`, which it delegates to, its waits
/// never return spuriously and its notifications report exactly how many waiters they
/// woke (or moved onto the lock), which `lock_api`'s `RawCondvar` asks an implementation to
/// say.
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

    /// `mutex` is the lock `guard` holds: its poison state is read after the wait, as after
    /// any lock (the wait took the lock again), and the guard's mark (taken during a panic
    /// or not) is the one it had before the wait (`Poisonable::on_relock`).
    pub fn wait<'a, T>(
        &self,
        mutex: &Mutex<T>,
        mut guard: MutexGuard<'a, T>,
        reports: bool,
    ) -> Locked<MutexGuard<'a, T>> {
        let taken_panicking = reports && mutex.raw().taken_panicking();
        self.0.wait(&mut guard.inner);
        let poisoned = reports && mutex.raw().on_relock(taken_panicking);
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
        let taken_panicking = reports && mutex.raw().taken_panicking();
        let timed_out = self.0.wait_for(&mut guard.inner, timeout).timed_out();
        let poisoned = reports && mutex.raw().on_relock(taken_panicking);
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
    use std::panic::{self, AssertUnwindSafe};
    use std::sync::atomic::Ordering;

    use super::{Condvar, Mutex, POISONED, RwLock, TAKEN_PANICKING};

    /// Runs `f` while this thread panics (in a destructor run by an unwinding), catching
    /// the panic.
    fn while_unwinding(f: impl FnOnce()) {
        struct OnDrop<F: FnOnce()>(Option<F>);
        impl<F: FnOnce()> Drop for OnDrop<F> {
            fn drop(&mut self) {
                assert!(std::thread::panicking());
                if let Some(f) = self.0.take() {
                    f();
                }
            }
        }
        let unwound = panic::catch_unwind(AssertUnwindSafe(|| {
            let _f = OnDrop(Some(f));
            panic!("unwinding");
        }));
        assert!(unwound.is_err());
    }

    /// The guard of a lock call that did not report poisoning.
    fn healthy<G>(locked: super::Locked<G>) -> G {
        locked.unwrap_or_else(|_| panic!("reported poisoned"))
    }

    /// The guard of a lock call that reported poisoning.
    fn poisoned<G>(locked: super::Locked<G>) -> G {
        match locked {
            Ok(_) => panic!("not reported poisoned"),
            Err(guard) => guard,
        }
    }

    fn state<T>(mutex: &Mutex<T>) -> u8 {
        mutex.raw().poisoned.0.load(Ordering::Relaxed)
    }

    /// A lock whose policy does not report poisoning (`poison = recover`) never writes its
    /// state: not when a panic drops its guard, nor when it is taken during a panic, nor
    /// in a wait; its lock calls never report it.
    #[test]
    fn a_lock_that_does_not_report_tracks_nothing() {
        let mutex = Mutex::new(0);
        let condvar = Condvar::new();
        let rw = RwLock::new(0);
        let crashed = panic::catch_unwind(AssertUnwindSafe(|| {
            let _m = mutex.lock(false);
            let _w = rw.write(false);
            panic!("holding both");
        }));
        assert!(crashed.is_err());
        assert_eq!(state(&mutex), 0);
        assert_eq!(rw.poisoned.0.load(Ordering::Relaxed), 0);
        while_unwinding(|| {
            let guard = healthy(mutex.lock(false));
            assert_eq!(state(&mutex), 0, "no mark");
            let (guard, timed_out) =
                condvar.wait_for(&mutex, guard, false, std::time::Duration::from_millis(1));
            assert!(timed_out);
            drop(healthy(guard));
            drop(healthy(rw.write(false)));
        });
        assert_eq!(state(&mutex), 0);
        assert_eq!(rw.poisoned.0.load(Ordering::Relaxed), 0);
    }

    /// The state of a lock that reports poisoning, step by step: a guard taken during a
    /// panic marks the lock, its release during the panic clears the mark; a wait keeps
    /// the guard's mark (none for a guard taken before the panic, which then poisons);
    /// clearing the poison keeps a holder's mark; the next locker clears a stale mark.
    #[test]
    fn the_state_byte_step_by_step() {
        let mutex = Mutex::new(0);
        let condvar = Condvar::new();
        let short = std::time::Duration::from_millis(1);
        while_unwinding(|| {
            let guard = healthy(mutex.lock(true));
            assert_eq!(state(&mutex), TAKEN_PANICKING);
            let (guard, _) = condvar.wait_for(&mutex, guard, true, short);
            assert_eq!(state(&mutex), TAKEN_PANICKING, "the wait keeps the mark");
            drop(healthy(guard));
        });
        assert_eq!(
            state(&mutex),
            0,
            "released during the panic: the mark is cleared"
        );
        let guard = healthy(mutex.lock(true));
        let kept = std::cell::Cell::new(Some(guard));
        while_unwinding(|| {
            let guard = kept.take().expect("taken before the panic");
            let (guard, _) = condvar.wait_for(&mutex, guard, true, short);
            assert_eq!(state(&mutex), 0, "no mark: taken before the panic");
            drop(guard);
        });
        assert_eq!(state(&mutex), POISONED);
        let mut later = None;
        while_unwinding(|| {
            let guard = poisoned(mutex.lock(true));
            assert_eq!(state(&mutex), POISONED | TAKEN_PANICKING);
            super::ClearPoison::clear_poison(&mutex);
            assert_eq!(state(&mutex), TAKEN_PANICKING, "clearing keeps the mark");
            later = Some(guard);
        });
        drop(later);
        assert_eq!(
            state(&mutex),
            TAKEN_PANICKING,
            "released after the panic: a stale mark"
        );
        drop(healthy(mutex.lock(true)));
        assert_eq!(state(&mutex), 0, "the next locker cleared it");
    }

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
