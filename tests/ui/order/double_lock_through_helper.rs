//! A helper that locks `accounts`, called with the key handed back by the caller's own
//! lock of `accounts`: the helper would wait for a lock its caller holds. Must fail as a
//! double lock on `Bank.accounts`, on the call to the helper.

use std::collections::HashMap;

use guarded::{CanLock, ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn total(bank: &Bank, key: &mut impl CanLock<bank_levels::accounts>) -> i64 {
    let (accounts, _key) = bank.lock_accounts(key);
    accounts.values().sum()
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (mut accounts, mut key) = bank.lock_accounts(&mut key);
    accounts.insert(1, total(&bank, &mut key));
}
