//! Locks `accounts` with the key handed back by locking `accounts`: the thread would wait
//! for a lock it holds itself. Must fail as a double lock on `Bank.accounts`.

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
    let (first, mut key) = bank.lock_accounts(&mut key);
    let (second, _key) = bank.lock_accounts(&mut key);
    drop((first, second));
}
