//! The root key of a task, [`TaskKey`], the [`AsyncKey`] each async lock hands back, and
//! the owner every lock call checks. The rules and their arguments are in the module docs
//! of `tasks`.

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasherDefault;
use std::hash::DefaultHasher;
use std::marker::PhantomData;
use std::panic::Location;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use tokio::task;

use crate::key::{self, Held, Key, KeyInUse, SlotHolder, ThreadKey};
use crate::order::Level;

/// Makes a key `Send` but not `Sync`: a task may move between threads with its key, but a
/// key is never used through `&` from two places.
type SendNotSync = PhantomData<Cell<()>>;

/// Whom a key serves: a tokio task, or (outside any task) a thread.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) enum Owner {
    /// A tokio task, by its id (unique for the life of the process).
    Task(task::Id),
    /// A thread with no current task, by a number of this module's (unique for the life of
    /// the process): the body of `block_on`, `#[tokio::main]`, `#[tokio::test]`, or a
    /// future driven by another executor.
    Thread(u64),
}

// Plain data, with no destructor: both are there, and so `ThreadKey::get` and
// `TaskKey::get` work, also in other thread-locals' destructors (a thread-local whose
// value needs dropping is gone once it has been dropped, and reading it then panics).
thread_local! {
    /// This thread's number for `Owner::Thread`, 0 until first asked.
    static THREAD_NUMBER: Cell<u64> = const { Cell::new(0) };
    /// Whether a `TaskKey` taken outside any task on this thread may be alive: the
    /// registry says whether it is (it may have been dropped on another thread since).
    static THREAD_TASK_KEY: Cell<bool> = const { Cell::new(false) };
}

/// The next `Owner::Thread` number.
static NEXT_THREAD_NUMBER: AtomicU64 = AtomicU64::new(1);

/// The live `TaskKey` of each task (by task id), and of each thread that took one outside
/// any task (by the thread's number): where it was taken. A key's drop removes its entry,
/// on whatever thread it is dropped.
type Registry = HashMap<Owner, &'static Location<'static>, BuildHasherDefault<DefaultHasher>>;
static TASK_KEYS: Mutex<Registry> = Mutex::new(HashMap::with_hasher(BuildHasherDefault::new()));

fn task_keys() -> std::sync::MutexGuard<'static, Registry> {
    // Nothing panics while the registry is locked; should it ever, the map is still whole.
    TASK_KEYS.lock().unwrap_or_else(PoisonError::into_inner)
}

fn thread_number() -> u64 {
    THREAD_NUMBER.with(|number| {
        let mut n = number.get();
        if n == 0 {
            n = NEXT_THREAD_NUMBER.fetch_add(1, Ordering::Relaxed);
            number.set(n);
        }
        n
    })
}

impl Owner {
    /// The task (or, outside any task, the thread) running now.
    #[inline]
    pub(crate) fn current() -> Owner {
        match task::try_id() {
            Some(id) => Owner::Task(id),
            None => Owner::Thread(thread_number()),
        }
    }

    /// Panics unless the current task (or thread) is this owner: a key serves its own
    /// task only.
    #[inline]
    #[track_caller]
    pub(crate) fn check(self) {
        let now = Owner::current();
        if now != self {
            wrong_owner(self, now);
        }
    }
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Owner::Task(id) => write!(f, "tokio task {id}"),
            Owner::Thread(n) => write!(f, "thread #{n} (outside any tokio task)"),
        }
    }
}

/// The panic of a key used by another task than its own.
#[cold]
#[inline(never)]
#[track_caller]
fn wrong_owner(owner: Owner, now: Owner) -> ! {
    panic!(
        "a TaskKey (or a key handed back by an async lock) of {owner} was used by {now}: a \
         key serves only the task that took it. Take a key in each task with \
         `TaskKey::get()` instead of sending one to another task."
    )
}

