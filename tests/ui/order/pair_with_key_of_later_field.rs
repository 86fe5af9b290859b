//! `lock_balance_pair` with the key handed back by locking `history`, which comes after
//! `balance`: locking `balance` (of two accounts or of one) while holding `history` goes
//! up the order and can deadlock against a thread that follows it. Must fail as the lock
//! order violation on `Account`: cannot lock `balance` with `Key<'_, history>`.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Account {
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    let (a, b) = (Account::new(10, Vec::new()), Account::new(0, Vec::new()));
    let mut key = ThreadKey::get().unwrap();
    let (_history, mut after_history) = a.lock_history(&mut key);
    let (_a, _b, _key) = Account::lock_balance_pair(&a, &b, &mut after_history).unwrap();
}
