//! The lock order as traits: levels, the order between them, and what a key may lock.

use crate::key::{Key, ThreadKey};
use crate::structs::{After, False, Guarded, True, TypeEq};

/// A lock level: one field of one `#[guarded]` struct.
///
/// # Safety
///
/// Implemented only by the code `#[guarded]` generates, for a type that stands for exactly
/// one field. A hand-written level could be placed in the order twice and make two threads
/// take the same two locks in opposite orders.
pub unsafe trait Level: 'static {
    /// The struct's name, as written.
    const STRUCT: &'static str;
    /// The field's name, as written.
    const FIELD: &'static str;
    /// The name of the method that takes the field's data even when it is poisoned.
    const RECOVER: &'static str;
    /// The field's place in its struct's lock order, from 0. The runtime checks every lock
    /// against it when the lock call is compiled, whatever the `Follows` impls say.
    const INDEX: usize;
    /// The field's poisoning policy.
    type Policy: crate::poison::Policy;
    /// The marker of the field's struct.
    type Struct: Guarded;
    /// The field's place in its struct's lock order, as bits (`INDEX`, as a type), which
    /// the per-field check compares.
    type Index;
}

/// The identities of the structs of `H` and `L`, compared: `True` for one struct.
pub(crate) type SameStruct<H, L> =
    <<<H as Level>::Struct as Guarded>::Id as TypeEq<<<L as Level>::Struct as Guarded>::Id>>::Out;

/// How a key holding `H` may lock `L`, by whether they belong to one struct
/// (`Same = True`: the field order, [`Follows`]) or two (`False`: the struct order,
/// [`After`]). Only the runtime implements it.
pub trait Via<Same> {}

impl<H: Level, L: Follows<H>> Via<True> for (H, L) {}

impl<H: Level, L: Level> Via<False> for (H, L) where L::Struct: After<H::Struct> {}

/// A thread holding `H`, a field of the same struct, may lock `Self`: `H` comes first in
/// the struct's order.
///
/// # Safety
///
/// Implemented only by `#[guarded]`: once per field, for every `H` of its struct, through
/// a check trait that compares the fields' places (`Level::Index`) and whose message names
/// the struct and both fields. (A crate that points the macro at a fake runtime could make
/// that comparison hold; `Field::lock` then refuses the lock at compile time by the levels'
/// `INDEX`.) One impl per field keeps the generated code linear in the number of fields.
pub unsafe trait Follows<H: Level>: Level {}

/// A trait nothing implements, nor can: the supertrait of the check traits that
/// `#[guarded]` generates for out-of-order pairs, so that no impl can make such a pair
/// hold.
pub trait Unimplementable: sealed::Unimplementable {}

/// A thread holding `Self` may wait on the condition variable of `L`, a field after it.
/// It never may: `#[guarded]` implements it for every such pair with a bound that cannot
/// hold, so that the error names the struct and both fields.
///
/// # Safety
///
/// Implemented only by `#[guarded]`, always with a bound that cannot hold. (Waiting with
/// the key of another lock is also refused at compile time by the key's type, whatever
/// the impls say.)
#[diagnostic::on_unimplemented(
    message = "cannot wait on a condition variable while holding another lock",
    label = "this wait would keep holding the lock the key came from",
    note = "a waiting thread keeps every other lock it holds, so a notifier that needs one of them never comes: release them before waiting"
)]
pub unsafe trait WaitsHolding<L: Level>: Level {}

/// A key that may wait on the condition variable of the field whose level is `L`: only
/// [`ThreadKey`], since a thread that locked `L` with any other key holds another lock.
/// Sealed.
#[diagnostic::on_unimplemented(
    message = "only a guard locked with the `ThreadKey` itself may wait: `{Self}` may hold other locks",
    label = "this guard was locked with `{Self}`, not with the `ThreadKey`",
    note = "a waiting thread must hold no other lock: lock the field with the `ThreadKey` (a helper that waits takes `&mut ThreadKey`)"
)]
pub trait CanWait<L: Level>: sealed::WaitSeal<L> {}

