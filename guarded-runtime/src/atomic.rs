//! Storage of one `#[guarded(atomic)]` field: a std atomic, reached without a key.

use std::fmt;

/// One `#[guarded(atomic)]` field: a std atomic (`AtomicU64` for a `u64` field, ...), in
/// its instance's one shared allocation, which the struct's clones share. It takes no
/// lock, so it is outside the lock order and needs no key.
pub struct AtomicField<A> {
    shared: A,
}

impl<A> AtomicField<A> {
    /// Shares `atomic`.
    #[inline]
    pub fn new(atomic: A) -> Self {
        AtomicField { shared: atomic }
    }

    /// The atomic.
    #[inline]
    pub fn get(&self) -> &A {
        &self.shared
    }
}

impl<A: Default> Default for AtomicField<A> {
    fn default() -> Self {
        AtomicField::new(A::default())
    }
}

/// Prints the value: reading an atomic takes no lock.
impl<A: fmt::Debug> fmt::Debug for AtomicField<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.shared, f)
    }
}
