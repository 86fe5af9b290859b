//! Poisoning: what a lock call does when a thread panicked while holding the lock, as
//! each field's policy says, and the errors that report it.

use std::error::Error;
use std::fmt;
use std::time::Duration;

use crate::backend::ClearPoison;
use crate::guard::LockedData;
use crate::order::Level;

/// The names a poisoning or busy report gives: the struct, the field, and the method that
/// takes a poisoned field's data anyway.
#[derive(Clone, Copy)]
pub(crate) struct Names {
    pub(crate) structure: &'static str,
    pub(crate) field: &'static str,
    recover: &'static str,
}

impl Names {
    pub(crate) fn of<L: Level>() -> Self {
        Names {
            structure: L::STRUCT,
            field: L::FIELD,
            recover: L::RECOVER,
        }
    }
}

/// A lock was taken, but it is poisoned: a thread panicked while holding it, so the data
/// may be half-updated. Returned by the lock methods of fields whose policy is
/// `poison = result`.
///
/// It holds what the lock call would have returned (the guard and the key), so nothing is
/// lost: [`Poisoned::into_inner`] hands them over and clears the poison. Dropping it
/// releases the lock and leaves the poison for the next caller.
pub struct Poisoned<'a, G> {
    inner: G,
    lock: &'a dyn ClearPoison,
    // A function rather than the names themselves: one word instead of six, so that the
    // lock calls' results (which hold a `Poisoned` in their `Err`) stay small.
    names: fn() -> Names,
}

impl<'a, G> Poisoned<'a, G> {
    pub(crate) fn new<L: Level>(inner: G, lock: &'a dyn ClearPoison) -> Self {
        Poisoned {
            inner,
            lock,
            names: Names::of::<L>,
        }
    }

    /// Takes what the lock call would have returned, and clears the poison: the caller
    /// now answers for the data (check it, repair it, or reset it). A reader (the guard
    /// of a `read_<field>` call) clears it too: taking the data is the decision that it
    /// is usable as it is; to repair it, write-lock the field instead.
    ///
    /// Only the poison of the lock whose guard this report holds is cleared: if another
    /// guard was swapped in through [`get_mut`](Self::get_mut) (one of a lock that was
    /// not poisoned, from the same `_pair` or `_many` call), the reported lock is no
    /// longer held here, and its poison stays for its next caller.
    pub fn into_inner(self) -> G
    where
        G: LockedData,
    {
        // The lock holds its data inline, after its own state (which is not empty): the
        // guard's data starts past the reported lock's first byte and ends at its end at
        // the latest only if the guard is that lock's. Another lock's data lies within
        // that other lock, after its state: a lock after this one has it past this
        // lock's end; a lock before it, at this lock's start at the latest (exactly there
        // when the data is zero-sized and ends its lock with no padding after it,
        // `[u64; 0]` in `std`'s mutex: hence `<`, not `<=`).
        let (data, size) = self.inner.locked_data();
        let start = std::ptr::from_ref(self.lock).cast::<()>().addr();
        let end = start + std::mem::size_of_val(self.lock);
        if start < data && data + size <= end {
            self.lock.clear_poison();
        }
        self.inner
    }

    /// As [`into_inner`](Self::into_inner), for a report fresh from a lock call (no
    /// guard can have been swapped in yet): the policies that clear the poison themselves.
    pub(crate) fn into_inner_fresh(self) -> G {
        self.lock.clear_poison();
        self.inner
    }

    /// The same report, for what `f` makes of the guard.
    pub(crate) fn map<H>(self, f: impl FnOnce(G) -> H) -> Poisoned<'a, H> {
        Poisoned {
            inner: f(self.inner),
            lock: self.lock,
            names: self.names,
        }
    }

    /// What the lock call would have returned, without clearing the poison.
    pub fn get_ref(&self) -> &G {
        &self.inner
    }

    /// What the lock call would have returned, mutably, without clearing the poison.
    pub fn get_mut(&mut self) -> &mut G {
        &mut self.inner
    }

    /// The struct's name, as written.
    pub fn struct_name(&self) -> &'static str {
        (self.names)().structure
    }

    /// The field's name, as written.
    pub fn field_name(&self) -> &'static str {
        (self.names)().field
    }

    /// Panics with the message of a field whose policy is `poison = panic`, after
    /// releasing the lock (so the unwind does not touch it).
    ///
    /// Only the release is generic (it is the guard's drop); the names are looked up here,
    /// where the field is known, and the panic itself is one function for every field
    /// ([`panic_poisoned`]), so a program does not carry a copy of it per field.
    // Always: on the cold path the plain hint is not taken, and a copy per guard type
    // (what this replaces) would be back.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    #[track_caller]
    pub(crate) fn panic(self) -> ! {
        let names = (self.names)();
        drop(self);
        panic_poisoned(names.structure, names.field, names.recover)
    }
}

