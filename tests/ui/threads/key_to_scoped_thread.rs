//! Moving the key a lock hands back into a scoped thread: that thread could lock the
//! fields after `accounts` while this thread, holding nothing it knows of, locks them
//! too. Must fail: `Key` is not `Send`.

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
    let (_accounts, mut after) = bank.lock_accounts(&mut key);
    std::thread::scope(|s| {
        s.spawn(move || {
            let (_audit, _key) = bank.lock_audit(&mut after);
        });
    });
}
