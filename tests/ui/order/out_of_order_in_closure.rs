//! A closure that locks `accounts`, called with the key that holds `audit`: closures do not
//! hide the order. Must fail naming `Bank`, `accounts` and `audit`.

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
    let (mut audit, mut key) = bank.lock_audit(&mut key);
    let mut count = |key| {
        let (accounts, _key) = bank.lock_accounts(key);
        accounts.len()
    };
    audit.push(count(&mut key).to_string());
}
