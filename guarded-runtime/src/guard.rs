//! The guard a lock hands out.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::MutexGuard;

/// Access to a locked field's data; the lock is released when the guard is dropped.
///
/// It dereferences to the data, mutably. It borrows the key it was locked with, so no key
/// that could lock the same field again is usable while it lives, and it cannot be sent to
/// another thread.
#[must_use = "the lock is released as soon as the guard is dropped"]
pub struct Guard<'a, T: ?Sized> {
    inner: MutexGuard<'a, T>,
}

impl<'a, T: ?Sized> Guard<'a, T> {
    #[inline]
    pub(crate) fn new(inner: MutexGuard<'a, T>) -> Self {
        Guard { inner }
    }
}

impl<T: ?Sized> Deref for Guard<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T: ?Sized> DerefMut for Guard<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Guard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Guard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    static_assertions::assert_not_impl_any!(super::Guard<'static, u8>: Send, Clone);
}
