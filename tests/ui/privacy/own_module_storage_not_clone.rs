//! In the struct's own module, cloning a field's storage: it is not `Clone`, since a clone
//! that shared nothing would be a second lock of the same level, and one that shared the
//! lock is what the struct's one `Arc` is for. Must fail: no `clone`.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let copy = bank.fields.accounts.clone();
    drop(copy);
}
