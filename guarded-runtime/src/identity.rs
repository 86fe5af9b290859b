//! What tells one lock from another: the order in which the calls that lock a field of
//! several instances take them (`many.rs`), their `SameInstance` check, and, in debug
//! builds, the locks a thread holds (`held.rs`).
//!
//! A field's lock lives inline in its storage, and the storage inside the one shared
//! allocation of its instance (the generated struct holds one `Arc` of all its fields), so
//! the lock's address is the identity: clones of an instance share the allocation, so
//! they have the same address; two instances alive at the same time have two allocations,
//! so two addresses. The address is stable while the storage is borrowed, which every call
//! that compares identities does for as long as it holds the locks.
//!
//! An address can be reused once the instance is freed, which is harmless for ordering
//! (nothing is held then) but not for `held.rs`: a guard that was leaked leaves its lock
//! marked as held by its thread forever, and a new lock allocated at the same address must
//! not look held. So in debug builds each lock also has a [`Tag`], a number taken from a
//! counter when the lock is made and never given to another, and that is what `held.rs`
//! records. Release builds check nothing, and the tag is empty there.

/// A lock's number in the leaked-guard check of debug builds: unique for the life of the
/// process (a `usize` counter, which on a 64-bit target does not wrap in practice). Empty
/// in release builds.
pub(crate) struct Tag(#[cfg(debug_assertions)] usize);

impl Tag {
    /// The next number.
    #[inline]
    pub(crate) fn new() -> Self {
        #[cfg(debug_assertions)]
        {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static NEXT: AtomicUsize = AtomicUsize::new(0);
            // Only uniqueness is needed, which every ordering gives an atomic counter.
            Tag(NEXT.fetch_add(1, Ordering::Relaxed))
        }
        #[cfg(not(debug_assertions))]
        Tag()
    }
}

/// The identity of one lock, as the calls that lock several instances compare it: its
/// address, and in debug builds its [`Tag`] (which the same lock always has, so comparing
/// both is comparing addresses).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Identity {
    address: usize,
    #[cfg(debug_assertions)]
    tag: usize,
}

impl Identity {
    /// The identity of `storage`, the storage of a lock, whose tag is `tag`.
    #[inline]
    pub(crate) fn of<S>(storage: &S, tag: &Tag) -> Self {
        #[cfg(not(debug_assertions))]
        let _ = tag;
        Identity {
            address: std::ptr::from_ref(storage).addr(),
            #[cfg(debug_assertions)]
            tag: tag.0,
        }
    }

    /// The tag, for `held.rs`.
    #[cfg(debug_assertions)]
    #[inline]
    pub(crate) fn tag(self) -> usize {
        self.tag
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{Identity, Tag};

    /// A lock's storage, as the struct's one allocation holds it.
    struct Storage {
        tag: Tag,
        _data: u64,
    }

    fn storage() -> Storage {
        Storage {
            tag: Tag::new(),
            _data: 0,
        }
    }

    fn id(storage: &Storage) -> Identity {
        Identity::of(storage, &storage.tag)
    }

    #[test]
    fn clones_of_an_instance_are_one_lock_and_two_instances_are_two() {
        let instance = Arc::new((storage(), storage()));
        let clone = Arc::clone(&instance);
        assert!(id(&instance.0) == id(&clone.0), "a clone shares the lock");
        assert!(id(&instance.0) != id(&instance.1), "two fields, two locks");
        let other = Arc::new((storage(), storage()));
        assert!(id(&instance.0) != id(&other.0), "two instances, two locks");
        // Ordered by address, in debug builds as in release builds.
        let (a, b) = (&instance.0, &other.0);
        let by_address = std::ptr::from_ref(a).addr() < std::ptr::from_ref(b).addr();
        assert_eq!(id(a) < id(b), by_address);
    }

    /// What `held.rs` relies on: a lock made where a freed one was is not the freed one.
    #[cfg(debug_assertions)]
    #[test]
    fn a_lock_at_a_freed_lock_s_address_has_another_tag() {
        let first = Box::new(storage());
        let freed = id(&first).tag();
        drop(first);
        for _ in 0..100 {
            let next = Box::new(storage());
            assert_ne!(id(&next).tag(), freed);
        }
    }
}
