//! In the struct's own module, `Mutex::into_inner` on the storage: the data taken out
//! while clones may still lock it. Must not compile.

use std::collections::HashMap;

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let accounts = bank.fields.accounts.into_inner().unwrap();
    drop(accounts);
}
