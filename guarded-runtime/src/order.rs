//! The lock order as traits: levels, the order between them, and what a key may lock.
//!
//! This module holds the walkthrough of the whole mechanism; the other modules that take
//! part in it (`struct_order.rs`, `lock_call.rs`, `mutex.rs`, `lock_fields.rs`) point
//! back here.
//!
//! # A refused lock, step by step
//!
//! ```compile_fail,E0277
//! use guarded::{guarded, ThreadKey};
//!
//! #[guarded]
//! pub struct Bank {
//!     accounts: Vec<i64>, // first in the order
//!     audit: Vec<String>, // second
//! }
//!
//! let bank = Bank::new(Vec::new(), Vec::new());
//! let mut key = ThreadKey::get().unwrap();
//! let (_audit, mut key_after_audit) = bank.lock_audit(&mut key);
//! bank.lock_accounts(&mut key_after_audit); // refused: `accounts` comes before `audit`
//! ```
//!
//! rustc says "lock order violation on `Bank`: cannot lock `accounts` while holding
//! `audit`", and its notes list the chain below from the bottom up
//! (`tests/ui/order/lock_accounts_while_holding_audit.stderr`). The pieces, in the order
//! rustc goes through them:
//!
//! ```text
//! bank.lock_accounts(&mut key_after_audit)
//!   key: Key<'_, bank_levels::audit>                  1. the key's type says what it holds
//!   bound: CanLock<bank_levels::accounts>             2. the bound of every lock method
//!   impl CanLock<L> for Key<'_, H> where
//!     Id(Bank): TypeEq<Id(Bank)>, Out = True          3. one struct or two?
//!     (audit, accounts): Via<True>                    4. one struct: the field order
//!       accounts: Follows<audit>                      5. the generated order of Bank
//!         where audit: cannot_lock_accounts_while_holding_audit
//!                                                     6. a check trait nothing implements
//!           its supertrait Unimplementable: sealed    7. and nobody can
//!   => error: the check trait's #[diagnostic::on_unimplemented] message
//! (Id(Bank) is <Bank as Guarded>::Id. Key<'_, H>: CanLock<L> also needs the seal
//! Sealed<L>, step 8; the build-time backstop, step 9, runs when the lock call is compiled
//! to code.)
//! ```
//!
//! 1. **The key's type.** `lock_audit` handed back a `Key<'_, bank_levels::audit>`: a key
//!    records in its type the last lock taken with it, and borrows the key it came from
//!    (`key.rs`). `bank_levels::audit` is a *level*: an uninhabited type that `#[guarded]`
//!    generates for each locked field, with a [`Level`] impl beside the struct giving the
//!    struct's marker (`Struct = Bank`; a generic struct gets a marker enum), the field's
//!    place as a number (`INDEX = 1`) and as bits (`Index = X1<Nil>`), its poisoning policy
//!    and the names messages use. `Level` is `unsafe`: a hand-written level could stand
//!    for a field twice.
//!
//! 2. **The bound.** `lock_accounts` takes `key: &mut impl CanLock<bank_levels::accounts>`,
//!    as every lock method does. [`CanLock`] has exactly two impls, both below: the
//!    [`ThreadKey`] may lock every level, and `Key<'_, H>` may lock `L` under the bounds of
//!    steps 3 and 4. One blanket impl for all keys is what makes the order closed: a
//!    hand-written `impl CanLock<accounts> for Key<'_, audit>` conflicts with it
//!    (`tests/ui/order/impl_can_lock_*`, `tests/ui/struct_order/impl_can_lock_*`). The key
//!    is taken from the argument (`&mut impl ..`), never from a generic that rustc could
//!    infer, so the error lands on the argument with the message of step 6.
//!
//! 3. **One struct or two: identities as types.** Each struct's marker implements
//!    `Guarded` (`struct_order.rs`), whose `Id` is a 32-bit hash of the crate and the
//!    struct written as a type (`X3<XA<..<Nil>>>`, four bits per digit). `TypeEq` compares
//!    two identities bit by bit and answers `True` or `False` as a type. Why not compare
//!    the markers: rustc cannot express "`A` is not `B`" in a bound, and impls for `(S, S)`
//!    and `(S, X)` would overlap; bits compared by non-overlapping impls give an answer
//!    that a trait can dispatch on.
//!
//! 4. **[`Via`]: which order applies.** `(H, L): Via<True>` holds where `L: Follows<H>`
//!    (the field order of one struct); `(H, L): Via<False>` where
//!    `L::Struct: After<H::Struct>` (the order between structs, `#[guarded(after = ..)]`:
//!    `struct_order.rs`). `CanLock` needs one impl for every key, so the choice between
//!    the two orders is made by this second trait, keyed by the answer of step 3. Each path
//!    fails with its own message: two fields named, or how to declare an order between
//!    structs. Two structs whose identities collide take the `True` path and find no
//!    `Follows` impl between their levels (each impl names its own struct's levels or
//!    marker): a collision can refuse a lock, never allow one
//!    (`tests/ui/struct_order/identity_collision_*`).
//!
//! 5. **[`Follows`]: the order the macro writes.** Only `#[guarded]` knows the declaration
//!    order, so it writes the impls (`unsafe`: a wrong one could order two locks both
//!    ways). For a struct of up to 32 locked fields, one impl per ordered pair of levels
//!    (guarded-macros' `expand/pairwise.rs`): a pair in order gets
//!    `unsafe impl Follows<accounts> for audit {}`, and a pair out of order, or a field with
//!    itself, gets an impl whose bound cannot hold:
//!
//!    ```text
//!    #[diagnostic::on_unimplemented(
//!        message = "lock order violation on `Bank`: cannot lock `accounts` while holding `audit`",
//!        label = "`accounts` comes before `audit`, so it must be locked first", ..)]
//!    pub trait cannot_lock_accounts_while_holding_audit<'x>: Unimplementable {}
//!    unsafe impl Follows<audit> for accounts
//!    where for<'x> audit: cannot_lock_accounts_while_holding_audit<'x> {}
//!    ```
//!
//!    A wider struct gets one check trait per field instead (`expand/levels.rs`, linear in
//!    the number of fields): `Follows<H>` for `wanted` holds where `H` is a level of the
//!    same marker and `(): cannot_lock_<wanted>_while_holding<H>`, whose one impl
//!    (`do_not_recommend`) asks `H::Index: Less<wanted::Index>`: the places compared bit by
//!    bit (`Less`, `struct_order.rs`), and the message names the held level as `{H}`.
//!
//! 6. **The check trait and its message.** rustc finds the out-of-order impl, cannot
//!    satisfy its bound, and reports the check trait's `#[diagnostic::on_unimplemented]`
//!    message. Why a false impl rather than none: with no impl, the error would say
//!    "`Follows<audit>` is not implemented for `accounts`", in the runtime's words. The
//!    check trait is generated in the user's crate, where the macro can bake the struct's
//!    and fields' names into the message (it can only interpolate `{Self}` and the trait's
//!    generics). The bound is higher-ranked (`for<'x>`) because rustc rejects an impl whose
//!    bound, with no generic in it, is plainly false.
//!
//! 7. **[`Unimplementable`]: no impl can make the check hold.** The check trait belongs to
//!    the user's crate, and so does `audit`: without more, the user could implement it and
//!    the out-of-order `Follows` impl would hold. Its supertrait `Unimplementable` requires
//!    `sealed::Unimplementable`, which is private here (`tests/ui/order/impl_check_trait.rs`,
//!    `impl_unimplementable.rs`; a where clause that assumes it adds nothing:
//!    `impl_check_trait_under_false_bound.rs`).
//!
//! 8. **The seal on `CanLock`.** `CanLock<L>: sealed::Sealed<L>`, and `Sealed<L>` has the
//!    same two impls as `CanLock<L>`, with the same bounds. So no type of the user's can be
//!    a key (`tests/ui/keys/impl_can_lock_for_own_type.rs`). The seal carries the level:
//!    a seal without it would let safe code write `impl CanLock<A> for Key<'_, B>` for a
//!    pair where coherence sees no overlap with the blanket impl. Its associated const
//!    makes `CanLock` unusable as a trait object, so a key's type cannot be erased
//!    (`tests/ui/waiting/dyn_can_lock_erases_key.rs`).
//!
//! 9. **The build-time backstop.** Steps 5 to 7 are impls written into the user's crate
//!    through a path the user controls (`#[guarded(crate = ..)]`): a crate that points the
//!    macro at a fake runtime could make `Less` or `Unimplementable` hold without writing
//!    `unsafe`. So every lock call also runs `assert_ordered::<K, L>()` (`lock_call.rs`), a
//!    `const` assertion on `<K as Sealed<L>>::ORDERED`, which reads no trait impl of the
//!    order: for a key of the same struct (same identity and name) it compares the levels'
//!    `INDEX`, and across structs it walks the `StructOrder` statics that each struct's
//!    `Guarded::ORDER` points to (`AFTER_DECLARATION_OF_BANK`, with a link to the struct
//!    it is declared after: `struct_order.rs`). A `const` is evaluated when the call is
//!    compiled to code: `cargo build` reports it (E0080), `cargo check` does not. The
//!    `compile_fail` doctests on `guarded::__private` try it.
//!
//! Waiting has the same shape: [`CanWait<L>`](CanWait) holds for the `ThreadKey` and for a
//! `Key<'_, H>` where `H: WaitsHolding<L>`, which the macro implements, for every lock
//! before a `condvar` field, only with a check trait that cannot hold ("wait while holding
//! a lock on `Pool`"); `sealed::WaitSeal` closes it, and its `ROOT` is the backstop.
//!
//! # Changing one part
//!
//! - A new message: the check traits are the macro's (`expand/pairwise.rs`,
//!   `expand/levels.rs`), `After`'s is in `struct_order.rs`; the `.stderr` files under
//!   `tests/ui/order/`, `struct_order/` and `waiting/` record them.
//! - A new kind of key: it needs a `CanLock` impl here and, for the supertrait, a `Sealed`
//!   impl whose `ORDERED` says when it may lock (`assert_ordered` refuses a lock where it
//!   is false).
//! - A new storage kind: its lock calls take `K: CanLock<L>` and call `assert_ordered`
//!   (`lock_call.rs`); nothing here changes.
//! - The identity or place encoding: `struct_order.rs` (`TypeEq`, `Less`, `X0`..`XF`) and
//!   the macro's `bits_type` change together; `ORDERED` reads the numbers, not the bits.

