//! Locking `accounts` of every bank in an iterator's `map` and collecting the guards: the
//! same nesting of one level as a loop, hidden in a closure. Must fail: a guard that
//! borrows the captured key cannot leave the `FnMut` closure.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let banks = [
        Bank::new(HashMap::new(), Vec::new()),
        Bank::new(HashMap::new(), Vec::new()),
    ];
    let mut key = ThreadKey::get().unwrap();
    let held: Vec<_> = banks
        .iter()
        .map(|bank| bank.lock_accounts(&mut key).0)
        .collect();
    drop(held);
}
