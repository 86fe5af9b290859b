//! Implementing the runtime's `Unimplementable` (the supertrait of every check trait) would
//! let the check traits, and so the out-of-order `Follows` impls, hold. It is sealed: the
//! impl must not compile.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

impl guarded::__private::Unimplementable for bank_levels::audit {}

fn main() {}
