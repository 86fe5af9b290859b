//! `after = String`: not a `#[guarded]` struct, so there is no lock order to come after.
//! Must fail, saying `after` names a `#[guarded]` struct.

use guarded::guarded;

#[guarded(after = String)]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {}