impl<L: Level> CanWait<L> for ThreadKey {}

impl<H: WaitsHolding<L>, L: Level> CanWait<L> for Key<'_, H> {}

/// Whether two strings are equal, in a const context.
const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

pub(crate) mod sealed {
    pub trait Unimplementable {}

    /// The seal of `CanWait<L>`, carrying the level as `Sealed` does.
    pub trait WaitSeal<L> {
        /// Whether the key is the thread's root key: the one that may wait.
        const ROOT: bool;
    }
    impl<L: super::Level> WaitSeal<L> for crate::key::ThreadKey {
        const ROOT: bool = true;
    }
    impl<H: super::WaitsHolding<L>, L: super::Level> WaitSeal<L> for crate::key::Key<'_, H> {
        const ROOT: bool = false;
    }

    /// The seal of `CanLock<L>`, which carries the level: a key type is `Sealed<L>` only
    /// where the runtime's own impls make it `CanLock<L>`. A seal without the level would
    /// let safe code write `impl CanLock<A> for Key<'_, B>` for any two levels (coherence
    /// sees no overlap with the blanket impl where `A: Follows<B>` does not hold).
    pub trait Sealed<L> {
        /// Whether a key of this type may lock `L` by the levels' own places in the order.
        /// `Field::lock` asserts it at compile time, a second line behind the `Follows`
        /// impls: those are written into the user's crate through a path the user controls
        /// (`crate = ...`), so a crate that points the macro at a fake `Less`
        /// could make an out-of-order pair hold without writing `unsafe`.
        const ORDERED: bool;
    }
    impl<L: super::Level> Sealed<L> for crate::key::ThreadKey {
        const ORDERED: bool = true;
    }
    impl<H: super::Level, L: super::Level> Sealed<L> for crate::key::Key<'_, H>
    where
        <H::Struct as super::Guarded>::Id: super::TypeEq<<L::Struct as super::Guarded>::Id>,
        (H, L): super::Via<super::SameStruct<H, L>>,
    {
        const ORDERED: bool = super::ordered::<H, L>();
    }
}

/// Whether a key holding `H` may lock `L` by the levels' own places in the order: the
/// `ORDERED` of the seals of `Key` and (with `tokio`) `AsyncKey`.
pub(crate) const fn ordered<H: Level, L: Level>() -> bool {
    let (held, wanted) = (<H::Struct as Guarded>::ORDER, <L::Struct as Guarded>::ORDER);
    if held.id == wanted.id && same_str(held.name, wanted.name) {
        H::INDEX < L::INDEX
    } else {
        wanted.is_after(held)
    }
}

/// A key that may lock the field whose level is `L`.
///
/// [`ThreadKey`] may lock every field; a [`Key<'_, H>`](Key) may lock the fields after
/// `H`. Use it to write helpers that take "a key that may lock `audit` of `Bank`":
///
/// ```
/// use guarded::{guarded, CanLock, ThreadKey};
///
/// #[guarded]
/// struct Bank {
///     balance: i64,
///     audit: Vec<String>,
/// }
///
/// fn log(bank: &Bank, key: &mut impl CanLock<bank_levels::audit>, line: &str) {
///     let (mut audit, _key) = bank.lock_audit(key);
///     audit.push(line.to_owned());
/// }
///
/// let bank = Bank::new(10, Vec::new());
/// let mut key = ThreadKey::get().unwrap();
/// let (mut balance, mut after_balance) = bank.lock_balance(&mut key);
/// *balance += 5;
/// log(&bank, &mut after_balance, "deposit 5");
/// ```
///
/// It is sealed: only `guarded`'s keys implement it.
pub trait CanLock<L: Level>: sealed::Sealed<L> {}

impl<L: Level> CanLock<L> for ThreadKey {}

impl<H: Level, L: Level> CanLock<L> for Key<'_, H>
where
    <H::Struct as Guarded>::Id: TypeEq<<L::Struct as Guarded>::Id>,
    (H, L): Via<SameStruct<H, L>>,
{
}
