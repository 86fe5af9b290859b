//! The whole storage of an instance moved out of its `Arc` (`Arc::try_unwrap`) while a
//! guard of one of its fields is alive: the lock would move (and could be dropped) while
//! held, and a new instance made of it would have another identity for the same lock.
//! Must fail: the guard borrows the instance, which cannot be moved out of meanwhile.

use std::sync::Arc;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let mut key = ThreadKey::get().unwrap();
    let bank = Bank::new(vec![1]);
    let (guard, _key) = bank.lock_accounts(&mut key);
    let moved = Bank {
        fields: Arc::new(Arc::try_unwrap(bank.fields).ok().unwrap()),
    };
    drop((guard, moved));
}
