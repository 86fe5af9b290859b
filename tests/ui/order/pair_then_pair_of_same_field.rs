//! Holding `balance` of two accounts (a pair), then locking `balance` of two others as a
//! second pair with the key the first handed back: the two pairs are not ordered against
//! each other, so a thread doing it the other way round deadlocks with this one. All the
//! instances must be taken in one call (`lock_balance_many`). Must fail as the double lock
//! on `Account.balance`.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Account {
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    let accounts: Vec<Account> = (0..4).map(|_| Account::new(0, Vec::new())).collect();
    let mut key = ThreadKey::get().unwrap();
    let (_a, _b, mut after_balance) =
        Account::lock_balance_pair(&accounts[0], &accounts[1], &mut key).unwrap();
    let (_c, _d, _key) =
        Account::lock_balance_pair(&accounts[2], &accounts[3], &mut after_balance).unwrap();
}
