//! The lock order for task keys: [`CanLockAsync`] and [`CanWaitAsync`], the async twins of
//! `CanLock` and `CanWait`, with the same bounds and so the same generated messages.
//!
//! They have seals of their own rather than `CanLock`'s: a seal is carried by a key type
//! for every level it may lock, and the orphan rules let a user's crate write
//! `impl CanLock<my_levels::a> for TaskKey {}` (a local type among the trait's
//! parameters) wherever the seal holds. With one seal for both, a `TaskKey` could be made
//! to lock blocking fields, and a `ThreadKey` async ones. With two, neither impl compiles
//! (`tests/ui/async/impl_can_lock_for_task_key.rs`).

use super::key::{AsyncKey, Owner, TaskKey};
use crate::order::{Level, SameStruct, Via, WaitsHolding, ordered};
use crate::struct_order::{Guarded, TypeEq};

/// A key that may lock the async field whose level is `L`: [`TaskKey`] may lock every
/// async field; an [`AsyncKey<'_, H>`](AsyncKey) the fields after `H`, by the same rules as
/// [`CanLock`](crate::CanLock). Use it to write async helpers:
///
/// ```
/// use guarded::{CanLockAsync, TaskKey, guarded};
///
/// #[guarded]
/// struct Chat {
///     #[guarded(async)]
///     members: Vec<String>,
///     #[guarded(async)]
///     log: Vec<String>,
/// }
///
/// async fn record(chat: &Chat, key: &mut impl CanLockAsync<chat_levels::log>, line: &str) {
///     let (mut log, _key) = chat.lock_log(key).await;
///     log.push(line.to_owned());
/// }
///
/// # tokio::runtime::Runtime::new().unwrap().block_on(async {
/// let chat = Chat::new(Vec::new(), Vec::new());
/// let mut key = TaskKey::get().unwrap();
/// let (mut members, mut after_members) = chat.lock_members(&mut key).await;
/// members.push("ann".to_owned());
/// record(&chat, &mut after_members, "ann joined").await;
/// # });
/// ```
///
/// It is sealed: only `guarded`'s task keys implement it. Blocking keys do not (an async
/// field is not locked with a `ThreadKey`), and task keys do not implement `CanLock` (a
/// blocking guard must not live across an `.await`: see [`TaskKey::blocking`]).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot lock an async field: async fields are locked with the `TaskKey` or a key an async lock handed back",
    label = "not a task key",
    note = "a `ThreadKey` serves a whole thread and must not wait at an `.await`: take `TaskKey::get()` in the task (blocking fields are locked inside `key.blocking(|key| ..)`)"
)]
pub trait CanLockAsync<L: Level>: sealed::AsyncSealed<L> {}

impl<L: Level> CanLockAsync<L> for TaskKey {}

impl<H: Level, L: Level> CanLockAsync<L> for AsyncKey<'_, H>
where
    <H::Struct as Guarded>::Id: TypeEq<<L::Struct as Guarded>::Id>,
    (H, L): Via<SameStruct<H, L>>,
{
}

/// A key that may wait on the async condition of the field whose level is `L`: only
/// [`TaskKey`], since a task that locked `L` with any other key holds another lock.
/// Sealed.
#[diagnostic::on_unimplemented(
    message = "only a guard locked with the `TaskKey` itself may wait: `{Self}` may hold other locks",
    label = "this guard was locked with `{Self}`, not with the `TaskKey`",
    note = "a waiting task must hold no other lock: lock the field with the `TaskKey` (a helper that waits takes `&mut TaskKey`)"
)]
pub trait CanWaitAsync<L: Level>: sealed::AsyncWaitSeal<L> {}

impl<L: Level> CanWaitAsync<L> for TaskKey {}

impl<H: WaitsHolding<L>, L: Level> CanWaitAsync<L> for AsyncKey<'_, H> {}

pub(crate) mod sealed {
    use super::{AsyncKey, Guarded, Level, Owner, SameStruct, TaskKey, TypeEq, Via};

    /// The seal of `CanLockAsync<L>`, carrying the level as `order::sealed::Sealed` does,
    /// and the owner every lock call checks.
    // `Owner` is crate-private, as is this trait's path: nothing outside can call `owner`.
    #[allow(private_interfaces)]
    pub trait AsyncSealed<L> {
        /// Whether a key of this type may lock `L` by the levels' own places in the order
        /// (asserted when the lock call is compiled, as for blocking keys).
        const ORDERED: bool;
        /// The task (or thread) the key serves.
        fn owner(&self) -> Owner;
    }
    #[allow(private_interfaces)]
    impl<L: Level> AsyncSealed<L> for TaskKey {
        const ORDERED: bool = true;
        #[inline]
        fn owner(&self) -> Owner {
            TaskKey::owner(self)
        }
    }
    #[allow(private_interfaces)]
    impl<H: Level, L: Level> AsyncSealed<L> for AsyncKey<'_, H>
    where
        <H::Struct as Guarded>::Id: TypeEq<<L::Struct as Guarded>::Id>,
        (H, L): Via<SameStruct<H, L>>,
    {
        const ORDERED: bool = super::ordered::<H, L>();
        #[inline]
        fn owner(&self) -> Owner {
            AsyncKey::owner(self)
        }
    }

    /// The seal of `CanWaitAsync<L>`.
    pub trait AsyncWaitSeal<L> {
        /// Whether the key is the task's root key: the one that may wait.
        const ROOT: bool;
    }
    impl<L: Level> AsyncWaitSeal<L> for TaskKey {
        const ROOT: bool = true;
    }
    impl<H: super::WaitsHolding<L>, L: Level> AsyncWaitSeal<L> for AsyncKey<'_, H> {
        const ROOT: bool = false;
    }
}

/// Fails the build (when the lock call is instantiated) if a key of type `K` locking `L`
/// is out of order by the levels' places, whatever trait impls allowed the call; returns
/// the key's owner for the run-time check.
#[inline]
pub(crate) fn assert_ordered<K: CanLockAsync<L>, L: Level>(key: &K) -> Owner {
    const {
        assert!(
            <K as sealed::AsyncSealed<L>>::ORDERED,
            "lock order violated: the trait impls that allowed this lock were not the ones \
             `#[guarded]` generates (is `crate = ...` the real `guarded` crate?)"
        );
    }
    sealed::AsyncSealed::owner(key)
}

/// Fails the build (when the wait is instantiated) if the guard was locked with any key
/// but the `TaskKey`, whatever trait impls allowed the call.
#[inline]
pub(crate) fn assert_root<K: CanWaitAsync<L>, L: Level>() {
    const {
        assert!(
            <K as sealed::AsyncWaitSeal<L>>::ROOT,
            "wait while holding another lock: the trait impls that allowed this wait were \
             not the ones `#[guarded]` generates (is `crate = ...` the real `guarded` crate?)"
        );
    }
}
