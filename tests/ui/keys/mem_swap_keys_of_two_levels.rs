//! `std::mem::swap` of the key that holds `audit` with the one that holds `accounts`, to
//! lock `accounts` again with a key the order thinks is earlier. Must fail: keys of two
//! levels are different types.

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
    let (_accounts, mut after_accounts) = bank.lock_accounts(&mut key);
    let (_audit, mut after_audit) = bank.lock_audit(&mut after_accounts);
    std::mem::swap(&mut after_accounts, &mut after_audit);
}
