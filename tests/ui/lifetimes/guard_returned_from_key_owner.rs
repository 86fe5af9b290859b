//! A function that takes the thread's key, locks `accounts` and returns the guard: the
//! key would be dropped at the end of the function (so `ThreadKey::get()` hands out a
//! fresh one) while `accounts` is still held, and the fresh key could lock `accounts`
//! again. Must fail: the guard borrows the function's local key.

use std::collections::HashMap;

use guarded::{Guard, ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn open_accounts(bank: &Bank) -> Guard<'_, HashMap<u32, i64>> {
    let mut key = ThreadKey::get().unwrap();
    let (accounts, _key) = bank.lock_accounts(&mut key);
    accounts
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let accounts = open_accounts(&bank);
    drop(accounts);
}
