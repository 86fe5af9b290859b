//! A clone shares the original's locks: locking `accounts` of the clone while holding
//! `accounts` of the original waits for the thread's own lock. Must fail as a double lock
//! on `Bank.accounts`.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let shared = bank.clone();
    let mut key = ThreadKey::get().unwrap();
    let (first, mut key) = bank.lock_accounts(&mut key);
    let (second, _key) = shared.lock_accounts(&mut key);
    drop((first, second));
}
