//! The guards of `lock_balance_many` kept after dropping the key that locked them: the
//! locks stay held while the thread can get a fresh key from `ThreadKey::get()`, which
//! may lock them again. Must fail: the key cannot be moved (dropped) while borrowed.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Account {
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    let accounts: Vec<Account> = (0..3).map(|_| Account::new(0, Vec::new())).collect();
    let mut key = ThreadKey::get().unwrap();
    let (balances, _key) = Account::lock_balance_many(&accounts, &mut key).unwrap();
    drop(key);
    let mut fresh = ThreadKey::get().unwrap();
    let (_again, _key) = accounts[0].lock_balance(&mut fresh);
    drop(balances);
}
