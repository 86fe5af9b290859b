//! `#[expect(lint)]` on a `#[guarded]` struct or on one of its fields: rustc reports an
//! expectation that no warning met, and the lints it expects are about the struct as
//! written (a field never read, a struct never built), which the expansion replaces (its
//! storage is read by the generated methods, and rustc does not report generated items as
//! dead), so the expectation could never be met. The macro keeps each one as
//! `#[allow(lint)]`: the code compiles without warnings, as it does without `#[guarded]`
//! (found by review: "this lint expectation is unfulfilled", an error under
//! `deny(warnings)`).

#![deny(unfulfilled_lint_expectations, warnings)]

use guarded::{ThreadKey, guarded};

#[guarded]
#[expect(dead_code, reason = "never built")]
pub(crate) struct Never {
    a: u32,
}

#[guarded]
#[cfg_attr(all(), expect(dead_code, reason = "never built either"))]
pub(crate) struct NeverEither {
    a: u32,
}

#[guarded]
pub(crate) struct Shard {
    used: u32,
    #[expect(dead_code, reason = "kept for a later release")]
    unused: u32,
    #[expect(clippy::pedantic, reason = "a tool's lint")]
    #[guarded(unlocked)]
    name: String,
}

fn main() {
    let shard = Shard::new(1, 2, "eu".to_owned());
    let mut key = ThreadKey::get().expect("this thread's key");
    let (used, _key) = shard.lock_used(&mut key);
    assert_eq!(*used, 1);
}
