//! `recover_accounts` (the lock that also takes poisoned data) while holding `audit`: it
//! waits for the lock like `lock_accounts`, so the order applies to it too. Must fail
//! naming `Bank`, `accounts` and `audit`.

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
    let (accounts, _key) = bank.recover_accounts(&mut key);
    drop((audit, accounts));
}
