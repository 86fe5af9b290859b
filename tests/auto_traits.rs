//! Auto traits, asserted in both directions (pin-project's `proper_unpin.rs` style).
//!
//! A `#[guarded]` struct shares its fields between threads through one `Arc` of their
//! mutexes, so it must be exactly as `Send` and `Sync` as `Arc<Mutex<T>>` is for each field
//! type `T`: both when every `T` is `Send`, neither when one is not. The generated storage must not
//! add or remove anything (the level markers are names, not data). Keys and guards belong to
//! the thread that made them.
//!
//! Each assertion is checked at compile time: a wrong answer fails to build this test.

// The structs here exist for their types: their fields are never locked, and rustc rightly
// reports a field that nothing reads (as it would for a plain struct).
#![allow(dead_code)]

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::rc::Rc;
use std::sync::MutexGuard;

use guarded::{CanLock, Guard, Key, ThreadKey, guarded};
use static_assertions::{assert_impl_all, assert_not_impl_all, assert_not_impl_any};

/// Every field `Send + Sync`.
#[guarded]
struct Plain {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}
assert_impl_all!(Plain: Send, Sync, Clone, Unpin, UnwindSafe, RefUnwindSafe);

/// `Rc` is neither `Send` nor `Sync`: a struct holding one must be neither, or two threads
/// could clone the struct and race on the reference count.
#[guarded]
struct WithRc {
    plain: u32,
    shared: Rc<u32>,
}
assert_not_impl_any!(WithRc: Send, Sync);

/// `Cell` is `Send` but not `Sync`; behind a `Mutex` it is both, like `Mutex<Cell<_>>`.
#[guarded]
struct WithCell {
    cell: Cell<u32>,
    refcell: RefCell<Vec<u8>>,
}
assert_impl_all!(WithCell: Send, Sync);
assert_impl_all!(std::sync::Mutex<Cell<u32>>: Send, Sync);

/// A raw pointer is neither `Send` nor `Sync`.
#[guarded]
struct WithPointer {
    plain: u32,
    pointer: *const u8,
}
assert_not_impl_any!(WithPointer: Send, Sync);

/// `MutexGuard` is `Sync` but not `Send`: as a field it makes the struct neither, as it
/// does `Arc<Mutex<MutexGuard<_>>>`.
#[guarded]
struct WithMutexGuard {
    guard: MutexGuard<'static, u8>,
}
assert_not_impl_any!(WithMutexGuard: Send, Sync);

/// A generic struct is `Send`/`Sync` exactly when its parameters allow.
#[guarded]
struct Generic<T> {
    value: T,
}
assert_impl_all!(Generic<u8>: Send, Sync);
assert_impl_all!(Generic<Cell<u8>>: Send, Sync);
assert_not_impl_any!(Generic<Rc<u8>>: Send, Sync);
assert_not_impl_any!(Generic<*mut u8>: Send, Sync);

/// Not `Clone`, not `Default`, not `Debug`: the struct is `Clone` regardless (a clone shares
/// the locks), and the other two are only there if derived.
struct NotClone;

#[guarded]
struct HoldsNotClone {
    value: NotClone,
}
assert_impl_all!(HoldsNotClone: Clone);
assert_impl_all!(Generic<NotClone>: Clone);
assert_not_impl_any!(HoldsNotClone: Copy, Default, std::fmt::Debug, PartialEq);

// The root key stays on its thread, and cannot be multiplied.
assert_not_impl_any!(ThreadKey: Send, Sync, Clone, Copy, Default);

