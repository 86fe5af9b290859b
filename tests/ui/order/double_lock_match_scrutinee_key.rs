//! A `match` on the tuple a lock returns, whose arm locks the same field again with the
//! key from that tuple: the scrutinee's guard is still held in the arm. Must fail as a
//! double lock on `Bank.accounts`.

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
    match bank.lock_accounts(&mut key) {
        (accounts, mut key) if accounts.is_empty() => {
            let (mut again, _key) = bank.lock_accounts(&mut key);
            again.insert(1, 0);
        }
        _ => {}
    }
}
