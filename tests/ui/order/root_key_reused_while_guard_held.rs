//! Holding the guard of `audit` and lending the root key again to lock `accounts`: the
//! root may lock any field, so reusing it while a guard lives would start the order again
//! from the bottom. Must fail: the guard keeps the root key borrowed.

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
    let (mut audit, _after) = bank.lock_audit(&mut key);
    let (accounts, _key) = bank.lock_accounts(&mut key);
    audit.push(accounts.len().to_string());
}
