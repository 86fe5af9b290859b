//! In the struct's own module, `bank.fields.accounts.0` (as if the storage were a newtype
//! over the mutex) must not reach the mutex.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let accounts = bank.fields.accounts.0.lock().unwrap();
    drop(accounts);
}
