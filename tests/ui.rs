//! Compile-fail cases, one mistake per file, each with its reviewed `.stderr`. Each case
//! sits in the folder of the guarantee it protects, whatever way it tries to break it
//! (a helper, a closure, a sealed trait, the struct's own module, the hidden module): so
//! "where is X tested?" has one folder as its answer.
//!
//! - `input/`: what `#[guarded]` refuses to expand, each a `syn::Error` on the user's
//!   tokens (the item, the field options, kinds and policies that do not go together or do
//!   not fit the field's type, `after = ...` written wrong);
//! - `order/`: a lock of one struct taken while the thread holds that lock or a later one
//!   (out of order, or twice), with any method (`lock_`, `try_`, timed, `recover_`,
//!   `read_`/`write_`, `lock!`, `_pair`, `_many`), refused by the order traits' message
//!   or by the borrow of the key it would reuse; and hand-written impls that would add to
//!   the order (`Follows`, `Level`, the check traits and their sealed supertrait);
//! - `struct_order/`: locks of two structs nested against their declared order (`after`),
//!   or with none declared; cycles and a non-`#[guarded]` struct in `after`; structs whose
//!   identities collide; hand-written impls that would order two structs; entries forged
//!   into the registry that `guarded::lock_order()` reads;
//! - `waiting/`: waiting on a condition variable while holding another lock, any way it is
//!   attempted (a key of an earlier field, of another struct or of another instance, a
//!   `try_`/`recover_`/poisoned lock, a helper, a closure, the wait condition, a retyped
//!   or erased key, a guard shared with another thread, a hand-written `CanWait`);
//! - `privacy/`: a field's data or lock reached without a key: from another module, from
//!   the struct's own module (where the storage is visible), through `guarded::__private`;
//! - `keys/`: a key made any way but `ThreadKey::get()` or a lock (cloned, defaulted, a
//!   literal, a hand-written `CanLock`), or swapped for a key that says it holds less;
//! - `threads/`: keys and guards sent, lent or moved to another thread;
//! - `lifetimes/`: a guard, key, poisoned error or data reference kept past the borrow it
//!   came from (returned, stored, kept after its key is dropped, or dropped by a poisoning
//!   policy of one's own), so that the lock would stay held while the thread's key says it
//!   is free;
//! - `kinds/`: a kind's own API misused: writing through a read guard or an `unlocked`
//!   field's accessor, waiting on a plain mutex field, locking a field that takes no lock
//!   (`atomic`, `unlocked`, `snapshot`), a method the field's kind or policy does not have,
//!   `lock!` naming a field it cannot lock as written;
//! - `async/`: async fields and task keys (the `tokio` feature; run only with it, after
//!   every other group so that the others keep their positions): their order, double
//!   locks and reads, waits while holding, futurelock, blocking fields locked with a task
//!   key or a blocking guard held across `.await` through `blocking`, async fields locked
//!   with a `ThreadKey`, and task keys shared, cloned, built or given `CanLock`.
//!
//! A case whose message quotes one backend's types (the `parking_lot` feature) sits in
//! `<group>/backend_std/` or `<group>/backend_parking_lot/` (today under `threads/` and
//! `waiting/`), and runs only with that backend; each has its twin in the other.
//!
//! `pass/` holds inputs that must compile. The `.stderr` files depend on the compiler
//! version pinned in `rust-toolchain.toml`. Run one group with
//! `cargo test --test ui -- ui trybuild=order/`.
//!
//! One file, `order/impl_may_precede.stderr`, quotes rustc's coherence note, which spells
//! out the struct's identity. An identity hashes the crate's name, and trybuild names each
//! case's crate by its position among all cases: adding, removing or moving a case before
//! it changes those bits (and only those), and the file must be regenerated.

/// The compile-fail groups, each a folder of `tests/ui/`.
const GROUPS: [&str; 9] = [
    "input",
    "order",
    "struct_order",
    "waiting",
    "privacy",
    "keys",
    "threads",
    "lifetimes",
    "kinds",
];

/// The groups with cases that quote one backend's types, in `<group>/<backend>/`.
const BACKEND_GROUPS: [&str; 2] = ["threads", "waiting"];

#[test]
fn ui() {
    // The compile-fail cases run on their own: with no pass case beside them, trybuild
    // runs `cargo check`, so each error here is one that `cargo check` (and so an editor)
    // reports, not one that only a full build would find.
    {
        let t = trybuild::TestCases::new();
        let backend = if cfg!(feature = "parking_lot") {
            "backend_parking_lot"
        } else {
            "backend_std"
        };
        for group in GROUPS {
            t.compile_fail(format!("tests/ui/{group}/*.rs"));
        }
        for group in BACKEND_GROUPS {
            t.compile_fail(format!("tests/ui/{group}/{backend}/*.rs"));
        }
        // Last, so that the cases before it keep their positions (see above).
        if cfg!(feature = "tokio") {
            t.compile_fail("tests/ui/async/*.rs");
        }
    }
    trybuild::TestCases::new().pass("tests/ui/pass/*.rs");
}
