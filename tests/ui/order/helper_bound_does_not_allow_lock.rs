//! A helper generic over its key, bound to lock `audit` only, that locks `accounts`: a key
//! that may lock `audit` may hold `accounts` already, so the helper cannot lock `accounts`.
//! Must fail on the helper's body (the bound does not allow it), whichever key it is given.

use std::collections::HashMap;

use guarded::{CanLock, ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn log_balance(bank: &Bank, key: &mut impl CanLock<bank_levels::audit>) {
    let (accounts, _key) = bank.lock_accounts(key);
    println!("{}", accounts.len());
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    log_balance(&bank, &mut key);
}
