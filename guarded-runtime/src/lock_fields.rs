//! Several fields of one instance, locked in one call (`guarded::lock!`), in declared
//! order: each field after the one before it, with the same order check as one lock at
//! a time (each field's level by the key of the one before: `CanLock` and
//! `assert_ordered`, walked through in `order.rs`), and one key handed back after the
//! last.

use crate::condvar::CondvarField;
use crate::guard::{Guard, ReadGuard, WriteGuard};
use crate::key::Key;
use crate::lock_call::{Out, assert_ordered};
use crate::mutex::Field;
use crate::order::{CanLock, Level};
use crate::poison::Policy;
use crate::rw::RwField;

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
    /// Locks it.
    fn lock_one(self) -> Self::Out;
}

impl<'a, T, L: Level> LockOne<'a> for &'a Field<T, L> {
    type Level = L;
    type Out = Out<'a, L, Guard<'a, T>>;
    #[inline]
    fn lock_one(self) -> Self::Out {
        L::Policy::on_lock(self.locked())
    }
}

impl<'a, T, L: Level> LockOne<'a> for &'a CondvarField<T, L> {
    type Level = L;
    type Out = Out<'a, L, Guard<'a, T>>;
    #[inline]
    fn lock_one(self) -> Self::Out {
        L::Policy::on_lock(self.locked())
    }
}

/// A field to read, in a `lock!` list (`read name`): only an `rw` field can be.
pub struct Read<F>(pub F);

/// A field to write, in a `lock!` list (`write name`): only an `rw` field can be.
pub struct Write<F>(pub F);

impl<'a, T, L: Level> LockOne<'a> for Read<&'a RwField<T, L>> {
    type Level = L;
    type Out = Out<'a, L, ReadGuard<'a, T>>;
    #[inline]
    fn lock_one(self) -> Self::Out {
        L::Policy::on_lock(self.0.read_one())
    }
}

impl<'a, T, L: Level> LockOne<'a> for Write<&'a RwField<T, L>> {
    type Level = L;
    type Out = Out<'a, L, WriteGuard<'a, T>>;
    #[inline]
    fn lock_one(self) -> Self::Out {
        L::Policy::on_lock(self.0.write_one())
    }
}

/// A list of fields that `lock!` locks, in list order, with a key of type `K`.
pub trait LockFields<'a, K> {
    /// The guards, in list order, and the key after the last field.
    type Out;
    /// Locks them.
    fn lock_fields(self, key: &'a mut K) -> Self::Out;
}

/// Locks `fields` (a tuple) in order with `key`; what `guarded::lock!` expands to.
#[inline]
#[track_caller]
pub fn lock_fields<'a, K, F: LockFields<'a, K>>(fields: F, key: &'a mut K) -> F::Out {
    fields.lock_fields(key)
}

/// The impl for a tuple of `$field` types: the first must be lockable by `K`, and each
/// next one by the key of the one before (the `($x $y)` pairs).
macro_rules! tuple_impl {
    ($first:ident $($field:ident)* ; $(($x:ident $y:ident))* ; $last:ident) => {
        impl<'a, K, $first: LockOne<'a> $(, $field: LockOne<'a>)*> LockFields<'a, K>
            for ($first, $($field,)*)
        where
            K: CanLock<$first::Level>,
            $(Key<'a, $x::Level>: CanLock<$y::Level>,)*
        {
            type Out = ($first::Out, $($field::Out,)* Key<'a, $last::Level>);

            #[inline]
            #[track_caller]
            #[allow(non_snake_case)]
            fn lock_fields(self, _key: &'a mut K) -> Self::Out {
                assert_ordered::<K, $first::Level>();
                $(assert_ordered::<Key<'a, $x::Level>, $y::Level>();)*
                let ($first, $($field,)*) = self;
                ($first.lock_one(), $($field.lock_one(),)* Key::new())
            }
        }
    };
}

tuple_impl!(A; ; A);
tuple_impl!(A B; (A B); B);
tuple_impl!(A B C; (A B) (B C); C);
tuple_impl!(A B C D; (A B) (B C) (C D); D);
tuple_impl!(A B C D E; (A B) (B C) (C D) (D E); E);
tuple_impl!(A B C D E F; (A B) (B C) (C D) (D E) (E F); F);
tuple_impl!(A B C D E F G; (A B) (B C) (C D) (D E) (E F) (F G); G);
tuple_impl!(A B C D E F G H; (A B) (B C) (C D) (D E) (E F) (F G) (G H); H);
