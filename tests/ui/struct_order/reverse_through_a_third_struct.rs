//! Through a third struct: `Archive` is declared after `Ledger` (after `Bank`); locking the
//! bank while holding the archive is the reverse of that chain. Must fail, naming `Bank`
//! and `Archive`.
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

#[guarded(after = Ledger)]
pub struct Archive {
    boxes: Vec<String>,
}

fn main() {
    let (bank, archive) = (Bank::new(Vec::new(), Vec::new()), Archive::new(Vec::new()));
    let mut key = ThreadKey::get().unwrap();
    let (_boxes, mut after_boxes) = archive.lock_boxes(&mut key);
    let (_audit, _key) = bank.lock_audit(&mut after_boxes);
}