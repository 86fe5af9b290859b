//! In the struct's own module, a method of the data called on the storage
//! (`bank.fields.accounts.len()`) must not auto-deref through to the data.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let count = bank.fields.accounts.len();
    drop(count);
}
