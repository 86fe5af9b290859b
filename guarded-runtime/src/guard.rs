//! The guards lock calls hand out.

use crate::backend;
use crate::held::Pending;

/// Access to a locked field's data; the lock is released when the guard is dropped.
///
/// It dereferences to the data, mutably. It borrows the key it was locked with, so no key
/// that could lock the same field again is usable while it lives, and it cannot be sent to
/// another thread.
///
/// Leaking a guard (`mem::forget`, `Box::leak`) keeps the lock held after the key's borrow
/// ends. In builds with debug assertions, the next blocking lock of that field on the same
/// thread (of any guard kind) then panics, naming the struct and the field, instead of
/// never returning; `try_` calls return `Busy`. Release builds do not check.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct Guard<'a, T> {
    inner: backend::MutexGuard<'a, T>,
    /// This thread holds the lock (debug builds: see `held.rs`).
    #[cfg(debug_assertions)]
    _mark: crate::held::Mark,
}

/// Shared access to a read-locked `#[guarded(rw)]` field; other threads may read it at the
/// same time. The read lock is released when the guard is dropped.
///
/// It borrows the key it was locked with, so this thread cannot read or write the same
/// field again while it lives (a second read would deadlock as soon as a writer queued
/// between the two).
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct ReadGuard<'a, T> {
    inner: backend::ReadGuard<'a, T>,
    /// This thread holds the lock (debug builds: see `held.rs`).
    #[cfg(debug_assertions)]
    _mark: crate::held::Mark,
}

/// Exclusive access to a write-locked `#[guarded(rw)]` field. The write lock is released
/// when the guard is dropped.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct WriteGuard<'a, T> {
    inner: backend::WriteGuard<'a, T>,
    /// This thread holds the lock (debug builds: see `held.rs`).
    #[cfg(debug_assertions)]
    _mark: crate::held::Mark,
}

/// The data a lock call's result opens: its address and size, which place it inside one
/// lock. [`Poisoned::into_inner`](crate::Poisoned::into_inner) checks that it lies in the
/// lock it reports, so that it clears the poison only of a lock its guard still holds
/// ([`Poisoned::get_mut`](crate::Poisoned::get_mut) would let another guard of the same
/// type be swapped in). Implemented for every guard that can be reported poisoned, and
/// for a guard paired with its key (or with a wait's timeout).
pub trait LockedData {
    /// The address and the size of the data.
    #[doc(hidden)]
    fn locked_data(&self) -> (usize, usize);
}

impl<G: LockedData, K> LockedData for (G, K) {
    #[inline]
    fn locked_data(&self) -> (usize, usize) {
        self.0.locked_data()
    }
}

/// The address and the size of `data`.
#[inline]
pub(crate) fn span_of<T: ?Sized>(data: &T) -> (usize, usize) {
    (
        std::ptr::from_ref(data).cast::<()>().addr(),
        std::mem::size_of_val(data),
    )
}

/// The impls each guard has: made from the backend's guard, and `access_impls!`.
macro_rules! guard_impls {
    ($name:ident($inner:ident) $(, $mutable:ident)?) => {
        impl<'a, T> $name<'a, T> {
            #[inline]
            pub(crate) fn new(inner: backend::$inner<'a, T>, pending: Pending) -> Self {
                #[cfg(not(debug_assertions))]
                let _ = pending;
                $name {
                    inner,
                    #[cfg(debug_assertions)]
                    _mark: pending.fill(),
                }
            }
        }

        impl<T> $crate::guard::LockedData for $name<'_, T> {
            #[inline]
            fn locked_data(&self) -> (usize, usize) {
                $crate::guard::span_of::<T>(&self.inner)
            }
        }

        $crate::guard::access_impls!($name $(, $mutable)?);
    };
}

/// What every guard, blocking or async, does with the data it holds in `inner`:
/// dereference to it (mutably if `DerefMut` is named), and format as it does.
macro_rules! access_impls {
    ($name:ident $(, $mutable:ident)?) => {
        impl<T> ::std::ops::Deref for $name<'_, T> {
            type Target = T;

            #[inline]
            fn deref(&self) -> &T {
                &self.inner
            }
        }

        $(
            impl<T> ::std::ops::$mutable for $name<'_, T> {
                #[inline]
                fn deref_mut(&mut self) -> &mut T {
                    &mut self.inner
                }
            }
        )?

        impl<T: ::std::fmt::Debug> ::std::fmt::Debug for $name<'_, T> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Debug::fmt(&**self, f)
            }
        }

        impl<T: ::std::fmt::Display> ::std::fmt::Display for $name<'_, T> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&**self, f)
            }
        }
    };
}
pub(crate) use access_impls;

guard_impls!(Guard(MutexGuard), DerefMut);
guard_impls!(ReadGuard(ReadGuard));
guard_impls!(WriteGuard(WriteGuard), DerefMut);

#[cfg(test)]
mod tests {
    static_assertions::assert_not_impl_any!(super::Guard<'static, u8>: Send, Clone);
    static_assertions::assert_not_impl_any!(super::ReadGuard<'static, u8>: Send, Clone);
    static_assertions::assert_not_impl_any!(super::WriteGuard<'static, u8>: Send, Clone);

    /// Release builds add nothing to the backend's guards: no mark, no check.
    #[cfg(not(debug_assertions))]
    #[test]
    fn release_guards_are_the_backend_guards() {
        use std::mem::size_of;

        use crate::backend;

        assert_eq!(
            size_of::<super::Guard<'static, u64>>(),
            size_of::<backend::MutexGuard<'static, u64>>()
        );
        assert_eq!(
            size_of::<super::ReadGuard<'static, u64>>(),
            size_of::<backend::ReadGuard<'static, u64>>()
        );
        assert_eq!(
            size_of::<super::WriteGuard<'static, u64>>(),
            size_of::<backend::WriteGuard<'static, u64>>()
        );
    }
}