use crate::key::{Key, ThreadKey};
use crate::struct_order::{After, False, Guarded, StructOrder, True, TypeEq};

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
/// Implemented only by `#[guarded]` (step 5 of the module's walkthrough): for a struct of
/// up to 32 locked fields, once per ordered pair of fields, the pairs out of order through
/// a check trait that cannot hold; for a wider one, once per field, for every `H` of its
/// struct, through a check trait that compares the fields' places (`Level::Index`), which
/// keeps the generated code linear in the number of fields. Either way the check trait's
/// message names the struct and both fields. (A crate that points the macro at a fake
/// runtime could make a check hold; every lock call then refuses the lock at compile time
/// by the levels' `INDEX`: step 9.)
pub unsafe trait Follows<H: Level>: Level {}

/// A thread holding `Self` (or nothing, [`Unheld`]) may wait on the condition variable of
/// `L`: only when it holds nothing, since a waiting thread keeps every other lock it holds
/// and a notifier that needs one of them would never come. Implemented for [`Unheld`]
/// alone, and sealed, so no crate can add an impl for a level it holds.
pub trait FreeToWaitOn<L: Level>: sealed::FreeToWait {}

#[diagnostic::do_not_recommend]
impl<L: Level> FreeToWaitOn<L> for Unheld {}

