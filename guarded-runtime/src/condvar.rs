//! Storage of one `#[guarded(condvar)]` field: a mutex with its condition variable, and
//! the guard that can wait on it. Why only a guard locked with the `ThreadKey` may wait
//! (`CanWait`, `FreeToWaitOn`) is in `order.rs`, "Waiting".

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::time::{Duration, Instant};

use crate::backend::{self, ClearPoison};
use crate::guard::{Guard, LockedData, span_of};
use crate::held::Pending;
use crate::identity::{Identity, Tag};
use crate::key::Key;
use crate::lock_call::{Keyed, Out, TryResult, assert_ordered, keyed, outcome, reports, try_keyed};
use crate::many::{self, Outcome};
use crate::order::{CanLock, CanWait, HeldLevel, Holds, Level};
use crate::poison::{Poisoned, Policy};

struct Shared<T> {
    mutex: backend::Mutex<T>,
    condvar: backend::Condvar,
}

/// One `#[guarded(condvar)]` field: its data behind a mutex, with a condition variable
/// that other threads notify when they change it. Locking works as for any field; the
/// guard can also wait.
pub struct CondvarField<T, L> {
    shared: Shared<T>,
    tag: Tag,
    _level: PhantomData<fn() -> L>,
}

impl<T, L: Level> CondvarField<T, L> {
    /// Stores `value` behind a new lock with its condition variable.
    #[inline]
    pub fn new(value: T) -> Self {
        CondvarField {
            shared: Shared {
                mutex: backend::Mutex::new(value),
                condvar: backend::Condvar::new(),
            },
            tag: Tag::new(),
            _level: PhantomData,
        }
    }

    /// Wraps the backend's guard, with the lock call's mark (see `held.rs`).
    fn wrap<'a, K>(
        &'a self,
        pending: Pending,
    ) -> impl FnOnce(backend::MutexGuard<'a, T>) -> WaitGuard<'a, T, L, K> {
        #[cfg(not(debug_assertions))]
        let _ = pending;
        move |guard| WaitGuard {
            guard,
            shared: &self.shared,
            #[cfg(debug_assertions)]
            mark: pending.fill(),
            _types: PhantomData,
        }
    }

    /// Locks the data, blocking until it is free.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[track_caller]
    pub fn lock<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> Out<'a, L, Keyed<'a, WaitGuard<'a, T, L, K>, L>> {
        assert_ordered::<K, L>();
        let pending = Pending::blocking::<L>(self.id());
        let locked = self.shared.mutex.lock(reports::<L>());
        L::Policy::on_lock(keyed(locked, &self.shared.mutex, self.wrap(pending)))
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
    ) -> TryResult<'a, L, Keyed<'a, WaitGuard<'a, T, L, K>, L>> {
        assert_ordered::<K, L>();
        let id = self.id();
        let pending = Pending::trying(id);
        let attempt = self.shared.mutex.try_lock(reports::<L>());
        try_keyed::<_, _, L>(attempt, None, id, &self.shared.mutex, self.wrap(pending))
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
    ) -> TryResult<'a, L, Keyed<'a, WaitGuard<'a, T, L, K>, L>> {
        assert_ordered::<K, L>();
        let id = self.id();
        let pending = Pending::trying(id);
        let attempt = self.shared.mutex.try_lock_for(reports::<L>(), timeout);
        let wrap = self.wrap(pending);
        try_keyed::<_, _, L>(attempt, Some(timeout), id, &self.shared.mutex, wrap)
    }

    // Plain guards: waiting on one while holding the other would hold a lock while waiting.
    many::group_calls!(lock_pair, lock_many, locked, Guard, "Locks");

    #[inline]
    #[cfg_attr(debug_assertions, track_caller)]
    pub(crate) fn locked(&self) -> Outcome<'_, Guard<'_, T>> {
        let pending = Pending::blocking::<L>(self.id());
        let mutex = &self.shared.mutex;
        outcome::<_, _, L>(mutex.lock(reports::<L>()), mutex, |guard| {
            Guard::new(guard, pending)
        })
    }

    /// The identity of the lock (see `Field`).
    #[inline]
    fn id(&self) -> Identity {
        Identity::of(self, &self.tag)
    }

    /// Locks the data even if the lock is poisoned, and clears the poison.
    #[cfg_attr(feature = "parking_lot", inline(always))]
    #[cfg_attr(not(feature = "parking_lot"), inline)]
    #[cfg_attr(debug_assertions, track_caller)]
    pub fn recover<'a, K: CanLock<L>>(
        &'a self,
        _key: &'a mut K,
    ) -> (WaitGuard<'a, T, L, K>, Key<'a, L>) {
        assert_ordered::<K, L>();
        let pending = Pending::blocking::<L>(self.id());
        let locked = self.shared.mutex.lock(reports::<L>());
        let wrap = self.wrap(pending);
        keyed(locked, &self.shared.mutex, wrap).unwrap_or_else(Poisoned::into_inner)
    }

    /// Wakes one thread waiting on this field, if any. Takes no lock.
    #[inline]
    pub fn notify_one(&self) {
        self.shared.condvar.notify_one();
    }

    /// Wakes every thread waiting on this field. Takes no lock.
    #[inline]
    pub fn notify_all(&self) {
        self.shared.condvar.notify_all();
    }
}