/// The panic of a lock call on a poisoned field whose policy is `poison = panic`: one
/// function, not one per field (BENCHMARKS.md, "Code size").
#[cold]
#[inline(never)]
#[track_caller]
fn panic_poisoned(structure: &str, field: &str, recover: &str) -> ! {
    panic!(
        "`{structure}.{field}` is poisoned: a thread panicked while it held this lock. \
         Call `{recover}` to take the data as that thread left it (this clears the poison).",
    )
}

impl<G> fmt::Debug for Poisoned<'_, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Poisoned")
            .field("struct", &self.struct_name())
            .field("field", &self.field_name())
            .finish_non_exhaustive()
    }
}

impl<G> fmt::Display for Poisoned<'_, G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}.{}` is poisoned: a thread panicked while it held this lock",
            self.struct_name(),
            self.field_name()
        )
    }
}

impl<G> Error for Poisoned<'_, G> {}

/// Why a `try_` lock call did not lock: another thread holds the lock (or, for a timed
/// call, still held it when the time ran out). In builds with debug assertions, a lock
/// this thread holds because it leaked a guard (`mem::forget`, `Box::leak`) is told apart:
/// the message says so (release builds do not track it, and say "another thread").
///
/// It borrows nothing, so the key lent to the call is free again once the call's result
/// has been matched. (Inside the arms of a `match` on the call itself, the result is still
/// alive and the key still borrowed.)
///
/// ```
/// use guarded::{guarded, Busy, ThreadKey};
///
/// #[guarded]
/// struct Shop {
///     stock: u32,
///     log: Vec<String>,
/// }
///
/// let shop = Shop::new(1, Vec::new());
/// let mut key = ThreadKey::get().unwrap();
/// let busy: Option<Busy> = match shop.try_lock_stock(&mut key) {
///     Ok((stock, _key)) => {
///         assert_eq!(*stock, 1);
///         None
///     }
///     Err(busy) => Some(busy),
/// };
/// let (mut log, _key) = shop.lock_log(&mut key); // the key is free again
/// log.push(format!("{busy:?}"));
/// ```
#[derive(Clone, Copy)]
pub struct Busy {
    names: Names,
    waited: Option<Duration>,
    held_here: bool,
}

impl Busy {
    /// `held_here`: this thread holds the lock (a leaked guard); only debug builds know.
    pub(crate) fn new<L: Level>(waited: Option<Duration>, held_here: bool) -> Self {
        Busy {
            names: Names::of::<L>(),
            waited,
            held_here,
        }
    }

    /// The timeout a timed call was given (and waited out): `None` for a call that does
    /// not wait.
    pub fn waited(&self) -> Option<Duration> {
        self.waited
    }
}

impl fmt::Debug for Busy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Busy")
            .field("struct", &self.names.structure)
            .field("field", &self.names.field)
            .field("waited", &self.waited)
            .field("held_by_this_thread", &self.held_here)
            .finish()
    }
}

impl fmt::Display for Busy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Names {
            structure, field, ..
        } = self.names;
        if self.held_here {
            return write!(
                f,
                "`{structure}.{field}` is held by this thread: a guard of it was leaked \
                 (`mem::forget`, `Box::leak`), so it stays locked"
            );
        }
        match self.waited {
            None => write!(f, "`{structure}.{field}` is locked by another thread"),
            Some(waited) if waited.is_zero() => {
                write!(f, "`{structure}.{field}` is locked by another thread")
            }
            Some(waited) => write!(
                f,
                "`{structure}.{field}` was still locked by another thread after {waited:?}"
            ),
        }
    }
}

impl Error for Busy {}

