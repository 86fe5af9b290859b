//! Holding `balance` of two accounts (a pair), then `lock!` on one of them listing
//! `balance` with the key the pair handed back: a second lock of a held mutex. Must fail as
//! the double lock on `Account.balance`.

use guarded::{ThreadKey, guarded, lock};

#[guarded]
pub struct Account {
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    let (a, b) = (Account::new(10, Vec::new()), Account::new(0, Vec::new()));
    let mut key = ThreadKey::get().unwrap();
    let (_a_balance, _b_balance, mut after_balance) =
        Account::lock_balance_pair(&a, &b, &mut key).unwrap();
    let (_again, _history, _key) = lock!(b, &mut after_balance => balance, history);
}
