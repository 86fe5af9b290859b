//! A pair's guards kept after the block whose key locked them: the key is dropped while
//! both locks are still held, and the thread's next key would start again from the top of
//! the order, free to lock them (or any field before them) again. Must fail: the key does
//! not live long enough.

use guarded::{Guard, ThreadKey, guarded};

#[guarded]
pub struct Account {
    balance: i64,
    history: Vec<i64>,
}

fn main() {
    let (a, b) = (Account::new(10, Vec::new()), Account::new(0, Vec::new()));
    let kept: (Guard<'_, i64>, Guard<'_, i64>) = {
        let mut key = ThreadKey::get().unwrap();
        let (a_balance, b_balance, _key) = Account::lock_balance_pair(&a, &b, &mut key).unwrap();
        (a_balance, b_balance)
    };
    let mut key = ThreadKey::get().unwrap();
    let (_again, _key) = a.lock_balance(&mut key);
    drop(kept);
}