/// The `ThreadKey::get` check that the `tokio` feature adds: a task that holds a
/// `TaskKey` may not take the thread's key too (its blocking locks go through
/// `blocking`), and a `TaskKey` taken outside any task is this thread's root key.
pub(crate) fn thread_key_allowed() -> Result<(), KeyInUse> {
    // The slot first: inside a `blocking` scope, the scope is what to report.
    if let Some(in_use) = key::slot_holder().or_else(live_thread_task_key) {
        return Err(in_use);
    }
    if let Some(id) = task::try_id()
        && let Some(&taken_at) = task_keys().get(&Owner::Task(id))
    {
        return Err(KeyInUse::new(taken_at, Held::TaskKey));
    }
    Ok(())
}

/// This thread's live `TaskKey` taken outside any task, if any (the mark of a key dropped
/// on another thread since is cleared here).
fn live_thread_task_key() -> Option<KeyInUse> {
    if !THREAD_TASK_KEY.get() {
        return None;
    }
    let taken_at = task_keys().get(&Owner::Thread(thread_number())).copied();
    if taken_at.is_none() {
        THREAD_TASK_KEY.set(false);
    }
    taken_at.map(|taken_at| KeyInUse::new(taken_at, Held::ThreadTaskKey))
}

/// The root of a task's locking of async fields: holding it means this task holds no
/// guarded lock.
///
/// [`TaskKey::get`] hands out one per task at a time (the futures of one `join!` or
/// `select!` are one task); outside any tokio task (the body of `block_on`,
/// `#[tokio::main]`, `#[tokio::test]`, another executor) it is the thread's root key,
/// which excludes this thread's [`ThreadKey`] while it lives. It is `Send`, so a task can
/// hold it across `.await` on a multi-thread runtime, but it serves only the task that
/// took it: a lock call made with it in any other task panics. It is not `Sync`, `Clone`
/// or `Default`.
///
/// Lend it (`&mut key`) to the `lock_<field>` methods of async fields (`#[guarded(async)]`,
/// `async_rw`, `async_condvar`); each hands back an [`AsyncKey`] that may lock only later
/// fields. Blocking fields are locked inside [`TaskKey::blocking`], whose closure cannot
/// `.await`.
///
/// ```
/// use guarded::{TaskKey, guarded};
///
/// #[guarded]
/// struct Account {
///     #[guarded(async)]
///     balance: i64,
/// }
///
/// # tokio::runtime::Runtime::new().unwrap().block_on(async {
/// let account = Account::new(10);
/// let handle = tokio::spawn({
///     let account = account.clone();
///     async move {
///         let mut key = TaskKey::get().expect("this task's first key");
///         let (mut balance, _key) = account.lock_balance(&mut key).await;
///         tokio::task::yield_now().await; // a guard may be held across `.await`
///         *balance += 5;
///     }
/// });
/// handle.await.unwrap();
/// let mut key = TaskKey::get().unwrap();
/// assert_eq!(*account.lock_balance(&mut key).await.0, 15);
/// # });
/// ```
pub struct TaskKey {
    /// Its entry in the registry, which its drop removes.
    owner: Owner,
    _not_sync: SendNotSync,
}

impl TaskKey {
    /// Takes this task's key (or, outside any task, this thread's root key). `get` is
    /// `#[track_caller]`: the place of this call is kept for as long as the key lives, and
    /// a refused `get` names it.
    ///
    /// # Errors
    ///
    /// [`KeyInUse`] if this task's key is alive already (also when taken by another
    /// future of the same `join!` or `select!`); outside any task, if this thread's
    /// `ThreadKey` or root `TaskKey` is alive; inside a task, if this thread's
    /// `ThreadKey` is alive (a thread that may hold blocking locks must not start waiting
    /// for async ones) or lent to a `blocking` scope.
    #[must_use = "the key is given back as soon as it is dropped"]
    #[track_caller]
    pub fn get() -> Result<TaskKey, KeyInUse> {
        let here = Location::caller();
        let Some(id) = task::try_id() else {
            return TaskKey::thread_root(here);
        };
        if let Some(in_use) = key::slot_holder() {
            return Err(in_use.of_task_key());
        }
        let owner = Owner::Task(id);
        let mut keys = task_keys();
        if let Some(&taken_at) = keys.get(&owner) {
            return Err(KeyInUse::new(taken_at, Held::TaskKey));
        }
        keys.insert(owner, here);
        Ok(TaskKey {
            owner,
            _not_sync: PhantomData,
        })
    }

