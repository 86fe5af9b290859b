//! Holding `accounts` (key `after`), locking `audit` of one bank with `after`, then lending
//! `after` again to lock `audit` of a second bank while the first `audit` is held: two
//! locks of one level nested, which `transfer(a, b)` racing `transfer(b, a)` deadlocks on.
//! Must fail: the first `audit` guard keeps `after` borrowed.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let a = Bank::new(HashMap::new(), Vec::new());
    let b = Bank::new(HashMap::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (_accounts, mut after) = a.lock_accounts(&mut key);
    let (mut audit_a, _key_a) = a.lock_audit(&mut after);
    let (mut audit_b, _key_b) = b.lock_audit(&mut after);
    audit_a.push("to b".to_owned());
    audit_b.push("from a".to_owned());
}
