//! The guards lock calls hand out.

use std::fmt;
use std::ops::{Deref, DerefMut};

use crate::backend;

/// Access to a locked field's data; the lock is released when the guard is dropped.
///
/// It dereferences to the data, mutably. It borrows the key it was locked with, so no key
/// that could lock the same field again is usable while it lives, and it cannot be sent to
/// another thread.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct Guard<'a, T> {
    inner: backend::MutexGuard<'a, T>,
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
}

/// Exclusive access to a write-locked `#[guarded(rw)]` field. The write lock is released
/// when the guard is dropped.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct WriteGuard<'a, T> {
    inner: backend::WriteGuard<'a, T>,
}

/// The impls each guard has: made from the backend's guard, dereferencing to the data
/// (mutably if `DerefMut` is named), and formatting as the data does.
macro_rules! guard_impls {
    ($name:ident($inner:ident) $(, $mutable:ident)?) => {
        impl<'a, T> $name<'a, T> {
            #[inline]
            pub(crate) fn new(inner: backend::$inner<'a, T>) -> Self {
                $name { inner }
            }
        }

        impl<T> Deref for $name<'_, T> {
            type Target = T;

            #[inline]
            fn deref(&self) -> &T {
                &self.inner
            }
        }

        $(
            impl<T> $mutable for $name<'_, T> {
                #[inline]
                fn deref_mut(&mut self) -> &mut T {
                    &mut self.inner
                }
            }
        )?

        impl<T: fmt::Debug> fmt::Debug for $name<'_, T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&**self, f)
            }
        }

        impl<T: fmt::Display> fmt::Display for $name<'_, T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&**self, f)
            }
        }
    };
}

guard_impls!(Guard(MutexGuard), DerefMut);
guard_impls!(ReadGuard(ReadGuard));
guard_impls!(WriteGuard(WriteGuard), DerefMut);

#[cfg(test)]
mod tests {
    static_assertions::assert_not_impl_any!(super::Guard<'static, u8>: Send, Clone);
    static_assertions::assert_not_impl_any!(super::ReadGuard<'static, u8>: Send, Clone);
    static_assertions::assert_not_impl_any!(super::WriteGuard<'static, u8>: Send, Clone);
}
