//! The lock order for task keys: [`CanLockAsync`] and [`CanWaitAsync`], the async twins of
//! `CanLock` and `CanWait`, over [`HoldsAsync`] as those are over `Holds`: the same
//! `MayPrecede` and `FreeToWaitOn`, so the same order.
//!
//! Task keys have a trait of their own rather than `Holds`: the blocking fields' lock calls
//! take `Holds` keys and the async fields' `HoldsAsync` keys, so a `TaskKey` never locks a
//! blocking field (a blocking guard must not live across an `.await`) and a `ThreadKey`
//! never an async one. Both are sealed.

use super::key::{AsyncKey, Owner, TaskKey};
use crate::order::{FreeToWaitOn, HeldLevel, Level, MayPrecede, Unheld, ordered};

/// What a task key holds: the level of the async lock that handed it back
/// ([`AsyncKey<'_, H>`](AsyncKey) holds `H`), or [`Unheld`] for the root [`TaskKey`].
/// Sealed: only `guarded`'s task keys implement it.
pub trait HoldsAsync: sealed::HoldsAsyncSeal {
    /// The level of the lock the key came from, or [`Unheld`].
    type Held: HeldLevel;
}

impl HoldsAsync for TaskKey {
    type Held = Unheld;
}

impl<H: Level> HoldsAsync for AsyncKey<'_, H> {
    type Held = H;
}

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
/// Only `guarded`'s task keys implement it ([`HoldsAsync`] is sealed). Blocking keys do not (an async
/// field is not locked with a `ThreadKey`), and task keys do not implement `CanLock` (a
/// blocking guard must not live across an `.await`: see [`TaskKey::blocking`]).
#[diagnostic::on_unimplemented(
    message = "lock order violation: cannot lock `{L}` with `{Self}`",
    label = "this key holds a lock that does not come before `{L}`, or is not a task key",
    note = "async fields are locked in their struct's order with the `TaskKey` or the key an async lock handed back",
    note = "lock `{L}` first, or drop that guard first (blocking fields: inside `key.blocking(..)`)"
)]
pub trait CanLockAsync<L: Level>: HoldsAsync<Held: MayPrecede<L>> {}

#[diagnostic::do_not_recommend]
impl<L: Level, K: HoldsAsync<Held: MayPrecede<L>>> CanLockAsync<L> for K {}

/// A task key that may lock the async field whose level is `L`, as a trait that can be
/// made into an object: every [`CanLockAsync<L>`](CanLockAsync) key is one, and no other.
///
/// The generated lock calls of `async` and `async_rw` fields take their key as
/// `&mut dyn comes_before_<field>`, a trait generated beside the struct over this one,
/// rather than as a type parameter: a future returned by a method that is generic over
/// its key carries the key's bound, and rustc then reports a lock out of order three
/// times (at the key, at the call and at the `.await`); the cast to the object is checked
/// once, at the key. What the key must be is the same: its `comes_before_<field>` impl
/// asks for `CanLockAsync<L>`. The build-time backstop runs where the object is made:
/// its `checked_owner` is `assert_ordered::<K, L>` for the key's real type `K`, compiled
/// into the object's table of methods when the cast is compiled to code. The generated
/// calls are `#[inline]`, so that table is known where the call is compiled, also from
/// another crate, and the call through it is a direct one.
///
/// Sealed: only `guarded`'s task keys implement it.
pub trait AsyncLockKey<L: Level>: sealed::CheckedOwner<L> {}

impl<L: Level, K: CanLockAsync<L>> AsyncLockKey<L> for K {}

/// [`AsyncLockKey`] for the lock calls of an `async_condvar` field, whose guard keeps the
/// key's type, for the wait's check ([`CanWaitAsync`]): the object,
/// `&mut dyn comes_before_<field><Key = K>`, names its key's type as `Key`, which the
/// method's type parameter `K` is inferred from.
///
/// The type the object names is the key's real type. `Key` is declared by a sealed
/// supertrait, not by this trait: this trait's level is the user's type, so the user's
/// crate may implement it (for `dyn AsyncLockKey<L>`, say, whose `checked_owner` is the
/// real key's), and a `Key` it chose would be a lie the wait believes (the storage of a
/// field is reachable from its struct's module, and its `lock` takes any such key). No
/// crate but the runtime can implement the sealed trait, whose only impl is for the
/// `CanLockAsync` keys themselves (`Key = Self`): the objects made of them name their
/// `Key`, which the cast checks against the key's type.
///
/// A lock call generic over its key, `K: comes_before_<field>`, would carry the bound into
/// the future it returns, and rustc would report a lock out of order three times; through
/// the object it is checked once, at the key.
pub trait AsyncWaitLockKey<L: Level>: AsyncLockKey<L> + sealed::KeyType<L> {}

