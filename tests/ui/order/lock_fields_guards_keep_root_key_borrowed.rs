//! Using the thread's key again while the guards of a `lock!` call on it live: the key
//! could lock `accounts` a second time, which the thread already holds. Must fail: the key
//! is still mutably borrowed by the guards.

use guarded::{ThreadKey, guarded, lock};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (accounts, audit, _key) = lock!(bank, &mut key => accounts, audit);
    let (_again, _key) = bank.lock_accounts(&mut key);
    drop((accounts, audit));
}
