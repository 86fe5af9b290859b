//! Locks `Ledger.entries` while holding `Bank.accounts`: no order is declared between two
//! `#[guarded]` structs, so another thread could take them the other way round. Must fail
//! with the message that says how to declare one (`#[guarded(after = Bank)]` on `Ledger`).

use std::collections::HashMap;

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: HashMap<u32, i64>,
    audit: Vec<String>,
}

#[guarded]
pub struct Ledger {
    entries: Vec<String>,
}

fn main() {
    let bank = Bank::new(HashMap::new(), Vec::new());
    let ledger = Ledger::new(Vec::new());
    let mut key = ThreadKey::get().unwrap();
    let (accounts, mut key) = bank.lock_accounts(&mut key);
    let (entries, _key) = ledger.lock_entries(&mut key);
    drop((accounts, entries));
}