/// A key that may wait on the condition variable of the field whose level is `L`: only
/// [`ThreadKey`], since a thread that locked `L` with any other key holds another lock.
/// It is [`Holds`] (sealed) with a held level that is [`FreeToWaitOn`] `L`.
#[diagnostic::on_unimplemented(
    message = "wait while holding a lock: cannot wait on `{L}`, locked with `{Self}`",
    label = "this guard was locked with the key of another lock, which is still held",
    note = "a waiting thread keeps its other locks: a notifier that needs one never comes",
    note = "drop the other guard first, and lock `{L}` with the `ThreadKey` to wait on it"
)]
pub trait CanWait<L: Level>: Holds<Held: FreeToWaitOn<L>> {}

#[diagnostic::do_not_recommend]
impl<L: Level, K: Holds<Held: FreeToWaitOn<L>>> CanWait<L> for K {}

pub(crate) mod sealed {
    /// The seal of `FreeToWaitOn`: only `Unheld` is free to wait.
    pub trait FreeToWait {}
    impl FreeToWait for super::Unheld {}

    /// The seal of `Holds`: only `guarded`'s keys say what they hold.
    pub trait HoldsSeal {}
    impl HoldsSeal for crate::key::ThreadKey {}
    impl<H: super::Level> HoldsSeal for crate::key::Key<'_, H> {}
}

