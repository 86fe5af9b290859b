//! `std::mem::swap` of the root key with the key a lock handed back, to get the root (which
//! may lock any field) out while the chain says `accounts` is held. Must fail: the two keys
//! are different types, so they cannot be swapped.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (accounts, mut after) = bank.lock_accounts(&mut key);
    std::mem::swap(&mut key, &mut after);
    drop(accounts);
}
