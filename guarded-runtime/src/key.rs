//! Keys: the per-thread root [`ThreadKey`] and the [`Key`] each lock hands back.

use std::cell::Cell;
use std::error::Error;
use std::fmt;
use std::marker::PhantomData;
use std::panic::Location;

/// What holds this thread's slot: the `ThreadKey`, or (with the `tokio` feature) a task's
/// `blocking` scope, which lends the closure a `ThreadKey` for its duration.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum SlotHolder {
    ThreadKey,
    #[cfg(feature = "tokio")]
    Blocking,
}

// Shuttle's thread-locals with the `shuttle` feature: one slot per model thread.
crate::backend::thread_local! {
    /// Where this thread's live `ThreadKey` was taken (and by what), or `None` while it has
    /// none. With the `tokio` feature, a `TaskKey` taken outside any task is this thread's
    /// root too; it is recorded beside this slot (`tasks::key`), and every `get` checks both.
    static KEY_TAKEN_AT: Cell<Option<(&'static Location<'static>, SlotHolder)>> =
        const { Cell::new(None) };
}

/// Takes this thread's slot for `holder` at `here`, or says who holds it.
pub(crate) fn take_slot(
    here: &'static Location<'static>,
    holder: SlotHolder,
) -> Result<(), KeyInUse> {
    KEY_TAKEN_AT.with(|slot| {
        if let Some((taken_at, by)) = slot.get() {
            return Err(KeyInUse::new(taken_at, Held::from(by)));
        }
        slot.set(Some((here, holder)));
        Ok(())
    })
}

/// Whether this thread's key is lent to a task's `blocking` scope now.
#[cfg(feature = "tokio")]
pub(crate) fn lent_to_blocking_scope() -> bool {
    KEY_TAKEN_AT
        .try_with(|taken_at| matches!(taken_at.get(), Some((_, SlotHolder::Blocking))))
        .unwrap_or(false)
}

/// Who holds this thread's slot, if anyone, as a `KeyInUse` to report.
#[cfg(feature = "tokio")]
pub(crate) fn slot_holder() -> Option<KeyInUse> {
    KEY_TAKEN_AT
        .with(Cell::get)
        .map(|(taken_at, by)| KeyInUse::new(taken_at, Held::from(by)))
}

/// Makes a type neither `Send` nor `Sync`: keys belong to the thread that made them.
type NotSendOrSync = PhantomData<*mut ()>;

/// The root of a thread's locking: holding it means this thread holds no guarded lock.
///
/// There is exactly one per thread at a time. [`ThreadKey::get`] hands it out, and returns
/// `Err(`[`KeyInUse`]`)` while this thread's key is alive; the error says where that key
/// was taken. Once the key is dropped, `get` hands out a new one. A `ThreadKey` cannot be
/// sent to or shared with another thread, cloned, defaulted or built in any other way.
///
/// Every `lock_<field>` method takes `&mut` of a key. Lending the `ThreadKey` allows any
/// field to be locked; the returned [`Key`] allows only the fields after it.
///
/// Take the key once, at the top of the thread's work, and lend it (`&mut key`) to the
/// functions that lock: a helper takes `&mut impl CanLock<..>` (or `&mut ThreadKey` if it
/// waits on a condition variable) rather than calling `get` itself, which fails while its
/// caller's key is alive. The same goes for thread pools: a rayon closure may run on a
/// worker thread whose key is alive in an outer closure, so take the key in the innermost
/// closure, and drop it before starting nested parallel work.
///
/// ```
/// use guarded::ThreadKey;
///
/// let key = ThreadKey::get().expect("first key of this thread");
/// let in_use = ThreadKey::get().expect_err("one key per thread");
/// assert_eq!(in_use.taken_at().line(), line!() - 2, "it says where the live key was taken");
/// drop(key);
/// assert!(ThreadKey::get().is_ok(), "available again once dropped");
/// ```
pub struct ThreadKey {
    _thread_bound: NotSendOrSync,
}

impl ThreadKey {
    /// Takes this thread's key. `get` is `#[track_caller]`: the thread remembers this call's
    /// place (file, line and column) for as long as the key lives.
    ///
    /// # Errors
    ///
    /// [`KeyInUse`] if this thread's key is alive already. It names the place where that
    /// key was taken, and says what to do instead.
    #[must_use = "the key is given back as soon as it is dropped"]
    #[track_caller]
    pub fn get() -> Result<ThreadKey, KeyInUse> {
        let here = Location::caller();
        // With `tokio`: a `TaskKey` taken outside any task is this thread's root too, and a
        // task that holds a `TaskKey` reaches blocking fields through `blocking` only.
        #[cfg(feature = "tokio")]
        crate::tasks::key::thread_key_allowed()?;
        take_slot(here, SlotHolder::ThreadKey)?;
        // The key is built only once the slot is taken: one built and dropped on the `Err`
        // path would mark the thread's key as free.
        Ok(ThreadKey::in_taken_slot())
    }

