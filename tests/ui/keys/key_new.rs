//! A `Key` from `Key::new()`, without locking anything: the constructor is private to the
//! runtime, since only a lock may make a key. Must not compile.

use guarded::{Key, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

fn main() {
    let _key = Key::<bank_levels::accounts>::new();
}
