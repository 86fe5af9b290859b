//! A key of one's own: implementing `CanLock` for a local type would make a root that
//! `ThreadKey::get()` does not count. `CanLock` is sealed: the impl must not compile.

use guarded::{CanLock, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

pub struct MyKey;

impl CanLock<bank_levels::accounts> for MyKey {}

fn main() {
    let bank = Bank::new(Vec::new());
    let mut mine = MyKey;
    let (accounts, _key) = bank.lock_accounts(&mut mine);
    drop(accounts);
}
