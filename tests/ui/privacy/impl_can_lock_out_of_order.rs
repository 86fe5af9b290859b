//! Allowing an out-of-order lock by hand: `impl CanLock<accounts>` for the key that holds
//! `audit`. `CanLock` is sealed per level, so the impl must not compile (and its error is
//! the order message itself).

use guarded::{CanLock, Key, guarded};

#[guarded]
pub struct Bank {
    accounts: u32,
    audit: u32,
}

impl CanLock<bank_levels::accounts> for Key<'_, bank_levels::audit> {}

fn main() {}