    /// The key of a slot just taken (by `get`, or by a task's `blocking` scope): dropping
    /// it frees the slot.
    pub(crate) fn in_taken_slot() -> ThreadKey {
        ThreadKey {
            _thread_bound: PhantomData,
        }
    }
}

impl Drop for ThreadKey {
    fn drop(&mut self) {
        // `try_with` rather than `with`, defensively: `KEY_TAKEN_AT` has no destructor, so
        // it is reachable even from other thread-locals' destructors today.
        let _ = KEY_TAKEN_AT.try_with(|taken_at| taken_at.set(None));
    }
}

impl fmt::Debug for ThreadKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ThreadKey")
    }
}

/// Why [`ThreadKey::get`] gave no key: this thread's key is alive, taken at
/// [`taken_at`](KeyInUse::taken_at).
///
/// A thread has one key at a time. The usual causes are a helper that calls
/// `ThreadKey::get()` while its caller holds the key (pass `&mut key` down instead: the
/// helper takes `&mut impl CanLock<..>` or `&mut ThreadKey`), and nested parallel work
/// (a rayon closure may run on a worker thread whose key is alive in an outer closure:
/// drop the outer key before the nested `par_iter`). Its `Display` and `Debug` say both,
/// so `ThreadKey::get().unwrap()` and `.expect(..)` print them:
///
/// ```text
/// this thread's ThreadKey is still alive (taken at src/main.rs:12:19); a thread has one key at a time.
/// Pass `&mut key` down to the helper that needs it (helpers take `&mut impl CanLock<..>` or `&mut ThreadKey`),
/// or drop the outer key before nested parallel work (a rayon closure may run on a thread whose key is alive).
/// ```
///
/// With the `tokio` feature it is also what `TaskKey::get` and the `blocking` scopes
/// return: the live key may then be this task's `TaskKey`, a `TaskKey` taken outside any
/// task (this thread's root, like the `ThreadKey`), or this thread's `ThreadKey` lent to
/// a `blocking` scope, and the message says which.
///
/// It holds only that place: it is plain data (`Send`, `Sync`, `Copy`), and grants nothing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct KeyInUse {
    taken_at: &'static Location<'static>,
    held: Held,
}

/// Which live key refused the request.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Held {
    /// This thread's `ThreadKey`.
    ThreadKey,
    /// This thread's `ThreadKey`, lent to a `blocking` scope.
    #[cfg(feature = "tokio")]
    Blocking,
    /// This thread's `ThreadKey`, refusing a `TaskKey` (to this thread's own async code, or
    /// to a task that runs on this thread).
    #[cfg(feature = "tokio")]
    ThreadKeyRefusingTaskKey,
    /// A `TaskKey` taken outside any task: this thread's root.
    #[cfg(feature = "tokio")]
    ThreadTaskKey,
    /// This task's `TaskKey`.
    #[cfg(feature = "tokio")]
    TaskKey,
}

impl From<SlotHolder> for Held {
    fn from(holder: SlotHolder) -> Held {
        match holder {
            SlotHolder::ThreadKey => Held::ThreadKey,
            #[cfg(feature = "tokio")]
            SlotHolder::Blocking => Held::Blocking,
        }
    }
}

impl KeyInUse {
    pub(crate) fn new(taken_at: &'static Location<'static>, held: Held) -> KeyInUse {
        KeyInUse { taken_at, held }
    }

    /// Where this thread's (or, with `tokio`, this task's) live key was taken: the call of
    /// [`ThreadKey::get`] that returned it (or of `TaskKey::get`, or of the `blocking`
    /// call that lent it).
    pub fn taken_at(&self) -> &'static Location<'static> {
        self.taken_at
    }

    /// The same refusal, of a `TaskKey`: a live `ThreadKey` then says so, and what to do in
    /// async code, rather than what a thread's helpers do.
    #[cfg(feature = "tokio")]
    pub(crate) fn of_task_key(self) -> KeyInUse {
        match self.held {
            Held::ThreadKey => KeyInUse {
                held: Held::ThreadKeyRefusingTaskKey,
                ..self
            },
            _ => self,
        }
    }

    /// Which live key refused the request.
    #[cfg(all(test, feature = "tokio"))]
    pub(crate) fn held(&self) -> Held {
        self.held
    }
}

