//! Implementing the runtime's `MayPrecede` for a level of one's own struct, which would
//! make `audit` come before `accounts` (the opposite of the declared order), and so let a
//! key holding `audit` lock `accounts`. The runtime's blanket impl covers every level:
//! the impl must not compile.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

impl guarded::MayPrecede<bank_levels::accounts> for bank_levels::audit {}

fn main() {}