crate::lock_call::storage_impls!(CondvarField);

/// The key a wait takes: the one that locking the waited-on field `L` handed back, proof
/// that no lock was taken after it. Only `Key<'_, L>` is one (sealed); the key of a later
/// lock is refused with this message rather than as a mismatched type.
#[diagnostic::on_unimplemented(
    message = "wait while holding a lock: cannot wait on `{L}` with `{Self}`",
    label = "the key of a lock taken after `{L}`, which is still held",
    note = "a waiting thread keeps its other locks: a notifier that needs one never comes",
    note = "drop the later guard first, and wait with the key that locking `{L}` handed back"
)]
pub trait WaitKey<L>: wait_key::Sealed {}

impl<L> WaitKey<L> for Key<'_, L> {}

mod wait_key {
    pub trait Sealed {}
    impl<L> Sealed for crate::key::Key<'_, L> {}
}

/// The guard of a locked `#[guarded(condvar)]` field: access to the data like
/// [`Guard`], and waiting on the field's condition variable.
///
/// `K` is the key the field was locked with. Waiting needs it to be the thread's
/// [`ThreadKey`](crate::ThreadKey) (no other lock was held when this one was taken), and
/// needs the key this lock handed back (no lock was taken since): a thread waits holding
/// nothing but this lock, so a notifier never waits for a lock the waiter holds.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct WaitGuard<'a, T, L, K> {
    guard: backend::MutexGuard<'a, T>,
    shared: &'a Shared<T>,
    /// This thread holds the lock, waiting or not (debug builds: see `held.rs`).
    #[cfg(debug_assertions)]
    mark: crate::held::Mark,
    _types: Markers<L, K>,
}

/// The level and key types a wait guard carries: names only, with no effect on the auto
/// traits.
type Markers<L, K> = PhantomData<(fn() -> L, fn() -> K)>;

/// A waiting call's outcome before the policy: the guard, and whether the time ran out.
type Waited<'a, G> = Result<(G, bool), Poisoned<'a, (G, bool)>>;

impl<'a, T, L: Level, K> WaitGuard<'a, T, L, K> {
    /// Releases the lock and waits until another thread notifies this field and
    /// `condition` returns `false`, then hands the lock back; returns at once if
    /// `condition` is `false` already. Wake-ups without a notification (which condition
    /// variables may have) are absorbed: `condition` is checked after every wake-up.
    ///
    /// `key` is the key this lock handed back, proof that no lock was taken after this one.
    /// Waiting is allowed only on a field locked with the `ThreadKey` (a compile error
    /// otherwise, naming the lock held).
    ///
    /// # Panics
    ///
    /// Under `poison = panic` (the default), if the lock is poisoned when the wait wakes
    /// up (a thread panicked while holding it).
    ///
    /// With the `tokio` feature, inside a task's `TaskKey::blocking` scope, at once and
    /// whatever `condition` says, after releasing the lock: a wait there would park a
    /// runtime thread that the notifying task may need.
    ///
    /// # Errors
    ///
    /// Under `poison = result`, `Err(Poisoned)` if the lock is poisoned when the wait
    /// wakes up; the wait stops there. Under `poison = recover` the poison is cleared
    /// and the wait goes on.
    #[track_caller]
    // On two lines, so that rustc's "required by this bound" shows both at once.
    #[rustfmt::skip]
    pub fn wait_while(self, key: &mut impl WaitKey<L>, condition: impl FnMut(&mut T) -> bool)
        -> Out<'a, L, Self> where K: CanWait<L>
    {
        assert_root::<K, L>();
        let _ = key;
        let waited = self.wait_until(None, condition);
        L::Policy::on_lock(
            waited
                .map(|(guard, _)| guard)
                .map_err(|p| p.map(|(guard, _)| guard)),
        )
    }

    /// As [`wait_while`](Self::wait_while), but gives up once `timeout` has passed; the
    /// `bool` is `true` if it gave up, with `condition` still `true`.
    ///
    /// # Panics
    ///
    /// As [`wait_while`](Self::wait_while).
    ///
    /// # Errors
    ///
    /// As [`wait_while`](Self::wait_while); the `bool` inside a `Poisoned` says whether
    /// the time had run out when the wait woke up poisoned (the condition is not checked
    /// again then).
    #[track_caller]
    #[rustfmt::skip]
    pub fn wait_timeout_while(self, key: &mut impl WaitKey<L>, timeout: Duration, condition: impl FnMut(&mut T) -> bool)
        -> Out<'a, L, (Self, bool)> where K: CanWait<L>
    {
        assert_root::<K, L>();
        let _ = key;
        // A timeout too long to add to now has no deadline.
        #[cfg(not(feature = "shuttle"))]
        let deadline = Instant::now().checked_add(timeout);
        // Shuttle has no time: a timed wait never times out there (`backend/shuttle.rs`),
        // and the clock's real time must not decide how a model-checked run goes.
        #[cfg(feature = "shuttle")]
        let deadline = {
            let _ = timeout;
            None
        };
        L::Policy::on_lock(self.wait_until(deadline, condition))
    }

