//! In the struct's own module, `*bank.fields.accounts` (the field's storage, in the struct's
//! one `Arc`) must not dereference to the mutex or the data: the storage has no `Deref`.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let accounts = &*bank.fields.accounts;
    drop(accounts);
}