/// A field's poisoning policy, chosen with `#[guarded(poison = ...)]`: what a lock call
/// returns, and what it does when the lock is poisoned.
///
/// Sealed: the three policies are [`PanicOnPoison`], [`RecoverOnPoison`] and
/// [`ReturnPoison`].
pub trait Policy: sealed::Sealed + 'static {
    /// Whether the policy tells the caller about poisoning. A policy that does not lets
    /// the `parking_lot` backend skip tracking it.
    const REPORTS: bool;

    /// Whether a lock call panics on a poisoned lock: a call that locks several then
    /// releases the locks it already took before the panic starts, which would poison
    /// them ([`on_lock_releasing`]).
    const PANICS: bool;

    /// What a blocking lock call returns, given what it locked (`G`).
    type Out<'a, G>;

    /// Applies the policy to a blocking lock call's outcome.
    #[track_caller]
    fn on_lock<G>(locked: Result<G, Poisoned<'_, G>>) -> Self::Out<'_, G>;
}

/// `poison = panic`, the default: a lock call on a poisoned lock panics, naming the field
/// and the `recover_<field>` method that takes the data anyway.
pub enum PanicOnPoison {}

/// `poison = recover`: a lock call on a poisoned lock hands the data over as the panicking
/// thread left it (as `parking_lot` does), and clears the poison.
pub enum RecoverOnPoison {}

/// `poison = result`: a lock call returns `Result<_, Poisoned<_>>`, and the caller
/// decides.
pub enum ReturnPoison {}

impl Policy for PanicOnPoison {
    const REPORTS: bool = true;
    const PANICS: bool = true;
    type Out<'a, G> = G;

    #[inline]
    #[track_caller]
    fn on_lock<G>(locked: Result<G, Poisoned<'_, G>>) -> G {
        match locked {
            Ok(got) => got,
            Err(poisoned) => poisoned.panic(),
        }
    }
}

impl Policy for RecoverOnPoison {
    const REPORTS: bool = false;
    const PANICS: bool = false;
    type Out<'a, G> = G;

    #[inline]
    fn on_lock<G>(locked: Result<G, Poisoned<'_, G>>) -> G {
        match locked {
            Ok(got) => got,
            Err(poisoned) => {
                // Inline (the path is cold already: `lock_call::outcome`): the guard
                // handed over is then the very value locked, and the two paths' guards
                // are one; returned by an out-of-line call, it cost W2 under
                // `poison = recover` 10 instructions with one codegen unit (BENCHMARKS.md).
                // Clearing the poison is then a store with `std`, whose `clear_poison`
                // is inline (with `parking_lot`, `recover` never sees a poisoned lock).
                poisoned.into_inner_fresh()
            }
        }
    }
}

/// [`Policy::on_lock`] for a call that already holds other locks (`held`: their guards),
/// as the pair and many calls and `lock!` do: if the policy panics on this poisoned lock,
/// the guards in `held` are dropped first, so that the unwinding does not poison locks
/// whose data nobody touched; otherwise `held` comes back untouched.
#[inline]
#[track_caller]
pub(crate) fn on_lock_releasing<P: Policy, G, H>(
    locked: Result<G, Poisoned<'_, G>>,
    held: H,
) -> (H, P::Out<'_, G>) {
    match locked {
        Ok(guard) => (held, P::on_lock(Ok(guard))),
        // Out of line: the guards held stay in registers on the fast path.
        Err(poisoned) => on_poisoned_releasing::<P, G, H>(poisoned, held),
    }
}

/// The poisoned case of [`on_lock_releasing`]. Out of line with `std`, inline (but cold)
/// with `parking_lot`, as measured (`scripts/count-instructions`, W4x1 on one thread):
/// the other way round, the loop of a pair call spills more registers, 122 instead of 116
/// instructions with `parking_lot`, and 117 with `std` with a loop counter kept in memory,
/// 4 to 8% slower.
#[cold]
#[cfg_attr(feature = "parking_lot", inline(always))]
#[cfg_attr(not(feature = "parking_lot"), inline(never))]
#[track_caller]
fn on_poisoned_releasing<P: Policy, G, H>(
    poisoned: Poisoned<'_, G>,
    held: H,
) -> (H, P::Out<'_, G>) {
    if P::PANICS {
        drop(held);
        let _ = P::on_lock(Err(poisoned));
        unreachable!("a policy that panics on poisoning returned")
    }
    (held, P::on_lock(Err(poisoned)))
}

impl Policy for ReturnPoison {
    const REPORTS: bool = true;
    const PANICS: bool = false;
    type Out<'a, G> = Result<G, Poisoned<'a, G>>;

    #[inline]
    fn on_lock<G>(locked: Result<G, Poisoned<'_, G>>) -> Self::Out<'_, G> {
        locked
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::PanicOnPoison {}
    impl Sealed for super::RecoverOnPoison {}
    impl Sealed for super::ReturnPoison {}
}
