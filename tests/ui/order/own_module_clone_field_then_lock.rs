//! In the struct's own module, a clone of the storage shares the mutex: locking the clone
//! with the key that holds `accounts` is the same double lock. Must fail as a double lock
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
    let copy = bank.accounts.clone();
    let mut key = ThreadKey::get().unwrap();
    let (first, mut key) = bank.lock_accounts(&mut key);
    let (second, _key) = copy.lock(&mut key);
    drop((first, second));
}
