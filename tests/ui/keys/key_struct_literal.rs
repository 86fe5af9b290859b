//! A `Key` that says it holds `accounts`, made with a struct literal without locking
//! anything (so without borrowing the thread's key): its fields are private to the
//! runtime. Must not compile.

use std::marker::PhantomData;

use guarded::{Key, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let _key: Key<'static, bank_levels::accounts> = Key {
        _borrow: PhantomData,
        _level: PhantomData,
        _thread_bound: PhantomData,
    };
}
