//! Lending `&mut Key` (the key a lock hands back) to a scoped thread. Must fail: `Key` is
//! not `Send`, so neither is `&mut Key`.

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
    let after = &mut after;
    std::thread::scope(|s| {
        s.spawn(|| {
            let (_audit, _key) = bank.lock_audit(after);
        });
    });
}
