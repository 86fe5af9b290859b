//! In the struct's own module, the storage's own field holding the mutex is private to the
//! runtime: naming it must not compile.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let accounts = bank.fields.accounts.shared.lock().unwrap();
    drop(accounts);
}
