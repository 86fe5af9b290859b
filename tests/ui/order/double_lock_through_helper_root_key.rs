//! A helper that locks `accounts`, called with the thread's root key while the caller
//! holds the guard of `accounts`: the guard still borrows the root key, so it cannot be
//! lent to the helper. The borrow checker rejects it on `key`.

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
    let (mut accounts, _after) = bank.lock_accounts(&mut key);
    let sum = total(&bank, &mut key);
    accounts.insert(1, sum);
}
