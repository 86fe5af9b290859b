//! In the struct's own module, a field's storage swapped with another instance's (through
//! `Arc::get_mut`, the instance having no clone) while a guard of it is alive: the guard's
//! lock would move to the other instance, and its identity (its address, which `_pair`
//! orders by) change under it. Must fail: the guard borrows the instance, so no `&mut` of
//! its storage can be taken.

use std::sync::Arc;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let mut key = ThreadKey::get().unwrap();
    let mut a = Bank::new(vec![1]);
    let mut b = Bank::new(vec![2]);
    let (guard, _key) = a.lock_accounts(&mut key);
    std::mem::swap(
        &mut Arc::get_mut(&mut a.fields).unwrap().accounts,
        &mut Arc::get_mut(&mut b.fields).unwrap().accounts,
    );
    drop(guard);
}
