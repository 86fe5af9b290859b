//! Locks `Ledger.entries` while holding `Bank.accounts`: no order is declared between two
//! `#[guarded]` structs (`#[guarded(after = Bank)]` on `Ledger` would declare one), so
//! another thread could take them the other way round. Must fail as a lock order
//! violation on `Ledger` with a key holding `accounts`. The message's notes speak of
//! `Ledger`'s own order, not of `after` (the README's "Limits").

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
