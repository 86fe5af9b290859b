//! In the struct's own module, `Arc::get_mut` on the struct's one `Arc` of its fields'
//! storage: with no clone alive it hands out `&mut` of the storage, which must still give
//! no way to the data (no `get_mut`, as `Mutex::get_mut` would be). Must fail: no such
//! method.

use std::collections::HashMap;
use std::sync::Arc;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let mut bank = Bank::new(HashMap::new(), Vec::new());
    let fields = Arc::get_mut(&mut bank.fields).expect("no clone");
    fields.accounts.get_mut().unwrap().insert(1, 0);
}
