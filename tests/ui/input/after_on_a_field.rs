//! `after` on a field: the order between structs is declared on the struct. Must be
//! rejected, saying so.

use guarded::guarded;

#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

#[guarded]
pub struct Ledger {
    #[guarded(after = Bank)]
    entries: Vec<String>,
}

fn main() {}
