//! Cloning the key a lock hands back: with two keys holding `accounts`, one could lock
//! `audit` of one `Bank` while the other locks `audit` of another, two locks of one level
//! nested. `Key` is not `Clone`. Must not compile.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_accounts, after) = bank.lock_accounts(&mut key);
    let _copy = after.clone();
}
