//! In the struct's own module, `Arc::make_mut` on the struct's one `Arc` of its fields'
//! storage: with a clone alive it would clone the storage, copying each field's data
//! without its lock (while another thread may hold it) into a second lock that the
//! instance's clones no longer share. Must fail: the storage struct is not `Clone`.

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
    let _shared = bank.clone();
    let _copy = Arc::make_mut(&mut bank.fields);
}
