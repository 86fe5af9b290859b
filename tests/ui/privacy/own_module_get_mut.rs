//! In the struct's own module, `Mutex::get_mut` through `&mut Bank`: the storage is shared
//! with every clone, so `&mut` of one `Bank` is not exclusive access. Must not compile.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let mut bank = Bank::new(HashMap::new(), Vec::new());
    let _clone = bank.clone();
    bank.fields.accounts.get_mut().unwrap().insert(1, 0);
}
