//! What the lock calls of every field kind share (`mutex.rs`, `rw.rs`, `condvar.rs`, and
//! the group calls of `many.rs` and `lock_fields.rs`): their return types ([`Out`],
//! [`Keyed`], [`TryResult`]); the shaping of a backend's lock outcome for the poisoning
//! policies ([`keyed`], [`outcome`], [`try_keyed`]); the order check at build time
//! ([`assert_ordered`], the backstop behind the order traits: see `order.rs`); and the
//! impls every locked field's storage has (`storage_impls!`).
//!
//! These sit on every lock's fast path, and are inlined as `mutex.rs` says (measured).

use std::hint;
use std::time::Duration;

use crate::backend::{ClearPoison, Locked};
use crate::held;
use crate::identity::Identity;
use crate::key::Key;
use crate::many::Outcome;
use crate::order::{HeldLevel, Holds, Level, ordered};
use crate::poison::{Busy, Poisoned, Policy};

/// What a blocking lock call of a field at level `L` returns, for the guard `G`: as the
/// field's policy says.
pub type Out<'a, L, G> = <<L as Level>::Policy as Policy>::Out<'a, G>;

/// A guard with the key that comes after `L`: what every lock call hands back.
pub type Keyed<'a, G, L> = (G, Key<'a, L>);

/// What a `try_` lock call returns: what the blocking call would, or `Busy` if the lock
/// was held (`Busy` borrows nothing, so the key is free again once the result has been
/// matched).
pub type TryResult<'a, L, G> = Result<Out<'a, L, G>, Busy>;

/// Whether the policy of `L` reports poisoning.
#[inline]
pub(crate) const fn reports<L: Level>() -> bool {
    <L::Policy as Policy>::REPORTS
}

/// A lock call's outcome as the policies take it: the backend's guard wrapped by `wrap`,
/// paired with the key that comes after `L`, and `Err` if the lock was poisoned.
#[cfg_attr(feature = "parking_lot", inline(always))]
#[cfg_attr(not(feature = "parking_lot"), inline)]
pub(crate) fn keyed<B, G, L: Level>(
    locked: Locked<B>,
    lock: &dyn ClearPoison,
    wrap: impl FnOnce(B) -> G,
) -> Outcome<'_, Keyed<'_, G, L>> {
    outcome::<_, _, L>(locked, lock, |guard| (wrap(guard), Key::new()))
}

/// A lock call's outcome as the policies take it, without a key: the backend's guard
/// wrapped by `wrap`, and `Err` if the lock was poisoned.
#[cfg_attr(feature = "parking_lot", inline(always))]
#[cfg_attr(not(feature = "parking_lot"), inline)]
pub(crate) fn outcome<B, G, L: Level>(
    locked: Locked<B>,
    lock: &dyn ClearPoison,
    wrap: impl FnOnce(B) -> G,
) -> Outcome<'_, G> {
    match locked {
        Ok(guard) => Ok(wrap(guard)),
        Err(guard) => {
            // Cold, so the report stays out of the lock's fast path; made inline, so that
            // the guard it holds is the very value locked, which a policy that goes on
            // with it (`recover`) merges with the fast path's (W2: BENCHMARKS.md).
            hint::cold_path();
            Err(Poisoned::new::<L>(wrap(guard), lock))
        }
    }
}

/// A `try_` lock call's outcome: as [`keyed`] with the policy applied, or `Busy` if the
/// lock was held.
#[cfg_attr(feature = "parking_lot", inline(always))]
#[cfg_attr(not(feature = "parking_lot"), inline)]
#[track_caller]
pub(crate) fn try_keyed<B, G, L: Level>(
    attempt: Option<Locked<B>>,
    waited: Option<Duration>,
    id: Identity,
    lock: &dyn ClearPoison,
    wrap: impl FnOnce(B) -> G,
) -> TryResult<'_, L, Keyed<'_, G, L>> {
    match attempt {
        Some(locked) => Ok(L::Policy::on_lock(keyed(locked, lock, wrap))),
        // Debug builds tell a lock this thread holds (a leaked guard) from one held elsewhere.
        None => Err(Busy::new::<L>(waited, held::holds(id))),
    }
}

/// Fails the build (when the lock call is instantiated) if a key of type `K` locking `L`
/// is out of order by the levels' places and the structs' declarations (`ordered`),
/// whatever trait impls allowed the call: the
/// backstop behind the order traits (step 11 of the walkthrough in `order.rs`).
#[inline]
pub(crate) fn assert_ordered<K: Holds, L: Level>() {
    assert_ordered_after::<K::Held, L>();
}

/// [`assert_ordered`], for a lock of `L` taken while holding `H`.
#[inline]
pub(crate) fn assert_ordered_after<H: HeldLevel, L: Level>() {
    const {
        assert!(
            ordered::<H, L>(),
            "lock order violated: the trait impls that allowed this lock were not the ones \
             `#[guarded]` generates (is `crate = ...` the real `guarded` crate?)"
        );
    }
}

/// The impls every locked field's storage has: `Default` (a new lock around the default
/// value) and `Debug` (printing `..`: showing the data would mean locking it outside the
/// order). Not `Clone`: the storage sits in its instance's one shared allocation, and the
/// struct's clones share that. The storage has a `new(value)`.
macro_rules! storage_impls {
    ($storage:ident) => {
        impl<T: Default, L: $crate::order::Level> Default for $storage<T, L> {
            fn default() -> Self {
                $storage::new(T::default())
            }
        }

        impl<T, L> ::std::fmt::Debug for $storage<T, L> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("..")
            }
        }
    };
}
pub(crate) use storage_impls;
