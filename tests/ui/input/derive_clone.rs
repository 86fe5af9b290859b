//! `#[derive(Clone)]` under `#[guarded]`: the macro implements `Clone` itself (sharing the
//! locks); a derived one would conflict. Must be rejected on `Clone`, without the conflicting
//! impl error beside it.

use guarded::guarded;

#[guarded]
#[derive(Clone)]
pub struct Bank {
    accounts: Vec<i64>,
}

fn main() {
    let bank = Bank::new(Vec::new());
    let _ = bank.clone();
}
