//! Locks the bank while holding the ledger, which is declared after the bank: the reverse
//! of the declared order, which another thread may follow. Must fail, naming both structs
//! and saying which comes first.
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

fn main() {
    let (bank, ledger) = (Bank::new(Vec::new(), Vec::new()), Ledger::new(Vec::new()));
    let mut key = ThreadKey::get().unwrap();
    let (_entries, mut after_entries) = ledger.lock_entries(&mut key);
    let (_accounts, _key) = bank.lock_accounts(&mut after_entries);
}