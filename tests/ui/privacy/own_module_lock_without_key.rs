//! In the struct's own module, `bank.fields.accounts` is the field's storage (in the
//! struct's one `Arc`): calling its `lock` with no key (as on a `Mutex`) must not compile,
//! or the order is skipped.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let accounts = bank.fields.accounts.lock();
    drop(accounts);
}
