//! `std::mem::replace` on the root key while a guard it made is alive, to take the key out
//! from under the guard and drop it (so that `ThreadKey::get()` hands out a fresh root
//! while `accounts` is held). Must fail: the guard keeps the key borrowed.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let mut slot = ThreadKey::get().ok(); // an `Option`, so that `None` can be swapped in
    let (accounts, _after) = bank.lock_accounts(slot.as_mut().unwrap());
    let taken = std::mem::replace(&mut slot, None);
    drop(taken);
    drop(accounts);
}