// The keys handed back by locks: not `Send`, not `Sync`, not `Clone`.
assert_not_impl_any!(Key<'static, plain_levels::accounts>: Send, Sync, Clone, Copy, Default);

// A guard is not `Send` (a `MutexGuard` must be unlocked on the thread that locked it),
// and is `Sync` exactly when the data is (sharing `&Guard` shares `&T`).
assert_not_impl_any!(Guard<'static, u8>: Send, Clone);
assert_impl_all!(Guard<'static, u8>: Sync);
assert_not_impl_any!(Guard<'static, Cell<u8>>: Send, Sync);
assert_not_impl_all!(Guard<'static, Rc<u8>>: Sync);

// Both kinds of key can lock the first field, and only they implement `CanLock`.
assert_impl_all!(ThreadKey: CanLock<plain_levels::accounts>, CanLock<plain_levels::audit>);
assert_impl_all!(Key<'static, plain_levels::accounts>: CanLock<plain_levels::audit>);
assert_not_impl_any!(Key<'static, plain_levels::accounts>: CanLock<plain_levels::accounts>);
assert_not_impl_any!(Key<'static, plain_levels::audit>: CanLock<plain_levels::accounts>, CanLock<plain_levels::audit>);
assert_not_impl_any!(&'static mut ThreadKey: CanLock<plain_levels::accounts>);

/// Every field kind, with `Send + Sync` data: the struct is both, and unwind-safe.
#[guarded]
struct Kinds {
    #[guarded(rw)]
    settings: Vec<u8>,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(atomic)]
    done: u64,
}
assert_impl_all!(Kinds: Send, Sync, Clone, Unpin, UnwindSafe, RefUnwindSafe);

/// An `rw` field shares `&T` between readers, so, like `Arc<RwLock<T>>`, the struct is
/// `Send` and `Sync` only if `T` is both: `Cell` (`Send`, not `Sync`) makes it neither,
/// where a mutex field of `Cell` keeps both.
#[guarded]
struct RwCell {
    #[guarded(rw)]
    cell: Cell<u32>,
}
assert_not_impl_any!(RwCell: Send, Sync);
assert_not_impl_any!(std::sync::Arc<std::sync::RwLock<Cell<u32>>>: Send, Sync);

/// A `condvar` field is a mutex: `Cell` inside keeps the struct `Send` and `Sync`.
#[guarded]
struct CondvarCell {
    #[guarded(condvar)]
    cell: Cell<u32>,
}
assert_impl_all!(CondvarCell: Send, Sync);

/// `Rc` behind any kind of lock makes the struct neither.
#[guarded]
struct RwRc {
    #[guarded(rw)]
    shared: Rc<u32>,
}
assert_not_impl_any!(RwRc: Send, Sync);

// The other guards and the errors: guards stay on their thread; `Busy` is plain data.
assert_not_impl_any!(guarded::ReadGuard<'static, u8>: Send, Clone);
assert_not_impl_any!(guarded::WriteGuard<'static, u8>: Send, Clone);
assert_not_impl_any!(
    guarded::WaitGuard<'static, u8, kinds_levels::jobs, ThreadKey>: Send, Clone
);
assert_impl_all!(guarded::Busy: Send, Sync, Copy, std::error::Error);
assert_not_impl_any!(
    guarded::Poisoned<'static, (Guard<'static, u8>, Key<'static, plain_levels::accounts>)>: Send
);
// A `lock!` chain part-way, moved or shared to another thread, would lock its next field
// and hand back its key there: it carries the key's type, so it stays on its thread even
// with no guard in it yet.
assert_not_impl_any!(guarded::LockChain<'static, (), plain_levels::accounts>: Send, Sync);

// Only the thread key may wait; a key handed back by a lock may not.
assert_impl_all!(ThreadKey: guarded::CanWait<kinds_levels::jobs>);
assert_not_impl_any!(Key<'static, kinds_levels::settings>: guarded::CanWait<kinds_levels::jobs>);

/// A struct that is `Send` really crosses threads, and its clones share the data.
#[test]
fn a_send_struct_crosses_threads() {
    let plain = Plain::new(HashMap::new(), Vec::new());
    let moved = plain.clone();
    std::thread::spawn(move || {
        let mut key = ThreadKey::get().expect("the thread's key");
        moved.lock_accounts(&mut key).0.insert(1, 1);
    })
    .join()
    .expect("thread ran");
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let mut key = ThreadKey::get().expect("the thread's key");
            assert_eq!(plain.lock_accounts(&mut key).0.get(&1), Some(&1));
        });
    });
}
