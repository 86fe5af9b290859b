//! Async fields and task keys (the `tokio` feature): fields locked with `.await`, in the
//! same order, checked by the same traits, as the blocking kinds.
//!
//! A task is what a thread is to the blocking kinds. Its root key is the [`TaskKey`]; each
//! async lock call takes `&'a mut` of a key that may lock the field
//! ([`CanLockAsync<L>`](CanLockAsync), with exactly the bounds of `CanLock<L>`, so an
//! out-of-order lock, a double lock or an undeclared nesting of two structs is the same
//! compile error, naming the struct and the fields), and its future resolves to the guard
//! and an [`AsyncKey`] that may lock only later fields. The storage is `tokio::sync`'s
//! (`Mutex`, `RwLock`, `Notify`), which works on any executor.
//!
//! The generated lock calls of `async` and `async_rw` fields take the key as an object,
//! `&'a mut dyn comes_before_<field>`, over the runtime's `AsyncLockKey` (`order.rs`),
//! which every `CanLockAsync` key is: a mistake is then reported once, at the key, where
//! a method generic over its key would return a future carrying the key's bound, which
//! rustc reports at the key, the call and the `.await`. The build-time backstop is the
//! object's method, compiled for the key's own type where it is cast. An `async_condvar`
//! field's guard keeps the key's type, for the wait's check: its calls take
//! `&'a mut dyn comes_before_<field><Key = K>`, over `AsyncWaitLockKey`, whose `Key` is the
//! type the object was made of, and `K` is inferred from it.
//!
//! # What holds, and why
//!
//! Each rule below is enforced at compile time, at run time, or documented as the limit
//! of what is checked; the tests named beside it attack it.
//!
//! 1. **At most one root key per task** (run time). [`TaskKey::get`] returns
//!    `Err(KeyInUse)` while the current task's key lives. Inside a tokio task
//!    (`tokio::task::try_id()` is `Some`) a process-wide registry maps task ids to their
//!    live key's place; `join!` and `select!` poll their branches inside the enclosing
//!    task, so two branches that each ask for a key get one `Ok` and one `Err`. Outside
//!    any task (`try_id()` is `None`: the future driven by `block_on`, which is the body
//!    of `#[tokio::main]` and `#[tokio::test]`, or a future of another executor) there is
//!    no task identity, and the key is this thread's root: it takes the thread's slot as
//!    a `ThreadKey` does, so a `TaskKey` of this kind and the `ThreadKey` never coexist on
//!    one thread. That is sound because `block_on` polls its future on the calling thread
//!    only: the thread is the task. (Tasks spawned onto a current-thread runtime run on
//!    that thread too, but each is a task with an id and a key of its own, and locks
//!    taken by different tasks are ordered like locks taken by different threads.)
//!    Tests: `tests/async_fields.rs` (`join_of_two_gets_gives_one_key`, `select_of_two_gets_gives_one_key`,
//!    `block_on_body_and_thread_key_exclude_each_other`).
//!
//! 2. **A key serves only its own task** (run time). `TaskKey` and `AsyncKey` are `Send`,
//!    since a task moves between worker threads with its keys, but not `Sync`, `Clone` or
//!    `Default` (compile time). Each records its owner (the task id, or the thread for a
//!    key taken outside any task), and every lock call checks it against the current
//!    task: a lock future when it is first polled and again when it has the lock (a
//!    future moved to another task meanwhile panics there, releasing the lock), `try_`
//!    calls and `blocking` when called (the panic points at the caller's line, through
//!    `#[track_caller]`), a wait when it starts and after each wake-up. The future's
//!    first check is at its first poll, not when the call is made: a future made in one
//!    task and polled in another must panic before it waits for the lock, which the
//!    other task may hold. A
//!    key moved to another task, through a channel or inside a `Send` wrapper, panics
//!    there with "a `TaskKey` (or a key handed back by an async lock) of tokio task N was
//!    used by tokio task M: a key serves only the task that took it". Each check reads
//!    tokio's thread-local context (`task::try_id`) and compares: about 13 instructions,
//!    26 per lock (`scripts/count-instructions --features tokio`, workload `async_lock`,
//!    an uncontended lock, increment and unlock inside a task: 288 instructions by hand
//!    with `tokio::sync::Mutex`, 345 through `guarded` with the checks taken out, 371
//!    with them; the other 57 are the extra future around tokio's and the key it
//!    hands back; see `BENCHMARKS.md`). The `TaskKey` frees its owner's slot wherever
//!    it is dropped: its entry in the registry (by task id, or by the thread's number for
//!    a key taken outside any task) is removed. A thread keeps only plain marks of its
//!    own (no thread-local with a destructor), so `ThreadKey::get` and `TaskKey::get`
//!    work in other thread-locals' destructors too. A guard, or a pending lock future, can reach
//!    another task only with a key borrowed for `'static` (a leaked key, as with
//!    `Box::leak`): such a guard holds its lock there unknown to that task's keys, and
//!    such a future waits there for its lock (its second check panics once it has it);
//!    this is not checked further. Nor is a leaked async guard, in any build: a blocking
//!    field's next lock on the thread that leaked its guard panics in debug builds
//!    (`held.rs`), but a task moves between threads, so a thread's set of held locks
//!    says nothing about it, and async fields keep no such set. Tests:
//!    `key_sent_to_another_task_panics_there`,
//!    `key_in_a_send_wrapper_panics_in_another_task`, and unit tests in `tasks::key`.
//!
//! 3. **Futurelock** (compile time). A lock future borrows the key (`&'a mut K`) for its
//!    whole life, including while it is queued in the lock's wait list. A future polled
//!    once (in a `select!` whose other branch won) and neither polled again nor dropped
//!    keeps the key borrowed: the task cannot lock anything else with that key, which
//!    would be the hang of a task waiting for a lock it is queued for itself, and the
//!    registry keeps it from taking a second root. Drop the future (or poll it to the
//!    end) to lock again. Test: `tests/ui/async/futurelock.rs`.
//!
//! 4. **Cancellation** (documented). Async fields are never poisoned, as tokio's locks
//!    are not. A lock future dropped before it resolves takes nothing (tokio removes it
//!    from the queue). A future dropped while it holds a guard (a `select!` branch that
//!    lost, a timeout, an aborted task) releases the lock and leaves the data exactly as
//!    the cancelled section left it: possibly half updated, and nothing marks it. Keep
//!    each update between two `.await`s, or make it restartable. Test:
//!    `cancelled_section_is_not_poisoned_and_left_half_updated`.
//!
//! 5. **Blocking fields from async code** (compile time, and run time for the slot).
//!    Task keys do not implement `CanLock`, so a blocking field cannot be locked with a
//!    task key (and async fields not with a `ThreadKey`): a blocking guard never comes
//!    from a task key. [`TaskKey::blocking`] and [`AsyncKey::blocking`] run a synchronous
//!    closure with a `ThreadKey` (or a blocking `Key` at the async key's level, which may
//!    lock only fields after it by `after = ...`); the closure cannot `.await`, and its
//!    key (a higher-ranked borrow) cannot leave it, so no blocking guard lives across an
//!    `.await`. For its duration the closure takes this thread's `ThreadKey` slot, and
//!    fails with `KeyInUse` if the thread's key is alive (for example held across an
//!    `.await` by another task of a `LocalSet`), instead of blocking the thread behind a
//!    lock that the parked task holds. `ThreadKey::get()` called directly inside a task
//!    is not refused as such: it cannot tell a task on a runtime worker from a
//!    `spawn_blocking` thread, where it is the right call. What keeps it from
//!    deadlocking: the `ThreadKey` is not `Send`, so a spawned task on a multi-thread
//!    runtime cannot hold it (or a blocking guard) across an `.await`; a task holding a
//!    `TaskKey` is refused a `ThreadKey` (use `blocking`), and a thread holding its
//!    `ThreadKey` is refused a `TaskKey`, so no one both holds a blocking lock and waits
//!    for an async one; and where a `ThreadKey` is held across an `.await` (`LocalSet`,
//!    current-thread runtime), the slot it takes makes the other tasks' `blocking` and
//!    `TaskKey::get` fail instead of stall. Tests: `blocking_scope_locks_a_blocking_field_after_an_async_one`,
//!    `blocking_scope_fails_while_a_local_task_holds_the_thread_key`,
//!    `tests/ui/async/await_in_blocking.rs`, `guard_out_of_blocking.rs`,
//!    `blocking_field_with_task_key.rs`.
//!
//! Waiting on an `async_condvar` field is allowed only on a guard locked with the
//! `TaskKey` itself ([`CanWaitAsync`]: a key whose held level is `FreeToWaitOn` the field,
//! which only `Unheld`, the `TaskKey`'s, is; sealed), re-checked at build time by the key's
//! type as for blocking condition variables (`order.rs`, "Waiting"). The key's type is the
//! guard's `K`, the `Key` the lock's key object names, which a sealed trait declares so that
//! no impl of the user's can choose it (`AsyncWaitLockKey`). Test:
//! `tests/ui/async/wait_key_object_that_lies.rs`.

pub(crate) mod condvar;
pub(crate) mod field;
pub(crate) mod key;
pub(crate) mod order;

pub use condvar::AsyncWaitGuard;
pub use field::{AsyncGuard, AsyncReadGuard, AsyncWriteGuard};
pub use key::{AsyncKey, TaskKey};
/// The object-safe bound of the generated async lock calls' keys (through `__private`).
#[doc(hidden)]
pub use order::{AsyncLockKey, AsyncWaitLockKey};
pub use order::{CanLockAsync, CanWaitAsync, HoldsAsync};
/// The storage of the async kinds, which the generated code names (through `__private`).
#[doc(hidden)]
pub use {
    condvar::AsyncCondvarField,
    field::{AsyncField, AsyncRwField},
};
