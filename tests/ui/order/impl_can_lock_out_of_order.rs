//! Allowing an out-of-order lock by hand: `impl CanLock<accounts>` for the key that holds
//! `audit`. The runtime implements `CanLock` for every key of a level (bounded by the
//! order), so the impl conflicts with it: must not compile.

use guarded::{CanLock, Key, guarded};

#[guarded]
pub struct Bank {
    accounts: u32,
    audit: u32,
}

impl CanLock<bank_levels::accounts> for Key<'_, bank_levels::audit> {}

fn main() {}
