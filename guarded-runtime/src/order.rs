//! The lock order as traits: levels, the order between them, and what a key may lock.
//!
//! This module holds the walkthrough of the whole mechanism; the other modules that take
//! part in it (`struct_order.rs`, `lock_call.rs`, `mutex.rs`, `lock_fields.rs`,
//! `condvar.rs`, `tasks/order.rs`) point back here.
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
//! rustc says, in full (`tests/ui/order/lock_accounts_while_holding_audit.stderr`, 14
//! lines):
//!
//! ```text
//! error[E0277]: lock order violation on `Bank`: cannot lock `accounts` with `Key<'_, audit>`
//!   --> tests/ui/order/lock_accounts_while_holding_audit.rs:19:47
//!    |
//! 19 |     let (accounts, _key) = bank.lock_accounts(&mut key);
//!    |                                               ^^^^^^^^ this key holds a lock that does not come before `accounts`, or is a task key
//!    |
//!    = help: the trait `comes_before_accounts` is not implemented for `Key<'_, audit>`
//!    = note: `Bank` locks `accounts`, then `audit`
//!    = note: lock `accounts` first, or drop that guard first; for two `Bank`s, use `Bank::lock_accounts_pair`
//! note: required by a bound in `Bank::lock_accounts`
//! ```
//!
//! The pieces, in the order rustc goes through them (generated items are in the user's
//! crate, in the module `bank_levels`; the others are here and in `struct_order.rs`):
//!
//! ```text
//! bank.lock_accounts(&mut key_after_audit)
//!   key: Key<'_, audit>                               1. the key's type says what it holds
//!   bound: bank_levels::comes_before_accounts         2. generated: the message
//!     impl<K: CanLock<accounts>> .. for K             3. its one blanket impl (do_not_recommend)
//!       CanLock<accounts>: Holds<Held: MayPrecede<accounts>>
//!                                                     4. the runtime's bound (do_not_recommend)
//!         <Key<'_, audit> as Holds>::Held = audit     5. what the key holds (sealed)
//!         audit: MayPrecede<accounts>                 6. the order between two levels
//!           Id(Bank): TypeEq<Id(Bank)>, Out = True    7. one struct or two?
//!           (audit, accounts): Via<True>              8. one struct: the field order
//!             accounts: Follows<audit>                9. generated, one impl per field
//!               audit::Index: Less<accounts::Index>   10. places compared as bits: X1 < X0? no
//!   => error: comes_before_accounts's #[diagnostic::on_unimplemented] message
//! (Id(Bank) is <Bank as Guarded>::Id. When the call is compiled to code, the build-time
//! backstop, step 11, checks the same lock again without any of these traits.)
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
//! 2. **The bound, and the message.** `lock_accounts` takes
//!    `key: &mut impl bank_levels::comes_before_accounts`, as every lock call of
//!    `accounts` does (`lock_`, `try_lock_`, `recover_`, `_pair`, `_many`). The macro
//!    generates one such trait per locked field, in the user's crate, because only there
//!    can the message be written in the user's words: `#[diagnostic::on_unimplemented]`
//!    can interpolate only `{Self}` and the trait's generics, so the struct's name, the
//!    field's name and the declared order are baked in as literals. `{Self}` is the key's
//!    type, `Key<'_, audit>`, which names the lock held. The key is taken from the argument
//!    (`&mut impl ..`), never from a generic that rustc could infer, so the error lands on
//!    the argument with this message rather than on a type mismatch.
//!
//! 3. **One blanket impl, and `do_not_recommend` on it.**
//!    `impl<K: CanLock<accounts>> comes_before_accounts for K` is the trait's only impl:
//!    it adds nothing to the order, it only puts the message in front of it. It carries
//!    `#[diagnostic::do_not_recommend]`, so when its bound fails rustc does not explain
//!    why (the chain below, in the runtime's names): it reports the generated trait as not
//!    implemented for the key, with the generated message. That is what keeps the error
//!    on one screen: one message in the user's words, a label, two notes (the declared
//!    order, and the fix), and rustc's `help:` line, "the trait `comes_before_accounts` is
//!    not implemented for `Key<'_, audit>`", which names the key type passed, and so the
//!    lock held (the trait itself is `#[doc(hidden)]`: nobody names it by hand). One
//!    blanket impl, not one concrete impl per pair of fields: a concrete impl that fails
//!    would make rustc list the impls that exist ("but trait X is implemented for ..").
//!    A hand-written impl of the generated trait conflicts with the blanket one
//!    (`tests/ui/order/impl_check_trait.rs`).
//!
//! 4. **[`CanLock`]: the runtime's "may lock `L`".** `CanLock<L>` is
//!    `Holds<Held: MayPrecede<L>>`, with one blanket impl (also `do_not_recommend`). It is
//!    the name helpers use (`key: &mut impl CanLock<bank_levels::audit>`), and `lock!`'s
//!    bound (below), which shows its own message: it names the levels, not the struct,
//!    since a trait of the runtime cannot know the struct's name. Storage lock calls
//!    (`Field::lock` in `mutex.rs`, and the other kinds') take `K: CanLock<L>` too.
//!
//! 5. **[`Holds`]: what a key holds.** Sealed (`sealed::HoldsSeal`), implemented by the
//!    runtime's keys only: [`ThreadKey`] holds [`Unheld`], `Key<'_, H>` holds `H`. So a
//!    type of the user's cannot be a key (`tests/ui/keys/impl_can_lock_for_own_type.rs`:
//!    "the trait bound `MyKey: Holds` is not satisfied"), and because `Held` is an
//!    associated type, `dyn CanLock<L>` cannot erase which lock a key holds
//!    (`tests/ui/waiting/dyn_can_lock_erases_key.rs`). The held level is a [`HeldLevel`],
//!    which carries its place for step 11. Task keys have their own `HoldsAsync`
//!    (`tasks/order.rs`) over the same `MayPrecede`, so the same order.
//!
//! 6. **[`MayPrecede`]: the order itself.** `H: MayPrecede<L>` says a thread holding `H`
//!    may lock `L`. Two impls, both here: [`Unheld`] precedes every level (the root key may
//!    lock anything); a level `H` precedes `L` through [`Via`], steps 7 and 8. The impl for
//!    levels covers every `H: Level`, so a hand-written
//!    `impl MayPrecede<accounts> for audit` overlaps it (`tests/ui/order/impl_may_precede.rs`).
//!
//! 7. **One struct or two: identities as types.** Each struct's marker implements
//!    `Guarded` (`struct_order.rs`), whose `Id` is a 32-bit hash of the crate, the struct as
//!    written and its `after` (`X3<XA<..<Nil>>>`, four bits per digit). `TypeEq` compares
//!    two identities bit by bit and answers `True` or `False` as a type. Why not compare
//!    the markers: rustc cannot express "`A` is not `B`" in a bound, and impls for `(S, S)`
//!    and `(S, X)` would overlap; bits compared by non-overlapping impls give an answer
//!    that a trait can dispatch on.
//!
//! 8. **[`Via`]: which order applies.** `(H, L): Via<True>` holds where `L: Follows<H>`
//!    (the field order of one struct); `(H, L): Via<False>` where
//!    `L::Struct: After<H::Struct>` (the order between structs, `#[guarded(after = ..)]`,
//!    through each struct's `Parent`: `struct_order.rs`). `MayPrecede` needs one impl for
//!    every level, so the choice between the two orders is made by this second trait,
//!    keyed by the answer of step 7.
//!
//! 9. **[`Follows`]: the order the macro writes.** Only `#[guarded]` knows the declaration
//!    order, so it writes one impl per locked field (`unsafe`: a wrong one could order two
//!    locks both ways), the same for every width of struct:
//!
//!    ```text
//!    unsafe impl<H> Follows<H> for accounts
//!    where
//!        H: Level<Struct = <accounts as Level>::Struct>,    // a field of the same struct
//!        H::Index: Less<<accounts as Level>::Index>,        // whose place comes first
//!    {}
//!    ```
//!
//!    The first bound names the struct's marker, not its identity: two structs whose
//!    identities collide (two structs written alike in two modules) take the `True` path
//!    of step 8 and find no `Follows` impl between their levels, so a collision can refuse
//!    a lock, never allow one (`tests/ui/struct_order/identity_collision_*`).
//!
//! 10. **`Less`: places compared as bits.** A field's place is written as bits of one width
//!     for the whole struct (`Index`), and `Less` (`struct_order.rs`) compares them from
//!     the most significant bit; equal places are not lower, so a field held already (a
//!     double lock) fails here too. `X1<Nil>: Less<X0<Nil>>` has no impl: the chain stops,
//!     and since the impl of step 3 is `do_not_recommend`, rustc reports the trait of
//!     step 2, with its message, rather than this bound.
//!
//! 11. **The build-time backstop.** Steps 2, 3 and 9 are written into the user's crate
//!     through a path the user controls (`#[guarded(crate = ..)]`): a crate that points the
//!     macro at a fake runtime whose `Less` holds for any pair, or whose `NoParent` is
//!     another struct, could pass steps 2 to 10 without writing `unsafe`. So every lock
//!     call also runs `assert_ordered::<K, L>()` (`lock_call.rs`), a `const` assertion on
//!     `ordered::<K::Held, L>()`, which reads no trait impl of the order: the held
//!     level's [`HeldLevel::PLACE`] (its struct's `StructOrder` static and its `INDEX`;
//!     `None` for `Unheld`) against `L`'s. For the same struct it compares the `INDEX`es;
//!     across structs it walks the `after` links of the `StructOrder` statics that each
//!     struct's `Guarded::ORDER` points to (`LEDGER_AFTER_BANK`:
//!     `struct_order.rs`). "The same struct" is `StructOrder::same`: the same identity,
//!     name and `location` (module, file, line and column of the declaration), so two
//!     structs written token for token alike in two modules, which share an identity and
//!     a name, cannot pass for one another. A `const` is evaluated when the call is
//!     compiled to code: `cargo build` reports it (E0080), `cargo check` does not. The
//!     `compile_fail` doctests on `guarded::__private` try it.
//!
//! # Waiting
//!
//! A `condvar` field's guard, a `WaitGuard<'_, T, L, K>`, remembers the type `K` of the key
//! its field was locked with, and `wait_while` (`condvar.rs`) asks `K: CanWait<L>`:
//! [`CanWait<L>`](CanWait) is `Holds<Held: FreeToWaitOn<L>>`, one blanket impl
//! (`do_not_recommend`), and [`FreeToWaitOn`] is sealed and implemented only for
//! [`Unheld`]. So only a guard locked with the `ThreadKey` may wait: one locked with any
//! other key was locked while another lock was held, and a waiting thread keeps that lock,
//! which a notifier may need. Nothing of this is generated, so nothing in it passes through
//! `crate = ..`; the error is `CanWait`'s own ("wait while holding a lock: cannot wait on
//! `jobs`, locked with `Key<'_, config>`"), with the key type naming the lock held. The
//! wait also takes the key the lock handed back (`&mut Key<'_, L>`), which a later lock
//! would keep borrowed: no lock was taken since. Its backstop, `assert_root` in
//! `condvar.rs`, asserts that `PLACE` is `None`. Async condition fields do the same with
//! `CanWaitAsync` (`tasks/order.rs`).
//!
//! # `lock!`
//!
//! `lock!(bank, &mut key => accounts, audit)` expands to
//! `LockChain::start(&bank.accounts, key).then(&bank.audit).finish()` (`lock_fields.rs`).
//! `start` asks `K: CanLock<first>`; each `then` asks `Key<'_, previous>: CanLock<next>`,
//! so a field out of order, or listed twice, is refused once, at that step, with
//! `CanLock`'s message (`tests/ui/order/lock_fields_out_of_order.stderr`). Each step runs
//! the backstop too. The chain locks each field through `LockOne::lock_one`, which takes a
//! `Token` that only `lock_fields.rs` can make: the `LockOne` impls are reachable through
//! `guarded::__private`, and without the token calling one would be a lock with no key.
//!
//! # Changing one part
//!
//! - A new message: a lock call's is the macro's (`expand/levels.rs`, `violation_text`);
//!   `CanLock`'s and `CanWait`'s (for `lock!`, helpers and waits) are here, their async
//!   twins in `tasks/order.rs`, `After`'s in `struct_order.rs`. The `.stderr` files under
//!   `tests/ui/order/`, `struct_order/`, `waiting/` and `async/` record them, and
//!   `tests/error_size.rs` checks that each still fits on one screen.
//! - A new kind of key: a `Holds` impl (and its seal) here, saying what it holds; `CanLock`
//!   and `CanWait` follow from their blanket impls.
//! - A new storage kind: its lock calls take `K: CanLock<L>` (`CanLockAsync<L>` for an
//!   async kind), call `assert_ordered` (`lock_call.rs`), and its generated accessors take
//!   `impl comes_before_<field>` (the macro's kind table names the supertrait); nothing
//!   here changes.
//! - The identity or place encoding: `struct_order.rs` (`TypeEq`, `Less`, `X0`..`XF`) and
//!   the macro's `bits_type` change together; `ordered` reads the numbers (`INDEX`,
//!   `StructOrder`), not the bits.

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
    /// the generated [`Follows`] impls compare with `Less`.
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
/// Implemented only by `#[guarded]` (step 9 of the module's walkthrough): once per locked
/// field, for every `H` of the same struct (the same marker) whose place comes first, the
/// places compared as bits (`Level::Index`, `Less`). One impl per field, whatever the
/// width, so the generated code is linear in the number of fields. The message a lock out
/// of order shows is not this trait's but the generated `comes_before_<field>`'s. (A crate
/// that points the macro at a fake runtime could make `Less` hold for any pair; every lock
/// call then refuses the lock at compile time by the levels' `INDEX`: step 11.)
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
/// Every generated lock call takes `impl comes_before_<field>`, a trait generated beside
/// the struct (with the message a lock out of order shows) whose one impl is for every
/// [`CanLock`] key: a key whose held level [`MayPrecede`] the field. Helpers name
/// [`CanLock`].
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
/// build-time backstop (`ordered`, step 11 of the module's walkthrough), which reads the
/// places alone, not the trait impls.
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
/// asserts it at compile time (`assert_ordered`), a second line behind the trait impls:
/// the generated ones are written into the user's crate through a path the user controls
/// (`crate = ...`), so a crate that points the macro at a fake `Less` could make an
/// out-of-order pair hold without writing `unsafe` (step 11 of the module's walkthrough).
/// Two structs are one when [`StructOrder::same`] says so: identity, name and place of
/// declaration.
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
    label = "this key holds a lock that does not come before `{L}`, or is a task key",
    note = "fields are locked in their struct's order (`LOCK_ORDER`), each once; `lock!` lists them so",
    note = "lock `{L}` first, or drop that guard first"
)]
pub trait CanLock<L: Level>: Holds<Held: MayPrecede<L>> {}

#[diagnostic::do_not_recommend]
impl<L: Level, K: Holds<Held: MayPrecede<L>>> CanLock<L> for K {}
