//! `drop(key)` of the root while the key a lock handed back is alive: every key borrows
//! the key it came from, as the guard does, so the root cannot go while the chain lives.
//! Must fail on `drop(key)`.

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
    drop(accounts);
    drop(key);
    let (_audit, _key) = bank.lock_audit(&mut after);
}