    /// The key taken outside any task: this thread's root.
    fn thread_root(here: &'static Location<'static>) -> Result<TaskKey, KeyInUse> {
        if let Some(in_use) = key::slot_holder().or_else(live_thread_task_key) {
            return Err(in_use.of_task_key());
        }
        let owner = Owner::Thread(thread_number());
        task_keys().insert(owner, here);
        THREAD_TASK_KEY.set(true);
        Ok(TaskKey {
            owner,
            _not_sync: PhantomData,
        })
    }

    /// Runs `f` with this thread's [`ThreadKey`], to lock blocking fields from async code.
    /// `f` is synchronous, so no blocking guard lives across an `.await`; for its duration
    /// this thread's key is lent to it (a `ThreadKey::get()` inside fails). A wait on a
    /// blocking `condvar` field inside `f` panics (see
    /// [`WaitGuard::wait_while`](crate::WaitGuard::wait_while)): it
    /// would park a runtime thread that the notifying task may need.
    ///
    /// # Errors
    ///
    /// [`KeyInUse`] if this thread's `ThreadKey` is alive (for example held across an
    /// `.await` by another task of a `LocalSet` or a current-thread runtime): an error
    /// instead of a deadlock. `f` is not called then.
    ///
    /// # Panics
    ///
    /// If this key belongs to another task (see [`TaskKey`]).
    #[track_caller]
    pub fn blocking<R>(&mut self, f: impl FnOnce(&mut ThreadKey) -> R) -> Result<R, KeyInUse> {
        self.owner.check();
        key::take_slot(Location::caller(), SlotHolder::Blocking)?;
        // Dropped at the end of the scope, or while unwinding from `f`: frees the slot.
        let mut thread_key = ThreadKey::in_taken_slot();
        Ok(f(&mut thread_key))
    }

    pub(crate) fn owner(&self) -> Owner {
        self.owner
    }
}

impl Drop for TaskKey {
    fn drop(&mut self) {
        // On any thread: the next `get` of its task or thread finds the entry gone (a
        // thread's own mark is cleared then).
        task_keys().remove(&self.owner);
    }
}

impl fmt::Debug for TaskKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TaskKey(of {})", self.owner)
    }
}

/// The key an async lock call hands back beside its guard: it may lock only the async
/// fields after `L` (and, through [`AsyncKey::blocking`], blocking fields after `L`).
///
/// Like [`Key`], it borrows the key it came from for `'a`. It records the task it serves,
/// as its [`TaskKey`] does: `Send`, not `Sync`, not `Clone`, and a lock call made with it
/// in another task panics.
pub struct AsyncKey<'a, L> {
    owner: Owner,
    _borrow: PhantomData<&'a mut ()>,
    _level: PhantomData<fn() -> L>,
    _not_sync: SendNotSync,
}

impl<L> AsyncKey<'_, L> {
    pub(crate) fn new(owner: Owner) -> Self {
        AsyncKey {
            owner,
            _borrow: PhantomData,
            _level: PhantomData,
            _not_sync: PhantomData,
        }
    }

    pub(crate) fn owner(&self) -> Owner {
        self.owner
    }

    /// Runs `f` with a blocking [`Key`] at this key's level: it may lock the blocking
    /// fields that come after `L`, later fields of the same struct (a struct may mix async
    /// and blocking fields) or of a struct declared `#[guarded(after = ...)]`. `f` is
    /// synchronous, so no blocking guard lives across an `.await`; for its duration this
    /// thread's `ThreadKey` is lent to it, as for [`TaskKey::blocking`].
    ///
    /// # Errors
    ///
    /// [`KeyInUse`] if this thread's `ThreadKey` is alive; `f` is not called then.
    ///
    /// # Panics
    ///
    /// If this key belongs to another task.
    #[track_caller]
    pub fn blocking<R>(&mut self, f: impl FnOnce(&mut Key<'_, L>) -> R) -> Result<R, KeyInUse> {
        self.owner.check();
        key::take_slot(Location::caller(), SlotHolder::Blocking)?;
        let thread_key = ThreadKey::in_taken_slot();
        let result = f(&mut Key::new());
        drop(thread_key);
        Ok(result)
    }
}

