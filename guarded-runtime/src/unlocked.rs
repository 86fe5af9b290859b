//! Storage of one `#[guarded(unlocked)]` field: a value set once, shared, read without a
//! key or a lock.

use std::fmt;
use std::sync::Arc;

/// One `#[guarded(unlocked)]` field: a value set by `new` and shared by the struct's
/// clones, read as `&T` from any thread, at any point in the lock order, with no key.
///
/// There is no way to `&mut T`: the `Arc` is private and nothing hands it out, so a change
/// can only go through `T`'s own interior mutability (an atomic, a channel `Sender`, a
/// `OnceLock`). A lock inside `T` is outside `guarded`'s order checks.
///
/// `Send` and `Sync` exactly as `Arc<T>`: both when `T` is `Send + Sync`, neither otherwise.
pub struct UnlockedField<T> {
    shared: Arc<T>,
}

impl<T> UnlockedField<T> {
    /// Shares `value`.
    #[inline]
    pub fn new(value: T) -> Self {
        UnlockedField {
            shared: Arc::new(value),
        }
    }

    /// The value.
    #[inline]
    pub fn get(&self) -> &T {
        &self.shared
    }
}

impl<T> Clone for UnlockedField<T> {
    /// Shares the same value.
    #[inline]
    fn clone(&self) -> Self {
        UnlockedField {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<T: Default> Default for UnlockedField<T> {
    fn default() -> Self {
        UnlockedField::new(T::default())
    }
}

/// Prints the value: reading it takes no lock.
impl<T: fmt::Debug> fmt::Debug for UnlockedField<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.shared, f)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::{MutexGuard, OnceLock};

    use static_assertions::{assert_impl_all, assert_not_impl_any};

    use super::UnlockedField;

    #[test]
    fn clones_share_the_value() {
        let field = UnlockedField::new(AtomicU32::new(1));
        let clone = field.clone();
        assert!(std::ptr::eq(field.get(), clone.get()), "one value, not two");
        clone.get().store(2, Ordering::Relaxed);
        assert_eq!(field.get().load(Ordering::Relaxed), 2);
    }

    #[test]
    fn a_change_through_interior_mutability_is_seen_by_another_thread() {
        let field = UnlockedField::new(OnceLock::new());
        let clone = field.clone();
        std::thread::scope(|scope| {
            scope.spawn(|| clone.get().set("set elsewhere").expect("set once"));
        });
        assert_eq!(field.get().get(), Some(&"set elsewhere"));
        let seen = std::thread::scope(|scope| scope.spawn(|| *field.get().get().unwrap()).join());
        assert_eq!(seen.expect("the thread ran"), "set elsewhere");
    }

    #[test]
    fn default_and_debug() {
        let field = UnlockedField::<Vec<u8>>::default();
        assert!(field.get().is_empty());
        assert_eq!(format!("{field:?}"), "[]");
        let named = UnlockedField::new(String::from("shard 3"));
        assert_eq!(format!("{named:?}"), r#""shard 3""#);
    }

    // As `Arc<T>`: both when `T` is `Send + Sync`; neither for `Rc` (neither), `Cell`
    // (`Send` only) or `MutexGuard` (`Sync` only).
    assert_impl_all!(UnlockedField<String>: Send, Sync, Clone, Unpin);
    assert_impl_all!(std::sync::Arc<String>: Send, Sync);
    assert_not_impl_any!(UnlockedField<Rc<u8>>: Send, Sync);
    assert_not_impl_any!(UnlockedField<Cell<u8>>: Send, Sync);
    assert_not_impl_any!(std::sync::Arc<Cell<u8>>: Send, Sync);
    assert_not_impl_any!(UnlockedField<MutexGuard<'static, u8>>: Send, Sync);
}
