//! A function generic over the struct's type parameter and the key's lifetime, handed the
//! key that holds `audit`, locks `accounts`: generics do not hide the order. Must fail
//! naming `Bank`, `accounts` and `audit`.

use std::collections::HashMap;

use guarded::{Key, ThreadKey, guarded};

#[guarded]
pub struct Bank<T> {
    accounts: HashMap<u32, T>,
    audit: Vec<String>,
}

fn reconcile<T: Default>(bank: &Bank<T>, key: &mut Key<'_, bank_levels::audit>) {
    let (mut accounts, _key) = bank.lock_accounts(key);
    accounts.insert(0, T::default());
}

fn main() {
    let bank = Bank::<i64>::new(HashMap::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_audit, mut key) = bank.lock_audit(&mut key);
    reconcile(&bank, &mut key);
}