impl<L: Level> fmt::Debug for AsyncKey<'_, L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "AsyncKey(after `{}.{}`, of {})",
            L::STRUCT,
            L::FIELD,
            self.owner
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{AsyncKey, Held, Owner, TaskKey, task_keys};
    use crate::ThreadKey;
    use crate::tasks::{AsyncGuard, AsyncReadGuard, AsyncWaitGuard, AsyncWriteGuard};
    use std::rc::Rc;

    // Send (a task moves between threads with its keys), never shared, copied or made.
    static_assertions::assert_impl_all!(TaskKey: Send);
    static_assertions::assert_not_impl_any!(TaskKey: Sync, Clone, Default);
    static_assertions::assert_impl_all!(AsyncKey<'static, ()>: Send);
    static_assertions::assert_not_impl_any!(AsyncKey<'static, ()>: Sync, Clone, Default);
    // Guards are `Send` exactly when tokio's are (`T: Send`), and never `Clone`.
    static_assertions::assert_impl_all!(AsyncGuard<'static, u8>: Send, Sync);
    static_assertions::assert_impl_all!(AsyncReadGuard<'static, u8>: Send, Sync);
    static_assertions::assert_impl_all!(AsyncWriteGuard<'static, u8>: Send, Sync);
    static_assertions::assert_impl_all!(AsyncWaitGuard<'static, u8, (), TaskKey>: Send, Sync);
    static_assertions::assert_not_impl_any!(AsyncGuard<'static, Rc<u8>>: Send, Sync, Clone);
    static_assertions::assert_not_impl_any!(AsyncReadGuard<'static, Rc<u8>>: Send, Clone);
    static_assertions::assert_not_impl_any!(AsyncWriteGuard<'static, Rc<u8>>: Send, Clone);
    static_assertions::assert_not_impl_any!(
        AsyncWaitGuard<'static, Rc<u8>, (), TaskKey>: Send, Clone
    );

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .build()
            .unwrap()
    }

    #[test]
    fn one_key_per_task_and_the_registry_forgets_it_once_dropped() {
        runtime().block_on(async {
            let (id, key) = tokio::spawn(async {
                let key = TaskKey::get().unwrap();
                let in_use = TaskKey::get().expect_err("one per task");
                assert_eq!(in_use.held(), Held::TaskKey);
                assert_eq!(in_use.taken_at().line(), line!() - 3);
                (tokio::task::id(), key)
            })
            .await
            .unwrap();
            assert!(
                task_keys().contains_key(&Owner::Task(id)),
                "alive: its task ended, not the key"
            );
            // Dropped here, in another task (the `block_on` body): the entry goes.
            drop(key);
            assert!(!task_keys().contains_key(&Owner::Task(id)));
        });
    }

    #[test]
    fn a_root_task_key_dropped_on_another_thread_frees_its_thread() {
        let rt = runtime();
        let key = rt.block_on(async { TaskKey::get().unwrap() });
        assert!(
            ThreadKey::get().is_err(),
            "the thread's root lives outside block_on too"
        );
        std::thread::spawn(move || drop(key)).join().unwrap();
        assert!(
            ThreadKey::get().is_ok(),
            "freed by the drop on the other thread"
        );
    }

    #[test]
    fn blocking_frees_the_thread_slot_even_when_the_closure_panics() {
        runtime().block_on(async {
            tokio::spawn(async {
                let mut key = TaskKey::get().unwrap();
                let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let _ = key.blocking(|_| panic!("inside the scope"));
                }));
                assert!(panicked.is_err());
                assert!(
                    key.blocking(|_| ()).is_ok(),
                    "the slot was freed by unwinding"
                );
            })
            .await
            .unwrap();
        });
    }
}
