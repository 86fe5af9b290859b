//! Declaring an order between two structs by hand, `Bank.audit` before `Ledger.entries`,
//! with a plain `impl Follows`: another crate could declare the opposite order. The trait
//! is `unsafe`: implementing it without `unsafe` must not compile.

use guarded::guarded;

#[guarded]
pub struct Bank {
    audit: Vec<String>,
}

#[guarded]
pub struct Ledger {
    entries: Vec<String>,
}

impl guarded::__private::Follows<bank_levels::audit> for ledger_levels::entries {}

fn main() {}
