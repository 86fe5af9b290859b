//! Locking `balance` of two accounts as a pair, then `balance` of one of them again with
//! the key the pair handed back: the thread already holds that lock, so the second lock
//! would wait for itself. Must fail as the double lock on `Account.balance`.

use guarded::{ThreadKey, guarded};

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
    let (_again, _key) = a.lock_balance(&mut after_balance);
}
