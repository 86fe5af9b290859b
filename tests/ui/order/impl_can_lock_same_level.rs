//! Allowing a double lock by hand: `impl CanLock<accounts>` for the key that holds
//! `accounts`, so that `lock_accounts` could be called again with the key it handed back
//! (the thread would wait for itself). The runtime implements `CanLock` for every key of
//! a level, bounded by the order, so the impl conflicts with it: must not compile.

use guarded::{CanLock, Key, guarded};

#[guarded]
pub struct Bank {
    accounts: u32,
}

impl CanLock<bank_levels::accounts> for Key<'_, bank_levels::accounts> {}

fn main() {}
