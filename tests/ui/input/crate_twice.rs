//! `crate = ...` given twice: which path the generated code uses would be ambiguous. Must be
//! rejected on the second one.

use guarded::guarded;

#[guarded(crate = ::guarded, crate = ::guarded)]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
