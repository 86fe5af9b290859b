//! An iterator passed to `lock_balance_many` that locks with the same key while the call
//! runs: that lock would be taken outside the call's order (or be one of the instances
//! the call is about to lock). Must fail: the key is borrowed by the call and by the
//! iterator at once.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Account {
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    let accounts: Vec<Account> = (0..3).map(|_| Account::new(0, Vec::new())).collect();
    let mut key = ThreadKey::get().unwrap();
    let sneaky = accounts.iter().inspect(|account| {
        let _held = account.lock_balance(&mut key);
    });
    let (_balances, _key) = Account::lock_balance_many(sneaky, &mut key).unwrap();
}
