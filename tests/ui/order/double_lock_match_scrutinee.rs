//! The classic self-deadlock: a guard made in a `match` scrutinee lives until the end of
//! the `match`, so locking the same field in an arm waits for the thread's own lock. The
//! temporary guard still borrows the key, so the second lock cannot take the key again:
//! the borrow checker rejects it on `key`.

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
    match bank.lock_accounts(&mut key).0.len() {
        0 => {
            let (mut accounts, _key) = bank.lock_accounts(&mut key);
            accounts.insert(1, 0);
        }
        _ => {}
    }
}
