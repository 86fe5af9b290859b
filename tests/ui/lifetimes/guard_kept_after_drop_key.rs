//! `drop(key)` while a guard it made is alive: dropping the key gives it back, so
//! `ThreadKey::get()` would hand out a fresh root while `accounts` is held. Must fail: the
//! key is borrowed by the guard, so it cannot be moved into `drop`.

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
    let (accounts, _after) = bank.lock_accounts(&mut key);
    drop(key);
    drop(accounts);
}
