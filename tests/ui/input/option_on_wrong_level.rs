//! `rename` on the struct and `crate = ...` on a field: each option belongs to the other
//! place. Both must be rejected, each saying where the option goes.

use guarded::guarded;

#[guarded(rename = bank)]
pub struct Bank {
    #[guarded(crate = ::guarded)]
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
