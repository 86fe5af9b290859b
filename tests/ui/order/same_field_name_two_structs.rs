//! Two structs with a field named `accounts` (and `audit`), in opposite orders. Holding
//! `Ledger.audit` then locking `Ledger.accounts` is out of `Ledger`'s order even though it
//! is `Bank`'s order: the levels of two structs are distinct types, and the message must
//! name `Ledger`, not `Bank`.

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    audit: Vec<String>,
    accounts: HashMap<u32, i64>,
}

#[guarded]
pub struct Ledger {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

fn main() {
    let bank = Bank::new(Vec::new(), HashMap::new());
    let ledger = Ledger::new(HashMap::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    {
        // Fine in `Bank`'s order.
        let (_audit, mut key) = bank.lock_audit(&mut key);
        let (_accounts, _key) = bank.lock_accounts(&mut key);
    }
    let (audit, mut key) = ledger.lock_audit(&mut key);
    let (accounts, _key) = ledger.lock_accounts(&mut key);
    drop((audit, accounts));
}
