//! In the struct's own module, `Mutex::try_lock` on the storage: a lock taken without a
//! key, outside the order. Must not compile.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let accounts = bank.fields.accounts.try_lock().unwrap();
    drop(accounts);
}
