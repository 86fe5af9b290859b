//! Compile-fail cases, one mistake per file, each with its reviewed `.stderr`, grouped by
//! what they attack:
//!
//! - `input/`: `#[guarded]` given something it cannot guard (each a `syn::Error` on the
//!   user's tokens);
//! - `order/`: locks taken out of order or twice (the order traits' messages);
//! - `privacy/`: a field's data reached without its lock;
//! - `threads/`: keys and guards sent or moved to another thread;
//! - `keys/`: a key made any way but `ThreadKey::get()`;
//! - `lifetimes/`: a guard kept past the key borrow it came from;
//! - `kinds/`: misuse of the field kinds (`rw`, `condvar`, `atomic`) and policies;
//! - `kinds_attacks/`: attempts to get around the rules of the field kinds (waiting while
//!   holding a lock, guards or errors outliving their borrow, smuggling across threads);
//! - `structs/`: nesting locks of two structs against their declared order (`after`),
//!   or with none declared; cycles; mistakes in `after`;
//! - `async/`: async fields and task keys (the `tokio` feature, run only with it): their
//!   order, double locks and waits, futurelock, blocking fields reached from a task other
//!   than through `blocking`, and task keys shared, cloned or sealed for `CanLock`;
//! - `backend_std/`, `backend_parking_lot/`: cases whose message quotes the types of one
//!   backend (the `parking_lot` feature), run only with that backend.
//!
//! `pass/` holds inputs that must compile. The `.stderr` files depend on the compiler
//! version pinned in `rust-toolchain.toml`. Run one group with
//! `cargo test --test ui -- ui trybuild=order/`.
//!
//! Three files, `privacy/impl_can_lock_*.stderr`, quote rustc's coherence note, which spells
//! out the structs' identities. An identity hashes the crate's name, and trybuild names each
//! case's crate by its position among all cases: adding a case to an earlier group changes
//! those bits (and only those), and the three files must be regenerated.

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
        for group in [
            "input",
            "order",
            "privacy",
            "threads",
            "keys",
            "lifetimes",
            "kinds",
            "kinds_attacks",
            "instances",
            "structs",
            backend,
        ] {
            t.compile_fail(format!("tests/ui/{group}/*.rs"));
        }
        // Last, so that the cases before it keep their positions (see above).
        if cfg!(feature = "tokio") {
            t.compile_fail("tests/ui/async/*.rs");
        }
    }
    trybuild::TestCases::new().pass("tests/ui/pass/*.rs");
}