impl<L: Level, K: CanLockAsync<L>> AsyncWaitLockKey<L> for K {}

/// A key that may wait on the async condition of the field whose level is `L`: only
/// [`TaskKey`], since a task that locked `L` with any other key holds another lock.
#[diagnostic::on_unimplemented(
    message = "wait while holding a lock: cannot wait on `{L}`, locked with `{Self}`",
    label = "this guard was locked with the key of another lock, which is still held",
    note = "a waiting task keeps its other locks: a notifier that needs one never comes",
    note = "drop the other guard first, and lock `{L}` with the `TaskKey` to wait on it"
)]
pub trait CanWaitAsync<L: Level>: HoldsAsync<Held: FreeToWaitOn<L>> {}

#[diagnostic::do_not_recommend]
impl<L: Level, K: HoldsAsync<Held: FreeToWaitOn<L>>> CanWaitAsync<L> for K {}

pub(crate) mod sealed {
    use super::{AsyncKey, CanLockAsync, Level, Owner, TaskKey, assert_ordered};

    /// The type of the key an [`AsyncWaitLockKey`](super::AsyncWaitLockKey) object was made
    /// of. Not nameable outside the runtime, so not implementable there: only these keys,
    /// and the objects made of them, name a `Key`.
    pub trait KeyType<L: Level> {
        /// The key's own type.
        type Key;
    }
    impl<L: Level, K: CanLockAsync<L>> KeyType<L> for K {
        type Key = K;
    }

    /// The method behind [`AsyncLockKey`](super::AsyncLockKey): the key's owner, after the
    /// build-time order check for the key's own type. Not nameable outside the runtime, so
    /// not callable there either.
    #[allow(private_interfaces)]
    pub trait CheckedOwner<L: Level> {
        /// `assert_ordered::<Self, L>`: the task (or thread) the key serves.
        fn checked_owner(&self) -> Owner;
    }
    #[allow(private_interfaces)]
    impl<L: Level, K: CanLockAsync<L>> CheckedOwner<L> for K {
        #[inline]
        fn checked_owner(&self) -> Owner {
            assert_ordered::<K, L>(self)
        }
    }

    /// The seal of `HoldsAsync`, and the owner every lock call checks.
    // `Owner` is crate-private, as is this trait's path: nothing outside can call `owner`.
    #[allow(private_interfaces)]
    pub trait HoldsAsyncSeal {
        /// The task (or thread) the key serves.
        fn owner(&self) -> Owner;
    }
    #[allow(private_interfaces)]
    impl HoldsAsyncSeal for TaskKey {
        #[inline]
        fn owner(&self) -> Owner {
            TaskKey::owner(self)
        }
    }
    #[allow(private_interfaces)]
    impl<H: Level> HoldsAsyncSeal for AsyncKey<'_, H> {
        #[inline]
        fn owner(&self) -> Owner {
            AsyncKey::owner(self)
        }
    }
}

/// Fails the build (when the lock call is instantiated) if a key of type `K` locking `L`
/// is out of order by the levels' places, whatever trait impls allowed the call; returns
/// the key's owner for the run-time check.
#[inline]
pub(crate) fn assert_ordered<K: CanLockAsync<L>, L: Level>(key: &K) -> Owner {
    const {
        assert!(
            ordered::<K::Held, L>(),
            "lock order violated: the trait impls that allowed this lock were not the ones \
             `#[guarded]` generates (is `crate = ...` the real `guarded` crate?)"
        );
    }
    sealed::HoldsAsyncSeal::owner(key)
}

/// Fails the build (when the wait is instantiated) if the guard was locked with any key
/// but the `TaskKey`, whatever trait impls allowed the call.
#[inline]
pub(crate) fn assert_root<K: CanWaitAsync<L>, L: Level>() {
    const {
        assert!(
            <K::Held as HeldLevel>::PLACE.is_none(),
            "wait while holding another lock: the trait impls that allowed this wait were \
             not the ones `#[guarded]` generates (is `crate = ...` the real `guarded` crate?)"
        );
    }
}
