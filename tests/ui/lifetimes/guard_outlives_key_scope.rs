//! A guard assigned to a variable declared outside the block whose key made it: the key
//! is dropped at the end of the block while the guard still holds `accounts`. Must fail:
//! the key does not live long enough.

use std::collections::HashMap;

use guarded::{Guard, ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let accounts: Guard<'_, HashMap<u32, i64>>;
    {
        let mut key = ThreadKey::get().unwrap();
        accounts = bank.lock_accounts(&mut key).0;
    }
    let mut key = ThreadKey::get().unwrap();
    let (_again, _key) = bank.lock_accounts(&mut key);
    drop(accounts);
}
