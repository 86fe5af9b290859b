//! Locking `accounts` of every bank in a loop and keeping each guard: the guards of one
//! level of several banks would be held together, taken in list order, which another
//! thread with the list the other way round deadlocks against. Must fail: each guard keeps
//! the key borrowed into the next iteration.

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
    let mut held = Vec::new();
    for bank in &banks {
        let (accounts, _after) = bank.lock_accounts(&mut key);
        held.push(accounts);
    }
    drop(held);
}
