//! Storage of one `#[guarded(unlocked)]` field: a value set once, shared, read without a
//! key or a lock.

use std::fmt;

/// One `#[guarded(unlocked)]` field: a value set by `new`, in its instance's one shared
/// allocation (which the struct's clones share), read as `&T` from any thread, at any
/// point in the lock order, with no key.
///
/// There is no way to `&mut T`: the value is private, nothing hands out `&mut` of it, and
/// the allocation is shared, so a change can only go through `T`'s own interior
/// mutability (an atomic, a channel `Sender`, a `OnceLock`). A lock inside `T` is outside
/// `guarded`'s order checks.
///
/// `Send` and `Sync` as `T`; shared in the struct's `Arc`, exactly as `Arc<T>`: both when
/// `T` is `Send + Sync`, neither otherwise.
pub struct UnlockedField<T> {
    shared: T,
}

impl<T> UnlockedField<T> {
    /// Shares `value`.
    #[inline]
    pub fn new(value: T) -> Self {
        UnlockedField { shared: value }
    }

    /// The value.
    #[inline]
    pub fn get(&self) -> &T {
        &self.shared
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
        fmt::Debug::fmt(&self.shared, f)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::{Arc, MutexGuard, OnceLock};

    use static_assertions::{assert_impl_all, assert_not_impl_any};

    use super::UnlockedField;

    // The generated struct shares its fields' storage in one `Arc`, which is how these
    // tests share it too.

    #[test]
    fn clones_share_the_value() {
        let field = Arc::new(UnlockedField::new(AtomicU32::new(1)));
        let clone = Arc::clone(&field);
        assert!(std::ptr::eq(field.get(), clone.get()), "one value, not two");
        clone.get().store(2, Ordering::Relaxed);
        assert_eq!(field.get().load(Ordering::Relaxed), 2);
    }

    #[test]
    fn a_change_through_interior_mutability_is_seen_by_another_thread() {
        let field = Arc::new(UnlockedField::new(OnceLock::new()));
        let clone = Arc::clone(&field);
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

    // Shared as the struct shares it, as `Arc<T>`: both when `T` is `Send + Sync`; neither
    // for `Rc` (neither), `Cell` (`Send` only) or `MutexGuard` (`Sync` only).
    assert_impl_all!(Arc<UnlockedField<String>>: Send, Sync, Clone, Unpin);
    assert_impl_all!(Arc<String>: Send, Sync);
    assert_not_impl_any!(Arc<UnlockedField<Rc<u8>>>: Send, Sync);
    assert_not_impl_any!(Arc<UnlockedField<Cell<u8>>>: Send, Sync);
    assert_not_impl_any!(Arc<Cell<u8>>: Send, Sync);
    assert_not_impl_any!(Arc<UnlockedField<MutexGuard<'static, u8>>>: Send, Sync);
    // Inline, the storage is what its value is: no `Sync` for a `Cell`, which the `Arc`
    // then refuses to share.
    assert_impl_all!(UnlockedField<Cell<u8>>: Send);
    assert_not_impl_any!(UnlockedField<Cell<u8>>: Sync, Clone);
}