impl fmt::Display for KeyInUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.taken_at;
        match self.held {
            Held::ThreadKey => write!(
                f,
                "this thread's ThreadKey is still alive (taken at {at}); a thread has one key at a time.\n\
                 Pass `&mut key` down to the helper that needs it (helpers take `&mut impl CanLock<..>` \
                 or `&mut ThreadKey`),\n\
                 or drop the outer key before nested parallel work (a rayon closure may run on a \
                 thread whose key is alive)."
            )?,
            #[cfg(feature = "tokio")]
            Held::Blocking => write!(
                f,
                "this thread's ThreadKey is lent to a `blocking` scope (entered at {at}); a thread \
                 has one key at a time.\n\
                 Inside the scope, use the key it lends (`|key| ..`) instead of taking another."
            )?,
            #[cfg(feature = "tokio")]
            Held::ThreadKeyRefusingTaskKey => write!(
                f,
                "this thread's ThreadKey is still alive (taken at {at}); while it lives, no \
                 TaskKey is handed out on this thread, neither to its own async code nor to a \
                 task that runs on it (as every task of a current-thread runtime does): a \
                 thread has one root key at a time.\n\
                 Drop the ThreadKey before taking a TaskKey (never hold it across an \
                 `.await`), or take only the TaskKey and lock blocking fields with \
                 `key.blocking(|key| ..)`."
            )?,
            #[cfg(feature = "tokio")]
            Held::ThreadTaskKey => write!(
                f,
                "this thread's TaskKey is still alive (taken at {at}, outside any tokio task: in \
                 the body of `block_on`, `#[tokio::main]` or `#[tokio::test]`, where it is this \
                 thread's root key); a thread has one root key at a time.\n\
                 Pass `&mut key` down to the future that needs it (helpers take \
                 `&mut impl CanLockAsync<..>` or `&mut TaskKey`),\n\
                 and lock blocking fields with `key.blocking(|key| ..)`."
            )?,
            #[cfg(feature = "tokio")]
            Held::TaskKey => write!(
                f,
                "this task's TaskKey is still alive (taken at {at}); a task has one key at a time, \
                 and the futures of one `join!` or `select!` run in the same task.\n\
                 Pass `&mut key` down to the future that needs it (helpers take \
                 `&mut impl CanLockAsync<..>` or `&mut TaskKey`), or spawn a task for \
                 independent work,\n\
                 and lock blocking fields with `key.blocking(|key| ..)`, not `ThreadKey::get()`."
            )?,
        }
        Ok(())
    }
}

// The same text as `Display`: `unwrap` and `expect` print `Debug`, and the point of this
// error is what it tells the reader of that panic.
impl fmt::Debug for KeyInUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Error for KeyInUse {}

/// The key a `lock_<field>` call hands back beside its guard: it may lock only the fields
/// that come after `L` in the lock order.
///
/// `L` is the level of the lock just taken (generated by `#[guarded]`: for a field `f` of a
/// struct `S`, the type `s_levels::f`). The key borrows the key it was made from for `'a`,
/// as the guard does, so no earlier key can be used while either lives. A `Key` is
/// neither `Send` nor `Sync`, and only a lock call makes one.
pub struct Key<'a, L> {
    _borrow: PhantomData<&'a mut ()>,
    _level: PhantomData<fn() -> L>,
    _thread_bound: NotSendOrSync,
}

impl<L> Key<'_, L> {
    pub(crate) fn new() -> Self {
        Key {
            _borrow: PhantomData,
            _level: PhantomData,
            _thread_bound: PhantomData,
        }
    }
}

impl<L: crate::order::Level> fmt::Debug for Key<'_, L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key(after `{}.{}`)", L::STRUCT, L::FIELD)
    }
}

#[cfg(test)]
mod tests {
    use super::{KeyInUse, ThreadKey};

    #[test]
    fn one_key_per_thread_and_back_after_drop() {
        let key = ThreadKey::get();
        let taken_on = line!() - 1;
        assert!(key.is_ok());
        for _ in 0..3 {
            let in_use = ThreadKey::get().expect_err("no second key, however often asked");
            assert_eq!(in_use.taken_at().file(), file!());
            assert_eq!(
                in_use.taken_at().line(),
                taken_on,
                "the first call's place is kept"
            );
        }
        drop(key);
        let again = ThreadKey::get();
        assert!(again.is_ok());
    }

    #[test]
    fn each_thread_has_its_own_key() {
        let _mine = ThreadKey::get().expect("this thread's key");
        let other = std::thread::spawn(|| ThreadKey::get().is_ok())
            .join()
            .expect("thread ran");
        assert!(
            other,
            "another thread gets its own key while this one holds its own"
        );
    }

    static_assertions::assert_not_impl_any!(ThreadKey: Send, Sync, Clone, Default);
    static_assertions::assert_not_impl_any!(super::Key<'static, ()>: Send, Sync, Clone, Default);
    // Plain data: it names a place in the source and grants nothing.
    static_assertions::assert_impl_all!(KeyInUse: Send, Sync, Copy, std::error::Error);
    static_assertions::assert_not_impl_any!(KeyInUse: Default);
}