/// What a key holds: the level of the lock that handed it back ([`Key<'_, H>`](Key) holds
/// `H`), or [`Unheld`] for the root [`ThreadKey`]. Sealed: only `guarded`'s keys implement
/// it.
///
/// Every generated lock call takes `impl Holds<Held: comes_before_<field>>`: a key whose
/// held level may come before the field (`comes_before_<field>` is generated beside the
/// struct, with the message a lock out of order shows). Helpers name [`CanLock`] instead.
pub trait Holds: sealed::HoldsSeal {
    /// The level of the lock the key came from, or [`Unheld`].
    type Held: HeldLevel;
}

impl Holds for ThreadKey {
    type Held = Unheld;
}

impl<H: Level> Holds for Key<'_, H> {
    type Held = H;
}

/// The level a root key holds: none. It may come before every level.
pub enum Unheld {}

/// What a key may hold: [`Unheld`], or a [`Level`]. Carries the held lock's place for the
/// build-time backstop ([`ordered`]), which reads the places alone, not the trait impls.
pub trait HeldLevel {
    /// The struct and the place of the held lock; `None` for [`Unheld`].
    const PLACE: Option<(&'static StructOrder, usize)>;
}

impl HeldLevel for Unheld {
    const PLACE: Option<(&'static StructOrder, usize)> = None;
}

impl<L: Level> HeldLevel for L {
    const PLACE: Option<(&'static StructOrder, usize)> =
        Some((<L::Struct as Guarded>::ORDER, L::INDEX));
}

/// Whether a thread holding `H` may lock `L`, by the levels' own places in the order and
/// the structs' `StructOrder` records, computed without the trait impls. Every lock call
/// asserts it at compile time (`assert_ordered`), a second line behind the `Follows` impls:
/// those are written into the user's crate through a path the user controls (`crate =
/// ...`), so a crate that points the macro at a fake `Less` could make an out-of-order pair
/// hold without writing `unsafe` (step 9 of the module's walkthrough).
pub(crate) const fn ordered<H: HeldLevel, L: Level>() -> bool {
    let wanted = <L::Struct as Guarded>::ORDER;
    match H::PLACE {
        None => true,
        Some((held, index)) if held.same(wanted) => index < L::INDEX,
        Some((held, _)) => wanted.is_after(held),
    }
}

/// A thread holding the lock of level `Self` (or none, [`Unheld`]) may lock `L`: `L` comes
/// after `Self` in its struct's order, or `L`'s struct is declared after `Self`'s.
///
/// The bound behind every generated `comes_before_<field>` trait, and behind [`CanLock`].
/// Its impls are the runtime's only: `Unheld` may come before anything; a level before
/// another goes through [`Via`] (the field order for one struct, the struct order for two).
/// A crate cannot add one for a generated level, whose impl would overlap the blanket one.
pub trait MayPrecede<L: Level>: HeldLevel {}

impl<L: Level> MayPrecede<L> for Unheld {}

impl<H: Level, L: Level> MayPrecede<L> for H
where
    <H::Struct as Guarded>::Id: TypeEq<<L::Struct as Guarded>::Id>,
    (H, L): Via<SameStruct<H, L>>,
{
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
/// Only `guarded`'s keys implement it: it is [`Holds`] (sealed) with a held level that
/// [`MayPrecede`] `L`. Its message is what `lock!` shows for a field out of order (the
/// generated lock calls show their own, which names the struct).
#[diagnostic::on_unimplemented(
    message = "lock order violation: cannot lock `{L}` with `{Self}`",
    label = "this key holds a lock at or after `{L}`",
    note = "fields are locked in their struct's order (`LOCK_ORDER`), each once; `lock!` lists them so",
    note = "lock `{L}` first, or drop that guard first"
)]
pub trait CanLock<L: Level>: Holds<Held: MayPrecede<L>> {}

#[diagnostic::do_not_recommend]
impl<L: Level, K: Holds<Held: MayPrecede<L>>> CanLock<L> for K {}
