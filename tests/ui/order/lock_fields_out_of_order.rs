//! `lock!` listing `audit` before `accounts`: the list is locked in the order written, so
//! this locks `accounts` while holding `audit`, the reverse of the declared order, which
//! can deadlock against a thread that follows it. Must fail as the usual lock order
//! violation on `Bank`, naming both fields.

use guarded::{ThreadKey, guarded, lock};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_audit, _accounts, _key) = lock!(bank, &mut key => audit, accounts);
}
