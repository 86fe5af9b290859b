//! Several fields of one instance, locked in one call (`guarded::lock!`), in declared
//! order: `lock!` expands to a chain, `LockChain::start(first, key).then(second)...finish()`.
//! `start` asks that the key may lock the first field (`K: CanLock<first>`), and each
//! `then` that the key of the field before may lock the next
//! (`Key<'_, previous>: CanLock<next>`); `finish` hands back the guards and one key after
//! the last field. A field out of order, or listed twice, is refused once, at its step,
//! with `CanLock`'s message, which names the field wanted and the key's level (`order.rs`
//! walks the traits through, and the build-time check each step also runs).
//!
//! Locking one field takes a [`Token`], which only this module makes: a `LockOne` impl
//! is reachable by anyone (`guarded::__private`), and without the token its `lock_one`
//! would be a lock with no key.

use std::marker::PhantomData;

use crate::condvar::CondvarField;
use crate::guard::{Guard, ReadGuard, WriteGuard};
use crate::key::Key;
use crate::lock_call::{Out, assert_ordered, assert_ordered_after};
use crate::mutex::Field;
use crate::order::{CanLock, Level};
use crate::poison::on_lock_releasing;
use crate::rw::RwField;

mod token {
    /// Proof that a lock chain, which checked the order, is locking a field: only this
    /// module can make one (its field is private, its module unreachable).
    pub struct Token(pub(super) ());
}
pub use token::Token;

/// One field in a `lock!` list: how to lock it, and what its guard is.
#[diagnostic::on_unimplemented(
    message = "`lock!` cannot lock this field this way",
    label = "a mutex or `condvar` field is listed by name, an `rw` field as `read name` or `write name`",
    note = "an `atomic` field takes no lock, so it cannot be listed: use its method directly"
)]
pub trait LockOne<'a> {
    /// The field's level.
    type Level: Level;
    /// What locking it hands out, as its policy says.
    type Out;
    /// Locks it, holding `held` (the guards the chain took before it). Only a lock chain
    /// has the token, after checking the order. If the field's policy panics on its
    /// poisoned lock, `held` is dropped first, so that the unwinding does not poison the
    /// fields locked before it.
    fn lock_one<H>(self, token: Token, held: H) -> (H, Self::Out);
}

#[diagnostic::do_not_recommend]
impl<'a, T, L: Level> LockOne<'a> for &'a Field<T, L> {
    type Level = L;
    type Out = Out<'a, L, Guard<'a, T>>;
    #[inline]
    #[cfg_attr(debug_assertions, track_caller)]
    fn lock_one<H>(self, _: Token, held: H) -> (H, Self::Out) {
        on_lock_releasing::<L::Policy, _, _>(self.locked(), held)
    }
}

#[diagnostic::do_not_recommend]
impl<'a, T, L: Level> LockOne<'a> for &'a CondvarField<T, L> {
    type Level = L;
    type Out = Out<'a, L, Guard<'a, T>>;
    #[inline]
    #[cfg_attr(debug_assertions, track_caller)]
    fn lock_one<H>(self, _: Token, held: H) -> (H, Self::Out) {
        on_lock_releasing::<L::Policy, _, _>(self.locked(), held)
    }
}

/// A field to read, in a `lock!` list (`read name`): only an `rw` field can be.
pub struct Read<F>(pub F);

/// A field to write, in a `lock!` list (`write name`): only an `rw` field can be.
pub struct Write<F>(pub F);

#[diagnostic::do_not_recommend]
impl<'a, T, L: Level> LockOne<'a> for Read<&'a RwField<T, L>> {
    type Level = L;
    type Out = Out<'a, L, ReadGuard<'a, T>>;
    #[inline]
    #[cfg_attr(debug_assertions, track_caller)]
    fn lock_one<H>(self, _: Token, held: H) -> (H, Self::Out) {
        on_lock_releasing::<L::Policy, _, _>(self.0.read_one(), held)
    }
}

#[diagnostic::do_not_recommend]
impl<'a, T, L: Level> LockOne<'a> for Write<&'a RwField<T, L>> {
    type Level = L;
    type Out = Out<'a, L, WriteGuard<'a, T>>;
    #[inline]
    #[cfg_attr(debug_assertions, track_caller)]
    fn lock_one<H>(self, _: Token, held: H) -> (H, Self::Out) {
        on_lock_releasing::<L::Policy, _, _>(self.0.write_one(), held)
    }
}

/// Fields being locked by `lock!`: the guards `G` so far, and the level `L` of the last
/// field, whose key the chain holds borrowed for `'a`.
#[must_use = "`finish` hands back the guards and the key"]
pub struct LockChain<'a, G, L> {
    guards: G,
    _key: PhantomData<Key<'a, L>>,
}

impl<'a, L: Level> LockChain<'a, (), L> {
    /// Locks `field` with `key`: the first field of a `lock!` list.
    #[inline]
    #[track_caller]
    pub fn start<K: CanLock<L>, F: LockOne<'a, Level = L>>(
        field: F,
        _key: &'a mut K,
    ) -> LockChain<'a, (F::Out,), L> {
        assert_ordered::<K, L>();
        let ((), guard) = field.lock_one(Token(()), ());
        LockChain {
            guards: (guard,),
            _key: PhantomData,
        }
    }
}

impl<'a, G, L: Level> LockChain<'a, G, L> {
    /// Locks `field`, which must come after the last field locked.
    #[inline]
    #[track_caller]
    #[rustfmt::skip]
    pub fn then<F: LockOne<'a>>(self, field: F) -> LockChain<'a, G::Out, F::Level>
    where Key<'a, L>: CanLock<F::Level>, G: Append<F::Out>,
    {
        assert_ordered_after::<L, F::Level>();
        let (guards, guard) = field.lock_one(Token(()), self.guards);
        LockChain {
            guards: guards.append(guard),
            _key: PhantomData,
        }
    }

    /// The guards, in list order, and the key after the last field.
    #[inline]
    pub fn finish(self) -> G::Out
    where
        G: Append<Key<'a, L>>,
    {
        self.guards.append(Key::new())
    }
}

/// A tuple with one more element at the end.
#[diagnostic::on_unimplemented(
    message = "`lock!` locks at most eight fields",
    label = "a ninth field",
    note = "lock the rest with a second `lock!`, using the key the first hands back"
)]
pub trait Append<X> {
    /// The longer tuple.
    type Out;
    /// Appends `x`.
    fn append(self, x: X) -> Self::Out;
}

macro_rules! append_impl {
    ($($name:ident)*) => {
        impl<$($name,)* X> Append<X> for ($($name,)*) {
            type Out = ($($name,)* X,);
            #[inline]
            #[allow(non_snake_case)]
            fn append(self, x: X) -> Self::Out {
                let ($($name,)*) = self;
                ($($name,)* x,)
            }
        }
    };
}

append_impl!(A);
append_impl!(A B);
append_impl!(A B C);
append_impl!(A B C D);
append_impl!(A B C D E);
append_impl!(A B C D E F);
append_impl!(A B C D E F G);
append_impl!(A B C D E F G H);
