//! Moving a guard into another thread: the lock would be released by a thread that did not
//! take it, and this thread's key would no longer say what it holds. Must fail: `Guard`
//! is not `Send`.

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
    let (mut accounts, _key) = bank.lock_accounts(&mut key);
    std::thread::scope(|s| {
        s.spawn(move || {
            accounts.insert(1, 0);
        });
    });
}
