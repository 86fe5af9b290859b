//! `rename` given twice on one field: which accessor name wins would be ambiguous. Must be
//! rejected on the second `rename`.

use guarded::guarded;

#[guarded]
pub struct Bank {
    #[guarded(rename = money, rename = balances)]
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
