//! Two structs both declared after the bank, but not after each other: nothing orders
//! `Ledger` and `Vault`, so nesting them either way could deadlock with a thread nesting
//! them the other way. Must fail, saying how to declare an order.
use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
    audit: Vec<String>,
}

#[guarded(after = Bank)]
pub struct Ledger {
    entries: Vec<String>,
}

#[guarded(after = Bank)]
pub struct Vault {
    gold: u64,
}

fn main() {
    let (ledger, vault) = (Ledger::new(Vec::new()), Vault::new(0));
    let mut key = ThreadKey::get().unwrap();
    let (_entries, mut after_entries) = ledger.lock_entries(&mut key);
    let (_gold, _key) = vault.lock_gold(&mut after_entries);
}