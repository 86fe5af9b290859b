//! An option `#[guarded]` does not know (`foo`): it must not be ignored silently (a typo of an
//! option would change nothing and nobody would notice). Must be rejected on `foo`, listing
//! the options there are.

use guarded::guarded;

#[guarded(foo)]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