    /// Waits until `condition` is `false` or the deadline, if any, passes. A poisoned
    /// wake-up stops the wait when the policy reports poisoning; otherwise the poison is
    /// cleared and the wait goes on. `#[track_caller]`, as the two waits are: a wait's
    /// panic inside a `blocking` scope points at the user's call.
    #[track_caller]
    fn wait_until(
        self,
        deadline: Option<Instant>,
        mut condition: impl FnMut(&mut T) -> bool,
    ) -> Waited<'a, Self> {
        #[cfg(feature = "tokio")]
        if crate::key::lent_to_blocking_scope() {
            // Released first, so that the unwinding does not poison it.
            drop(self);
            wait_in_blocking_scope(L::STRUCT, L::FIELD);
        }
        // The mark stays through the wait: the thread waits, and locks nothing else.
        let WaitGuard {
            mut guard,
            shared,
            #[cfg(debug_assertions)]
            mark,
            ..
        } = self;
        let rebuild = |guard| WaitGuard {
            guard,
            shared,
            #[cfg(debug_assertions)]
            mark,
            _types: PhantomData,
        };
        let mut timed_out = false;
        loop {
            if !condition(&mut guard) {
                return Ok((rebuild(guard), false));
            }
            if timed_out {
                return Ok((rebuild(guard), true));
            }
            let locked = match deadline {
                None => shared.condvar.wait(&shared.mutex, guard, reports::<L>()),
                Some(deadline) => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    let (locked, out) =
                        shared
                            .condvar
                            .wait_for(&shared.mutex, guard, reports::<L>(), left);
                    timed_out = out || left.is_zero();
                    locked
                }
            };
            guard = match locked {
                Ok(guard) => guard,
                Err(guard) if reports::<L>() => {
                    return Err(Poisoned::new::<L>(
                        (rebuild(guard), timed_out),
                        &shared.mutex,
                    ));
                }
                Err(guard) => {
                    shared.mutex.clear_poison();
                    guard
                }
            };
        }
    }
}

/// Fails the build (when the wait is instantiated) if the guard was locked with any key
/// but the `ThreadKey`, whatever trait impls allowed the call.
#[inline]
fn assert_root<K: CanWait<L>, L: Level>() {
    const {
        assert!(
            <<K as Holds>::Held as HeldLevel>::PLACE.is_none(),
            "wait while holding another lock: the trait impls that allowed this wait were \
             not the ones `#[guarded]` generates (is `crate = ...` the real `guarded` crate?)"
        );
    }
}

/// The panic of a wait inside a task's `blocking` scope: it would park a runtime thread
/// until notified, while the task that would notify may need that very thread (a
/// current-thread runtime has only it), so the wait could never end.
///
/// At run time, not compile time: the scope's key would need a type that locks but does
/// not wait, and since a generic helper bounded by `CanWait<L>` must accept every key that
/// meets it, that type would have to fail `CanWait` itself, whose message ("wait while
/// holding a lock") does not fit it (`#[diagnostic::on_unimplemented]` has one message
/// per trait).
#[cfg(feature = "tokio")]
#[cold]
#[inline(never)]
#[track_caller]
fn wait_in_blocking_scope(structure: &str, field: &str) -> ! {
    panic!(
        "`{structure}.{field}`: a wait inside `TaskKey::blocking` would park this runtime \
         thread until notified, and the task that would notify may need this very thread. \
         Wait on an `async_condvar` field instead, or in `tokio::task::spawn_blocking` with \
         that thread's own `ThreadKey`. (The lock was released.)"
    )
}

impl<T, L, K> LockedData for WaitGuard<'_, T, L, K> {
    #[inline]
    fn locked_data(&self) -> (usize, usize) {
        span_of::<T>(&self.guard)
    }
}

impl<T, L, K> Deref for WaitGuard<'_, T, L, K> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.guard
    }
}

impl<T, L, K> DerefMut for WaitGuard<'_, T, L, K> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.guard
    }
}

impl<T: fmt::Debug, L, K> fmt::Debug for WaitGuard<'_, T, L, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: fmt::Display, L, K> fmt::Display for WaitGuard<'_, T, L, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    static_assertions::assert_not_impl_any!(
        super::WaitGuard<'static, u8, (), crate::ThreadKey>: Send, Clone
    );

    /// Release builds add nothing to the backend's guard but the reference to the condition
    /// variable: no mark, no check.
    #[cfg(not(debug_assertions))]
    #[test]
    fn release_wait_guard_is_the_backend_guard() {
        use std::mem::size_of;

        assert_eq!(
            size_of::<super::WaitGuard<'static, u64, (), crate::ThreadKey>>(),
            size_of::<crate::backend::MutexGuard<'static, u64>>() + size_of::<&()>()
        );
    }
}
