//! `#[guarded]` applied twice: the second would wrap the already-wrapped fields again and
//! generate every method twice. Must be rejected on the second attribute, with nothing else.

use guarded::guarded;

#[guarded]
#[guarded]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let _ = Bank::new(Vec::new());
}
