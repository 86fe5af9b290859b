//! A function that takes the thread's key, locks `accounts` and returns the key handed
//! back (not the guard): the root would be given back at the end of the function while a
//! key that borrows it lives. Must fail: the returned key borrows the function's local key.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn after_accounts(bank: &Bank) -> guarded::Key<'_, bank_levels::accounts> {
    let mut key = ThreadKey::get().unwrap();
    let (_accounts, after) = bank.lock_accounts(&mut key);
    after
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let _after = after_accounts(&bank);
}
