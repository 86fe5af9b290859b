//! Lending `&mut ThreadKey` to a scoped thread: that thread could lock with this thread's
//! key beside its own. Must fail: `ThreadKey` is not `Send`, so neither is `&mut ThreadKey`.

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
    std::thread::scope(|s| {
        s.spawn(|| {
            let (_accounts, _key) = bank.lock_accounts(&mut key);
        });
    });
}
