//! `lock!` listing `accounts` twice: the second lock of the same mutex on the same thread
//! would wait forever for the first. Must fail as the usual double lock on
//! `Bank.accounts`.

use guarded::{ThreadKey, guarded, lock};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_first, _second, _key) = lock!(bank, &mut key => accounts, accounts);
}
