//! Two `after` options: a struct comes after one other struct (and, through it, after
//! what that one comes after); two parents would need an order between them too. Must be
//! rejected on the second `after`.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

#[guarded]
pub struct Vault {
    gold: u64,
}

#[guarded(after = Bank, after = Vault)]
pub struct Ledger {
    entries: Vec<String>,
}

fn main() {}
