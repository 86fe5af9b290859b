//! `transfer(a, b)` that locks `a.accounts` then `b.accounts`: racing `transfer(b, a)` it
//! deadlocks, since nothing orders two instances of one field. Must fail as a double lock
//! on `Bank.accounts`.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn transfer(from: &Bank, to: &Bank, key: &mut ThreadKey) {
    let (mut from_accounts, mut key) = from.lock_accounts(key);
    let (mut to_accounts, _key) = to.lock_accounts(&mut key);
    *from_accounts.entry(1).or_default() -= 10;
    *to_accounts.entry(1).or_default() += 10;
}

fn main() {
    let a = Bank::new(HashMap::new(), Vec::new());
    let b = Bank::new(HashMap::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    transfer(&a, &b, &mut key);
}
