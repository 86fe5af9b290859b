//! In the struct's own module, a second handle to the storage is the same mutex: locking
//! through it with the key that holds `accounts` is the same double lock. (The storage is
//! not `Clone`: it sits in the struct's one `Arc`, which clones share, so the handle is a
//! reference; `privacy/own_module_storage_not_clone.rs`.) Must fail as a double lock on
//! `Bank.accounts`.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let copy = &bank.fields.accounts;
    let mut key = ThreadKey::get().unwrap();
    let (first, mut key) = bank.lock_accounts(&mut key);
    let (second, _key) = copy.lock(&mut key);
    drop((first, second));
}
