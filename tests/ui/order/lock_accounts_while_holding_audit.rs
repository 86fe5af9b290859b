//! Locks `accounts` with the key handed back by locking `audit`: `accounts` is declared
//! first, so a thread holding `audit` that waits for `accounts` can deadlock against one
//! that holds `accounts` and waits for `audit`. Must fail naming `Bank` and both fields.

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
    let (audit, mut key) = bank.lock_audit(&mut key);
    let (accounts, _key) = bank.lock_accounts(&mut key);
    drop((audit, accounts));
}
